import type { ReactiveControllerHost } from 'lit';
import { loadReportTools, type DraftRow, type ReportDraft } from '@stagekit/core';
import { DraftsController, type DraftHandlers } from '../internal/drafts-controller.js';

/** A saved report draft as the list shows it: when it was started, and whether the school refused it. */
export interface SavedReport {
  row: DraftRow;
  created: string;
  rejected: boolean;
}

export function summarizeReport(row: DraftRow): SavedReport | undefined {
  const data = (typeof row.data === 'object' && row.data !== null ? row.data : {}) as Record<string, unknown>;
  const created = typeof data.created === 'string' && !Number.isNaN(Date.parse(data.created)) ? data.created : undefined;
  return created ? { row, created, rejected: typeof data.rejection === 'object' && data.rejection !== null } : undefined;
}

/** Drafts are saved without a title: the list shows only the date, so a glance at it tells nothing. */
export function reportDrafts(host: ReactiveControllerHost, handlers: DraftHandlers) {
  return new DraftsController<ReportDraft, SavedReport>(host, {
    kind: 'report',
    summarize: summarizeReport,
    parse: async (data) => (await loadReportTools()).parseReportDraft(data),
    toRow: (draft) => ({ id: draft.id, title: '', data: draft }),
    ...handlers,
  });
}
