import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { $ZodIssue } from 'zod/v4/core';
import { formatIssuePath } from '../i18n/issues.js';
import { validationMessages, type ValidationMessageKey } from '../i18n/messages/validation.js';
import { toBase64Url } from './base64.js';
import { encryptReport } from './crypto.js';
import { stripMetadata, detectImageType, type StripResult } from './exif.js';
import { REPORT_FORMAT, REPORT_LIMITS, REPORT_RULES, type AttachmentMeta, type Report, type ReportPayload, type ReportRule } from './model.js';
import { dateAfter, reportPayloadSchema, reportSchema, reportWireSchema, type ReportWire } from './schema.js';

/** One problem, at its place in the report ("contact.email", "whatHappened"), with a validation message key. */
export interface ReportIssue {
  path: string;
  /** A report rule (words: `rule.<key>` in the report messages) or a shared validation message key. */
  key: ReportRule | ValidationMessageKey;
  params?: Record<string, string | number>;
}

const isKey = (key: string): key is ValidationMessageKey => key in validationMessages.nl;
const isRule = (key: string): key is ReportRule => (REPORT_RULES as readonly string[]).includes(key);

/** zod issues as report issues: the rule's message key (a report rule or a shared one), else zod's issue code. */
function toIssues(issues: readonly $ZodIssue[]): ReportIssue[] {
  return issues.map((issue) => {
    const details = issue as unknown as { maximum?: unknown; minimum?: unknown; keys?: unknown; values?: unknown; params?: Record<string, string | number> };
    const params: Record<string, string | number> = { ...(details.params ?? {}) };
    if (typeof details.maximum === 'number') params.maximum = details.maximum;
    if (typeof details.minimum === 'number') params.minimum = details.minimum;
    if (Array.isArray(details.keys)) params.keys = details.keys.join(', ');
    if (Array.isArray(details.values)) params.values = details.values.map(String).join(', ');
    const key = isRule(issue.message) || isKey(issue.message) ? issue.message : isKey(issue.code) ? issue.code : 'other';
    return { path: formatIssuePath(issue.path), key, ...(Object.keys(params).length ? { params } : {}) };
  });
}

/**
 * The form's check of a report before it is sent or queued: every problem, each with a message
 * key, and a date after `now` ("today" in the reporter's time zone is fine).
 */
export function validateReport(report: unknown, now: Date = new Date()): ReportIssue[] {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) return toIssues(parsed.error.issues);
  const date = parsed.data.when?.date;
  return date && dateAfter(date, now.toISOString()) ? [{ path: 'when.date', key: 'date-in-future' }] : [];
}

export type WireResult = { ok: true; wire: ReportWire } | { ok: false; issues: ReportIssue[] };

/** For the school's receiver (and the form's last check): reads a body in the wire format. */
export function parseReportWire(input: string | unknown): WireResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, issues: [{ path: '', key: 'not-json' }] };
    }
  }
  const parsed = reportWireSchema.safeParse(value);
  return parsed.success ? { ok: true, wire: parsed.data } : { ok: false, issues: toIssues(parsed.error.issues) };
}

/** Checks a decrypted payload (decryptReport's `payload`). */
export function parseReportPayload(value: unknown): { ok: true; payload: ReportPayload } | { ok: false; issues: ReportIssue[] } {
  const parsed = reportPayloadSchema.safeParse(value);
  return parsed.success ? { ok: true, payload: parsed.data } : { ok: false, issues: toIssues(parsed.error.issues) };
}

/** SHA-256 as 64 lower-case hex digits, in plain JavaScript (also on pages without WebCrypto). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

export interface PreparedAttachment {
  meta: AttachmentMeta;
  /** The bytes to keep and send: metadata removed where possible. */
  bytes: Uint8Array;
  strip: StripResult;
}

const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * Readies a file the reporter added: removes its metadata (photos), names it safely (no control or
 * direction characters, at most 200 characters), sets its type from its bytes for photos, and
 * describes it with its size and SHA-256. Files over the size limit are the caller's to refuse first.
 */
export function prepareAttachment(file: { id: string; name: string; type?: string; bytes: Uint8Array }): PreparedAttachment {
  const strip = stripMetadata(file.bytes);
  const detected = detectImageType(strip.bytes);
  const declared = (file.type ?? '').trim().toLowerCase();
  const type = detected === 'jpeg' ? 'image/jpeg' : detected === 'png' ? 'image/png' : MEDIA_TYPE.test(declared) && declared.length <= 100 ? declared : 'application/octet-stream';
  const cleanName = Array.from(file.name.replace(CONTROL, '').trim()).slice(0, REPORT_LIMITS.fileName).join('') || 'file';
  return {
    meta: { id: file.id, name: cleanName, type, size: strip.bytes.length, sha256: sha256Hex(strip.bytes), metadata: strip.status },
    bytes: strip.bytes,
    strip,
  };
}

export class ReportWireError extends Error {
  override readonly name = 'ReportWireError';
  constructor(readonly issues: ReportIssue[]) {
    super(`the report is not valid: ${issues.map((issue) => `${issue.path || '(root)'} ${issue.key}`).join('; ')}`);
  }
}

export interface BuildWireInput {
  /** The report id: also the Idempotency-Key and the reference when the school gives none. */
  id: string;
  /** When the report was made (ISO, UTC). */
  created: string;
  report: Report;
  attachments?: readonly { meta: AttachmentMeta; bytes: Uint8Array }[];
  /** The school's public key (JWK or its JSON): then everything but id and time is encrypted. */
  publicKey?: string | JsonWebKey;
  /** A test report (the embed page's "test my endpoint"): the body says `"test": true`, outside any encryption. */
  test?: boolean;
}

/**
 * The body to POST (and to keep in the outbox): checked against the wire schema, encrypted when the
 * school gave a public key. Throws ReportWireError for an invalid report and ReportCryptoError when
 * encryption is impossible (never falls back to plain text).
 */
export async function buildReportWire(input: BuildWireInput): Promise<{ wire: ReportWire; body: string }> {
  const attachments = input.attachments ?? [];
  const payload = { report: input.report, attachments: attachments.map((file) => file.meta) };
  const checked = reportPayloadSchema.safeParse(payload);
  if (!checked.success) throw new ReportWireError(toIssues(checked.error.issues));
  for (const [index, file] of attachments.entries()) {
    if (file.bytes.length !== file.meta.size) throw new ReportWireError([{ path: `attachments[${index}].size`, key: 'attachment-size' }]);
  }
  const header = { format: REPORT_FORMAT, id: input.id, created: input.created, ...(input.test ? { test: true as const } : {}) };
  const candidate = input.publicKey
    ? {
        ...header,
        encrypted: true as const,
        envelope: await encryptReport(
          input.publicKey,
          payload,
          attachments.map((file) => ({ id: file.meta.id, bytes: file.bytes })),
          { id: input.id },
        ),
      }
    : { ...header, encrypted: false as const, report: input.report, attachments: attachments.map((file) => ({ ...file.meta, data: toBase64Url(file.bytes) })) };
  const parsed = reportWireSchema.safeParse(candidate);
  if (!parsed.success) throw new ReportWireError(toIssues(parsed.error.issues));
  return { wire: parsed.data, body: JSON.stringify(candidate) };
}
