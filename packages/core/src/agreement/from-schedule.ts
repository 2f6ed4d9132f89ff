import { dayNumber } from '../schedule/day-numbers.js';
import type { DayType, SchedulePlan, Weekday } from '../schedule/model.js';
import { WEEKDAYS } from '../schedule/model.js';
import type { Schedule } from '../schedule/schedule.js';
import type { AgreementFields } from './model.js';

/**
 * The agreement fields a planner schedule fills: the period, the hours, the standard week of the
 * longest period (office, remote and school days) and the three contact moments. Takes the worked-out
 * schedule (`buildSchedule(plan)`), so the agreement shows the same numbers as the planner.
 */
export function fieldsFromSchedule(schedule: Pick<Schedule, 'plan' | 'totals' | 'contactMoments'>): AgreementFields {
  const { plan, totals } = schedule;
  const fields: AgreementFields = { 'period.start': plan.start, 'period.end': plan.end };
  const hours = plan.totalHours ?? Math.round(totals.plannedHours);
  if (hours > 0) fields['period.totalHours'] = String(hours);
  const week = longestPeriod(plan)?.week;
  if (week) {
    const daysOf = (...types: DayType[]) => WEEKDAYS.filter((day: Weekday) => types.includes(week[day]));
    const workDays = daysOf('company', 'remote');
    if (workDays.length) {
      fields['period.daysPerWeek'] = String(workDays.length);
      fields['period.hoursPerWeek'] = String(Math.round(workDays.length * plan.hoursPerDay * 100) / 100);
    }
    for (const [id, type] of [['period.officeDays', 'company'], ['period.remoteDays', 'remote'], ['period.schoolDays', 'school']] as const) {
      const days = daysOf(type);
      if (days.length) fields[id] = days.join(',');
    }
  }
  const contactFields = { start: 'supervision.contactStart', mid: 'supervision.contactMiddle', final: 'supervision.contactEnd' } as const;
  for (const moment of schedule.contactMoments) if (moment.date) fields[contactFields[moment.kind]] = moment.date;
  if (plan.places.company) fields['place.address'] = plan.places.company;
  return fields;
}

function longestPeriod(plan: SchedulePlan) {
  const length = (period: { start: string; end: string }) => dayNumber(period.end) - dayNumber(period.start);
  return [...plan.periods].sort((a, b) => length(b) - length(a))[0];
}
