import type { MessageLoader } from '../translate.js';
import type { CaoMessageKey } from './cao.nl.js';
import type { CaoProblemMessageKey } from './cao-problems.nl.js';

export type { CaoMessageKey } from './cao.nl.js';

/** Each language is its own module, so a page downloads only the language it shows. */
export const caoCatalog: MessageLoader<CaoMessageKey> = {
  nl: () => import('./cao.nl.js').then((module) => module.caoMessagesNl),
  en: () => import('./cao.en.js').then((module) => module.caoMessagesEn),
};

export type { CaoProblemMessageKey } from './cao-problems.nl.js';

/** The texts for when something is wrong (dataset, attributes, storage): loaded only then. */
export const caoProblemsCatalog: MessageLoader<CaoProblemMessageKey> = {
  nl: () => import('./cao-problems.nl.js').then((module) => module.caoProblemMessagesNl),
  en: () => import('./cao-problems.en.js').then((module) => module.caoProblemMessagesEn),
};
