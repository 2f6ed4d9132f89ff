import { DAY_TYPES, WEEKDAYS, type DayType, type Weekday, type WeekPattern } from './model.js';

/** Dutch short names work as well, so a Dutch school can write `ma:bedrijf,di:school`. */
const DAY_ALIASES: Record<string, Weekday> = { ma: 'mon', di: 'tue', wo: 'wed', do: 'thu', vr: 'fri', za: 'sat', zo: 'sun' };
const TYPE_ALIASES: Record<string, DayType> = { bedrijf: 'company', thuis: 'remote', afstand: 'remote', vrij: 'off' };

export type WeekProblem = 'format' | 'day' | 'type' | 'duplicate';

export interface ParsedWeek {
  /** Days the text does not name are off. */
  week: WeekPattern;
  /** The pairs that could not be read; they are left out, the rest is used. */
  problems: { pair: string; problem: WeekProblem }[];
}

/** Reads a standard week written as `day:type` pairs, e.g. `mon:company,tue:remote,wed:school`. */
export function parseWeek(text: string): ParsedWeek {
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, 'off'])) as WeekPattern;
  const problems: ParsedWeek['problems'] = [];
  const seen = new Set<Weekday>();
  for (const raw of text.split(/[,;\s]+/)) {
    const pair = raw.trim();
    if (!pair) continue;
    const [dayText, typeText, ...rest] = pair.toLowerCase().split(':');
    if (!dayText || !typeText || rest.length) {
      problems.push({ pair, problem: 'format' });
      continue;
    }
    const day = (WEEKDAYS as readonly string[]).includes(dayText) ? (dayText as Weekday) : DAY_ALIASES[dayText];
    const type = (DAY_TYPES as readonly string[]).includes(typeText) ? (typeText as DayType) : TYPE_ALIASES[typeText];
    if (!day) problems.push({ pair, problem: 'day' });
    else if (!type) problems.push({ pair, problem: 'type' });
    else if (seen.has(day)) problems.push({ pair, problem: 'duplicate' });
    else {
      seen.add(day);
      week[day] = type;
    }
  }
  return { week, problems };
}

/** The attribute form of a week; days off are left out. */
export function formatWeek(week: WeekPattern): string {
  return WEEKDAYS.filter((day) => week[day] !== 'off')
    .map((day) => `${day}:${week[day]}`)
    .join(',');
}
