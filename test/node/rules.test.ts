import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  addMonths,
  isValidIsoDate,
  isValidPartialDate,
  latestDayOf,
  mayBeOutdated,
  parseCaoDataset,
  prorate,
  type CaoRecord,
  type ClauseAmount,
  type Source,
} from '@stagekit/core';

const records = parseCaoDataset(JSON.parse(readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8'))).records;
const amountOf = (id: string): ClauseAmount => {
  const clause = records.find((record: CaoRecord) => record.id === id)!.clause;
  assert.equal(clause.status, 'found');
  return clause.amounts[0]!;
};

test('prorates by hours against the CAO\'s own hours basis', () => {
  const jeugdzorg = amountOf('cao-jeugdzorg'); // €400 at 32 h
  assert.deepEqual(prorate(jeugdzorg, { hoursPerWeek: 16 }), { status: 'computed', cents: 20000, fraction: 0.5, per: 'month' });
  assert.equal((prorate(jeugdzorg, { hoursPerWeek: 40 }) as { cents: number }).cents, 40000);
  const rijk = amountOf('rijksoverheid-stagiairs'); // €747 at 40 h
  assert.equal((prorate(rijk, { hoursPerWeek: 32 }) as { cents: number }).cents, 59760);
});

test('prorates by the days scale of the Horeca CAO', () => {
  const horeca = amountOf('cao-horeca');
  const cents = (days: number) => (prorate(horeca, { hoursPerWeek: days * 8, daysPerWeek: days }) as { cents: number }).cents;
  assert.equal(cents(5), 35000);
  assert.equal(cents(4), 35000);
  assert.equal(cents(3), 23333);
  assert.equal(cents(2), 11667);
  assert.equal(cents(1), 11667);
  assert.deepEqual(prorate(horeca, { hoursPerWeek: 24 }), { status: 'not-computable', reason: 'days-unknown' });
});

test('a half-day rule pays half for short days', () => {
  const daily: ClauseAmount = { ...amountOf('cao-kinderopvang'), euros: 30 };
  assert.equal((prorate(daily, { hoursPerWeek: 16, daysPerWeek: 4 }) as { cents: number }).cents, 1500);
  assert.equal((prorate(daily, { hoursPerWeek: 24, daysPerWeek: 4 }) as { cents: number }).cents, 3000);
});

test('never guesses: unknown amount, unknown basis or unknown rule cannot be computed', () => {
  assert.deepEqual(prorate(amountOf('cao-kinderopvang'), { hoursPerWeek: 20, daysPerWeek: 4 }), { status: 'not-computable', reason: 'amount-unknown' });
  assert.deepEqual(prorate(amountOf('cao-ziekenhuizen'), { hoursPerWeek: 20 }), { status: 'not-computable', reason: 'hours-basis-unknown' });
  assert.deepEqual(prorate(amountOf('cao-umc'), { hoursPerWeek: 20 }), { status: 'not-computable', reason: 'rule-unknown' });
  assert.equal((prorate(amountOf('cao-hoveniers'), { hoursPerWeek: 8 }) as { cents: number }).cents, 2000);
});

test('a figure is "may be outdated" more than 18 months after the latest day its date can mean', () => {
  const source = (figureDate: string | null): Source => ({ title: 't', publisher: 'p', figureDate, checked: '2026-11', confidence: 'medium' });
  assert.equal(mayBeOutdated(source('2024'), '2026-06-30'), false);
  assert.equal(mayBeOutdated(source('2024'), '2026-07-01'), true);
  assert.equal(mayBeOutdated(source('2023-01-01'), '2024-07-01'), false);
  assert.equal(mayBeOutdated(source('2023-01-01'), '2024-07-02'), true);
  assert.equal(mayBeOutdated(source('2025-02'), '2026-08-28'), false);
  assert.equal(mayBeOutdated(source('2025-02'), '2026-08-29'), true);
  assert.equal(mayBeOutdated(source(null), '2020-01-01'), true);
});

test('dates keep the precision of their source', () => {
  assert.equal(latestDayOf('2024'), '2024-12-31');
  assert.equal(latestDayOf('2024-02'), '2024-02-29');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2024-12-31', 18), '2026-06-30');
  assert.ok(isValidPartialDate('2026') && isValidPartialDate('2026-11') && isValidPartialDate('2026-11-24'));
  assert.ok(!isValidPartialDate('2026-1') && !isValidPartialDate('2023-02-29') && !isValidPartialDate('26-11-2026'));
  assert.ok(isValidIsoDate('2024-02-29') && !isValidIsoDate('2024-02'));
});
