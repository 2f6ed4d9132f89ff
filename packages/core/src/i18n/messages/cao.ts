import type { MessageLoader } from '../translate.js';
import type { CaoMessageKey } from './cao.nl.js';

export type { CaoMessageKey } from './cao.nl.js';

/** Each language is its own module, so a page downloads only the language it shows. */
export const caoCatalog: MessageLoader<CaoMessageKey> = {
  nl: () => import('./cao.nl.js').then((module) => module.caoMessagesNl),
  en: () => import('./cao.en.js').then((module) => module.caoMessagesEn),
};
