import { dayNumber, isoDay } from './day-numbers.js';
import type { ContactKind } from './model.js';
import type { Schedule } from './schedule.js';

export interface ICalendarTexts {
  calendarName: string;
  contact: Record<ContactKind, string>;
  /** Shown in the contact moments' descriptions. */
  contactDescription: string;
  checkIn: string;
  day: Record<'company' | 'remote' | 'school', string>;
}

export interface ICalendarOptions {
  texts: ICalendarTexts;
  /** Also each work and school day as an all-day event with its location. */
  includeWorkdays?: boolean;
  /** DTSTAMP: when the file was made. */
  now?: Date;
}

const TIME_ZONE = 'Europe/Amsterdam';

/** Europe/Amsterdam since 1996 (EU rules): what Outlook needs to place TZID times. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space, never inside a character (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (date: string) => date.replaceAll('-', '');

/** A local date-time plus minutes, as iCalendar's "floating with TZID" form. */
function localDateTime(date: string, time: string, addMinutes = 0): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + addMinutes;
  const day = isoDay(dayNumber(date) + Math.floor(total / 1440));
  const minutes = total % 1440;
  return `${compactDay(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * The plan as an iCalendar file: the contact moments and weekly check-ins as timed events in
 * Europe/Amsterdam time, and optionally every work and school day as an all-day event.
 * UIDs are stable per plan and moment, so importing a newer version updates the events.
 */
export function toICalendar(schedule: Schedule, options: ICalendarOptions): string {
  const { plan } = schedule;
  const { texts } = options;
  const stamp = utcStamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Stagekit//Schedule planner//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(texts.calendarName)}`, `X-WR-TIMEZONE:${TIME_ZONE}`, ...VTIMEZONE);

  const timed = (uid: string, date: string, time: string, minutes: number, summary: string, description?: string, location?: string) => {
    lines.push('BEGIN:VEVENT', `UID:${uid}@stagekit`, `DTSTAMP:${stamp}`);
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${localDateTime(date, time)}`, `DTEND;TZID=${TIME_ZONE}:${localDateTime(date, time, minutes)}`);
    lines.push(`SUMMARY:${escapeText(summary)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    lines.push('END:VEVENT');
  };

  for (const moment of schedule.contactMoments) {
    if (moment.date) timed(`${plan.id}-contact-${moment.kind}`, moment.date, moment.time, moment.minutes, texts.contact[moment.kind], texts.contactDescription, plan.places.company);
  }
  for (const checkIn of schedule.checkIns) {
    timed(`${plan.id}-check-in-${compactDay(checkIn.date)}`, checkIn.date, checkIn.time, checkIn.minutes, texts.checkIn, undefined, plan.places.company);
  }
  if (options.includeWorkdays) {
    for (const day of schedule.days) {
      if (day.type === 'off') continue;
      const location = day.type === 'company' ? plan.places.company : day.type === 'school' ? plan.places.school : undefined;
      lines.push('BEGIN:VEVENT', `UID:${plan.id}-day-${compactDay(day.date)}@stagekit`, `DTSTAMP:${stamp}`);
      lines.push(`DTSTART;VALUE=DATE:${compactDay(day.date)}`, `DTEND;VALUE=DATE:${compactDay(isoDay(day.day + 1))}`);
      lines.push(`SUMMARY:${escapeText(texts.day[day.type])}`, 'TRANSP:TRANSPARENT');
      if (location) lines.push(`LOCATION:${escapeText(location)}`);
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
