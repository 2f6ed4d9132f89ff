/**
 * Days as whole numbers (days since 1970-01-01, UTC). A plan walks hundreds of days; integers keep
 * that fast and free of time-zone and daylight-saving surprises.
 */
const MS_PER_DAY = 86_400_000;

export function dayNumber(isoDay: string): number {
  return Math.round(Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the day's week. */
export function mondayOf(day: number): number {
  return day - weekdayIndex(day);
}

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = mondayOf(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const firstThursday = dayNumber(`${year}-01-04`);
  return { year, week: Math.floor((thursday - mondayOf(firstThursday) - 3) / 7) + 1 };
}
