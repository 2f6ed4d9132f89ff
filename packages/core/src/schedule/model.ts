import type { DaysOffSettings } from '../dates/holidays.js';

/** A plan longer than this is most likely a typing error in a year. */
export const MAX_PLAN_DAYS = 3 * 366;

/**
 * The ranges a plan's numbers must be in: one place for the schema, the attribute reader, the form
 * and its `min`/`max`, so they cannot drift apart.
 */
export const SCHEDULE_LIMITS = {
  hoursPerDay: { minimum: 0.5, maximum: 24 },
  totalHours: { minimum: 1, maximum: 10_000 },
  minutes: { minimum: 5, maximum: 480 },
  onboardingWeeks: { minimum: 0, maximum: 8 },
} as const;

/** HH:MM, 00:00 to 23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isWithin = (value: number, range: { minimum: number; maximum: number }): boolean =>
  Number.isFinite(value) && value >= range.minimum && value <= range.maximum;

/** The standard week runs Monday to Sunday; attribute values use these short names. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Where the student is on a day: at the company, working remotely, at school, or not working. */
export const DAY_TYPES = ['company', 'remote', 'school', 'off'] as const;
export type DayType = (typeof DAY_TYPES)[number];
export type WeekPattern = Record<Weekday, DayType>;

/**
 * lint: fixed company days with school days in between; blok: full weeks at the company;
 * hybrid: per weekday company, remote, school or off; modular: short projects, each with its own dates.
 */
export const SCHEDULE_MODELS = ['lint', 'blok', 'hybrid', 'modular'] as const;
export type ScheduleModel = (typeof SCHEDULE_MODELS)[number];

/** A part of the internship with one model and one standard week. */
export interface SchedulePeriod {
  id: string;
  model: ScheduleModel;
  /** ISO days, inclusive. */
  start: string;
  end: string;
  week: WeekPattern;
  /** The project's name (modular) or a label the user chose. */
  name?: string;
}

/** A school holiday or company closure (days off), or a school week (the student is at school). */
export const CALENDAR_KINDS = ['holiday', 'school-week'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export interface CalendarEntry {
  start: string;
  end: string;
  kind: CalendarKind;
  label: string;
}

/**
 * A change to one day that leaves the standard week alone: sick, a day off, an extra work day, or a
 * swap with another day (each gets the other's plan).
 */
export const OVERRIDE_KINDS = ['sick', 'off', 'extra', 'swap'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];
export interface DayOverride {
  date: string;
  kind: OverrideKind;
  /** For `extra`: where the extra day is worked. */
  type?: 'company' | 'remote';
  /** For `swap`: the other day. */
  with?: string;
}

/** The three contact moments between student, school and company (Stagepact mbo). */
export const CONTACT_KINDS = ['start', 'mid', 'final'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface SupervisionSettings {
  /** The preferred day for the weekly check-in with the praktijkopleider. */
  checkInDay: Weekday;
  /** HH:MM, local time in the Netherlands. */
  checkInTime: string;
  checkInMinutes: number;
  /** The days the praktijkopleider is at the company: a check-in needs both there. */
  supervisorDays: Weekday[];
  contactTime: string;
  contactMinutes: number;
  /** The first weeks, counted from the first work day, that are onboarding. */
  onboardingWeeks: number;
  /** Onboarding on site: remote days in the onboarding weeks become company days. */
  onboardingOnSite: boolean;
}

export interface SchedulePlan {
  id: string;
  title: string;
  start: string;
  end: string;
  hoursPerDay: number;
  /** The total hours agreed (e.g. in the praktijkovereenkomst), if the plan should reach them. */
  totalHours?: number;
  periods: SchedulePeriod[];
  daysOff: DaysOffSettings;
  calendar: CalendarEntry[];
  overrides: DayOverride[];
  supervision: SupervisionSettings;
  /** Dates the users chose; a kind without a date is placed automatically. */
  contactMoments: Partial<Record<ContactKind, string>>;
  /** Addresses for the calendar export; optional. */
  places: { company?: string; school?: string };
}

/** A starting point for each model's standard week, which the user then changes. */
export const DEFAULT_WEEKS: Record<ScheduleModel, WeekPattern> = {
  lint: { mon: 'company', tue: 'company', wed: 'company', thu: 'school', fri: 'school', sat: 'off', sun: 'off' },
  blok: { mon: 'company', tue: 'company', wed: 'company', thu: 'company', fri: 'company', sat: 'off', sun: 'off' },
  hybrid: { mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school', sat: 'off', sun: 'off' },
  modular: { mon: 'company', tue: 'company', wed: 'company', thu: 'company', fri: 'school', sat: 'off', sun: 'off' },
};

export const DEFAULT_SUPERVISION: SupervisionSettings = {
  checkInDay: 'mon',
  checkInTime: '09:00',
  checkInMinutes: 30,
  supervisorDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  contactTime: '10:00',
  contactMinutes: 60,
  onboardingWeeks: 1,
  onboardingOnSite: true,
};
