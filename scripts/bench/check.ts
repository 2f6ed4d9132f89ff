/**
 * Budget D: `checkCompensation` in Node, on varied valid inputs from one seeded PRNG, with the
 * bundled rules and CAO records (from packages/core/data, validated like the widget does).
 *
 * One call takes microseconds, close to what a single pair of clock reads costs, so a sample is a
 * batch: the same input checked BATCH times in a row, timed with process.hrtime.bigint and divided
 * by BATCH. Every input gives one sample per round; median and p95 are over all inputs × rounds.
 * Single calls, each between its own two clock reads, are reported too (as info) as a cross-check.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkCompensation,
  compensationInputSchema,
  compensationRulesSchema,
  LOCATIONS,
  parseCaoDataset,
  STAGE_TYPES,
  STUDENT_LEVELS,
  type CaoRecord,
  type CompensationInput,
  type CompensationResult,
  type CompensationRules,
} from '@stagekit/core';
import { median, percentile, sortedCopy, type Row } from './report.ts';
import { gc } from './search.ts';
import { seededRandom } from './synthetic.ts';

const INPUTS = 400;
const BATCH = 100;
const ROUNDS = 5;
const WARMUP_ROUNDS = 3;
const SEED = 20261125;
/** Reference dates: the rules' own date and a few around it, so several wage periods are used. */
const REFERENCE_DATES = ['2024-03-01', '2025-01-15', '2025-09-01', '2026-11-24', '2027-07-01'];
export const LIMITS = { medianUs: 50 };

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, probability: number) => random() < probability;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CheckCase {
  input: CompensationInput;
  cao: CaoRecord | null;
  referenceDate: string;
}

/** Varied inputs, kept only when compensationInputSchema accepts them (the widget checks first, too). */
export function checkCases(records: readonly CaoRecord[], count: number, seed = SEED): { cases: CheckCase[]; generated: number } {
  const random = seededRandom(seed);
  const cases: CheckCase[] = [];
  let generated = 0;
  const answer = () => (chance(random, 0.5) ? undefined : chance(random, 0.5));
  while (cases.length < count && generated < count * 10) {
    generated++;
    const level = pick(random, STUDENT_LEVELS);
    // Mostly whole hours, sometimes halves (hours may be any number in 1–60).
    const hours = chance(random, 0.8) ? between(random, 1, 60) : Math.min(60, between(random, 2, 120) / 2);
    const raw: Record<string, unknown> = {
      level,
      stageType: pick(random, STAGE_TYPES),
      hours,
      age: between(random, 15, 30),
      location: random() < 0.8 ? 'nl' : pick(random, LOCATIONS),
      offered: Math.round(random() * 200_000) / 100,
    };
    const length = random();
    if (length < 0.35) {
      const start = Date.UTC(2024, 0, 1) + between(random, 0, 1100) * 86_400_000;
      raw.start = isoDay(start);
      raw.end = isoDay(start + between(random, 0, 400) * 86_400_000);
    } else if (length < 0.7) raw.weeks = between(random, 1, 60);
    if (chance(random, 0.5)) raw.days = between(random, Math.max(1, Math.ceil(hours / 24)), 7);
    if (level === 'mbo-bbl' || chance(random, 0.1)) {
      const contract = answer();
      if (contract !== undefined) raw.employmentContract = contract;
    }
    for (const question of ['learningPlan', 'supervisor', 'replacesStaff', 'mainlyProductive', 'graduated']) {
      const given = answer();
      if (given !== undefined) raw[question] = given;
    }
    const cao = chance(random, 0.8) ? pick(random, records) : null;
    if (cao) raw.cao = cao.id;
    const parsed = compensationInputSchema.safeParse(raw);
    if (!parsed.success) continue;
    cases.push({ input: parsed.data, cao, referenceDate: pick(random, REFERENCE_DATES) });
  }
  if (cases.length < count) throw new Error(`only ${cases.length} of ${count} generated inputs were valid`);
  return { cases, generated };
}

/** Something of every result, so no call can be optimised away. */
const digest = (result: CompensationResult) => result.cao.reasons.length + result.legalRight.reasons.length + result.employmentRisk.signals.length + result.sources.length;

const us = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} µs` : 'n/a');

export async function checkBench(coreDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const rules: CompensationRules = compensationRulesSchema.parse(JSON.parse(await readFile(join(coreDir, 'data/compensation-rules.json'), 'utf8')));
  const dataset = parseCaoDataset(JSON.parse(await readFile(join(coreDir, 'data/cao-dataset.json'), 'utf8')));
  if (dataset.records.length === 0) throw new Error('the CAO dataset has no valid records');
  const { cases, generated } = checkCases(dataset.records, INPUTS);
  const run = ({ input, cao, referenceDate }: CheckCase) => checkCompensation(input, { rules, cao }, referenceDate);

  const statuses: Record<string, number> = {};
  const risks: Record<string, number> = {};
  const statusOf: string[] = [];
  for (const item of cases) {
    const result = run(item);
    statusOf.push(result.cao.status);
    statuses[result.cao.status] = (statuses[result.cao.status] ?? 0) + 1;
    risks[result.employmentRisk.level] = (risks[result.employmentRisk.level] ?? 0) + 1;
  }

  let checksum = 0;
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const item of cases) for (let i = 0; i < BATCH; i++) checksum += digest(run(item));

  // Budget samples: one batch of BATCH identical calls per input per round, divided by BATCH.
  const batched: number[] = [];
  const byStatus = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    gc();
    cases.forEach((item, index) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < BATCH; i++) checksum += digest(run(item));
      const perCall = Number(process.hrtime.bigint() - start) / 1e3 / BATCH;
      batched.push(perCall);
      const status = statusOf[index]!;
      (byStatus.get(status) ?? byStatus.set(status, []).get(status)!).push(perCall);
    });
  }
  // Cross-check: every call on its own, inputs in turn (so no input is checked twice in a row).
  const single: number[] = [];
  let clock = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    gc();
    for (const item of cases) {
      const start = process.hrtime.bigint();
      checksum += digest(run(item));
      single.push(Number(process.hrtime.bigint() - start) / 1e3);
    }
  }
  for (let i = 0; i < 1000; i++) {
    const start = process.hrtime.bigint();
    clock = Math.min(clock, Number(process.hrtime.bigint() - start) / 1e3);
  }
  if (checksum === 0) throw new Error('checkCompensation returned empty results only');

  const sortedBatched = sortedCopy(batched);
  const sortedSingle = sortedCopy(single);
  const batchedMedian = median(sortedBatched);
  const withCao = cases.filter((item) => item.cao).length;
  const rows: Row[] = [
    {
      section: 'check',
      name: `checkCompensation per call, median (${cases.length} inputs × ${ROUNDS} rounds, each sample ${BATCH} calls ÷ ${BATCH})`,
      measured: `${us(batchedMedian)} (p95 ${us(percentile(sortedBatched, 0.95))})`,
      limit: `≤ ${LIMITS.medianUs} µs`,
      result: batchedMedian <= LIMITS.medianUs ? 'PASS' : 'FAIL',
      value: batchedMedian,
      limitValue: LIMITS.medianUs,
      unit: 'µs',
    },
    {
      section: 'check',
      name: 'checkCompensation, single calls each timed alone: median · p95',
      measured: `${us(median(sortedSingle))} · ${us(percentile(sortedSingle, 0.95))} (clock read ≥ ${us(clock)})`,
      limit: '—',
      result: 'info',
      value: median(sortedSingle),
      unit: 'µs',
    },
  ];
  const count = (tally: Record<string, number>) =>
    Object.entries(tally)
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return {
    rows,
    details: {
      inputs: cases.length,
      generated,
      withCao,
      referenceDates: REFERENCE_DATES,
      batch: BATCH,
      rounds: ROUNDS,
      caoStatuses: statuses,
      employmentRisk: risks,
      batchedUs: { median: batchedMedian, p95: percentile(sortedBatched, 0.95), max: sortedBatched[sortedBatched.length - 1] },
      batchedMedianUsByCaoStatus: Object.fromEntries([...byStatus].map(([status, samples]) => [status, Number(median(sortedCopy(samples)).toFixed(2))])),
      singleUs: { median: median(sortedSingle), p95: percentile(sortedSingle, 0.95), max: sortedSingle[sortedSingle.length - 1], clockReadUs: clock },
      sampleInputs: cases.slice(0, 3).map(({ input, referenceDate }) => ({ input, referenceDate })),
    },
    notes: [
      `check inputs: ${cases.length} valid of ${generated} generated, ${withCao} with a CAO record; cao.status ${count(statuses)}; employment risk ${count(risks)}`,
    ],
  };
}
