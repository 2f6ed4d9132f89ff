import { z } from 'zod/mini';
import { isValidIsoDate } from '../dates/partial-date.js';
import { isWholeCents } from '../money/money.js';
import { STAGE_TYPES } from '../cao/kinds.js';
import { matching, numberBetween, text, wholeNumberBetween } from '../validation/rules.js';

export const STUDENT_LEVELS = ['vo', 'mbo-bol', 'mbo-bbl', 'hbo', 'wo'] as const;
export type StudentLevel = (typeof STUDENT_LEVELS)[number];
export const LOCATIONS = ['nl', 'bes', 'abroad'] as const;
export type StageLocation = (typeof LOCATIONS)[number];

/** The questions that tell an internship from a job (Asscher criteria, domain.md §3.2). */
export const REALITY_QUESTIONS = ['learningPlan', 'supervisor', 'replacesStaff', 'mainlyProductive', 'graduated'] as const;
export type RealityQuestion = (typeof REALITY_QUESTIONS)[number];

const isoDay = z.string().check(z.refine(isValidIsoDate, { message: 'iso-date' }));
const answer = z.optional(z.boolean());

/**
 * What the checker needs to know. Unanswered reality questions stay undefined: "not answered" is
 * not "no". Rules carry message keys; the words are in the compensation catalogues.
 */
export const compensationInputSchema = z
  .object({
    level: z.enum(STUDENT_LEVELS),
    stageType: z.enum(STAGE_TYPES),
    start: z.optional(isoDay),
    end: z.optional(isoDay),
    weeks: z.optional(wholeNumberBetween(1, 260)),
    hours: numberBetween(1, 60),
    days: z.optional(wholeNumberBetween(1, 7)),
    age: wholeNumberBetween(12, 80),
    location: z.enum(LOCATIONS),
    employmentContract: answer,
    cao: z.optional(matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'record-id')),
    offered: z.number().check(
      z.refine((euros) => Number.isFinite(euros) && euros >= 0 && euros <= 100_000, { message: 'number-range', params: { minimum: 0, maximum: 100_000 } }),
      z.refine(isWholeCents, { message: 'whole-cents' }),
    ),
    learningPlan: answer,
    supervisor: answer,
    replacesStaff: answer,
    mainlyProductive: answer,
    graduated: answer,
    note: z.optional(text(500)),
  })
  .check(
    z.refine((input) => !input.start || !input.end || input.start <= input.end, { message: 'end-before-start', path: ['end'] }),
    z.refine((input) => input.days === undefined || input.hours / input.days <= 24, { message: 'hours-per-day', path: ['hours'] }),
  );

export type CompensationInput = z.infer<typeof compensationInputSchema>;

/** Internship length in calendar days (both dates included), from the dates or from weeks × 7. */
export function stageDays(input: Pick<CompensationInput, 'start' | 'end' | 'weeks'>): number | undefined {
  if (input.start && input.end) return (Date.parse(`${input.end}T00:00:00Z`) - Date.parse(`${input.start}T00:00:00Z`)) / 86_400_000 + 1;
  return input.weeks === undefined ? undefined : input.weeks * 7;
}

/** Internship length in weeks (possibly fractional), from the dates or as given. */
export function stageWeeks(input: Pick<CompensationInput, 'start' | 'end' | 'weeks'>): number | undefined {
  const days = stageDays(input);
  return days === undefined ? undefined : days / 7;
}

/**
 * Whether the internship lasts at least `months` calendar months: with dates, 1 February to
 * 28 February is one month; with weeks only, a month is 52/12 weeks.
 */
export function lastsAtLeastMonths(input: Pick<CompensationInput, 'start' | 'end' | 'weeks'>, months: number): boolean | undefined {
  if (input.start && input.end) {
    const wholeMonths = Math.floor(months);
    const [y, m, d] = input.start.split('-').map(Number) as [number, number, number];
    // The day before the same date `months` later: the last day of the required period.
    const lastDay = new Date(Date.UTC(y, m - 1 + wholeMonths, d - 1 + Math.round((months - wholeMonths) * 30)));
    return input.end >= lastDay.toISOString().slice(0, 10);
  }
  return input.weeks === undefined ? undefined : input.weeks >= (months * 52) / 12;
}
