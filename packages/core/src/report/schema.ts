import { z } from 'zod/mini';
import { isValidPartialDate, PARTIAL_DATE_PATTERN } from '../dates/partial-date.js';
import { base64UrlLength } from './base64.js';
import { ENVELOPE_VERSION } from './envelope.js';
import {
  METADATA_STATUSES,
  MISUSE_KINDS,
  PREFILL_VERDICTS,
  PROTECTED_GROUNDS,
  REPORT_FORMAT,
  REPORT_ID_PATTERN,
  REPORT_LEVELS,
  REPORT_LIMITS,
  REPORTER_ROLES,
  SITUATIONS,
  WISHES,
  type Report,
  type ReportPayload,
} from './model.js';

/**
 * The zod schemas of a report, of the encrypted envelope and of the wire format POSTed to the
 * school (`stagekit-report/1`). Loaded on demand (loadReportTools). Every check carries a message
 * key (i18n/messages/validation.ts). The checks use zod's own length, pattern and size checks where
 * JSON Schema has the same, so that the published JSON Schema (json-schema.ts) says what is checked;
 * the few rules JSON Schema cannot say (a real calendar day, no date after the report was made) are
 * in its descriptions.
 *
 * Text is never cleaned or changed: `<script>` stays the text "<script>" (the form renders text,
 * never HTML). Only the NUL character is refused, as many databases cannot store it.
 */

const NO_NUL = /^[^\u0000]*$/;
const NOT_BLANK = /\S/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const FILE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** Filled-in text: at least one non-space character, at most `maximum` characters, no NUL. */
export function reportText(maximum: number) {
  return z.string().check(
    z.maxLength(maximum, { message: 'too-long', abort: true }),
    z.regex(NOT_BLANK, { message: 'required' }),
    z.regex(NO_NUL, { message: 'control-character' }),
  );
}

const patterned = (pattern: RegExp, message: string, maximum: number) =>
  z.string().check(z.maxLength(maximum, { message: 'too-long', abort: true }), z.regex(pattern, { message }));

const base64url = (maximum: number, minimum = 0) =>
  z.string().check(
    z.maxLength(maximum, { message: 'too-long', abort: true }),
    ...(minimum ? [z.minLength(minimum, { message: 'base64url' })] : []),
    z.regex(B64URL, { message: 'base64url' }),
  );

export const reportIdSchema = patterned(REPORT_ID_PATTERN, 'report-id', REPORT_LIMITS.idMax);

export const timestampSchema = z.string().check(
  z.regex(TIMESTAMP, { message: 'timestamp', abort: true }),
  z.refine((value) => !Number.isNaN(Date.parse(value)) && isValidPartialDate(value.slice(0, 10)), { message: 'timestamp' }),
);

const partialDateSchema = z.string().check(
  z.regex(PARTIAL_DATE_PATTERN, { message: 'partial-date', abort: true }),
  z.refine(isValidPartialDate, { message: 'partial-date' }),
  z.describe('YYYY, YYYY-MM or YYYY-MM-DD: a real calendar day, not after the day the report was made (`created`, in any time zone).'),
);

/** A list with each value at most once. */
const uniqueList = <T extends z.core.SomeType>(item: T, maximum: number) =>
  z.array(item).check(
    z.minLength(1, { message: 'list-empty' }),
    z.maxLength(maximum, { message: 'list-too-long' }),
    z.refine((list) => new Set(list).size === list.length, { message: 'list-duplicates' }),
    z.meta({ uniqueItems: true }),
  );

const wishesSchema = uniqueList(z.enum(WISHES), WISHES.length).check(
  z.refine((list) => !list.includes('register') || list.length === 1, { message: 'wish-register-alone' }),
  z.meta({ description: '"register" (only register it) stands alone.', if: { contains: { const: 'register' } }, then: { maxItems: 1 } }),
);

const contactSchema = z.discriminatedUnion('anonymous', [
  z.strictObject({ anonymous: z.literal(true) }),
  z
    .strictObject({
      anonymous: z.literal(false),
      name: z.optional(reportText(REPORT_LIMITS.shortText)),
      email: z.optional(patterned(EMAIL, 'email', REPORT_LIMITS.email)),
      phone: z.optional(patterned(PHONE, 'phone', REPORT_LIMITS.phone)),
    })
    .check(
      z.refine((contact) => contact.email !== undefined || contact.phone !== undefined, { message: 'contact-needed', path: ['email'] }),
      z.meta({ description: 'At least an e-mail address or a phone number.', anyOf: [{ required: ['email'] }, { required: ['phone'] }] }),
    ),
]);

const prefillSchema = z.strictObject({
  source: z.literal('compensation-checker'),
  verdicts: uniqueList(z.enum(PREFILL_VERDICTS), PREFILL_VERDICTS.length),
  caoId: z.optional(patterned(/^[a-z0-9][a-z0-9-]*$/, 'record-id', 100)),
});

const common = {
  otherDetail: z.optional(reportText(REPORT_LIMITS.otherDetail)),
  situation: z.enum(SITUATIONS),
  level: z.optional(z.enum(REPORT_LEVELS)),
  reporter: z.enum(REPORTER_ROLES),
  when: z.optional(
    z.strictObject({
      date: z.optional(partialDateSchema),
      description: z.optional(reportText(REPORT_LIMITS.whenDescription)),
    }),
  ),
  where: z.optional(reportText(REPORT_LIMITS.place)),
  company: z.optional(
    z.strictObject({
      name: reportText(REPORT_LIMITS.shortText),
      location: z.optional(reportText(REPORT_LIMITS.shortText)),
    }),
  ),
  whatHappened: reportText(REPORT_LIMITS.whatHappened),
  witnesses: z.optional(reportText(REPORT_LIMITS.witnesses)),
  wishes: wishesSchema,
  contact: contactSchema,
  language: z.enum(['nl', 'en']),
  prefill: z.optional(prefillSchema),
};

export const reportSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('discrimination'), grounds: uniqueList(z.enum(PROTECTED_GROUNDS), PROTECTED_GROUNDS.length), ...common }),
    z.strictObject({ type: z.literal('misuse'), kinds: uniqueList(z.enum(MISUSE_KINDS), MISUSE_KINDS.length), ...common }),
  ])
  .check(z.meta({ id: 'Report', description: 'What the reporter filled in. Text is plain text: render it as text, never as HTML.' }));

const attachmentMetaShape = {
  id: patterned(FILE_ID, 'record-id', 64),
  name: reportText(REPORT_LIMITS.fileName),
  type: patterned(MEDIA_TYPE, 'media-type', REPORT_LIMITS.fileType),
  size: z.int().check(z.minimum(0, { message: 'too_small' }), z.maximum(REPORT_LIMITS.attachmentBytes, { message: 'file-too-large' })),
  sha256: patterned(SHA256_HEX, 'fingerprint-format', 64),
  metadata: z.enum(METADATA_STATUSES),
};

export const attachmentMetaSchema = z.strictObject(attachmentMetaShape).check(z.meta({ id: 'AttachmentMeta' }));

type WithIdAndSize = { id: string; size: number };

const attachmentList = <T extends z.core.SomeType>(item: T) =>
  z.array(item).check(
    z.maxLength(REPORT_LIMITS.attachments, { message: 'list-too-long' }),
    z.refine((list) => new Set((list as WithIdAndSize[]).map((file) => file.id)).size === list.length, { message: 'list-duplicates' }),
    z.refine((list) => (list as WithIdAndSize[]).reduce((sum, file) => sum + file.size, 0) <= REPORT_LIMITS.totalAttachmentBytes, {
      message: 'files-too-large',
      params: { maximum: REPORT_LIMITS.totalAttachmentBytes },
    }),
    z.meta({ description: `Each id at most once; all sizes together at most ${REPORT_LIMITS.totalAttachmentBytes} bytes.` }),
  );

/** What the envelope holds once decrypted, and what `decryptReport` gives back as `payload`. */
export const reportPayloadSchema = z.strictObject({
  report: reportSchema,
  attachments: attachmentList(attachmentMetaSchema),
});

const encryptedFileSchema = z.strictObject({
  id: patterned(FILE_ID, 'record-id', 64),
  iv: base64url(16, 16),
  ciphertext: base64url(base64UrlLength(REPORT_LIMITS.attachmentBytes + 16)),
});

const envelopeCommon = {
  v: z.literal(ENVELOPE_VERSION),
  kid: z.optional(patterned(NO_NUL, 'control-character', 200)),
  id: reportIdSchema,
  check: base64url(43, 43),
  iv: base64url(16, 16),
  ciphertext: base64url(1_000_000),
  files: z.array(encryptedFileSchema).check(z.maxLength(REPORT_LIMITS.attachments, { message: 'list-too-long' })),
};

export const envelopeSchema = z
  .discriminatedUnion('alg', [
    z.strictObject({
      alg: z.literal('ECDH-ES-P256-HKDF-SHA256-A256GCM'),
      epk: z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url(43, 43), y: base64url(43, 43) }),
      salt: base64url(43, 43),
      ...envelopeCommon,
    }),
    z.strictObject({ alg: z.literal('RSA-OAEP-256-A256GCM'), wrappedKey: base64url(1400, 342), ...envelopeCommon }),
  ])
  .check(
    z.meta({
      id: 'Envelope',
      description:
        'The report and its files encrypted for the school (see decryptReport in @stagekit/core). Decrypted, `ciphertext` is the JSON of a ReportPayload (#/$defs/ReportPayload) and each entry of `files` the bytes of the attachment with that id.',
    }),
  );

const wireHeader = {
  format: z.literal(REPORT_FORMAT),
  id: reportIdSchema,
  created: timestampSchema,
  test: z.optional(
    z.literal(true).check(
      z.meta({
        description:
          'Present only on a test report (the embed page\'s "test my endpoint"): answer it as any report, so the sender sees that the endpoint works, but do not handle it as a real report.',
      }),
    ),
  ),
};

/**
 * Whether a report's date lies after the day it was made, as precise as the date is. `created` is
 * UTC; the reporter's own "today" may be up to 14 hours ahead (UTC+14), so that much is allowed.
 */
export function dateAfter(date: string, created: string): boolean {
  const time = Date.parse(created);
  if (Number.isNaN(time)) return false;
  return date > new Date(time + 14 * 3600_000).toISOString().slice(0, date.length);
}

const plainWire = z
  .strictObject({
    ...wireHeader,
    encrypted: z.literal(false),
    report: reportSchema,
    attachments: attachmentList(
      z
        .strictObject({ ...attachmentMetaShape, data: base64url(base64UrlLength(REPORT_LIMITS.attachmentBytes)) })
        .check(
          z.refine((file) => file.data.length === base64UrlLength(file.size), { message: 'attachment-size', path: ['data'] }),
          z.meta({ description: 'The bytes in `data` (base64url, no padding) are `size` long and have the SHA-256 `sha256`.' }),
        ),
    ),
  })
  .check(
    z.refine((wire) => !wire.report.when?.date || !dateAfter(wire.report.when.date, wire.created), {
      message: 'date-in-future',
      path: ['report', 'when', 'date'],
    }),
  );

const encryptedWire = z
  .strictObject({ ...wireHeader, encrypted: z.literal(true), envelope: envelopeSchema })
  .check(z.refine((wire) => wire.envelope.id === wire.id, { message: 'envelope-id', path: ['envelope', 'id'] }));

/**
 * The body POSTed to the school's endpoint, with the header `Idempotency-Key: <id>`: the report in
 * plain JSON, or encrypted for the school's public key.
 */
export const reportWireSchema = z.discriminatedUnion('encrypted', [plainWire, encryptedWire]).check(
  z.meta({
    title: REPORT_FORMAT,
    description:
      'A report of internship discrimination or misuse from <stagekit-report-form>, POSTed as JSON with the header `Idempotency-Key: <id>`. The same id may arrive more than once (retries after a network error, a timeout or a 5xx): store it once and answer the same. Answer 2xx when stored, optionally with JSON {"reference": "…", "message": "…"} (the reference is shown to the reporter). Answer 4xx with JSON {"message": "…"} when the report is not accepted; the reporter sees the message, corrects the report and sends it again under the same id, so do not keep the key of a report you did not accept. 408, 425, 429 and 5xx are retried later. Binary fields are base64url without padding.',
  }),
);

export type ReportWire = z.infer<typeof reportWireSchema>;
export type ReportWireInput = z.input<typeof reportWireSchema>;

// The zod shapes and the plain types in model.ts must stay the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameReport: Same<z.infer<typeof reportSchema>, Report> = true;
const samePayload: Same<z.infer<typeof reportPayloadSchema>, ReportPayload> = true;
void sameReport;
void samePayload;
