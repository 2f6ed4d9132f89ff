import { newId } from '../storage/new-id.js';
import { DEFAULT_DAYS_OFF } from '../dates/holidays.js';
import { dayNumber, isoDay, mondayOf } from './day-numbers.js';
import {
  DEFAULT_SUPERVISION,
  DEFAULT_WEEKS,
  type CalendarEntry,
  type ContactKind,
  type DayOverride,
  type ScheduleModel,
  type SchedulePeriod,
  type SchedulePlan,
  type WeekPattern,
} from './model.js';

/** A lower-case id that is unique enough for drafts and calendar UIDs. */
export const newPlanId = newId;

export interface NewPlanOptions {
  id?: string;
  title?: string;
  start: string;
  end: string;
  hoursPerDay: number;
  totalHours?: number;
  model: ScheduleModel;
  week?: WeekPattern;
}

/** A plan with one period over the whole internship, and the default supervision rhythm. */
export function createPlan(options: NewPlanOptions): SchedulePlan {
  const id = options.id ?? newPlanId();
  return {
    id,
    title: options.title ?? '',
    start: options.start,
    end: options.end,
    hoursPerDay: options.hoursPerDay,
    ...(options.totalHours === undefined ? {} : { totalHours: options.totalHours }),
    periods: [{ id: 'p1', model: options.model, start: options.start, end: options.end, week: { ...(options.week ?? DEFAULT_WEEKS[options.model]) } }],
    daysOff: { ...DEFAULT_DAYS_OFF },
    calendar: [],
    overrides: [],
    supervision: { ...DEFAULT_SUPERVISION, supervisorDays: [...DEFAULT_SUPERVISION.supervisorDays] },
    contactMoments: {},
    places: {},
  };
}

/** Twenty weeks from a start day (ending on a Friday when it starts on a Monday). */
export function standardPeriodFrom(start: string): { start: string; end: string } {
  return { start, end: isoDay(dayNumber(start) + 20 * 7 - 3) };
}

/** A 20-week internship starting next Monday: a starting point for an empty planner. */
export function defaultPeriodFrom(today: string): { start: string; end: string } {
  return standardPeriodFrom(isoDay(mondayOf(dayNumber(today)) + 7));
}

/**
 * New dates for the plan. Periods that spanned the whole old period follow the new one; other
 * periods are clipped to it, and chosen contact moments outside it are placed again.
 */
export function withPeriod(plan: SchedulePlan, start: string, end: string): SchedulePlan {
  const periods = plan.periods
    .map((period) =>
      period.start === plan.start && period.end === plan.end
        ? { ...period, start, end }
        : { ...period, start: period.start < start ? start : period.start, end: period.end > end ? end : period.end },
    )
    .filter((period) => period.start <= period.end);
  const contactMoments = Object.fromEntries(Object.entries(plan.contactMoments).filter(([, date]) => date && date >= start && date <= end));
  return { ...plan, start, end, periods, contactMoments };
}

export function withPeriodChanged(plan: SchedulePlan, id: string, change: Partial<Omit<SchedulePeriod, 'id'>>): SchedulePlan {
  return { ...plan, periods: plan.periods.map((period) => (period.id === id ? { ...period, ...change } : period)) };
}

/** A new period of four weeks (e.g. a modular project) after the last one, or from the plan's start when there is no room after it. */
export function withPeriodAdded(plan: SchedulePlan, model: ScheduleModel): SchedulePlan {
  const used = new Set(plan.periods.map((period) => period.id));
  let number = plan.periods.length + 1;
  while (used.has(`p${number}`)) number++;
  const last = plan.periods.reduce<string | undefined>((latest, period) => (!latest || period.end > latest ? period.end : latest), undefined);
  const startDay = last && last < plan.end ? dayNumber(last) + 1 : dayNumber(plan.start);
  const period: SchedulePeriod = {
    id: `p${number}`,
    model,
    start: isoDay(startDay),
    end: isoDay(Math.min(dayNumber(plan.end), startDay + 4 * 7 - 1)),
    week: { ...DEFAULT_WEEKS[model] },
  };
  return { ...plan, periods: [...plan.periods, period] };
}

export function withPeriodRemoved(plan: SchedulePlan, id: string): SchedulePlan {
  return { ...plan, periods: plan.periods.filter((period) => period.id !== id) };
}

/** Sets the change for a day, replacing any change (or swap) that touched it. */
export function withOverride(plan: SchedulePlan, override: DayOverride): SchedulePlan {
  const touched = new Set([override.date, ...(override.with ? [override.with] : [])]);
  const overrides = plan.overrides.filter((existing) => !touched.has(existing.date) && !(existing.with && touched.has(existing.with)));
  return { ...plan, overrides: [...overrides, override].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

/** Takes the change off a day, so it follows the standard week again. */
export function withoutOverride(plan: SchedulePlan, date: string): SchedulePlan {
  return { ...plan, overrides: plan.overrides.filter((existing) => existing.date !== date && existing.with !== date) };
}

/** A chosen date for a contact moment, or undefined to let the planner place it. */
export function withContactMoment(plan: SchedulePlan, kind: ContactKind, date: string | undefined): SchedulePlan {
  const contactMoments = { ...plan.contactMoments };
  if (date) contactMoments[kind] = date;
  else delete contactMoments[kind];
  return { ...plan, contactMoments };
}

/** Adds entries, leaving out exact copies of ones already in the calendar. */
export function withCalendarEntries(plan: SchedulePlan, entries: readonly CalendarEntry[]): SchedulePlan {
  const key = (entry: CalendarEntry) => `${entry.start}|${entry.end}|${entry.kind}|${entry.label}`;
  const known = new Set(plan.calendar.map(key));
  const added = entries.filter((entry) => !known.has(key(entry)) && known.add(key(entry)));
  return { ...plan, calendar: [...plan.calendar, ...added].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) };
}

export function withoutCalendarEntry(plan: SchedulePlan, index: number): SchedulePlan {
  return { ...plan, calendar: plan.calendar.filter((_, i) => i !== index) };
}
