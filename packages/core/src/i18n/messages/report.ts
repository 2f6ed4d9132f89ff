import type { MessageLoader } from '../translate.js';
import type { ReportMessageKey } from './report.nl.js';

export type { ReportMessageKey } from './report.nl.js';

/** Each language is its own module, so a page downloads only the language it shows. */
export const reportCatalog: MessageLoader<ReportMessageKey> = {
  nl: () => import('./report.nl.js').then((module) => module.reportMessagesNl),
  en: () => import('./report.en.js').then((module) => module.reportMessagesEn),
};
