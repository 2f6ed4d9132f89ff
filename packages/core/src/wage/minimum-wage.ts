import { addMonths } from '../dates/partial-date.js';
import type { Source } from '../sources/source.js';
import type { MinimumWageTable } from './schema.js';

export interface HourlyMinimumWage {
  euros: number;
  /** The date the figure took effect. */
  from: string;
  source: Source;
  scale: 'adult' | 'youth' | 'bbl';
  /** The reference date lies past the next indexation date after `from`: a newer figure may apply. */
  mayBeOutdated: boolean;
}

/**
 * The statutory hourly minimum for an age at a reference date, as published in the table; no
 * percentage is applied by us. Undefined when the table has no figure (under 15, before the table).
 */
export function hourlyMinimumWage(table: MinimumWageTable, age: number, referenceDate: string, bblContract = false): HourlyMinimumWage | undefined {
  if (!Number.isInteger(age) || age < 15) return undefined;
  const period = [...table.periods].sort((a, b) => (a.from < b.from ? 1 : -1)).find((p) => p.from <= referenceDate);
  if (!period) return undefined;
  const key = String(Math.min(age, 21)) as keyof typeof period.hourly;
  const useBbl = bblContract && age >= 18 && age <= 20;
  const euros = useBbl ? period.bbl[key] : period.hourly[key];
  if (euros === undefined) return undefined;
  return {
    euros,
    from: period.from,
    source: period.source,
    scale: useBbl ? 'bbl' : age >= 21 ? 'adult' : 'youth',
    mayBeOutdated: addMonths(period.from, table.indexationMonths) <= referenceDate,
  };
}

/** Hours a week to a month: × 52 weeks ÷ 12 months, in cents. */
export function monthlyCents(hourlyEuros: number, hoursPerWeek: number): number {
  return Math.round((hourlyEuros * 100 * hoursPerWeek * 52) / 12);
}
