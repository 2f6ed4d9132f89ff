import { z } from 'zod/mini';
import { isValidIsoDate } from '../dates/partial-date.js';
import { matching, numberBetween, text, wholeNumberBetween } from '../validation/rules.js';
import { dayNumber } from './day-numbers.js';
import { CALENDAR_KINDS, CONTACT_KINDS, DAY_TYPES, MAX_PLAN_DAYS, OVERRIDE_KINDS, SCHEDULE_LIMITS, SCHEDULE_MODELS, TIME_PATTERN, WEEKDAYS, type SchedulePlan } from './model.js';


const day = z.string().check(z.refine(isValidIsoDate, { message: 'iso-date' }));
const time = matching(TIME_PATTERN, 'time');
const { hoursPerDay, totalHours, minutes, onboardingWeeks } = SCHEDULE_LIMITS;
const id = matching(/^[a-z0-9][a-z0-9-]{0,63}$/, 'record-id');
const weekday = z.enum(WEEKDAYS);
const dayType = z.enum(DAY_TYPES);
const ordered = <T extends { start: string; end: string }>(value: T) => value.start <= value.end;

export const weekPatternSchema = z.object({
  mon: dayType,
  tue: dayType,
  wed: dayType,
  thu: dayType,
  fri: dayType,
  sat: dayType,
  sun: dayType,
});

export const schedulePeriodSchema = z
  .object({ id, model: z.enum(SCHEDULE_MODELS), start: day, end: day, week: weekPatternSchema, name: z.optional(text(120)) })
  .check(z.refine(ordered, { message: 'end-before-start', path: ['end'] }));

export const calendarEntrySchema = z
  .object({ start: day, end: day, kind: z.enum(CALENDAR_KINDS), label: text(120) })
  .check(z.refine(ordered, { message: 'end-before-start', path: ['end'] }));

export const dayOverrideSchema = z
  .object({ date: day, kind: z.enum(OVERRIDE_KINDS), type: z.optional(z.enum(['company', 'remote'])), with: z.optional(day) })
  .check(z.refine((override) => override.kind !== 'swap' || (override.with !== undefined && override.with !== override.date), { message: 'swap-day', path: ['with'] }));

export const supervisionSchema = z.object({
  checkInDay: weekday,
  checkInTime: time,
  checkInMinutes: wholeNumberBetween(minutes.minimum, minutes.maximum),
  supervisorDays: z.array(weekday).check(z.refine((days) => days.length <= 7 && new Set(days).size === days.length, { message: 'weekday-list' })),
  contactTime: time,
  contactMinutes: wholeNumberBetween(minutes.minimum, minutes.maximum),
  onboardingWeeks: wholeNumberBetween(onboardingWeeks.minimum, onboardingWeeks.maximum),
  onboardingOnSite: z.boolean(),
});

const contactMoments = z.object({ start: z.optional(day), mid: z.optional(day), final: z.optional(day) });

/** The plan as the element's `plan` property, an imported file and a saved draft must have it. */
export const schedulePlanSchema = z
  .object({
    id,
    title: z.string().check(z.refine((value) => value.length <= 120, { message: 'text', params: { maximum: 120 } })),
    start: day,
    end: day,
    hoursPerDay: numberBetween(hoursPerDay.minimum, hoursPerDay.maximum),
    totalHours: z.optional(numberBetween(totalHours.minimum, totalHours.maximum)),
    periods: z.array(schedulePeriodSchema).check(z.refine((list) => list.length <= 50, { message: 'list-too-long', params: { maximum: 50 } })),
    daysOff: z.object({ goedeVrijdag: z.boolean(), bevrijdingsdag: z.enum(['every-year', 'every-fifth-year', 'never']) }),
    calendar: z.array(calendarEntrySchema).check(z.refine((list) => list.length <= 500, { message: 'list-too-long', params: { maximum: 500 } })),
    overrides: z.array(dayOverrideSchema).check(z.refine((list) => list.length <= 2000, { message: 'list-too-long', params: { maximum: 2000 } })),
    supervision: supervisionSchema,
    contactMoments,
    places: z.object({ company: z.optional(text(300)), school: z.optional(text(300)) }),
  })
  .check(
    z.refine(ordered, { message: 'end-before-start', path: ['end'] }),
    z.refine((plan) => !ordered(plan) || dayNumber(plan.end) - dayNumber(plan.start) < MAX_PLAN_DAYS, { message: 'plan-too-long', path: ['end'], params: { maximum: MAX_PLAN_DAYS } }),
    z.refine((plan) => CONTACT_KINDS.every((kind) => !plan.contactMoments[kind] || (plan.contactMoments[kind]! >= plan.start && plan.contactMoments[kind]! <= plan.end)), {
      message: 'contact-outside-plan',
      path: ['contactMoments'],
    }),
  );

/** The compiler checks that the schema and the hand-written type describe the same thing. */
export const checkedPlan = (value: z.infer<typeof schedulePlanSchema>): SchedulePlan => value;
