import { isValidIsoDate } from '../dates/partial-date.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import { dayNumber } from './day-numbers.js';
import { defaultPeriodFrom, standardPeriodFrom, type NewPlanOptions } from './edit.js';
import { isWithin, MAX_PLAN_DAYS, SCHEDULE_LIMITS, SCHEDULE_MODELS, type ScheduleModel, type WeekPattern } from './model.js';
import { parseWeek, type WeekProblem } from './week.js';

/** The planner's attributes as a page writes them. */
export interface PlannerAttributes {
  start?: string | null;
  end?: string | null;
  hoursPerDay?: string | null;
  totalHours?: string | null;
  model?: string | null;
  week?: string | null;
}

/** A value that could not be used; `key` names the problem in the validation messages. */
export type AttributeProblem =
  | { attribute: 'start' | 'end' | 'hours-per-day' | 'total-hours' | 'model'; value: string; key: string; params?: Record<string, string | number> }
  | { attribute: 'week'; value: string; key: 'week'; pair: string; problem: WeekProblem };

export const DEFAULT_HOURS_PER_DAY = 8;

const toNumber = (text: string) => parseDecimal(text);

/** Which model fits a week best when the page gives a week but no model. */
function modelFor(week: WeekPattern): ScheduleModel {
  const types = new Set(Object.values(week));
  if (types.has('remote')) return 'hybrid';
  if (types.has('school')) return 'lint';
  return 'blok';
}

/**
 * Reads the planner's attributes into the options for a new plan. Every value that cannot be used
 * is reported and replaced by a default, so the planner always works.
 */
export function planOptionsFromAttributes(attributes: PlannerAttributes, today: string): { options: NewPlanOptions; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const fallback = defaultPeriodFrom(today);
  const date = (attribute: 'start' | 'end', value: string | null | undefined) => {
    if (value == null || value === '') return undefined;
    if (isValidIsoDate(value.trim())) return value.trim();
    problems.push({ attribute, value, key: 'iso-date' });
    return undefined;
  };
  let start = date('start', attributes.start);
  let end = date('end', attributes.end);
  if (start && end && end < start) {
    problems.push({ attribute: 'end', value: end, key: 'end-before-start' });
    end = undefined;
  }
  if (!start) start = end && end < fallback.start ? end : fallback.start;
  // Also against the default start: end="9999-12-31" alone made a plan of millions of days.
  if (end && dayNumber(end) - dayNumber(start) >= MAX_PLAN_DAYS) {
    problems.push({ attribute: 'end', value: end, key: 'plan-too-long', params: { maximum: MAX_PLAN_DAYS } });
    end = undefined;
  }
  end ??= start === fallback.start ? fallback.end : standardPeriodFrom(start).end;

  let hoursPerDay = DEFAULT_HOURS_PER_DAY;
  if (attributes.hoursPerDay != null && attributes.hoursPerDay !== '') {
    const value = toNumber(attributes.hoursPerDay);
    if (isWithin(value, SCHEDULE_LIMITS.hoursPerDay)) hoursPerDay = value;
    else problems.push({ attribute: 'hours-per-day', value: attributes.hoursPerDay, key: 'number-range', params: { ...SCHEDULE_LIMITS.hoursPerDay } });
  }
  let totalHours: number | undefined;
  if (attributes.totalHours != null && attributes.totalHours !== '') {
    const value = toNumber(attributes.totalHours);
    if (isWithin(value, SCHEDULE_LIMITS.totalHours)) totalHours = value;
    else problems.push({ attribute: 'total-hours', value: attributes.totalHours, key: 'number-range', params: { ...SCHEDULE_LIMITS.totalHours } });
  }
  let week: WeekPattern | undefined;
  if (attributes.week != null && attributes.week.trim() !== '') {
    const parsed = parseWeek(attributes.week);
    for (const problem of parsed.problems) problems.push({ attribute: 'week', value: attributes.week, key: 'week', ...problem });
    if (parsed.problems.length < attributes.week.split(/[,;\s]+/).filter(Boolean).length) week = parsed.week;
  }
  let model: ScheduleModel | undefined;
  if (attributes.model != null && attributes.model !== '') {
    const value = attributes.model.trim().toLowerCase();
    if ((SCHEDULE_MODELS as readonly string[]).includes(value)) model = value as ScheduleModel;
    else problems.push({ attribute: 'model', value: attributes.model, key: 'invalid_value', params: { values: SCHEDULE_MODELS.join(', ') } });
  }
  model ??= week ? modelFor(week) : 'lint';
  return { options: { start, end, hoursPerDay, ...(totalHours === undefined ? {} : { totalHours }), model, ...(week ? { week } : {}) }, problems };
}
