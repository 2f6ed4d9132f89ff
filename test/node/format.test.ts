// The hand-written date formatter gives exactly what Intl gives: Intl is
// the oracle, over generated values and the edge cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatPartialDate } from '../../packages/core/src/i18n/format.ts';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const langs = fc.constantFrom('nl' as const, 'en' as const);

function intlDate(date: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (date.length === 4) return String(y);
  const options: Intl.DateTimeFormatOptions = date.length === 7 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('formatters, against Intl', () => {
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
