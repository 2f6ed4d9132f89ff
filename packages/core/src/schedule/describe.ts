import { formatList, formatNumber, formatPartialDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { ScheduleMessageKey } from '../i18n/messages/schedule.nl.js';
import type { Translator } from '../i18n/translate.js';
import { dayNumber, isoWeek } from './day-numbers.js';
import { SCHEDULE_RULES } from './rules.js';
import type { ScheduleWarning, Schedule } from './schedule.js';

/** Long lists of weeks or days are cut off: the calendar shows them all. */
const LISTED = 8;

function listed(items: string[], locale: Locale): string {
  return items.length > LISTED ? `${formatList(items.slice(0, LISTED), locale)} …` : formatList(items, locale);
}

/** A warning as one sentence in the user's language, with the figures and dates it is about. */
export function describeScheduleWarning(warning: ScheduleWarning, schedule: Schedule, t: Translator<ScheduleMessageKey>, locale: Locale): string {
  const date = (iso: string) => formatPartialDate(iso, locale);
  const hours = (value: number) => formatNumber(value, locale);
  const weeks = () => listed((warning.dates ?? []).map((monday) => t('weekLabel', { number: isoWeek(dayNumber(monday)).week })), locale);
  const moment = () => t(`contact.${warning.kind ?? 'start'}`).toLowerCase();
  const { totals, plan } = schedule;
  switch (warning.code) {
    case 'hours-short':
    case 'hours-over':
      return t(`warning.${warning.code}`, { hours: hours(warning.hours ?? 0), planned: hours(totals.plannedHours), agreed: hours(totals.agreedHours ?? 0) });
    case 'ends-before-agreed-hours':
      return warning.date
        ? t('warning.ends-before-agreed-hours', { end: date(plan.end), date: date(warning.date) })
        : t('warning.ends-before-agreed-hours-unknown', { end: date(plan.end) });
    case 'week-over-40-hours': {
      const rule = SCHEDULE_RULES.maxWeekHours;
      return t('warning.week-over-40-hours', {
        count: warning.dates?.length ?? 0,
        limit: rule.value,
        hours: hours(warning.hours ?? 0),
        weeks: weeks(),
        source: `${rule.source.publisher}, ${date(rule.source.figureDate)}`,
      });
    }
    case 'remote-during-onboarding':
      return t('warning.remote-during-onboarding', { dates: listed((warning.dates ?? []).map(date), locale) });
    case 'week-without-supervision':
      return t('warning.week-without-supervision', { count: warning.dates?.length ?? 0, weeks: weeks() });
    case 'contact-moment-missing':
      return t('warning.contact-moment-missing', { moment: moment() });
    case 'contact-moment-on-day-off':
      return t('warning.contact-moment-on-day-off', { moment: moment(), date: date(warning.date ?? plan.start) });
  }
}
