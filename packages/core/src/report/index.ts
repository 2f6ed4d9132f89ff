// Statically exported: the light parts (plain data, the routing table, the outbox, storage, text and
// e-mail). The zod schemas, the JSON Schema, encryption and metadata removal are loaded on demand
// through load-tools.ts, so that nothing here imports zod or the crypto code.
export * from './model.js';
export * from './catalogue.js';
export * from './sources.js';
export * from './routing.js';
export * from './envelope.js';
export * from './base64.js';
export * from './outbox.js';
export * from './storage.js';
export * from './text.js';
export * from './mailto.js';
export * from './prefill.js';
export * from './draft.js';
export * from './issues.js';
export * from './load-tools.js';
export type { ReportIssue, WireResult, PreparedAttachment, BuildWireInput } from './wire.js';
export type { ReportWire, ReportWireInput } from './schema.js';
export type { DecryptedReport, PublicKeyInfo, ReportKeyPair } from './crypto.js';
export type { StripResult } from './exif.js';
export type { DraftIssue } from './draft-check.js';
