import { precisionOf, type PartialDate } from '../dates/partial-date.js';
import type { Cents } from '../money/money.js';
import type { Locale } from './locale.js';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Creating Intl formatters is slow (about 0.2 ms each); a list of results would make hundreds. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, create: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

/*
 * Dates and whole numbers, which the planner's and the agreement builder's first render show, are
 * written out by hand, with the same output as Intl (test/node/format.test.ts compares them with Intl over
 * thousands of values): the first Intl formatter on a page costs 20–60 ms (ICU's locale data),
 * which Lighthouse's phone profile turns into blocking time.
 */

const MONTHS: Record<Locale, readonly string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

export function formatEuros(cents: Cents, locale: Locale): string {
  return cached(`euro:${locale}`, () => new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' })).format(cents / 100);
}

/** Shows a date only as precisely as it is known: "2024", "november 2026", "1 januari 2023". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const precision = precisionOf(date);
  if (precision === 'year') return String(y);
  // As Intl would be given it: through Date.UTC, which rolls over impossible days (and reads years 0–99 as 1900–1999).
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const month = MONTHS[locale][utc.getUTCMonth()]!;
  return `${precision === 'month' ? '' : `${utc.getUTCDate()} `}${month} ${utc.getUTCFullYear()}`;
}

export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' })).format(items);
}

export function formatNumber(value: number, locale: Locale): string {
  // Whole numbers (hours, counts: what first renders show) by hand, as Intl writes them: "1.520" / "1,520".
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value).replace(/\B(?=(\d{3})+$)/g, locale === 'nl' ? '.' : ',');
  return cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 })).format(value);
}

/** A moment as a long date with a short time ("1 januari 2026 om 14:05"), in `timeZone` (default: the device's). */
export function formatDateTime(moment: Date, locale: Locale, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) };
  return cached(`datetime:${locale}:${timeZone ?? ''}`, () => new Intl.DateTimeFormat(intlLocale[locale], options)).format(moment);
}
