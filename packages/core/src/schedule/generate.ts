import { holidaysOff } from '../dates/holidays.js';
import { dayNumber, isoDay, weekdayIndex } from './day-numbers.js';
import { WEEKDAYS, type DayType, type OverrideKind, type SchedulePlan, type Weekday } from './model.js';

/** Why a day is not what the standard week says, or what it falls in. */
export type DayReason = 'public-holiday' | 'holiday' | 'school-week' | 'sick' | 'personal' | 'extra' | 'swap' | 'onboarding' | 'no-period';

export interface PlannedDay {
  date: string;
  /** Day number (days since 1970-01-01). */
  day: number;
  weekday: Weekday;
  /** Where the student is. */
  type: DayType;
  /** What the standard week of the day's period says. */
  planned: DayType;
  reason?: DayReason;
  /** A public holiday's id, a calendar entry's label, or the period's name. */
  label?: string;
  hours: number;
  override?: OverrideKind;
  onboarding: boolean;
  periodId?: string;
}

export const isWorkType = (type: DayType): boolean => type === 'company' || type === 'remote';

interface Span {
  start: number;
  end: number;
}
const span = (item: { start: string; end: string }): Span => ({ start: dayNumber(item.start), end: dayNumber(item.end) });

/**
 * Every day of the plan, in order: the standard week of each day's period, then public holidays,
 * the school's calendar, swaps, onboarding and the other per-day changes. Later periods win where
 * periods overlap, so a short project can be laid over a longer pattern.
 */
export function generateDays(plan: SchedulePlan): PlannedDay[] {
  const first = dayNumber(plan.start);
  const last = dayNumber(plan.end);
  if (!(last >= first)) return [];
  const publicHolidays = new Map(holidaysOff(plan.start, plan.end, plan.daysOff).map((holiday) => [dayNumber(holiday.date), holiday.id]));
  const periods = plan.periods.map((period) => ({ period, ...span(period) }));
  const calendar = plan.calendar.map((entry) => ({ entry, ...span(entry) }));

  const days: PlannedDay[] = [];
  for (let day = first; day <= last; day++) {
    const weekday = WEEKDAYS[weekdayIndex(day)]!;
    let period: (typeof periods)[number] | undefined;
    for (let i = periods.length - 1; i >= 0 && !period; i--) if (periods[i]!.start <= day && day <= periods[i]!.end) period = periods[i];
    const planned: DayType = period ? period.period.week[weekday] : 'off';
    const current: PlannedDay = { date: isoDay(day), day, weekday, type: planned, planned, hours: 0, onboarding: false };
    if (period) {
      current.periodId = period.period.id;
      if (period.period.name) current.label = period.period.name;
    } else current.reason = 'no-period';
    const holiday = publicHolidays.get(day);
    if (holiday) {
      current.type = 'off';
      current.reason = 'public-holiday';
      current.label = holiday;
    } else {
      for (let i = calendar.length - 1; i >= 0; i--) {
        const { entry, start, end } = calendar[i]!;
        if (day < start || day > end) continue;
        current.label = entry.label;
        if (entry.kind === 'holiday') {
          current.type = 'off';
          current.reason = 'holiday';
        } else if (planned !== 'off') {
          current.type = 'school';
          current.reason = 'school-week';
        }
        break;
      }
    }
    days.push(current);
  }

  const at = (date: string | undefined) => (date ? days[dayNumber(date) - first] : undefined);
  for (const override of plan.overrides) {
    if (override.kind !== 'swap') continue;
    const a = at(override.date);
    const b = at(override.with);
    if (!a || !b || a === b) continue;
    [a.type, b.type] = [b.type, a.type];
    a.override = b.override = 'swap';
    a.reason = b.reason = 'swap';
  }

  applyOnboarding(plan, days);

  for (const override of plan.overrides) {
    const target = at(override.date);
    if (!target || override.kind === 'swap') continue;
    target.override = override.kind;
    if (override.kind === 'extra') {
      target.type = override.type ?? 'company';
      target.reason = 'extra';
    } else {
      target.type = 'off';
      target.reason = override.kind === 'sick' ? 'sick' : 'personal';
    }
  }

  for (const current of days) current.hours = isWorkType(current.type) ? plan.hoursPerDay : 0;
  return days;
}

/** The first weeks from the first work day are onboarding; on site by default. */
function applyOnboarding(plan: SchedulePlan, days: PlannedDay[]): void {
  const weeks = plan.supervision.onboardingWeeks;
  const firstWork = days.findIndex((day) => isWorkType(day.type));
  if (weeks <= 0 || firstWork < 0) return;
  const until = days[firstWork]!.day + weeks * 7;
  for (let i = firstWork; i < days.length && days[i]!.day < until; i++) {
    const day = days[i]!;
    day.onboarding = true;
    if (plan.supervision.onboardingOnSite && day.type === 'remote') {
      day.type = 'company';
      day.reason = 'onboarding';
    }
  }
}
