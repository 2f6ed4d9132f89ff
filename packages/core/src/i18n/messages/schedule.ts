import type { MessageLoader } from '../translate.js';
import type { ScheduleMessageKey } from './schedule.nl.js';

export type { ScheduleMessageKey } from './schedule.nl.js';

/** Each language is its own module, so a page downloads only the language it shows. */
export const scheduleCatalog: MessageLoader<ScheduleMessageKey> = {
  nl: () => import('./schedule.nl.js').then((module) => module.scheduleMessagesNl),
  en: () => import('./schedule.en.js').then((module) => module.scheduleMessagesEn),
};
