import { z } from 'zod/mini';
import { sourceSchema } from '../sources/source.js';
import { fieldDefinition } from './fields.js';
import { fingerprint } from './fingerprint.js';
import { AGREEMENT_LIMITS, DOCUMENT_LANGUAGES, REGIMES, type Agreement } from './model.js';

/**
 * The agreement as a file the parties pass to each other. The file carries the fingerprint of its
 * current content: a file whose content was changed by hand no longer matches and is refused. The
 * fingerprint has no key, so it catches careless and accidental edits, not a deliberate forgery
 * (anyone can compute it again); the earlier versions in `history` are not covered.
 */
export const AGREEMENT_FILE_FORMAT = 'stagekit-agreement/1';

export interface AgreementFile {
  format: typeof AGREEMENT_FILE_FORMAT;
  fingerprint: string;
  agreement: Agreement;
}

const known = (message: string, test: (value: string) => boolean, params?: Record<string, number>) => z.string().check(z.refine(test, { message, params }));
const fieldValue = known('too-long', (value) => value.length <= AGREEMENT_LIMITS.longText, { maximum: AGREEMENT_LIMITS.longText });
const hex64 = known('fingerprint-format', (value) => /^[0-9a-f]{64}$/.test(value));
const timestamp = known('timestamp', (value) => value.length <= 40 && !Number.isNaN(Date.parse(value)));
const fieldId = known('unknown-field', (id) => fieldDefinition(id) !== undefined);
const fields = z.record(fieldId, fieldValue).check(z.refine((record) => Object.keys(record).length <= AGREEMENT_LIMITS.fields, { message: 'list-too-long', params: { maximum: AGREEMENT_LIMITS.fields } }));
const version = z.number().check(z.refine((value) => Number.isInteger(value) && value >= 1 && value <= 1000, { message: 'whole-number-range', params: { minimum: 1, maximum: 1000 } }));

export const agreementSchema = z.strictObject({
  id: known('record-id', (value) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(value)),
  regime: z.enum(REGIMES),
  version,
  documentLanguage: z.enum(DOCUMENT_LANGUAGES),
  fields,
  history: z
    .array(z.strictObject({ version, fields, fingerprint: hex64, closed: timestamp }))
    .check(z.refine((list) => list.length <= AGREEMENT_LIMITS.history, { message: 'list-too-long', params: { maximum: AGREEMENT_LIMITS.history } })),
  created: timestamp,
  updated: timestamp,
  sources: z.optional(
    z.array(sourceSchema).check(z.refine((list) => list.length <= AGREEMENT_LIMITS.sources, { message: 'list-too-long', params: { maximum: AGREEMENT_LIMITS.sources } })),
  ),
});

export const agreementFileSchema = z.strictObject({
  format: z.literal(AGREEMENT_FILE_FORMAT),
  fingerprint: hex64,
  agreement: agreementSchema,
});

/** A record's bad key comes as "invalid key" around the key's own problem: report that problem, at the key. */
function keyProblems(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => (issue.code === 'invalid_key' && issue.issues.length ? issue.issues.map((inner) => ({ ...inner, path: issue.path })) : [issue]));
}

export function agreementToFile(agreement: Agreement): AgreementFile {
  return { format: AGREEMENT_FILE_FORMAT, fingerprint: fingerprint(agreement), agreement };
}

export type AgreementFileProblem =
  | { kind: 'too-large'; maximum: number }
  | { kind: 'not-json' }
  | { kind: 'not-agreement' }
  | { kind: 'invalid'; issues: z.core.$ZodIssue[] }
  | { kind: 'tampered' };

export type AgreementFileResult = { ok: true; agreement: Agreement } | { ok: false; problem: AgreementFileProblem };

/** Reads an exported file's text; never throws, and says what is wrong with a bad file. */
export function agreementFromFile(text: string): AgreementFileResult {
  if (text.length > AGREEMENT_LIMITS.fileBytes) return { ok: false, problem: { kind: 'too-large', maximum: AGREEMENT_LIMITS.fileBytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== AGREEMENT_FILE_FORMAT) {
    return { ok: false, problem: { kind: 'not-agreement' } };
  }
  const parsed = agreementFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: { kind: 'invalid', issues: keyProblems(parsed.error.issues) } };
  const agreement = parsed.data.agreement as Agreement;
  if (fingerprint(agreement) !== parsed.data.fingerprint) return { ok: false, problem: { kind: 'tampered' } };
  return { ok: true, agreement };
}

/** An agreement from anywhere (a property, the disk), checked against the same schema. */
export function parseAgreement(data: unknown): { ok: true; agreement: Agreement } | { ok: false; issues: z.core.$ZodIssue[] } {
  const parsed = agreementSchema.safeParse(data);
  return parsed.success ? { ok: true, agreement: parsed.data as Agreement } : { ok: false, issues: keyProblems(parsed.error.issues) };
}
