/**
 * The parts of the agreement logic that need zod (step validation, files, share links). They are
 * loaded when a user leaves a step, opens a file or a link, so the builder's first download stays
 * small. Load them with `loadAgreementTools()`.
 */
export * from './validation.js';
export * from './file.js';
export * from './share.js';
