import type { ReactiveControllerHost } from 'lit';
import { loadAgreementTools, REGIMES, type Agreement, type DraftRow, type Regime } from '@stagekit/core';
import { DraftsController, type DraftHandlers } from '../internal/drafts-controller.js';

/** A saved agreement as the list shows it; the whole agreement is checked only when it is opened. */
export interface SavedAgreement {
  row: DraftRow;
  regime: Regime;
  version: number;
}

export function summarizeAgreement(row: DraftRow): SavedAgreement | undefined {
  const data = (typeof row.data === 'object' && row.data !== null ? row.data : {}) as Record<string, unknown>;
  const regime = REGIMES.find((candidate) => candidate === data.regime);
  const version = typeof data.version === 'number' && Number.isInteger(data.version) && data.version >= 1 ? data.version : undefined;
  return regime && version ? { row, regime, version } : undefined;
}

export async function parseSavedAgreement(data: unknown): Promise<Agreement | undefined> {
  const { parseAgreement } = await loadAgreementTools();
  const parsed = parseAgreement(data);
  return parsed.ok ? parsed.agreement : undefined;
}

/** The title in the list of saved agreements: "student at company", or empty when unknown. */
export function agreementTitle(agreement: Pick<Agreement, 'fields'>): string {
  const student = agreement.fields['student.name']?.trim() ?? '';
  const company = agreement.fields['company.name']?.trim() ?? '';
  return [student, company].filter(Boolean).join(' · ').slice(0, 200);
}

export function agreementDrafts(host: ReactiveControllerHost, handlers: DraftHandlers) {
  return new DraftsController<Agreement, SavedAgreement>(host, {
    kind: 'agreement',
    summarize: summarizeAgreement,
    parse: parseSavedAgreement,
    toRow: (agreement) => ({ id: agreement.id, title: agreementTitle(agreement), data: agreement }),
    ...handlers,
  });
}
