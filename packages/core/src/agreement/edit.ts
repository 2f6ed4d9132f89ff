import type { Source } from '../sources/source.js';
import { laterTimestamp } from '../storage/database.js';
import { newId } from '../storage/new-id.js';
import { fingerprint } from './fingerprint.js';
import { AGREEMENT_LIMITS, type Agreement, type AgreementFields, type DocumentLanguage, type Regime } from './model.js';

/** Changes to an agreement always make a new object: the element, the drafts and the undo history share them. */

export function createAgreement(options: { regime: Regime; id?: string; documentLanguage?: DocumentLanguage; fields?: AgreementFields }): Agreement {
  const now = laterTimestamp();
  return {
    id: options.id ?? newId(),
    regime: options.regime,
    version: 1,
    documentLanguage: options.documentLanguage ?? 'nl',
    fields: withoutEmpty(options.fields ?? {}),
    history: [],
    created: now,
    updated: now,
  };
}

function withoutEmpty(fields: AgreementFields): AgreementFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}

/** Sets fields; an empty value removes the field. */
export function withFields(agreement: Agreement, patch: AgreementFields): Agreement {
  return { ...agreement, fields: withoutEmpty({ ...agreement.fields, ...patch }), updated: laterTimestamp() };
}

/** Adds the source of an imported figure once (sources are compared by title and address). */
export function withSource(agreement: Agreement, source: Source): Agreement {
  const sources = agreement.sources ?? [];
  if (sources.some((known) => known.title === source.title && known.url === source.url)) return agreement;
  return { ...agreement, sources: [...sources, source].slice(-AGREEMENT_LIMITS.sources), updated: laterTimestamp() };
}

export function withRegime(agreement: Agreement, regime: Regime): Agreement {
  return { ...agreement, regime, updated: laterTimestamp() };
}

export function withDocumentLanguage(agreement: Agreement, documentLanguage: DocumentLanguage): Agreement {
  return { ...agreement, documentLanguage, updated: laterTimestamp() };
}

/** The fingerprint of the agreement as it is now. */
export const agreementFingerprint = (agreement: Agreement): string => fingerprint(agreement);

/**
 * Starts an amendment: the current version is kept, unchanged, in the history with its
 * fingerprint, and editing goes on in the next version.
 */
export function amend(agreement: Agreement): Agreement {
  const closed = laterTimestamp();
  const history = [...agreement.history, { version: agreement.version, fields: agreement.fields, fingerprint: agreementFingerprint(agreement), closed }];
  return { ...agreement, version: agreement.version + 1, history: history.slice(-AGREEMENT_LIMITS.history), updated: closed };
}

/** A copy to start a new agreement from (e.g. the next student at the same company): version 1, no history. */
export function duplicateAgreement(agreement: Agreement): Agreement {
  const copy = createAgreement({ regime: agreement.regime, documentLanguage: agreement.documentLanguage, fields: agreement.fields });
  return agreement.sources?.length ? { ...copy, sources: agreement.sources } : copy;
}
