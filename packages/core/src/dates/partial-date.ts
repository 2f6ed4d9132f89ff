/**
 * Dates in datasets are often only as precise as their source: a year ("2024"), a month ("2026-11")
 * or a day ("2023-01-01"). Keeping that precision avoids inventing a day the source never gave.
 */
export type PartialDate = string;

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function isValidPartialDate(date: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(date)) return false;
  if (precisionOf(date) !== 'day') return true;
  return isValidIsoDate(date);
}

/** A real calendar day (rejects 2023-02-30). */
export function isValidIsoDate(date: string): boolean {
  if (!ISO_DATE_PATTERN.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day the partial date can stand for ("2022" → 2022-12-31). */
export function latestDayOf(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  const month = m ?? '12';
  const day = d ?? String(daysInMonth(Number(y), Number(month))).padStart(2, '0');
  return `${y}-${month}-${day}`;
}

/** The first day the partial date can stand for ("2022" → 2022-01-01). */
export function earliestDayOf(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}

/** Adds whole calendar months to an ISO day, clamping to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today as an ISO day in the user's own time zone. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
