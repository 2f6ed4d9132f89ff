/**
 * Dutch public holidays for any year, computed (nothing to update each year). Which of them are days
 * off is a setting: the law names them, but CAOs and schools differ on Goede Vrijdag and 5 May.
 */
export const HOLIDAYS = [
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
] as const;
export type HolidayId = (typeof HOLIDAYS)[number];

export interface Holiday {
  id: HolidayId;
  /** ISO day. */
  date: string;
}

export interface DaysOffSettings {
  /** Goede Vrijdag is a day off in some CAOs only. */
  goedeVrijdag: boolean;
  /** 5 May: every year, only every fifth year (2025, 2030, …) as many CAOs say, or never. */
  bevrijdingsdag: 'every-year' | 'every-fifth-year' | 'never';
}

/** A starting point that the user changes where their CAO or school says otherwise. */
export const DEFAULT_DAYS_OFF: DaysOffSettings = { goedeVrijdag: false, bevrijdingsdag: 'every-fifth-year' };

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/**
 * The King's birthday: 27 April since 2014, the Saturday before when the 27th is a Sunday. Before
 * 2014 it was Koninginnedag, 30 April (from 1980 moved to the 29th when the 30th was a Sunday).
 */
function koningsdag(year: number): Date {
  const day = year >= 2014 ? utc(year, 4, 27) : utc(year, 4, 30);
  return day.getUTCDay() === 0 ? plusDays(day, -1) : day;
}

/** Every Dutch public holiday of a year, in date order. */
export function dutchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const days: [HolidayId, Date][] = [
    ['nieuwjaarsdag', utc(year, 1, 1)],
    ['goede-vrijdag', plusDays(easter, -2)],
    ['eerste-paasdag', easter],
    ['tweede-paasdag', plusDays(easter, 1)],
    ['koningsdag', koningsdag(year)],
    ['bevrijdingsdag', utc(year, 5, 5)],
    ['hemelvaartsdag', plusDays(easter, 39)],
    ['eerste-pinksterdag', plusDays(easter, 49)],
    ['tweede-pinksterdag', plusDays(easter, 50)],
    ['eerste-kerstdag', utc(year, 12, 25)],
    ['tweede-kerstdag', utc(year, 12, 26)],
  ];
  return days.map(([id, date]) => ({ id, date: iso(date) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The public holidays that are days off under the settings, from `start` to `end` (ISO days, inclusive). */
export function holidaysOff(start: string, end: string, settings: DaysOffSettings = DEFAULT_DAYS_OFF): Holiday[] {
  const off: Holiday[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (const holiday of dutchPublicHolidays(year)) {
      if (holiday.date < start || holiday.date > end) continue;
      if (holiday.id === 'goede-vrijdag' && !settings.goedeVrijdag) continue;
      if (holiday.id === 'bevrijdingsdag' && (settings.bevrijdingsdag === 'never' || (settings.bevrijdingsdag === 'every-fifth-year' && year % 5 !== 0))) continue;
      off.push(holiday);
    }
  }
  return off;
}
