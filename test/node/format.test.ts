// The hand-written formatters (dates, euros, numbers, lists) give exactly what Intl gives: Intl is
// the oracle, over generated values and the edge cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatEuros, formatList, formatNumber, formatPartialDate } from '../../packages/core/src/i18n/format.ts';
import type { Cents } from '../../packages/core/src/money/money.ts';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const langs = fc.constantFrom('nl' as const, 'en' as const);

const intlEuros = (cents: number, lang: 'nl' | 'en') => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
const intlNumber = (value: number, lang: 'nl' | 'en') => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
const intlList = (items: string[], lang: 'nl' | 'en') => new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
function intlDate(date: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (date.length === 4) return String(y);
  const options: Intl.DateTimeFormatOptions = date.length === 7 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('formatters, against Intl', () => {
  it('euros: any whole number of cents, both languages (negative, zero, millions)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }), langs, (cents, lang) => {
        assert.equal(formatEuros(cents as Cents, lang), intlEuros(cents, lang));
      }),
      { numRuns: 3000 },
    );
    for (const cents of [0, -0, 1, -1, 99, 100, 1234_56, -1234_50, 100_000_00, 0.5, 12.345, Number.MAX_SAFE_INTEGER]) {
      for (const lang of ['nl', 'en'] as const) assert.equal(formatEuros(cents as Cents, lang), intlEuros(cents, lang), `${cents} in ${lang}`);
    }
  });

  it('numbers: up to two decimals, rounding as Intl does, signs and grouping', () => {
    const values = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 8),
    );
    fc.assert(
      fc.property(values, langs, (value, lang) => {
        assert.equal(formatNumber(value, lang), intlNumber(value, lang));
      }),
      { numRuns: 5000 },
    );
    for (const value of [0, -0, 0.001, -0.001, 0.005, 0.015, 1.005, 2.675, 0.125, -0.125, 999.995, 1234.5, 1e15, -1e16, NaN, Infinity, -Infinity]) {
      for (const lang of ['nl', 'en'] as const) assert.equal(formatNumber(value, lang), intlNumber(value, lang), `${value} in ${lang}`);
    }
  });

  it('dates: a year, a month or a day, both languages, also days that do not exist (rolled over as Date does)', () => {
    const dates = fc.oneof(
      fc.integer({ min: 1000, max: 9999 }).map(String),
      fc.record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m, 2)}`),
      fc.record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ y, m, d }) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
    );
    fc.assert(
      fc.property(dates, langs, (date, lang) => {
        assert.equal(formatPartialDate(date, lang), intlDate(date, lang));
      }),
      { numRuns: 3000 },
    );
    for (const date of ['2026-01-01', '2024-02-29', '2023-02-30', '2026-12-31', '0099-05-05', '0005-01-01']) {
      for (const lang of ['nl', 'en'] as const) assert.equal(formatPartialDate(date, lang), intlDate(date, lang), `${date} in ${lang}`);
    }
  });

  it('lists: none, one, two and many items, both languages', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }), langs, (items, lang) => {
        assert.equal(formatList(items, lang), intlList(items, lang));
      }),
      { numRuns: 2000 },
    );
  });
});
