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
 * The common cases are written out by hand, with the same output as Intl (test/node/format.test.ts
 * compares them with Intl over thousands of values): the first Intl.DateTimeFormat on a page costs
 * 30–60 ms (time-zone and calendar data), the first currency and list formatters 5–10 ms more, all
 * inside a widget's first render. Anything unusual still goes to Intl.
 */

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Intl's separators: nl-NL groups with "." and has a decimal comma; en-GB the other way round. */
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** A non-negative decimal string ("1234.5") with the locale's separators and grouping by thousands. */
function localizeDigits(plain: string, locale: Locale): string {
  const [whole = '', fraction] = plain.split('.');
  const { group, decimal } = SEPARATORS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}

export function formatEuros(cents: Cents, locale: Locale): string {
  if (!Number.isInteger(cents) || Math.abs(cents) > 1e13 || Object.is(cents, -0)) {
    return cached(`euro:${locale}`, () => new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' })).format(cents / 100);
  }
  const amount = localizeDigits((Math.abs(cents) / 100).toFixed(2), locale);
  if (locale === 'nl') return cents < 0 ? `€\u00a0-${amount}` : `€\u00a0${amount}`;
  return cents < 0 ? `-€${amount}` : `€${amount}`;
}

/** Shows a date only as precisely as it is known: "2024", "november 2026", "1 januari 2023". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const precision = precisionOf(date);
  if (precision === 'year') return String(y);
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const year = utc.getUTCFullYear();
  if (year >= 1000 && year <= 9999) {
    const month = MONTHS[locale][utc.getUTCMonth()]!;
    return precision === 'month' ? `${month} ${year}` : `${utc.getUTCDate()} ${month} ${year}`;
  }
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return cached(`date:${precision}:${locale}`, () => new Intl.DateTimeFormat(intlLocale[locale], options)).format(utc);
}

export function formatList(items: readonly string[], locale: Locale): string {
  const and = locale === 'nl' ? ' en ' : ' and ';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export function formatNumber(value: number, locale: Locale): string {
  // Intl rounds the shortest decimal form of the number (String(5.585) is "5.585", so "5,59"), half away from zero.
  const shortest = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(shortest) || Math.abs(value) >= 1e15) {
    return cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 })).format(value);
  }
  const [whole = '0', fraction = ''] = shortest.split('.');
  let hundredths = BigInt(whole + fraction.slice(0, 2).padEnd(2, '0'));
  if ((fraction[2] ?? '0') >= '5') hundredths += 1n;
  const rounded = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`.replace(/\.?0+$/, '');
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${localizeDigits(rounded, locale)}`;
}
