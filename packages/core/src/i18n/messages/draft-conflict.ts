import type { MessageLoader } from '../translate.js';
import type { DraftConflictMessageKey } from './draft-conflict.nl.js';

export type { DraftConflictMessageKey } from './draft-conflict.nl.js';

/** Loaded only when another tab saved the draft on screen: most pages never need these. */
export const draftConflictCatalog: MessageLoader<DraftConflictMessageKey> = {
  nl: () => import('./draft-conflict.nl.js').then((module) => module.draftConflictMessagesNl),
  en: () => import('./draft-conflict.en.js').then((module) => module.draftConflictMessagesEn),
};
