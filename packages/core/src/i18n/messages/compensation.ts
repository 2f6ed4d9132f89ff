import type { MessageLoader } from '../translate.js';
import type { CompensationMessageKey } from './compensation.nl.js';

export type { CompensationMessageKey } from './compensation.nl.js';

/** Each language is its own module, so a page downloads only the language it shows. */
export const compensationCatalog: MessageLoader<CompensationMessageKey> = {
  nl: () => import('./compensation.nl.js').then((module) => module.compensationMessagesNl),
  en: () => import('./compensation.en.js').then((module) => module.compensationMessagesEn),
};

export type { CompensationFullMessageKey } from './compensation-full.nl.js';

/** The form and the full result: only pages that show the full checker load these. */
export const compensationFullCatalog: MessageLoader<import('./compensation-full.nl.js').CompensationFullMessageKey> = {
  nl: () => import('./compensation-full.nl.js').then((module) => module.compensationFullMessagesNl),
  en: () => import('./compensation-full.en.js').then((module) => module.compensationFullMessagesEn),
};
