/**
 * The parts of the report logic that are heavy or rarely needed: the zod schemas and the wire
 * format, encryption (WebCrypto), metadata removal, and the texts made from a report (problem
 * sentences, the plain-text copy, the e-mail). Load them with `loadReportTools()` when a file is
 * added, a report is checked or sent, or a receiver reads one. (The JSON Schema has its own loader:
 * only receivers and the tests need it.)
 */
export * from './schema.js';
export * from './wire.js';
export * from './crypto.js';
export * from './exif.js';
export * from './draft-check.js';
export * from './issues.js';
// `reportText` is also the name of the schema's text rule: here the copy is `reportPlainText`.
export { reportText as reportPlainText, formatCreated, formatFileSize } from './text.js';
export * from './mailto.js';
