import type { Source } from '../sources/source.js';

/**
 * The internship agreement as Stagekit keeps it: a flat map of field values (all strings, as typed)
 * plus the regime, the version and the versions before it. Flat strings keep the form, the diff,
 * the fingerprint and the file format simple and language-neutral.
 */

/** mbo: praktijkovereenkomst (POK); hbo and wo: stageovereenkomst. */
export const REGIMES = ['mbo', 'hbo', 'wo'] as const;
export type Regime = (typeof REGIMES)[number];

/** The language the document is written in; chosen apart from the language of the form. */
export const DOCUMENT_LANGUAGES = ['nl', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Field id → value as typed. Empty fields are left out. */
export type AgreementFields = Record<string, string>;

/** One earlier version, frozen when an amendment was started. */
export interface AgreementVersion {
  version: number;
  fields: AgreementFields;
  /** SHA-256 of that version's canonical content. */
  fingerprint: string;
  /** When the version was closed (ISO date-time). */
  closed: string;
}

export interface Agreement {
  id: string;
  regime: Regime;
  /** 1 for the first agreement; each amendment adds one. */
  version: number;
  documentLanguage: DocumentLanguage;
  fields: AgreementFields;
  /** Earlier versions, oldest first. */
  history: AgreementVersion[];
  created: string;
  updated: string;
  /** Sources of imported figures (e.g. the CAO's minimum from the compensation checker), for the sources appendix. */
  sources?: Source[];
}

export const AGREEMENT_LIMITS = {
  shortText: 200,
  longText: 4000,
  /** An exported file larger than this is refused before it is read. */
  fileBytes: 1_000_000,
  history: 50,
  fields: 200,
  sources: 20,
} as const;

/** The URL fragment key of a share link (`#stagekit-agreement=…`); here so a page can look for it without loading the link reader. */
export const SHARE_KEY = 'stagekit-agreement=';
