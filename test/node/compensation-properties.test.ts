import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  LOCATIONS,
  STAGE_TYPES,
  STUDENT_LEVELS,
  checkCompensation,
  compensationInputSchema,
  compensationRulesSchema,
  parseCaoDataset,
  type CaoRecord,
  type CompensationInput,
  type CompensationRules,
} from '@stagekit/core';

/* Properties of checkCompensation over any valid input, any bundled CAO record and any reference date. */

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../packages/core/data/${file}`, import.meta.url), 'utf8'));
const rules: CompensationRules = compensationRulesSchema.parse(readJson('compensation-rules.json'));
const records: CaoRecord[] = parseCaoDataset(readJson('cao-dataset.json')).records;
const RUNS = { numRuns: 1000 };
const STATUSES = ['meets', 'below', 'no-clause', 'amount-unknown', 'not-applicable', 'no-cao'];

test('the bundled dataset has the 37 records the properties draw from', () => {
  assert.equal(records.length, 37);
});

const DAY = 86_400_000;
const isoDay = (from: string, to: string) =>
  fc.integer({ min: 0, max: Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) }).map((offset) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10));

const referenceDate = isoDay('2023-01-01', '2028-12-31');
const answer = fc.option(fc.boolean(), { nil: undefined });
const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => c / 100);
/** €0–€5,000 in whole cents, half of the time under €800 where the CAO minimums are. */
const offer = fc.oneof(cents(500_000), cents(80_000));

/** Start and end (end not before start), only a start, only an end, or neither. */
const dates = fc.oneof(
  fc.constant({}),
  fc.tuple(isoDay('2023-01-01', '2028-12-31'), fc.integer({ min: 0, max: 400 })).map(([start, length]) => ({
    start,
    end: new Date(Date.parse(`${start}T00:00:00Z`) + length * DAY).toISOString().slice(0, 10),
  })),
  isoDay('2023-01-01', '2028-12-31').map((start) => ({ start })),
  isoDay('2023-01-01', '2028-12-31').map((end) => ({ end })),
);

/** Raw input the schema accepts; undefined keys are left out, as a form would. */
const rawInput = fc
  .record({
    level: fc.constantFrom(...STUDENT_LEVELS),
    stageType: fc.constantFrom(...STAGE_TYPES),
    location: fc.constantFrom(...LOCATIONS),
    dates,
    weeks: fc.option(fc.integer({ min: 1, max: 260 }), { nil: undefined }),
    // 1–60 hours in tenths (also whole hours), days optional; days raised so that hours/day ≤ 24
    hours: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 10, max: 600 }).map((tenths) => tenths / 10)),
    days: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
    age: fc.integer({ min: 12, max: 80 }),
    employmentContract: answer,
    offered: offer,
    learningPlan: answer,
    supervisor: answer,
    replacesStaff: answer,
    mainlyProductive: answer,
    graduated: answer,
  })
  .map(({ dates: when, days, ...rest }) => {
    const raw: Record<string, unknown> = { ...rest, ...when };
    if (days !== undefined) raw.days = Math.max(days, Math.ceil(rest.hours / 24));
    for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
    return raw;
  });

const caoRecord = fc.option(fc.constantFrom(...records), { nil: null });

/** A valid input with its CAO (or none): the schema must accept every generated input. */
const scenario = fc.tuple(rawInput, caoRecord, referenceDate).map(([raw, cao, date]) => {
  const parsed = compensationInputSchema.safeParse(cao ? { ...raw, cao: cao.id } : raw);
  if (!parsed.success) throw new Error(`generator made invalid input ${JSON.stringify(raw)}: ${JSON.stringify(parsed.error.issues)}`);
  return { input: parsed.data, cao, date };
});

const toCents = (euros: number) => Math.round(euros * 100);

test('property: any valid input gives a well-formed answer and never throws', () => {
  fc.assert(
    fc.property(scenario, ({ input, cao, date }) => {
      const result = checkCompensation(input, { rules, cao }, date);
      const verdict = result.cao;
      assert.ok(STATUSES.includes(verdict.status), verdict.status);
      assert.equal(verdict.status === 'no-cao', cao === null);
      assert.ok(verdict.minimumMonthly === null || (Number.isFinite(verdict.minimumMonthly) && verdict.minimumMonthly >= 0));
      // A minimum only with a verdict; a shortfall only when below, equal to minimum − offer to the cent.
      assert.equal(verdict.minimumMonthly !== null, verdict.status === 'meets' || verdict.status === 'below');
      if (verdict.status === 'below') {
        assert.ok(verdict.shortfall !== null && verdict.shortfall > 0);
        assert.equal(toCents(verdict.shortfall), toCents(verdict.minimumMonthly!) - toCents(input.offered));
      } else {
        assert.equal(verdict.shortfall, null);
      }
      if (verdict.status === 'meets') assert.ok(toCents(input.offered) >= toCents(verdict.minimumMonthly!));
      // minimum and shortfall are whole cents
      for (const euros of [verdict.minimumMonthly, verdict.shortfall]) if (euros !== null) assert.ok(Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6);
      assert.ok(['yes', 'no', 'uncertain'].includes(result.legalRight.wouldApply));
      assert.ok(['none', 'some', 'high'].includes(result.employmentRisk.level));
      assert.equal(result.referenceDate, date);
      assert.equal(result.offered, input.offered);
      // every source once
      const keys = result.sources.map((source) => `${source.url ?? ''}|${source.title}`);
      assert.equal(new Set(keys).size, keys.length);
      const share = result.context.shareOfMinimumWage;
      assert.ok(share === null || (Number.isFinite(share) && share >= 0));
    }),
    RUNS,
  );
});

test('property: offering more never turns meets into below', () => {
  fc.assert(
    fc.property(scenario, offer, offer, ({ input, cao, date }, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const at = (offered: number) => checkCompensation({ ...input, offered } as CompensationInput, { rules, cao }, date).cao;
      const lower = at(low);
      const higher = at(high);
      assert.equal(higher.status === 'meets' || higher.status === 'below', lower.status === 'meets' || lower.status === 'below');
      assert.equal(higher.minimumMonthly, lower.minimumMonthly); // the offer does not change the minimum
      if (lower.status === 'meets') assert.equal(higher.status, 'meets');
      if (higher.status === 'below') assert.equal(lower.status, 'below');
    }),
    RUNS,
  );
});

const partialDate = fc.oneof(
  fc.integer({ min: 2020, max: 2030 }).map(String),
  isoDay('2020-01-01', '2030-12-31').map((day) => day.slice(0, 7)),
  isoDay('2020-01-01', '2030-12-31'),
);

test('property: while the right is a proposal it is never in force and never carries an amount', () => {
  fc.assert(
    fc.property(
      scenario,
      fc.option(partialDate, { nil: null }),
      fc.option(fc.integer({ min: 1, max: 26 }), { nil: null }),
      ({ input, cao, date }, inForceFrom, limit) => {
        // The bundled rules, and the same proposal with any date and orientation limit filled in.
        for (const useRules of [rules, { ...rules, legalRight: { ...rules.legalRight, status: 'proposal' as const, inForceFrom, shortOrientationLimitWeeks: limit } }]) {
          assert.equal(useRules.legalRight.status, 'proposal');
          const right = checkCompensation(input, { rules: useRules, cao }, date).legalRight;
          assert.equal(right.inForce, false);
          assert.equal(right.status, 'proposal');
          assert.deepEqual(Object.keys(right).sort(), ['inForce', 'reasons', 'source', 'status', 'wouldApply']);
          assert.ok(right.reasons.some((reason) => reason.code === 'right-not-yet-law'));
          assert.ok(!right.reasons.some((reason) => reason.code === 'right-in-force'));
          // no euro figure anywhere: the only numbers are the week limit in orientation reasons
          for (const reason of right.reasons) {
            for (const [key, value] of Object.entries(reason.params ?? {})) {
              if (typeof value === 'number') assert.equal(key, 'weeks', `${reason.code}.${key}`);
            }
          }
          assert.ok(!/euro|amount|minimum/i.test(JSON.stringify({ ...right, source: undefined })));
        }
      },
    ),
    RUNS,
  );
});

test('property: a minimum wage is shown only at high risk', () => {
  fc.assert(
    fc.property(scenario, ({ input, cao, date }) => {
      const risk = checkCompensation(input, { rules, cao }, date).employmentRisk;
      if (risk.minimumWageMonthly !== null) {
        assert.equal(risk.level, 'high');
        assert.ok(risk.minimumWageMonthly > 0);
        assert.ok(risk.hourlyMinimumWage !== null && risk.wageScale !== null);
      }
      if (risk.level !== 'high') {
        assert.equal(risk.minimumWageMonthly, null);
        assert.equal(risk.hourlyMinimumWage, null);
        assert.equal(risk.wageScale, null);
      }
      // The level follows the score: weak signals 1, strong 2, high from 2.
      const score = risk.signals.reduce((sum, signal) => sum + (signal.strong ? 2 : 1), 0);
      assert.equal(risk.level, score >= 2 ? 'high' : score === 1 ? 'some' : 'none');
      assert.equal(risk.signals.length + risk.unanswered.length <= 5, true);
    }),
    RUNS,
  );
});
