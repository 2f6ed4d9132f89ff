import { holidaysOff } from '../dates/holidays.js';
import { dayNumber, isoDay, isoWeek, mondayOf, weekdayIndex } from './day-numbers.js';
import { generateDays, isWorkType, type PlannedDay } from './generate.js';
import { WEEKDAYS, type ContactKind, type SchedulePlan } from './model.js';
import { SCHEDULE_RULES } from './rules.js';
import { placeCheckIns, placeContactMoments, type CheckIn, type PlacedContactMoment } from './supervision.js';

export interface ScheduleWeek {
  /** ISO day of the week's Monday (may be before the plan starts). */
  monday: string;
  /** ISO 8601 week number and its year. */
  year: number;
  number: number;
  /** Monday to Sunday; null for days outside the plan. */
  days: (PlannedDay | null)[];
  hours: number;
  onSiteDays: number;
  remoteDays: number;
  checkIn?: string;
  /** A check-in or a contact moment on a company day in this week. */
  supervised: boolean;
}

export interface ScheduleTotals {
  plannedHours: number;
  agreedHours: number | null;
  /** Planned minus agreed; null without agreed hours. */
  hoursDifference: number | null;
  onSiteDays: number;
  remoteDays: number;
  schoolDays: number;
  /** Work days lost to public holidays and the school's holidays. */
  holidayDays: number;
  sickDays: number;
  /** On-site days as a share of all work days (0–1), null without work days. */
  onSiteShare: number | null;
  workWeeks: number;
  weeksWithoutSupervision: number;
  maxWeekHours: number;
  checkIns: number;
  contactMoments: number;
  /** The day the agreed hours are reached inside the plan, or null. */
  agreedHoursReachedOn: string | null;
}

export const SCHEDULE_WARNING_CODES = [
  'hours-short',
  'hours-over',
  'ends-before-agreed-hours',
  'week-over-40-hours',
  'remote-during-onboarding',
  'week-without-supervision',
  'contact-moment-missing',
  'contact-moment-on-day-off',
] as const;
export type ScheduleWarningCode = (typeof SCHEDULE_WARNING_CODES)[number];

/** A reason to look again at the plan; `dates` lists the days or weeks (Mondays) it is about. */
export interface ScheduleWarning {
  code: ScheduleWarningCode;
  kind?: ContactKind;
  date?: string;
  dates?: string[];
  hours?: number;
}

export interface Schedule {
  plan: SchedulePlan;
  days: PlannedDay[];
  weeks: ScheduleWeek[];
  checkIns: CheckIn[];
  contactMoments: PlacedContactMoment[];
  totals: ScheduleTotals;
  warnings: ScheduleWarning[];
}

function groupWeeks(days: PlannedDay[]): ScheduleWeek[] {
  const weeks: ScheduleWeek[] = [];
  let current: ScheduleWeek | undefined;
  for (const day of days) {
    const monday = mondayOf(day.day);
    if (!current || current.monday !== isoDay(monday)) {
      const { year, week } = isoWeek(day.day);
      current = { monday: isoDay(monday), year, number: week, days: [null, null, null, null, null, null, null], hours: 0, onSiteDays: 0, remoteDays: 0, supervised: false };
      weeks.push(current);
    }
    current.days[weekdayIndex(day.day)] = day;
    current.hours += day.hours;
    if (day.type === 'company') current.onSiteDays++;
    if (day.type === 'remote') current.remoteDays++;
  }
  return weeks;
}

/**
 * If the standard week of the last period went on after the end, the day the agreed hours would
 * be reached (up to three more years), for "the period ends before the agreed hours".
 */
function projectedReachDate(plan: SchedulePlan, missing: number): string | undefined {
  const lastPeriod = plan.periods.reduce<SchedulePlan['periods'][number] | undefined>((latest, period) => (!latest || period.end >= latest.end ? period : latest), undefined);
  if (!lastPeriod || plan.hoursPerDay <= 0) return undefined;
  const from = dayNumber(plan.end) + 1;
  const until = from + 3 * 366;
  const off = new Set(holidaysOff(isoDay(from), isoDay(until), plan.daysOff).map((holiday) => holiday.date));
  let remaining = missing;
  for (let day = from; day <= until; day++) {
    const type = lastPeriod.week[WEEKDAYS[weekdayIndex(day)]!];
    if (!isWorkType(type) || off.has(isoDay(day))) continue;
    remaining -= plan.hoursPerDay;
    if (remaining <= 1e-9) return isoDay(day);
  }
  return undefined;
}

/** The whole plan worked out: days, weeks, supervision, totals and warnings. Pure and synchronous. */
export function buildSchedule(plan: SchedulePlan): Schedule {
  const days = generateDays(plan);
  const weeks = groupWeeks(days);
  const checkIns = placeCheckIns(plan, weeks.map((week) => week.days));
  const contactMoments = placeContactMoments(plan, days);

  const supervisedDates = new Set(checkIns.map((checkIn) => checkIn.date));
  const byDate = new Map(days.map((day) => [day.date, day]));
  for (const moment of contactMoments) if (moment.date && byDate.get(moment.date)?.type === 'company') supervisedDates.add(moment.date);
  const checkInByWeek = new Map(checkIns.map((checkIn) => [isoDay(mondayOf(dayNumber(checkIn.date))), checkIn.date]));
  for (const week of weeks) {
    week.checkIn = checkInByWeek.get(week.monday);
    week.supervised = week.days.some((day) => day !== null && supervisedDates.has(day.date));
  }

  let plannedHours = 0;
  let onSiteDays = 0;
  let remoteDays = 0;
  let schoolDays = 0;
  let holidayDays = 0;
  let sickDays = 0;
  let agreedHoursReachedOn: string | null = null;
  const agreed = plan.totalHours;
  for (const day of days) {
    plannedHours += day.hours;
    if (day.type === 'company') onSiteDays++;
    else if (day.type === 'remote') remoteDays++;
    else if (day.type === 'school') schoolDays++;
    if ((day.reason === 'public-holiday' || day.reason === 'holiday') && isWorkType(day.planned) && day.type === 'off') holidayDays++;
    if (day.reason === 'sick') sickDays++;
    if (agreed !== undefined && agreedHoursReachedOn === null && day.hours > 0 && plannedHours >= agreed - 1e-9) agreedHoursReachedOn = day.date;
  }
  const workWeeks = weeks.filter((week) => week.onSiteDays + week.remoteDays > 0);
  const unsupervised = workWeeks.filter((week) => !week.supervised);
  const maxWeek = SCHEDULE_RULES.maxWeekHours.value;

  const warnings: ScheduleWarning[] = [];
  if (agreed !== undefined) {
    const difference = plannedHours - agreed;
    if (difference < -1e-9) {
      warnings.push({ code: 'hours-short', hours: -difference });
      warnings.push({ code: 'ends-before-agreed-hours', date: projectedReachDate(plan, -difference) });
    } else if (difference >= plan.hoursPerDay - 1e-9 && difference > 1e-9) {
      warnings.push({ code: 'hours-over', hours: difference });
    }
  }
  const longWeeks = weeks.filter((week) => week.hours > maxWeek + 1e-9);
  if (longWeeks.length) warnings.push({ code: 'week-over-40-hours', dates: longWeeks.map((week) => week.monday), hours: Math.max(...longWeeks.map((week) => week.hours)) });
  const remoteOnboarding = days.filter((day) => day.onboarding && day.type === 'remote');
  if (remoteOnboarding.length) warnings.push({ code: 'remote-during-onboarding', dates: remoteOnboarding.map((day) => day.date) });
  if (unsupervised.length) warnings.push({ code: 'week-without-supervision', dates: unsupervised.map((week) => week.monday) });
  for (const moment of contactMoments) {
    if (!moment.date) warnings.push({ code: 'contact-moment-missing', kind: moment.kind });
    else if (moment.onDayOff) warnings.push({ code: 'contact-moment-on-day-off', kind: moment.kind, date: moment.date });
  }

  const workDays = onSiteDays + remoteDays;
  const totals: ScheduleTotals = {
    plannedHours,
    agreedHours: agreed ?? null,
    hoursDifference: agreed === undefined ? null : plannedHours - agreed,
    onSiteDays,
    remoteDays,
    schoolDays,
    holidayDays,
    sickDays,
    onSiteShare: workDays ? onSiteDays / workDays : null,
    workWeeks: workWeeks.length,
    weeksWithoutSupervision: unsupervised.length,
    maxWeekHours: weeks.reduce((max, week) => Math.max(max, week.hours), 0),
    checkIns: checkIns.length,
    contactMoments: contactMoments.filter((moment) => moment.date).length,
    agreedHoursReachedOn,
  };
  return { plan, days, weeks, checkIns, contactMoments, totals, warnings };
}
