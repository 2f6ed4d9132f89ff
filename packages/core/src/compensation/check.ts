import type { CaoRecord, ClauseAmount, EducationLevel } from '../cao/schema.js';
import { prorate } from '../cao/proration.js';
import { mayBeOutdated } from '../cao/staleness.js';
import { earliestDayOf, latestDayOf } from '../dates/partial-date.js';
import { eurosToCents } from '../money/money.js';
import type { Source } from '../sources/source.js';
import { hourlyMinimumWage, monthlyCents } from '../wage/minimum-wage.js';
import { lastsAtLeastMonths, stageWeeks, type CompensationInput, type RealityQuestion } from './input.js';
import type { CompensationRules } from './rules.js';

/** A reason in the result: a message key with its values; the words are in the catalogues. */
export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}

export type CaoStatus = 'meets' | 'below' | 'no-clause' | 'amount-unknown' | 'not-applicable' | 'no-cao';

export interface CaoVerdict {
  status: CaoStatus;
  caoId: string | null;
  caoName: string | null;
  /** The CAO's minimum for this situation, euros per month (rounded to cents), or null. */
  minimumMonthly: number | null;
  /** How much the offer falls short, euros per month, when `below`. */
  shortfall: number | null;
  /** The hours a week the minimum is based on, when the CAO names them. */
  hoursBasis: number | null;
  /** True when the CAO parties only advise the part-time scale used here. */
  advisory: boolean;
  reasons: Reason[];
  source: Source | null;
}

export interface LegalRightVerdict {
  wouldApply: 'yes' | 'no' | 'uncertain';
  /** False while the right is a proposal; never a statutory amount (the plan has none). */
  inForce: boolean;
  status: CompensationRules['legalRight']['status'];
  reasons: Reason[];
  source: Source;
}

export interface EmploymentRiskVerdict {
  level: 'none' | 'some' | 'high';
  signals: { question: RealityQuestion; strong: boolean }[];
  unanswered: RealityQuestion[];
  /** At `high`: the statutory minimum wage a month for these hours, euros, or null when unknown. */
  minimumWageMonthly: number | null;
  hourlyMinimumWage: number | null;
  wageScale: 'adult' | 'youth' | 'bbl' | null;
  /** The date the wage figure took effect, and whether a newer one may apply. */
  wageFrom: string | null;
  wageMayBeOutdated: boolean;
  reasons: Reason[];
}

export interface ContextInfo {
  /** The offer as a share of the statutory minimum wage for this age and these hours (0.25 = 25%). */
  shareOfMinimumWage: number | null;
  wageFrom: string | null;
  wageMayBeOutdated: boolean;
  averages: { level: EducationLevel; euros: number; year: string; source: Source }[];
}

export interface CompensationResult {
  referenceDate: string;
  offered: number;
  cao: CaoVerdict;
  legalRight: LegalRightVerdict;
  employmentRisk: EmploymentRiskVerdict;
  context: ContextInfo;
  /** Every source used for this answer, once each. */
  sources: Source[];
}

export interface CompensationData {
  rules: CompensationRules;
  /** The chosen CAO's record; null or undefined when none was chosen. */
  cao?: CaoRecord | null;
}

const euros = (cents: number) => Math.round(cents) / 100;
/** The CAO education level of a student level: bol and bbl are both mbo; secondary school has none. */
export const caoLevel = (level: CompensationInput['level'] | undefined): EducationLevel | undefined =>
  level === 'mbo-bol' || level === 'mbo-bbl' ? 'mbo' : level === 'vo' || level === undefined ? undefined : level;

/** Days a week at the internship: as given, else assumed from 8-hour days (said in the reasons). */
function daysPerWeek(input: CompensationInput, reasons: Reason[]): number {
  if (input.days !== undefined) return input.days;
  const assumed = Math.min(7, Math.max(1, Math.ceil(input.hours / 8)));
  reasons.push({ code: 'days-assumed', params: { days: assumed } });
  return assumed;
}

function checkCao(input: CompensationInput, record: CaoRecord | null | undefined, referenceDate: string): CaoVerdict {
  const base = { caoId: record?.id ?? null, caoName: record?.name ?? null, minimumMonthly: null, shortfall: null, hoursBasis: null, advisory: false, source: null };
  if (!record) return { ...base, status: 'no-cao', reasons: [] };
  if (record.clause.status === 'none-found') {
    return { ...base, status: 'no-clause', reasons: [{ code: 'no-clause', params: { checked: record.clause.source.checked } }], source: record.clause.source };
  }
  const level = caoLevel(input.level);
  const amount: ClauseAmount | undefined = level ? record.clause.amounts.find((a) => a.levels.includes(level)) : undefined;
  if (!amount) {
    // A clause that names secondary-school pupils as excluded says more than "no amount for this level".
    const voExcluded = input.level === 'vo' && record.clause.amounts.some((a) => a.conditions.excludedStudents.includes('vo'));
    return { ...base, status: 'not-applicable', reasons: [voExcluded ? { code: 'excluded-vo' } : { code: 'level-not-covered', params: { level: input.level } }] };
  }

  const reasons: Reason[] = [];
  const { conditions } = amount;
  const weeks = stageWeeks(input);
  if (conditions.excludedStageTypes.includes(input.stageType)) reasons.push({ code: 'excluded-stage-type', params: { type: input.stageType } });
  if (input.level === 'mbo-bbl' && conditions.excludedStudents.includes('bbl')) reasons.push({ code: 'excluded-bbl' });
  if (input.level === 'vo' && conditions.excludedStudents.includes('vo')) reasons.push({ code: 'excluded-vo' });
  if (conditions.minMonths !== undefined && lastsAtLeastMonths(input, conditions.minMonths) === false) {
    reasons.push({ code: 'too-short', params: { months: conditions.minMonths } });
  }
  if (conditions.minTotalHours !== undefined && weeks !== undefined && weeks * input.hours < conditions.minTotalHours) {
    reasons.push({ code: 'too-few-hours', params: { hours: conditions.minTotalHours, total: Math.round(weeks * input.hours) } });
  }
  const verdict = { ...base, hoursBasis: amount.hoursPerWeek, source: amount.source };
  if (reasons.length) return { ...verdict, status: 'not-applicable', reasons };
  if ((conditions.minMonths !== undefined || conditions.minTotalHours !== undefined) && weeks === undefined) reasons.push({ code: 'length-unknown' });
  if (amount.source.figureDate === null) reasons.push({ code: 'figure-undated' });
  else if (mayBeOutdated(amount.source, referenceDate)) reasons.push({ code: 'figure-may-be-outdated', params: { date: amount.source.figureDate } });
  if (amount.validity.to && latestDayOf(amount.validity.to) < referenceDate) reasons.push({ code: 'validity-ended', params: { date: amount.validity.to } });
  if (amount.euros === null) return { ...verdict, status: 'amount-unknown', reasons: [{ code: 'amount-unknown' }, ...reasons] };
  // An amount that starts after the reference date says nothing about what applied on that date.
  if (amount.validity.from && earliestDayOf(amount.validity.from) > referenceDate) {
    return { ...verdict, status: 'amount-unknown', reasons: [{ code: 'validity-not-started', params: { date: amount.validity.from } }, ...reasons] };
  }

  const needsDays = amount.per === 'day' || amount.proration.rule === 'days-scale' || amount.proration.rule === 'half-day';
  const days = needsDays ? daysPerWeek(input, reasons) : input.days;
  let result = prorate(amount, { hoursPerWeek: input.hours, ...(days !== undefined ? { daysPerWeek: days } : {}) });
  // A CAO that does not say how part-time is paid still sets its amount for a full-time stage.
  if (result.status === 'not-computable' && (result.reason === 'rule-unknown' || result.reason === 'hours-basis-unknown') && input.hours >= 36) {
    reasons.push({ code: 'full-time-assumed' });
    result = { status: 'computed', cents: eurosToCents(amount.euros), fraction: 1, per: amount.per };
  }
  if (result.status === 'not-computable') return { ...verdict, status: 'amount-unknown', reasons: [{ code: `proration-${result.reason}` }, ...reasons] };

  const minimumCents = result.per === 'day' ? Math.round((result.cents * (days ?? 5) * 52) / 12) : result.cents;
  if (result.per === 'day') reasons.push({ code: 'per-day', params: { perDay: euros(result.cents), days: days ?? 5 } });
  if (result.fraction < 1) reasons.push({ code: 'prorated', params: { percent: Math.round(result.fraction * 100) } });
  const advisory = amount.proration.rule === 'days-scale' && amount.proration.advisory === true && result.fraction < 1;
  if (advisory) reasons.push({ code: 'scale-is-advice' });
  const offeredCents = eurosToCents(input.offered);
  const below = offeredCents < minimumCents;
  return {
    ...verdict,
    status: below ? 'below' : 'meets',
    minimumMonthly: euros(minimumCents),
    shortfall: below ? euros(minimumCents - offeredCents) : null,
    advisory,
    reasons,
  };
}

function checkLegalRight(input: CompensationInput, rules: CompensationRules, referenceDate: string): LegalRightVerdict {
  const right = rules.legalRight;
  const inForce = right.status === 'law' && right.inForceFrom !== null && right.inForceFrom <= referenceDate;
  const reasons: Reason[] = [];
  let wouldApply: LegalRightVerdict['wouldApply'] = 'yes';
  const weeks = stageWeeks(input);
  if (input.location === 'abroad') {
    wouldApply = 'no';
    reasons.push({ code: 'right-abroad' });
  } else if (input.level === 'mbo-bbl' && input.employmentContract === true) {
    wouldApply = 'no';
    reasons.push({ code: 'right-bbl-contract' });
  } else if (input.stageType === 'orientation') {
    const limit = right.shortOrientationLimitWeeks;
    if (limit !== null && weeks !== undefined && weeks <= limit) {
      wouldApply = 'no';
      reasons.push({ code: 'right-short-orientation', params: { weeks: limit } });
    } else if (limit !== null && weeks !== undefined) {
      reasons.push({ code: 'right-long-orientation', params: { weeks: limit } });
    } else if (limit !== null) {
      wouldApply = 'uncertain';
      reasons.push({ code: 'right-orientation-length-unknown', params: { weeks: limit } });
    } else {
      wouldApply = 'uncertain';
      reasons.push({ code: 'right-orientation-limit-unknown' });
    }
  }
  if (wouldApply !== 'no') {
    if (input.level === 'vo') {
      wouldApply = 'uncertain';
      reasons.push({ code: 'right-vo' });
    }
    if (input.level === 'mbo-bbl' && input.employmentContract === undefined) {
      wouldApply = 'uncertain';
      reasons.push({ code: 'right-bbl-contract-unknown' });
    }
    if (input.location === 'bes') reasons.push({ code: 'right-bes' });
    if (wouldApply === 'yes') reasons.push({ code: 'right-applies' });
    reasons.push({ code: 'right-curriculum' });
  }
  reasons.push({ code: inForce ? 'right-in-force' : 'right-not-yet-law' });
  return { wouldApply, inForce, status: right.status, reasons, source: right.source };
}

const STRONG: readonly RealityQuestion[] = ['replacesStaff', 'mainlyProductive', 'graduated'];

function checkEmploymentRisk(input: CompensationInput, rules: CompensationRules, referenceDate: string): EmploymentRiskVerdict {
  const signals: EmploymentRiskVerdict['signals'] = [];
  const unanswered: RealityQuestion[] = [];
  // A missing learning plan or supervisor is a warning; replacing staff, productive work or a
  // finished study point to a job (domain.md §3.2).
  const answers: [RealityQuestion, boolean | undefined, boolean][] = [
    ['learningPlan', input.learningPlan, false],
    ['supervisor', input.supervisor, false],
    ['replacesStaff', input.replacesStaff, true],
    ['mainlyProductive', input.mainlyProductive, true],
    ['graduated', input.graduated, true],
  ];
  for (const [question, given, signalWhen] of answers) {
    if (given === undefined) unanswered.push(question);
    else if (given === signalWhen) signals.push({ question, strong: STRONG.includes(question) });
  }
  const score = signals.reduce((sum, signal) => sum + (signal.strong ? 2 : 1), 0);
  const level = score >= 2 ? 'high' : score === 1 ? 'some' : 'none';
  const wage = hourlyMinimumWage(rules.minimumWage, input.age, referenceDate, input.level === 'mbo-bbl' && input.employmentContract === true);
  const reasons: Reason[] = [];
  if (level === 'high') {
    reasons.push({ code: 'risk-high' });
    if (!wage) reasons.push({ code: 'wage-unknown', params: { age: input.age } });
  }
  const showWage = level === 'high' && wage !== undefined;
  return {
    level,
    signals,
    unanswered,
    minimumWageMonthly: showWage ? euros(monthlyCents(wage.euros, input.hours)) : null,
    hourlyMinimumWage: showWage ? wage.euros : null,
    wageScale: showWage ? wage.scale : null,
    wageFrom: wage?.from ?? null,
    wageMayBeOutdated: wage?.mayBeOutdated ?? false,
    reasons,
  };
}

/**
 * Is this internship's compensation fair? Judges an offer against the chosen CAO (by its own
 * proration rule and conditions), the planned legal right (a proposal, never an amount), and the
 * signs that the "internship" is really a job, for a reference date. Pure: same input, same answer.
 * The input must be valid (see compensationInputSchema).
 */
export function checkCompensation(input: CompensationInput, data: CompensationData, referenceDate: string): CompensationResult {
  const cao = checkCao(input, data.cao, referenceDate);
  const legalRight = checkLegalRight(input, data.rules, referenceDate);
  const employmentRisk = checkEmploymentRisk(input, data.rules, referenceDate);
  const wage = hourlyMinimumWage(data.rules.minimumWage, input.age, referenceDate, input.level === 'mbo-bbl' && input.employmentContract === true);
  const level = caoLevel(input.level);
  const averages = level ? data.rules.averages.filter((average) => average.level === level) : [];
  const context: ContextInfo = {
    shareOfMinimumWage: wage ? Math.round((eurosToCents(input.offered) / monthlyCents(wage.euros, input.hours)) * 1000) / 1000 : null,
    wageFrom: wage?.from ?? null,
    wageMayBeOutdated: wage?.mayBeOutdated ?? false,
    averages,
  };
  const sources = new Map<string, Source>();
  const use = (source: Source | null | undefined) => source && sources.set(`${source.url ?? ''}|${source.title}`, source);
  use(cao.source);
  use(legalRight.source);
  if (wage) use(wage.source);
  averages.forEach((average) => use(average.source));
  return { referenceDate, offered: input.offered, cao, legalRight, employmentRisk, context, sources: [...sources.values()] };
}
