import { precisionOf, type PartialDate } from '../dates/partial-date.js';
import type { Cents } from '../money/money.js';
import type { Locale } from './locale.js';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatEuros(cents: Cents, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Shows a date only as precisely as it is known: "2024", "november 2026", "1 januari 2023". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const precision = precisionOf(date);
  if (precision === 'year') return String(y);
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(utc);
}

export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' }).format(items);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}
