import type { ReportEnvelope, ReportFile } from './envelope.js';

/** Schemas, wire format, encryption and metadata removal: loaded when the form or a receiver needs them. */
export function loadReportTools(): Promise<typeof import('./tools.js')> {
  return import('./tools.js');
}

/**
 * The routing table with its sources (about 3 KB brotli): the form shows it only after the type and
 * situation are chosen, so it can load it then.
 */
export function loadReportRouting(): Promise<typeof import('./routing.js')> {
  return import('./routing.js');
}

/** The JSON Schema (draft 2020-12) of the wire format `stagekit-report/1`, as published in data/report-schema-v1.json. */
export async function reportWireJsonSchema(): Promise<Record<string, unknown>> {
  return (await import('./json-schema.js')).reportWireJsonSchema();
}

/**
 * For the school's receiver: opens an envelope with its private key (a private JWK or CryptoKey).
 * Rejects with a ReportCryptoError (`wrong-key`, `tampered`, `invalid-envelope`, …). The payload is
 * `{ report, attachments }`: check it with `(await loadReportTools()).parseReportPayload(payload)`.
 */
export async function decryptReport(privateKey: JsonWebKey | CryptoKey, envelope: ReportEnvelope | unknown): Promise<import('./crypto.js').DecryptedReport> {
  return (await loadReportTools()).decryptReport(privateKey, envelope);
}

/** Encrypts a payload and files for a public JWK (EC P-256 or RSA-OAEP-256); see crypto.ts. */
export async function encryptReport(
  publicKey: string | JsonWebKey,
  payload: unknown,
  files: readonly ReportFile[] = [],
  options: { id?: string } = {},
): Promise<ReportEnvelope> {
  return (await loadReportTools()).encryptReport(publicKey, payload, files, options);
}

/**
 * Makes a key pair for the form's `public-key` and decryptReport (EC P-256 JWKs with one `kid`);
 * see crypto.ts. Keep the private key on the receiver only.
 */
export async function generateReportKeyPair(options: { kid?: string } = {}): Promise<import('./crypto.js').ReportKeyPair> {
  return (await loadReportTools()).generateReportKeyPair(options);
}
