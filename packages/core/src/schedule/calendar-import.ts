import { isValidIsoDate } from '../dates/partial-date.js';
import { dayNumber, isoDay } from './day-numbers.js';
import type { CalendarEntry, CalendarKind } from './model.js';

/** Counted in characters (UTF-16 units): far above any school calendar, below what would freeze a page. */
export const MAX_CALENDAR_FILE_BYTES = 1_000_000;

export interface CalendarImport {
  entries: CalendarEntry[];
  /** Lines or items that could not be read, numbered from 1, for the message to the user. */
  rejected: number[];
}

export type CalendarImportResult = ({ ok: true } & CalendarImport) | { ok: false; reason: 'too-large' | 'empty' | 'not-json' };

/** "2026-10-19", "19-10-2026" or "19/10/2026" (the Dutch order) as an ISO day; undefined otherwise. */
function readDate(text: string | undefined): string | undefined {
  const value = text?.trim() ?? '';
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value.slice(0, 10);
  return isValidIsoDate(iso) ? iso : undefined;
}

const cleanLabel = (text: unknown): string => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, 120) : '');

function entry(start: string | undefined, end: string | undefined, label: string, kind: CalendarKind, fallbackLabel: string): CalendarEntry | undefined {
  if (!start) return undefined;
  const last = end ?? start;
  if (last < start) return undefined;
  return { start, end: last, kind, label: label || fallbackLabel };
}

function fromJson(text: string, kind: CalendarKind, fallbackLabel: string): CalendarImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const list = Array.isArray(data) ? data : Array.isArray((data as { entries?: unknown })?.entries) ? (data as { entries: unknown[] }).entries : [];
  const entries: CalendarEntry[] = [];
  const rejected: number[] = [];
  list.forEach((item, index) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const ownKind = record.kind === 'holiday' || record.kind === 'school-week' ? record.kind : kind;
    const read = entry(
      readDate(String(record.start ?? record.date ?? '')),
      record.end === undefined ? undefined : readDate(String(record.end)),
      cleanLabel(record.label ?? record.name ?? record.summary),
      ownKind,
      fallbackLabel,
    );
    if (read && (record.end === undefined || readDate(String(record.end)))) entries.push(read);
    else rejected.push(index + 1);
  });
  return { ok: true, entries, rejected };
}

let amsterdam: Intl.DateTimeFormat | undefined;

/**
 * The day (and whether it is midnight) of an iCalendar DATE or DATE-TIME, in Dutch time: a UTC time
 * (`…T230000Z`) is converted, a local or TZID time is taken as written.
 */
function localDay(value: string): { day: string | undefined; midnight: boolean } {
  const utc = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (utc) {
    const [, y, m, d, hh, mm, ss] = utc.map(Number) as number[];
    amsterdam ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const parts = Object.fromEntries(amsterdam.formatToParts(new Date(Date.UTC(y!, m! - 1, d!, hh!, mm!, ss!))).map((part) => [part.type, part.value]));
    return { day: readDate(`${parts.year}-${parts.month}-${parts.day}`), midnight: parts.hour === '00' && parts.minute === '00' };
  }
  return { day: readDate(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`), midnight: /^\d{8}$|T000000$/.test(value) };
}

/** Unfolds RFC 5545 lines and reads each VEVENT's DTSTART, DTEND and SUMMARY. */
function fromICalendar(text: string, kind: CalendarKind, fallbackLabel: string): CalendarImportResult {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const entries: CalendarEntry[] = [];
  const rejected: number[] = [];
  let event: Record<string, { value: string; params: string }> | undefined;
  let count = 0;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      event = {};
      count++;
    } else if (line === 'END:VEVENT' && event) {
      const start = event.DTSTART;
      const end = event.DTEND;
      const startDay = start ? localDay(start.value).day : undefined;
      const endLocal = end ? localDay(end.value) : undefined;
      let endDay = endLocal ? endLocal.day : startDay;
      // An all-day DTEND, or a timed one at midnight, is the day after the last day (RFC 5545 §3.6.1).
      const endsAtMidnight = /VALUE=DATE(?!-)/.test(end?.params ?? '') || !!endLocal?.midnight;
      if (end && endDay && endsAtMidnight && endDay > (startDay ?? '')) endDay = isoDay(dayNumber(endDay) - 1);
      // One pass, so an escaped backslash before an "n" stays a backslash (RFC 5545 §3.3.11).
      const summary = (event.SUMMARY?.value ?? '').replace(/\\([,;\\nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? ' ' : char));
      const read = entry(startDay, endDay, cleanLabel(summary), kind, fallbackLabel);
      if (read) entries.push(read);
      else rejected.push(count);
      event = undefined;
    } else if (event) {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (match) event[match[1]!] = { params: match[2]!, value: match[3]! };
    }
  }
  return { ok: true, entries, rejected };
}

/** One entry per line: `start, end, label` (comma, semicolon or tab), or `date label` for one day. */
function fromLines(text: string, kind: CalendarKind, fallbackLabel: string): CalendarImportResult {
  const entries: CalendarEntry[] = [];
  const rejected: number[] = [];
  let firstLine = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const header = firstLine;
    firstLine = false;
    const cells = line.split(/[,;\t]/).map((cell) => cell.trim());
    let read: CalendarEntry | undefined;
    if (cells.length >= 2) {
      const end = readDate(cells[1]);
      read = end ? entry(readDate(cells[0]), end, cleanLabel(cells.slice(2).join(', ')), kind, fallbackLabel) : entry(readDate(cells[0]), undefined, cleanLabel(cells.slice(1).join(', ')), kind, fallbackLabel);
    } else {
      const [first, ...rest] = line.split(/\s+/);
      read = entry(readDate(first), undefined, cleanLabel(rest.join(' ')), kind, fallbackLabel);
    }
    // A header line ("start,end,label") is skipped, not reported.
    if (read) entries.push(read);
    else if (!(header && /[a-z]/i.test(cells[0] ?? ''))) rejected.push(index + 1);
  });
  return { ok: true, entries, rejected };
}

/**
 * A school's holiday or school-week list: an iCalendar file, JSON (a list of `{start, end, label}`)
 * or lines of text. `kind` is what the entries are, unless a JSON item says otherwise.
 */
export function importCalendar(text: string, kind: CalendarKind, fallbackLabel: string): CalendarImportResult {
  if (text.length > MAX_CALENDAR_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const result = trimmed.startsWith('BEGIN:VCALENDAR')
    ? fromICalendar(trimmed, kind, fallbackLabel)
    : trimmed.startsWith('[') || trimmed.startsWith('{')
      ? fromJson(trimmed, kind, fallbackLabel)
      : fromLines(body, kind, fallbackLabel); // untrimmed, so rejected lines keep the file's line numbers
  if (result.ok && !result.entries.length && !result.rejected.length) return { ok: false, reason: 'empty' };
  return result;
}
