/**
 * The parts of the report logic that are heavy or rarely needed: the zod schemas and the wire
 * format, encryption (WebCrypto) and metadata removal. Load them with `loadReportTools()` when a
 * file is added, a report is checked or sent, or a receiver reads one. (The JSON Schema has its own
 * loader: only receivers and the tests need it.)
 */
export * from './schema.js';
export * from './wire.js';
export * from './crypto.js';
export * from './exif.js';
export * from './draft-check.js';
