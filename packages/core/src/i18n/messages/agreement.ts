import type { MessageLoader } from '../translate.js';
import type { AgreementMessageKey } from './agreement.nl.js';

export type { AgreementMessageKey } from './agreement.nl.js';

/** Each language is its own module, so a page downloads only the languages it shows. */
export const agreementCatalog: MessageLoader<AgreementMessageKey> = {
  nl: () => import('./agreement.nl.js').then((module) => module.agreementMessagesNl),
  en: () => import('./agreement.en.js').then((module) => module.agreementMessagesEn),
};
