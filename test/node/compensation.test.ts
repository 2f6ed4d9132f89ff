import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkCompensation,
  compensationInputSchema,
  compensationRulesSchema,
  parseCaoDataset,
  type CaoRecord,
  type CaoStatus,
  type CompensationInput,
  type CompensationResult,
  type CompensationRules,
  type RealityQuestion,
  type Reason,
  type Source,
} from '@stagekit/core';

/*
 * The compensation checker against the REAL bundled data. Every expected money value is worked out
 * by hand from the data files (see the comment on each row); none is computed by the code under test.
 *
 * Figures used (packages/core/data):
 *   Rijksoverheid      €747/month at 40 h, rule hours, min 1 month, excludes bbl; figureDate 2023-01-01
 *   UMC                €358/month, no hours basis, rule unknown, min 144 h in total; figureDate 2022-08-01
 *   Ziekenhuizen       €334/month (mbo, hbo), rule hours without basis, min 144 h, excludes bbl; figureDate 2015-01-01
 *   Gehandicaptenzorg  €400/month at 36 h, min 1 month and 150 h, excludes vo; validity 2021–2024; figureDate 2021
 *   Jeugdzorg          €400/month at 32 h, excludes orientation; validity 2024–2025; figureDate 2024
 *   Horeca             €350/month (mbo, hbo), advisory day scale 4+ → 1, 3 → 2/3, 1–2 → 1/3; excludes vo, bbl; figureDate 2024
 *   Hoveniers          €20/day (mbo), rule none, excludes bbl; figureDate null
 *   Radboud            hbo/wo €328, mbo €191, both at 40 h, min 1 month; figureDate null
 *   Noord-Holland      €625/month at 36 h; figureDate null
 *   Kinderopvang       amount null (half-day rule); Bouw & Infra amount null, validity to 2024-07-31
 *   Minimum wage a month = hourly × hours × 52 / 12 (at 30 h that is hourly × 130, exactly)
 *   Legal right: status 'proposal', inForceFrom null, orientation limit null
 */

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../packages/core/data/${file}`, import.meta.url), 'utf8'));
const rules: CompensationRules = compensationRulesSchema.parse(readJson('compensation-rules.json'));
const dataset = parseCaoDataset(readJson('cao-dataset.json'));
const record = (id: string): CaoRecord => {
  const found = dataset.records.find((r) => r.id === id);
  assert.ok(found, `no CAO record ${id}`);
  return found;
};

// Source titles, as written in the data files.
const T = {
  legal: 'Kamerbrief over de contouren van een wettelijk recht op stagevergoeding (Stagekit seed text)',
  wage2024jan: 'Minimumloon vooral omhoog voor wie 40 uur per week werkt',
  wage2024jul: 'Wijziging minimumloon per 1 juli 2024',
  wage2025jan: 'Minimumloon per 1 januari 2025',
  wage2025jul: 'Minimumuurloon per 1 juli 2025 naar € 14,40',
  wage2026jan: 'Wettelijk minimumloon per 1 januari 2026',
  avgMboHbo: 'In de spiegel kijken: wat betalen hogescholen zelf aan hun stagiairs?',
  avgWo: "CNV: stagevergoeding is in slechts 1 op de 10 cao's geregeld (ResearchNed-onderzoek)",
  desk: 'Stagekit desk research of public pages (domain fact base, §2.3)',
  jeugdzorg: 'Cao Jeugdzorg 2024–2025: stagevergoeding',
  rijk: 'Stage-informatie voor stagiairs',
  horeca: 'Stagiaires in de horeca',
} as const;

/** A clean, answered, full-time hbo internship; each row changes what it is about. */
const BASE: CompensationInput = {
  level: 'hbo',
  stageType: 'practice',
  weeks: 20,
  hours: 40,
  days: 5,
  age: 21,
  location: 'nl',
  offered: 500,
  learningPlan: true,
  supervisor: true,
  replacesStaff: false,
  mainlyProductive: false,
  graduated: false,
};

type ExpectedReason = string | Reason;

interface Row {
  name: string;
  /** Merged over BASE; a key set to undefined is removed (e.g. `days: undefined` = days not given). */
  input: Partial<CompensationInput>;
  cao: string | null;
  date: string;
  verdict?: {
    status: CaoStatus;
    minimumMonthly?: number | null;
    shortfall?: number | null;
    hoursBasis?: number | null;
    advisory?: boolean;
    reasons?: ExpectedReason[];
    absent?: string[];
  };
  right?: { wouldApply: 'yes' | 'no' | 'uncertain'; reasons?: ExpectedReason[]; absent?: string[] };
  risk?: {
    level: 'none' | 'some' | 'high';
    minimumWageMonthly?: number | null;
    hourly?: number | null;
    scale?: 'adult' | 'youth' | 'bbl' | null;
    unanswered?: RealityQuestion[];
    reasons?: ExpectedReason[];
  };
  context?: {
    wageFrom?: string | null;
    wageMayBeOutdated?: boolean;
    share?: number | null;
    averages?: [level: string, euros: number, year: string][];
  };
  /** Titles of every source, in any order. */
  sources?: string[];
}

function buildInput(override: Partial<CompensationInput>, caoId: string | null): CompensationInput {
  const raw: Record<string, unknown> = { ...BASE, ...(caoId ? { cao: caoId } : {}), ...override };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return compensationInputSchema.parse(raw); // rows must be valid input
}

function run(row: Pick<Row, 'input' | 'cao' | 'date'>, useRules: CompensationRules = rules): CompensationResult {
  const input = buildInput(row.input, row.cao);
  return checkCompensation(input, { rules: useRules, cao: row.cao ? record(row.cao) : null }, row.date);
}

function assertReasons(actual: Reason[], expected: ExpectedReason[] = [], absent: string[] = [], where = ''): void {
  const codes = actual.map((reason) => reason.code);
  for (const want of expected) {
    const code = typeof want === 'string' ? want : want.code;
    const found = actual.find((reason) => reason.code === code);
    assert.ok(found, `${where}: reason ${code} missing in [${codes.join(', ')}]`);
    if (typeof want !== 'string' && want.params) assert.deepEqual(found.params, want.params, `${where}: params of ${code}`);
  }
  for (const code of absent) assert.ok(!codes.includes(code), `${where}: reason ${code} should be absent in [${codes.join(', ')}]`);
}

const sourceKey = (source: Source) => `${source.url ?? ''}|${source.title}`;

const rows: Row[] = [
  // ── CAO status: no-cao / no-clause ────────────────────────────────────────────────────────────
  {
    name: 'no CAO chosen: no-cao, no minimum, no CAO source',
    input: {},
    cao: null,
    date: '2026-03-01',
    verdict: { status: 'no-cao', minimumMonthly: null, shortfall: null, reasons: [] },
    sources: [T.legal, T.wage2026jan, T.avgMboHbo],
  },
  {
    name: 'a CAO without a clause (Provincies): no-clause, with the desk-research source',
    input: {},
    cao: 'cao-provincies',
    date: '2026-03-01',
    verdict: { status: 'no-clause', minimumMonthly: null, reasons: [{ code: 'no-clause', params: { checked: '2026-11' } }] },
    sources: [T.desk, T.legal, T.wage2026jan, T.avgMboHbo],
  },
  // ── Jeugdzorg: pro rata on its own 32 h basis ─────────────────────────────────────────────────
  {
    name: 'Jeugdzorg 16 h, offer exactly the minimum: meets (€400 × 16/32 = €200)',
    input: { hours: 16, days: 2, offered: 200 },
    cao: 'cao-jeugdzorg',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 200, shortfall: null, hoursBasis: 32, reasons: [{ code: 'prorated', params: { percent: 50 } }], absent: ['figure-may-be-outdated', 'validity-ended'] },
    sources: [T.jeugdzorg, T.legal, T.wage2025jan, T.avgMboHbo],
  },
  {
    name: 'Jeugdzorg 16 h, one cent less: below by €0.01',
    input: { hours: 16, days: 2, offered: 199.99 },
    cao: 'cao-jeugdzorg',
    date: '2025-06-01',
    verdict: { status: 'below', minimumMonthly: 200, shortfall: 0.01 },
  },
  {
    name: 'Jeugdzorg 24 h, offer €250: below by €50 (€400 × 24/32 = €300)',
    input: { hours: 24, days: 3, offered: 250 },
    cao: 'cao-jeugdzorg',
    date: '2025-06-01',
    verdict: { status: 'below', minimumMonthly: 300, shortfall: 50, reasons: [{ code: 'prorated', params: { percent: 75 } }] },
  },
  {
    name: 'Jeugdzorg 40 h: above the basis the full €400, not more, no proration',
    input: { hours: 40, offered: 400 },
    cao: 'cao-jeugdzorg',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 400, shortfall: null, absent: ['prorated'] },
  },
  {
    name: 'Jeugdzorg excludes orientation internships: not-applicable (excluded-stage-type)',
    input: { stageType: 'orientation' },
    cao: 'cao-jeugdzorg',
    date: '2025-06-01',
    verdict: { status: 'not-applicable', minimumMonthly: null, shortfall: null, hoursBasis: 32, reasons: [{ code: 'excluded-stage-type', params: { type: 'orientation' } }] },
    sources: [T.jeugdzorg, T.legal, T.wage2025jan, T.avgMboHbo],
  },
  {
    name: 'Jeugdzorg on 2025-12-31: the last day of its validity "2025", not ended',
    input: { hours: 32, offered: 400 },
    cao: 'cao-jeugdzorg',
    date: '2025-12-31',
    verdict: { status: 'meets', minimumMonthly: 400, absent: ['validity-ended', 'figure-may-be-outdated'] },
  },
  {
    name: 'Jeugdzorg on 2026-06-30: validity ended, figure "2024" not yet outdated (2024-12-31 + 18 months)',
    input: { hours: 32, offered: 400 },
    cao: 'cao-jeugdzorg',
    date: '2026-06-30',
    verdict: { status: 'meets', minimumMonthly: 400, reasons: [{ code: 'validity-ended', params: { date: '2025' } }], absent: ['figure-may-be-outdated'] },
  },
  {
    name: 'Jeugdzorg on 2026-07-01: validity ended and figure may be outdated',
    input: { hours: 32, offered: 300 },
    cao: 'cao-jeugdzorg',
    date: '2026-07-01',
    verdict: {
      status: 'below',
      minimumMonthly: 400,
      shortfall: 100,
      reasons: [
        { code: 'validity-ended', params: { date: '2025' } },
        { code: 'figure-may-be-outdated', params: { date: '2024' } },
      ],
    },
  },
  // ── Rijksoverheid: 40 h basis, min 1 month, excludes bbl ───────────────────────────────────────
  {
    name: 'Rijksoverheid 40 h on 2024-07-01 (2023-01-01 + 18 months): €747 meets, not yet outdated',
    input: { offered: 747 },
    cao: 'rijksoverheid-stagiairs',
    date: '2024-07-01',
    verdict: { status: 'meets', minimumMonthly: 747, hoursBasis: 40, absent: ['figure-may-be-outdated', 'prorated', 'length-unknown'] },
    sources: [T.rijk, T.legal, T.wage2024jul, T.avgMboHbo],
  },
  {
    name: 'Rijksoverheid on 2024-07-02: figure may be outdated',
    input: { offered: 747 },
    cao: 'rijksoverheid-stagiairs',
    date: '2024-07-02',
    verdict: { status: 'meets', minimumMonthly: 747, reasons: [{ code: 'figure-may-be-outdated', params: { date: '2023-01-01' } }] },
  },
  {
    name: 'Rijksoverheid 32 h, offer €500: below by €97.60 (€747 × 32/40 = €597.60)',
    input: { hours: 32, days: 4, offered: 500 },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'below', minimumMonthly: 597.6, shortfall: 97.6, reasons: [{ code: 'prorated', params: { percent: 80 } }] },
  },
  {
    name: 'Rijksoverheid 36 h: €747 × 36/40 = €672.30',
    input: { hours: 36, offered: 672.3 },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 672.3, shortfall: null, reasons: [{ code: 'prorated', params: { percent: 90 } }] },
  },
  {
    name: 'Rijksoverheid 3 weeks: too short (3 × 12/52 = 0.69 < 1 month)',
    input: { weeks: 3 },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', minimumMonthly: null, reasons: [{ code: 'too-short', params: { months: 1 } }] },
  },
  {
    name: 'Rijksoverheid 2025-02-03 to 2025-02-21 (19 days = 3 weeks): too short',
    input: { weeks: undefined, start: '2025-02-03', end: '2025-02-21' },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'too-short', params: { months: 1 } }] },
  },
  {
    name: 'Rijksoverheid 5 weeks: long enough (5 × 12/52 = 1.15 months)',
    input: { weeks: 5, offered: 747 },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 747, absent: ['too-short'] },
  },
  {
    name: 'Rijksoverheid without a length: computed, with length-unknown',
    input: { weeks: undefined, offered: 747 },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 747, reasons: ['length-unknown'] },
  },
  {
    name: 'Rijksoverheid excludes bbl students: not-applicable (excluded-bbl)',
    input: { level: 'mbo-bbl', employmentContract: false },
    cao: 'rijksoverheid-stagiairs',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', minimumMonthly: null, reasons: ['excluded-bbl'] },
    context: { averages: [['mbo', 250, '2025']] },
  },
  // ── Gehandicaptenzorg: 36 h basis, min 1 month and 150 h, excludes vo ─────────────────────────
  {
    name: 'Gehandicaptenzorg 18 h: €400 × 18/36 = €200',
    input: { hours: 18, days: 3, offered: 200 },
    cao: 'cao-gehandicaptenzorg',
    date: '2024-06-01',
    verdict: { status: 'meets', minimumMonthly: 200, hoursBasis: 36, reasons: [{ code: 'prorated', params: { percent: 50 } }, { code: 'figure-may-be-outdated', params: { date: '2021' } }], absent: ['validity-ended'] },
  },
  {
    name: 'Gehandicaptenzorg 24 h, offer €250: below by €16.67 (€400 × 24/36 = €266.67)',
    input: { hours: 24, days: 3, offered: 250 },
    cao: 'cao-gehandicaptenzorg',
    date: '2024-06-01',
    verdict: { status: 'below', minimumMonthly: 266.67, shortfall: 16.67, reasons: [{ code: 'prorated', params: { percent: 67 } }] },
  },
  {
    name: 'Gehandicaptenzorg 8 weeks × 18 h = 144 h: too few hours (< 150)',
    input: { weeks: 8, hours: 18, days: 3 },
    cao: 'cao-gehandicaptenzorg',
    date: '2024-06-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'too-few-hours', params: { hours: 150, total: 144 } }], absent: ['too-short'] },
  },
  {
    name: 'Gehandicaptenzorg 4 weeks × 20 h: too short and too few hours, both said',
    input: { weeks: 4, hours: 20, days: 3 },
    cao: 'cao-gehandicaptenzorg',
    date: '2024-06-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'too-short', params: { months: 1 } }, { code: 'too-few-hours', params: { hours: 150, total: 80 } }] },
  },
  {
    name: 'Gehandicaptenzorg on 2025-03-01: validity "2024" ended',
    input: { hours: 36, offered: 400 },
    cao: 'cao-gehandicaptenzorg',
    date: '2025-03-01',
    verdict: { status: 'meets', minimumMonthly: 400, reasons: [{ code: 'validity-ended', params: { date: '2024' } }] },
  },
  {
    name: 'Gehandicaptenzorg for a vo pupil: not-applicable (vo has no CAO level)',
    input: { level: 'vo', age: 15 },
    cao: 'cao-gehandicaptenzorg',
    date: '2024-06-01',
    verdict: { status: 'not-applicable', minimumMonthly: null, shortfall: null },
    context: { averages: [] },
  },
  // ── UMC: min 144 h, no rule for part-time ─────────────────────────────────────────────────────
  {
    name: 'UMC 4 weeks × 32 h = 128 h: too few hours (< 144)',
    input: { weeks: 4, hours: 32, days: 4 },
    cao: 'cao-umc',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'too-few-hours', params: { hours: 144, total: 128 } }] },
  },
  {
    name: 'UMC 4 weeks × 36 h = 144 h exactly: applies, full-time assumed, €358 meets',
    input: { weeks: 4, hours: 36, days: 5, offered: 358 },
    cao: 'cao-umc',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 358, hoursBasis: null, reasons: ['full-time-assumed', { code: 'figure-may-be-outdated', params: { date: '2022-08-01' } }], absent: ['too-few-hours'] },
  },
  {
    name: 'UMC 20 h: the part-time rule is unknown, amount-unknown',
    input: { hours: 20, days: 3 },
    cao: 'cao-umc',
    date: '2026-03-01',
    verdict: { status: 'amount-unknown', minimumMonthly: null, shortfall: null, reasons: ['proration-rule-unknown'], absent: ['full-time-assumed'] },
  },
  // ── Ziekenhuizen: rule hours without a basis ──────────────────────────────────────────────────
  {
    name: 'Ziekenhuizen 40 h, offer €300: full-time assumed, below by €34 (€334 − €300)',
    input: { level: 'mbo-bol', offered: 300 },
    cao: 'cao-ziekenhuizen',
    date: '2026-03-01',
    verdict: { status: 'below', minimumMonthly: 334, shortfall: 34, reasons: ['full-time-assumed', { code: 'figure-may-be-outdated', params: { date: '2015-01-01' } }] },
    context: { averages: [['mbo', 250, '2025']] },
  },
  {
    name: 'Ziekenhuizen 20 h: no hours basis to prorate on, amount-unknown',
    input: { hours: 20, days: 3 },
    cao: 'cao-ziekenhuizen',
    date: '2026-03-01',
    verdict: { status: 'amount-unknown', minimumMonthly: null, reasons: ['proration-hours-basis-unknown'], absent: ['full-time-assumed'] },
  },
  {
    name: 'Ziekenhuizen for wo: not-applicable (level-not-covered)',
    input: { level: 'wo' },
    cao: 'cao-ziekenhuizen',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'level-not-covered', params: { level: 'wo' } }] },
    sources: [T.legal, T.wage2026jan, T.avgWo],
  },
  // ── Horeca: advisory days scale ───────────────────────────────────────────────────────────────
  {
    name: 'Horeca for wo: not-applicable (level-not-covered)',
    input: { level: 'wo' },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'not-applicable', minimumMonthly: null, reasons: [{ code: 'level-not-covered', params: { level: 'wo' } }] },
    context: { averages: [['wo', 419, '2024']] },
  },
  {
    name: 'Horeca 5 days: full €350, no advice note',
    input: { level: 'mbo-bol', hours: 40, days: 5, offered: 350 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 350, advisory: false, absent: ['scale-is-advice', 'prorated', 'days-assumed'] },
    sources: [T.horeca, T.legal, T.wage2025jan, T.avgMboHbo],
  },
  {
    name: 'Horeca 4 days: full €350',
    input: { level: 'mbo-bol', hours: 32, days: 4, offered: 349.99 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'below', minimumMonthly: 350, shortfall: 0.01, advisory: false, absent: ['scale-is-advice', 'prorated'] },
  },
  {
    name: 'Horeca 3 days: €350 × 2/3 = €233.33, advised scale',
    input: { level: 'hbo', hours: 24, days: 3, offered: 233.33 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 233.33, advisory: true, reasons: [{ code: 'prorated', params: { percent: 67 } }, 'scale-is-advice'] },
  },
  {
    name: 'Horeca 2 days: €350 × 1/3 = €116.67, offer €100 below by €16.67',
    input: { level: 'mbo-bol', hours: 16, days: 2, offered: 100 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'below', minimumMonthly: 116.67, shortfall: 16.67, advisory: true, reasons: [{ code: 'prorated', params: { percent: 33 } }, 'scale-is-advice'] },
  },
  {
    name: 'Horeca 1 day: €350 × 1/3 = €116.67',
    input: { level: 'mbo-bol', hours: 8, days: 1, offered: 116.67 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 116.67, advisory: true, reasons: ['scale-is-advice'] },
  },
  {
    name: 'Horeca 20 h without days: 3 days assumed (⌈20/8⌉), €233.33',
    input: { level: 'mbo-bol', hours: 20, days: undefined, offered: 200 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'below', minimumMonthly: 233.33, shortfall: 33.33, advisory: true, reasons: [{ code: 'days-assumed', params: { days: 3 } }, 'scale-is-advice'] },
  },
  {
    name: 'Horeca 36 h without days: 5 days assumed (⌈36/8⌉), full €350, no advice note',
    input: { level: 'mbo-bol', hours: 36, days: undefined, offered: 350 },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'meets', minimumMonthly: 350, advisory: false, reasons: [{ code: 'days-assumed', params: { days: 5 } }], absent: ['scale-is-advice'] },
  },
  {
    name: 'Horeca excludes bbl: not-applicable (excluded-bbl)',
    input: { level: 'mbo-bbl', employmentContract: true },
    cao: 'cao-horeca',
    date: '2025-06-01',
    verdict: { status: 'not-applicable', reasons: ['excluded-bbl'] },
  },
  // ── Hoveniers: per day ────────────────────────────────────────────────────────────────────────
  {
    name: 'Hoveniers 5 days: €20 × 5 × 52/12 = €433.33, offer €400 below by €33.33',
    input: { level: 'mbo-bol', hours: 40, days: 5, offered: 400 },
    cao: 'cao-hoveniers',
    date: '2026-03-01',
    verdict: { status: 'below', minimumMonthly: 433.33, shortfall: 33.33, reasons: [{ code: 'per-day', params: { perDay: 20, days: 5 } }, 'figure-undated'], absent: ['prorated', 'figure-may-be-outdated'] }, // undated figure
  },
  {
    name: 'Hoveniers 3 days: €20 × 3 × 52/12 = €260',
    input: { level: 'mbo-bol', hours: 24, days: 3, offered: 260 },
    cao: 'cao-hoveniers',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 260, reasons: [{ code: 'per-day', params: { perDay: 20, days: 3 } }] },
  },
  {
    name: 'Hoveniers 32 h without days: 4 days assumed, €20 × 4 × 52/12 = €346.67',
    input: { level: 'mbo-bol', hours: 32, days: undefined, offered: 346.67 },
    cao: 'cao-hoveniers',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 346.67, reasons: [{ code: 'days-assumed', params: { days: 4 } }, { code: 'per-day', params: { perDay: 20, days: 4 } }] },
  },
  {
    name: 'Hoveniers for hbo: not-applicable (level-not-covered)',
    input: {},
    cao: 'cao-hoveniers',
    date: '2026-03-01',
    verdict: { status: 'not-applicable', reasons: [{ code: 'level-not-covered', params: { level: 'hbo' } }] },
  },
  // ── other records ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'Radboud mbo uses its mbo amount: €191 × 20/40 = €95.50',
    input: { level: 'mbo-bol', hours: 20, days: 3, offered: 95.5 },
    cao: 'radboud-universiteit',
    date: '2026-03-01',
    verdict: { status: 'meets', minimumMonthly: 95.5, hoursBasis: 40, reasons: [{ code: 'prorated', params: { percent: 50 } }] },
  },
  {
    name: 'Radboud wo 40 h, offer €300: below by €28 (€328)',
    input: { level: 'wo', offered: 300 },
    cao: 'radboud-universiteit',
    date: '2026-03-01',
    verdict: { status: 'below', minimumMonthly: 328, shortfall: 28 },
  },
  {
    name: 'Noord-Holland 18 h: €625 × 18/36 = €312.50, offer €300 below by €12.50',
    input: { hours: 18, days: 3, offered: 300 },
    cao: 'provincie-noord-holland',
    date: '2026-03-01',
    verdict: { status: 'below', minimumMonthly: 312.5, shortfall: 12.5 },
  },
  {
    name: 'Kinderopvang has no amount: amount-unknown',
    input: {},
    cao: 'cao-kinderopvang',
    date: '2026-03-01',
    verdict: { status: 'amount-unknown', minimumMonthly: null, shortfall: null, reasons: ['amount-unknown'] },
  },
  {
    name: 'Bouw & Infra on 2025-01-01: amount-unknown, validity ended 2024-07-31, figure still recent',
    input: {},
    cao: 'cao-bouw-infra',
    date: '2025-01-01',
    verdict: { status: 'amount-unknown', reasons: ['amount-unknown', { code: 'validity-ended', params: { date: '2024-07-31' } }], absent: ['figure-may-be-outdated'] },
  },
  // ── legal right (would it apply?) ─────────────────────────────────────────────────────────────
  {
    name: 'legal right: an hbo practice internship in the Netherlands would be covered, not in force',
    input: {},
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'yes', reasons: ['right-applies', 'right-curriculum', 'right-not-yet-law'], absent: ['right-in-force'] },
  },
  {
    name: 'legal right: abroad, no',
    input: { location: 'abroad' },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'no', reasons: ['right-abroad', 'right-not-yet-law'], absent: ['right-applies', 'right-curriculum'] },
  },
  {
    name: 'legal right: abroad wins over an orientation internship, no',
    input: { location: 'abroad', stageType: 'orientation' },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'no', reasons: ['right-abroad'], absent: ['right-orientation-limit-unknown'] },
  },
  {
    name: 'legal right: bbl with an employment contract, no',
    input: { level: 'mbo-bbl', employmentContract: true },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'no', reasons: ['right-bbl-contract'] },
  },
  {
    name: 'legal right: bbl without an employment contract, yes',
    input: { level: 'mbo-bbl', employmentContract: false },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'yes', reasons: ['right-applies'], absent: ['right-bbl-contract', 'right-bbl-contract-unknown'] },
  },
  {
    name: 'legal right: bbl with the contract question unanswered, uncertain',
    input: { level: 'mbo-bbl' },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'uncertain', reasons: ['right-bbl-contract-unknown'], absent: ['right-applies'] },
  },
  {
    name: 'legal right: orientation while the limit is not set, uncertain',
    input: { stageType: 'orientation', weeks: 2 },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'uncertain', reasons: ['right-orientation-limit-unknown', 'right-curriculum'], absent: ['right-applies'] },
  },
  {
    name: 'legal right: vo, uncertain',
    input: { level: 'vo', age: 15 },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'uncertain', reasons: ['right-vo'], absent: ['right-applies'] },
  },
  {
    name: 'legal right: BES islands included, yes',
    input: { location: 'bes' },
    cao: null,
    date: '2026-03-01',
    right: { wouldApply: 'yes', reasons: ['right-bes', 'right-applies'] },
  },
  // ── employment risk ───────────────────────────────────────────────────────────────────────────
  {
    name: 'risk: every answer says internship, none',
    input: {},
    cao: null,
    date: '2026-03-01',
    risk: { level: 'none', minimumWageMonthly: null, hourly: null, scale: null, unanswered: [], reasons: [] },
  },
  {
    name: 'risk: nothing answered, none with five unanswered questions',
    input: { learningPlan: undefined, supervisor: undefined, replacesStaff: undefined, mainlyProductive: undefined, graduated: undefined },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'none', minimumWageMonthly: null, unanswered: ['learningPlan', 'supervisor', 'replacesStaff', 'mainlyProductive', 'graduated'] },
  },
  {
    name: 'risk: no learning plan, rest unanswered: some',
    input: { learningPlan: false, supervisor: undefined, replacesStaff: undefined, mainlyProductive: undefined, graduated: undefined },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'some', minimumWageMonthly: null, unanswered: ['supervisor', 'replacesStaff', 'mainlyProductive', 'graduated'] },
  },
  {
    name: 'risk: no supervisor only: some',
    input: { supervisor: false },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'some', minimumWageMonthly: null, unanswered: [] },
  },
  {
    name: 'risk: no learning plan and no supervisor (1 + 1): high, 21+ at 40 h = €14.71 × 40 × 52/12 = €2,549.73',
    input: { learningPlan: false, supervisor: false },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 2549.73, hourly: 14.71, scale: 'adult', reasons: ['risk-high'] },
  },
  {
    name: 'risk: replaces staff: high',
    input: { replacesStaff: true, hours: 30 },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 1912.3 }, // €14.71 × 130
  },
  {
    name: 'risk: mainly productive: high',
    input: { mainlyProductive: true, hours: 30 },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 1912.3 },
  },
  {
    name: 'risk: graduated: high (other questions unanswered)',
    input: { graduated: true, learningPlan: undefined, supervisor: undefined, hours: 30 },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 1912.3, unanswered: ['learningPlan', 'supervisor'] },
  },
  {
    name: 'risk: high at age 14, no minimum wage under 15 (wage-unknown)',
    input: { graduated: true, age: 14, level: 'vo' },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: null, hourly: null, scale: null, reasons: ['risk-high', { code: 'wage-unknown', params: { age: 14 } }] },
    context: { wageFrom: null, wageMayBeOutdated: false, share: null },
  },
  {
    name: 'risk: high on 2023-12-31, before the first table date: wage null',
    input: { graduated: true },
    cao: null,
    date: '2023-12-31',
    risk: { level: 'high', minimumWageMonthly: null, reasons: [{ code: 'wage-unknown', params: { age: 21 } }] },
    context: { wageFrom: null, wageMayBeOutdated: false, share: null },
    sources: [T.legal, T.avgMboHbo],
  },
  {
    name: 'risk: high on 2024-01-01 at age 20: only the adult rate is in the table, wage null',
    input: { graduated: true, age: 20 },
    cao: null,
    date: '2024-01-01',
    risk: { level: 'high', minimumWageMonthly: null, reasons: ['wage-unknown'] },
    context: { wageFrom: null, share: null },
  },
  {
    name: 'risk: bbl contract, age 18, on 2024-07-01: the table has no bbl scale then, wage null',
    input: { graduated: true, age: 18, level: 'mbo-bbl', employmentContract: true },
    cao: null,
    date: '2024-07-01',
    risk: { level: 'high', minimumWageMonthly: null, scale: null, reasons: ['wage-unknown'] },
  },
  {
    name: 'risk: bbl without a contract uses the youth scale (age 19, 2026: €8.83 × 130 = €1,147.90)',
    input: { graduated: true, age: 19, level: 'mbo-bbl', employmentContract: false, hours: 30 },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 1147.9, hourly: 8.83, scale: 'youth' },
  },
  {
    name: 'risk: bbl contract at 21 uses the adult rate (€14.71 × 130 = €1,912.30)',
    input: { graduated: true, age: 21, level: 'mbo-bbl', employmentContract: true, hours: 30 },
    cao: null,
    date: '2026-03-01',
    risk: { level: 'high', minimumWageMonthly: 1912.3, hourly: 14.71, scale: 'adult' },
  },
  // ── minimum-wage staleness ────────────────────────────────────────────────────────────────────
  {
    name: 'wage staleness: 2026-06-30 uses the 2026-01-01 figure, not outdated',
    input: { graduated: true },
    cao: null,
    date: '2026-06-30',
    risk: { level: 'high', minimumWageMonthly: 2549.73 },
    context: { wageFrom: '2026-01-01', wageMayBeOutdated: false },
  },
  {
    name: 'wage staleness: 2026-07-01 (2026-01-01 + 6 months) marks the 2026-01-01 figure as maybe outdated',
    input: { graduated: true },
    cao: null,
    date: '2026-07-01',
    risk: { level: 'high', minimumWageMonthly: 2549.73 },
    context: { wageFrom: '2026-01-01', wageMayBeOutdated: true },
  },
  {
    name: 'wage staleness: 2025-06-30 uses 2025-01-01, not outdated',
    input: {},
    cao: null,
    date: '2025-06-30',
    context: { wageFrom: '2025-01-01', wageMayBeOutdated: false },
  },
  {
    name: 'wage staleness: 2025-07-01 switches to the new 2025-07-01 figure',
    input: {},
    cao: null,
    date: '2025-07-01',
    context: { wageFrom: '2025-07-01', wageMayBeOutdated: false },
    sources: [T.legal, T.wage2025jul, T.avgMboHbo],
  },
  // ── context ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'context: €500 at 40 h, age 21, 2026 = 500 / 2,549.73 = 0.196 of the minimum wage; hbo average €380 (2025)',
    input: { offered: 500 },
    cao: null,
    date: '2026-03-01',
    context: { wageFrom: '2026-01-01', wageMayBeOutdated: false, share: 0.196, averages: [['hbo', 380, '2025']] },
  },
  {
    name: 'context: €300 at 20 h, age 17, 2025-07 = 300 / (5.69 × 20 × 52/12 = 493.13) = 0.608; mbo average €250',
    input: { offered: 300, hours: 20, days: 3, age: 17, level: 'mbo-bol' },
    cao: null,
    date: '2025-07-01',
    context: { wageFrom: '2025-07-01', share: 0.608, averages: [['mbo', 250, '2025']] },
  },
  {
    name: 'context: wo average €419 (2024) with its own source',
    input: { level: 'wo' },
    cao: null,
    date: '2026-03-01',
    context: { averages: [['wo', 419, '2024']] },
    sources: [T.legal, T.wage2026jan, T.avgWo],
  },
];

for (const row of rows) {
  test(`compensation: ${row.name}`, () => {
    const result = run(row);
    const where = row.name;

    // Always: the right is a proposal, a CAO minimum only with meets/below, a wage only at high.
    assert.equal(result.legalRight.inForce, false, `${where}: legal right in force`);
    assert.equal(result.legalRight.status, 'proposal');
    if (result.cao.status !== 'meets' && result.cao.status !== 'below') {
      assert.equal(result.cao.minimumMonthly, null, `${where}: minimum without a verdict`);
    }
    if (result.cao.status !== 'below') assert.equal(result.cao.shortfall, null, `${where}: shortfall without below`);
    if (result.employmentRisk.level !== 'high') assert.equal(result.employmentRisk.minimumWageMonthly, null, `${where}: wage below high`);
    assert.equal(result.cao.caoId, row.cao);

    // Sources: every source used, exactly once.
    const keys = result.sources.map(sourceKey);
    assert.equal(new Set(keys).size, keys.length, `${where}: a source twice`);
    const used = [result.cao.source, result.legalRight.source, ...result.context.averages.map((a) => a.source)];
    for (const source of used) if (source) assert.ok(keys.includes(sourceKey(source)), `${where}: source ${source.title} missing`);
    if (row.sources) assert.deepEqual(result.sources.map((s) => s.title).sort(), [...row.sources].sort(), `${where}: sources`);

    if (row.verdict) {
      const { cao } = result;
      assert.equal(cao.status, row.verdict.status, `${where}: status (reasons ${JSON.stringify(cao.reasons)})`);
      if ('minimumMonthly' in row.verdict) assert.equal(cao.minimumMonthly, row.verdict.minimumMonthly, `${where}: minimumMonthly`);
      if ('shortfall' in row.verdict) assert.equal(cao.shortfall, row.verdict.shortfall, `${where}: shortfall`);
      if ('hoursBasis' in row.verdict) assert.equal(cao.hoursBasis, row.verdict.hoursBasis, `${where}: hoursBasis`);
      if ('advisory' in row.verdict) assert.equal(cao.advisory, row.verdict.advisory, `${where}: advisory`);
      if (row.verdict.reasons && row.verdict.reasons.length === 0) assert.deepEqual(cao.reasons, []);
      assertReasons(cao.reasons, row.verdict.reasons, row.verdict.absent, where);
    }
    if (row.right) {
      assert.equal(result.legalRight.wouldApply, row.right.wouldApply, `${where}: wouldApply`);
      assertReasons(result.legalRight.reasons, row.right.reasons, row.right.absent, where);
    }
    if (row.risk) {
      const risk = result.employmentRisk;
      assert.equal(risk.level, row.risk.level, `${where}: risk level`);
      if ('minimumWageMonthly' in row.risk) assert.equal(risk.minimumWageMonthly, row.risk.minimumWageMonthly, `${where}: minimumWageMonthly`);
      if ('hourly' in row.risk) assert.equal(risk.hourlyMinimumWage, row.risk.hourly, `${where}: hourly`);
      if ('scale' in row.risk) assert.equal(risk.wageScale, row.risk.scale, `${where}: scale`);
      if (row.risk.unanswered) assert.deepEqual(risk.unanswered, row.risk.unanswered, `${where}: unanswered`);
      if (row.risk.reasons && row.risk.reasons.length === 0) assert.deepEqual(risk.reasons, []);
      assertReasons(risk.reasons, row.risk.reasons, [], where);
    }
    if (row.context) {
      const { context } = result;
      if ('wageFrom' in row.context) {
        assert.equal(context.wageFrom, row.context.wageFrom, `${where}: wageFrom`);
        assert.equal(result.employmentRisk.wageFrom, row.context.wageFrom, `${where}: risk wageFrom`);
      }
      if ('wageMayBeOutdated' in row.context) {
        assert.equal(context.wageMayBeOutdated, row.context.wageMayBeOutdated, `${where}: wageMayBeOutdated`);
        assert.equal(result.employmentRisk.wageMayBeOutdated, row.context.wageMayBeOutdated, `${where}: risk wageMayBeOutdated`);
      }
      if ('share' in row.context) assert.equal(context.shareOfMinimumWage, row.context.share, `${where}: share`);
      if (row.context.averages) {
        assert.deepEqual(
          context.averages.map((a) => [a.level, a.euros, a.year]),
          row.context.averages,
          `${where}: averages`,
        );
      }
    }
  });
}

test('the table has at least 40 scenarios and covers every CAO status', () => {
  assert.ok(rows.length >= 40, `${rows.length} rows`);
  const statuses = new Set(rows.map((row) => row.verdict?.status).filter(Boolean));
  for (const status of ['meets', 'below', 'no-clause', 'amount-unknown', 'not-applicable', 'no-cao'] as const) assert.ok(statuses.has(status), status);
});

// ── Statutory minimum wage by age, scale and date (at 30 h a week: hourly × 30 × 52/12 = hourly × 130) ──
type WageRow = [date: string, age: number, bbl: boolean, hourly: number | null, monthly: number | null, scale: 'adult' | 'youth' | 'bbl' | null];
const wageRows: WageRow[] = [
  // 2024-01-01: only the adult rate is in the table
  ['2024-01-01', 21, false, 13.27, 1725.1, 'adult'], // 13.27 × 130
  ['2024-01-01', 20, false, null, null, null],
  ['2024-01-01', 15, false, null, null, null],
  // 2024-07-01: youth rates, no bbl scale in the table
  ['2024-07-01', 15, false, 4.1, 533, 'youth'], // 4.10 × 130
  ['2024-07-01', 16, false, 4.72, 613.6, 'youth'],
  ['2024-07-01', 17, false, 5.4, 702, 'youth'],
  ['2024-07-01', 18, false, 6.84, 889.2, 'youth'],
  ['2024-07-01', 19, false, 8.21, 1067.3, 'youth'],
  ['2024-07-01', 20, false, 10.94, 1422.2, 'youth'],
  ['2024-07-01', 21, false, 13.68, 1778.4, 'adult'],
  ['2024-07-01', 19, true, null, null, null],
  // 2025-01-01
  ['2025-01-01', 15, false, 4.22, 548.6, 'youth'],
  ['2025-01-01', 16, false, 4.85, 630.5, 'youth'],
  ['2025-01-01', 17, false, 5.55, 721.5, 'youth'],
  ['2025-01-01', 18, false, 7.03, 913.9, 'youth'],
  ['2025-01-01', 19, false, 8.44, 1097.2, 'youth'],
  ['2025-01-01', 20, false, 11.25, 1462.5, 'youth'],
  ['2025-01-01', 21, false, 14.06, 1827.8, 'adult'],
  ['2025-01-01', 18, true, 6.4, 832, 'bbl'], // 6.40 × 130
  ['2025-01-01', 19, true, 7.38, 959.4, 'bbl'],
  ['2025-01-01', 20, true, 8.65, 1124.5, 'bbl'],
  // 2025-07-01
  ['2025-07-01', 15, false, 4.32, 561.6, 'youth'],
  ['2025-07-01', 16, false, 4.97, 646.1, 'youth'],
  ['2025-07-01', 17, false, 5.69, 739.7, 'youth'],
  ['2025-07-01', 18, false, 7.2, 936, 'youth'],
  ['2025-07-01', 19, false, 8.64, 1123.2, 'youth'],
  ['2025-07-01', 20, false, 11.52, 1497.6, 'youth'],
  ['2025-07-01', 21, false, 14.4, 1872, 'adult'],
  ['2025-07-01', 18, true, 6.55, 851.5, 'bbl'],
  ['2025-07-01', 19, true, 7.56, 982.8, 'bbl'],
  ['2025-07-01', 20, true, 8.86, 1151.8, 'bbl'],
  // 2026-01-01
  ['2026-01-01', 15, false, 4.41, 573.3, 'youth'],
  ['2026-01-01', 16, false, 5.07, 659.1, 'youth'],
  ['2026-01-01', 17, false, 5.81, 755.3, 'youth'],
  ['2026-01-01', 18, false, 7.36, 956.8, 'youth'],
  ['2026-01-01', 19, false, 8.83, 1147.9, 'youth'],
  ['2026-01-01', 20, false, 11.77, 1530.1, 'youth'],
  ['2026-01-01', 21, false, 14.71, 1912.3, 'adult'],
  ['2026-01-01', 67, false, 14.71, 1912.3, 'adult'], // 21 and older
  ['2026-01-01', 18, true, 6.69, 869.7, 'bbl'],
  ['2026-01-01', 19, true, 7.72, 1003.6, 'bbl'],
  ['2026-01-01', 20, true, 9.05, 1176.5, 'bbl'],
];

for (const [date, age, bbl, hourly, monthly, scale] of wageRows) {
  test(`minimum wage at high risk: ${date}, age ${age}${bbl ? ', bbl contract' : ''} → ${monthly ?? 'unknown'}`, () => {
    const result = run({
      input: { graduated: true, age, hours: 30, days: 4, ...(bbl ? { level: 'mbo-bbl' as const, employmentContract: true } : { level: age < 16 ? ('vo' as const) : ('mbo-bol' as const) }) },
      cao: null,
      date,
    });
    const risk = result.employmentRisk;
    assert.equal(risk.level, 'high');
    assert.equal(risk.hourlyMinimumWage, hourly);
    assert.equal(risk.minimumWageMonthly, monthly);
    assert.equal(risk.wageScale, scale);
    assert.equal(risk.wageFrom, hourly === null ? null : date);
    assert.equal(result.context.wageFrom, hourly === null ? null : date);
    if (hourly === null) assertReasons(risk.reasons, [{ code: 'wage-unknown', params: { age } }]);
    const wageSources = result.sources.filter((source) => source.title.toLowerCase().includes('minimum'));
    assert.equal(wageSources.length, hourly === null ? 0 : 1);
  });
}

// ── The planned right once it becomes law (rules are data: an update of status and dates) ────────
const lawRules = (limit: number | null, inForceFrom: string | null, status: 'proposal' | 'bill' | 'law' = 'law'): CompensationRules => ({
  ...rules,
  legalRight: { ...rules.legalRight, status, inForceFrom, shortOrientationLimitWeeks: limit },
});

test('legal right: once law, in force from its date, never with an amount', () => {
  const before = run({ input: {}, cao: null, date: '2027-12-31' }, lawRules(4, '2028-01-01'));
  assert.equal(before.legalRight.inForce, false);
  assertReasons(before.legalRight.reasons, ['right-not-yet-law'], ['right-in-force']);
  const after = run({ input: {}, cao: null, date: '2028-01-01' }, lawRules(4, '2028-01-01'));
  assert.equal(after.legalRight.inForce, true);
  assertReasons(after.legalRight.reasons, ['right-in-force', 'right-applies'], ['right-not-yet-law']);
  assert.deepEqual(Object.keys(after.legalRight).sort(), ['inForce', 'reasons', 'source', 'status', 'wouldApply']);
});

test('legal right: a proposal or a bill is never in force, whatever date it names', () => {
  for (const status of ['proposal', 'bill'] as const) {
    const result = run({ input: {}, cao: null, date: '2028-06-01' }, lawRules(null, '2027-01-01', status));
    assert.equal(result.legalRight.inForce, false, status);
    assertReasons(result.legalRight.reasons, ['right-not-yet-law'], ['right-in-force']);
  }
});

test('legal right: with an orientation limit of 4 weeks, short orientation no, longer yes', () => {
  const short = run({ input: { stageType: 'orientation', weeks: 4 }, cao: null, date: '2028-06-01' }, lawRules(4, '2028-01-01'));
  assert.equal(short.legalRight.wouldApply, 'no');
  assertReasons(short.legalRight.reasons, [{ code: 'right-short-orientation', params: { weeks: 4 } }], ['right-curriculum']);
  const long = run({ input: { stageType: 'orientation', weeks: 5 }, cao: null, date: '2028-06-01' }, lawRules(4, '2028-01-01'));
  assert.equal(long.legalRight.wouldApply, 'yes');
  assertReasons(long.legalRight.reasons, [{ code: 'right-long-orientation', params: { weeks: 4 } }, 'right-applies']);
  const unknownLength = run({ input: { stageType: 'orientation', weeks: undefined }, cao: null, date: '2028-06-01' }, lawRules(4, '2028-01-01'));
  assert.equal(unknownLength.legalRight.wouldApply, 'uncertain');
});

// ── Edge cases found in review, fixed in core ────────────────────────────────────────────────────
test(
  'a CAO that excludes vo pupils says so (excluded-vo) rather than "level not covered"',
  () => {
    const result = run({ input: { level: 'vo', age: 15 }, cao: 'cao-horeca', date: '2025-06-01' });
    assert.equal(result.cao.status, 'not-applicable');
    assertReasons(result.cao.reasons, ['excluded-vo']);
  },
);

test(
  'a full calendar month (1–28 February 2025) meets a "at least 1 month" condition',
  () => {
    const result = run({ input: { weeks: undefined, start: '2025-02-01', end: '2025-02-28', offered: 747 }, cao: 'rijksoverheid-stagiairs', date: '2025-03-01' });
    assert.equal(result.cao.status, 'meets');
  },
);

test(
  'an undated CAO figure (Hoveniers, figureDate null) is flagged without an empty date',
  () => {
    const result = run({ input: { level: 'mbo-bol' }, cao: 'cao-hoveniers', date: '2026-03-01' });
    assertReasons(result.cao.reasons, ['figure-undated'], ['figure-may-be-outdated']);
  },
);

test(
  'an orientation internship of unknown length, once the limit IS set, is not reported as "limit not set"',
  () => {
    const result = run({ input: { stageType: 'orientation', weeks: undefined }, cao: null, date: '2028-06-01' }, lawRules(4, '2028-01-01'));
    assert.equal(result.legalRight.wouldApply, 'uncertain');
    assertReasons(result.legalRight.reasons, [{ code: 'right-orientation-length-unknown', params: { weeks: 4 } }], ['right-orientation-limit-unknown']);
  },
);

test(
  'a reference date before a CAO amount takes effect is said (Jeugdzorg 2024–2025 on 2023-06-01)',
  () => {
    const result = run({ input: { hours: 32, days: 4, offered: 400 }, cao: 'cao-jeugdzorg', date: '2023-06-01' });
    assert.equal(result.cao.status, 'amount-unknown');
    assertReasons(result.cao.reasons, [{ code: 'validity-not-started', params: { date: '2024' } }]);
  },
);

// ── Input validation ──────────────────────────────────────────────────────────────────────────────
const rejections: [name: string, override: Record<string, unknown>, path: string, message: string][] = [
  ['end before start', { start: '2025-03-01', end: '2025-02-28' }, 'end', 'end-before-start'],
  ['90 hours a week', { hours: 90, days: undefined }, 'hours', 'number-range'],
  ['0 hours a week', { hours: 0 }, 'hours', 'number-range'],
  ['a negative offer', { offered: -1 }, 'offered', 'number-range'],
  ['age 9', { age: 9 }, 'age', 'whole-number-range'],
  ['age 30.5', { age: 30.5 }, 'age', 'whole-number-range'],
  ['an offer of 1.234', { offered: 1.234 }, 'offered', 'whole-cents'],
  ['50 hours in 2 days (25 h a day)', { hours: 50, days: 2 }, 'hours', 'hours-per-day'],
  ['a bad cao id', { cao: 'Cao Horeca!' }, 'cao', 'record-id'],
  ['a non-existent date', { start: '2025-02-30' }, 'start', 'iso-date'],
  ['8 days a week', { days: 8 }, 'days', 'whole-number-range'],
];

for (const [name, override, path, message] of rejections) {
  test(`compensationInputSchema rejects ${name} (${path}: ${message})`, () => {
    const raw: Record<string, unknown> = { ...BASE, ...override };
    for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
    const result = compensationInputSchema.safeParse(raw);
    assert.equal(result.success, false);
    const issues = result.error!.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    assert.deepEqual(issues, [{ path, message }]);
  });
}

test('compensationInputSchema accepts the edges: 1 and 60 hours, 24 h a day, ages 12 and 80, €0 and €100,000', () => {
  for (const override of [{ hours: 1, days: 1 }, { hours: 60, days: 3 }, { hours: 24, days: 1 }, { age: 12 }, { age: 80 }, { offered: 0 }, { offered: 100_000 }, { start: '2025-03-01', end: '2025-03-01' }]) {
    assert.ok(compensationInputSchema.safeParse({ ...BASE, ...override }).success, JSON.stringify(override));
  }
});
