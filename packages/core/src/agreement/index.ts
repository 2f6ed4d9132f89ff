// Statically exported: the light parts. Validation, files and share links (zod) and the PDF writer
// (jsPDF) are loaded on demand through load-tools.ts, so that nothing here imports them.
export * from './model.js';
export * from './fields.js';
export * from './catalogue.js';
export * from './sources.js';
export * from './values.js';
export * from './completeness.js';
export * from './fingerprint.js';
export * from './edit.js';
export * from './diff.js';
export * from './liability.js';
export * from './from-schedule.js';
export * from './from-compensation.js';
export * from './document.js';
export * from './load-tools.js';
export type { FieldIssue } from './validation.js';
export type { AgreementFile, AgreementFileProblem, AgreementFileResult } from './file.js';
