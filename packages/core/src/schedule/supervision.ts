import { dayNumber } from './day-numbers.js';
import type { PlannedDay } from './generate.js';
import { CONTACT_KINDS, type ContactKind, type SchedulePlan } from './model.js';
import { SCHEDULE_RULES } from './rules.js';

export interface CheckIn {
  date: string;
  time: string;
  minutes: number;
}

export interface PlacedContactMoment {
  kind: ContactKind;
  /** Undefined when no company day fits the moment's window. */
  date?: string;
  time: string;
  minutes: number;
  /** True when a user chose the date; false when it was placed automatically. */
  chosen: boolean;
  /** A chosen date that is (now) a day off, e.g. after a sick day or a new holiday. */
  onDayOff: boolean;
}

/**
 * The weekly check-in with the praktijkopleider: on a day both are at the company, the preferred
 * day when it is one, else the first such day of the week. Weeks without such a day get none.
 */
export function placeCheckIns(plan: SchedulePlan, weeks: readonly (readonly (PlannedDay | null)[])[]): CheckIn[] {
  const { checkInDay, checkInTime, checkInMinutes, supervisorDays } = plan.supervision;
  const present = new Set(supervisorDays);
  const checkIns: CheckIn[] = [];
  for (const week of weeks) {
    let chosen: PlannedDay | undefined;
    for (const day of week) {
      if (!day || day.type !== 'company' || !present.has(day.weekday)) continue;
      if (day.weekday === checkInDay) {
        chosen = day;
        break;
      }
      chosen ??= day;
    }
    if (chosen) checkIns.push({ date: chosen.date, time: checkInTime, minutes: checkInMinutes });
  }
  return checkIns;
}

/**
 * The three contact moments: start in the first two weeks, mid-term nearest the middle, final in
 * the last two weeks, each on a company day that no other moment uses. A date the users chose is
 * kept as it is, and marked when it falls on a day off.
 */
export function placeContactMoments(plan: SchedulePlan, days: readonly PlannedDay[]): PlacedContactMoment[] {
  const first = dayNumber(plan.start);
  const last = dayNumber(plan.end);
  const window = SCHEDULE_RULES.contactWindowDays.value;
  const byDate = new Map(days.map((day) => [day.date, day]));
  const companyDays = days.filter((day) => day.type === 'company');
  const used = new Set<string>();
  const placed = new Map<ContactKind, PlacedContactMoment>();
  const base = { time: plan.supervision.contactTime, minutes: plan.supervision.contactMinutes };

  for (const kind of CONTACT_KINDS) {
    const date = plan.contactMoments[kind];
    if (!date) continue;
    const day = byDate.get(date);
    used.add(date);
    placed.set(kind, { kind, date, ...base, chosen: true, onDayOff: !day || day.type === 'off' });
  }
  const free = (day: PlannedDay) => !used.has(day.date);
  const place = (kind: ContactKind, day: PlannedDay | undefined) => {
    if (day) used.add(day.date);
    placed.set(kind, { kind, date: day?.date, ...base, chosen: false, onDayOff: false });
  };
  if (!placed.has('start')) place('start', companyDays.find((day) => day.day < first + window && free(day)));
  if (!placed.has('final')) place('final', [...companyDays].reverse().find((day) => day.day > last - window && free(day)));
  if (!placed.has('mid')) {
    const middle = (first + last) / 2;
    let best: PlannedDay | undefined;
    for (const day of companyDays) {
      if (!free(day) || Math.abs(day.day - middle) > window) continue;
      if (!best || Math.abs(day.day - middle) < Math.abs(best.day - middle)) best = day;
    }
    place('mid', best);
  }
  return CONTACT_KINDS.map((kind) => placed.get(kind)!);
}

/** Why a contact moment cannot go on a date, or undefined when it can. */
export function contactDateProblem(days: readonly PlannedDay[], date: string): 'outside-plan' | 'day-off' | undefined {
  const day = days.find((candidate) => candidate.date === date);
  if (!day) return 'outside-plan';
  return day.type === 'off' ? 'day-off' : undefined;
}

/**
 * The next (or previous) company day for a contact moment, skipping days other moments use; for
 * the "earlier" and "later" buttons. Undefined when there is none in the plan.
 */
export function shiftedContactDate(
  days: readonly PlannedDay[],
  moments: readonly PlacedContactMoment[],
  kind: ContactKind,
  direction: -1 | 1,
): string | undefined {
  const current = moments.find((moment) => moment.kind === kind)?.date;
  const taken = new Set(moments.filter((moment) => moment.kind !== kind && moment.date).map((moment) => moment.date));
  const from = current ?? (direction > 0 ? '' : '9999-12-31');
  const candidates = days.filter((day) => day.type === 'company' && !taken.has(day.date) && (direction > 0 ? day.date > from : day.date < from));
  return (direction > 0 ? candidates[0] : candidates[candidates.length - 1])?.date;
}
