// The hand-written date and whole-number formatters give exactly what Intl gives: Intl is
// the oracle, over generated values and the edge cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber, formatPartialDate } from '../../packages/core/src/i18n/format.ts';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const langs = fc.constantFrom('nl' as const, 'en' as const);

const intlNumber = (value: number, lang: 'nl' | 'en') => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);

function intlDate(date: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (date.length === 4) return String(y);
  const options: Intl.DateTimeFormatOptions = date.length === 7 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('formatters, against Intl', () => {
  it('numbers: whole numbers of any size by hand, everything else still through Intl', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.tuple(fc.maxSafeInteger(), fc.boolean()).map(([n, negative]) => (negative ? -n : n)), fc.double({ min: -1e6, max: 1e6, noNaN: true })), langs, (value, lang) => {
        assert.equal(formatNumber(value, lang), intlNumber(value, lang));
      }),
      { numRuns: 5000 },
    );
    for (const value of [0, -0, 7, 999, 1000, -1000, 1520, 123456789, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 0.5, 2.675, NaN, Infinity]) {
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
    for (const date of ['2026-01-01', '2024-02-29', '2023-02-30', '2026-12-31', '0099-05-05', '0005-01-01', '0500-03-01', '0999-12-31']) {
      for (const lang of ['nl', 'en'] as const) assert.equal(formatPartialDate(date, lang), intlDate(date, lang), `${date} in ${lang}`);
    }
  });
});
