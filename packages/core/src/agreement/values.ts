import { isValidIsoDate } from '../dates/partial-date.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import { AGREEMENT_WEEKDAYS, type FieldDefinition } from './fields.js';

/**
 * Reading typed values. The agreement keeps text as typed; these helpers read a value as what its
 * kind says (a number, a list of weekdays) and give the canonical spelling used for the fingerprint
 * and the diff, so "32,5" and "32.5" or "mon, tue" and "tue,mon" count as the same content.
 */

/** Line endings, runs of spaces and blank lines are formatting, not content. */
export function canonicalText(value: string): string {
  return value
    .normalize('NFC')
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function readWeekdays(value: string): string[] {
  return value
    .split(',')
    .map((day) => day.trim().toLowerCase())
    .filter((day) => day.length > 0);
}

export function isWeekdayList(value: string): boolean {
  const days = readWeekdays(value);
  return days.length > 0 && days.every((day) => (AGREEMENT_WEEKDAYS as readonly string[]).includes(day)) && new Set(days).size === days.length;
}

/** Euros as typed: "400", "400,50", "400.5"; at most two decimals after a comma. */
export const readMoney = (value: string): number => parseDecimal(value, 2);

/** The canonical spelling of a value of this kind; text that does not parse stays as normalized text. */
export function canonicalValue(field: FieldDefinition | undefined, value: string): string {
  const text = canonicalText(value);
  if (!field) return text;
  switch (field.kind) {
    case 'number':
    case 'money': {
      const number = field.kind === 'money' ? readMoney(text) : parseDecimal(text);
      return Number.isFinite(number) ? String(number) : text;
    }
    case 'email':
      return text.toLowerCase();
    case 'weekdays':
      return isWeekdayList(text) ? AGREEMENT_WEEKDAYS.filter((day) => readWeekdays(text).includes(day)).join(',') : text;
    case 'phone':
    case 'code':
      return text.replace(/\s+/g, '');
    default:
      return text;
  }
}

/** Whole years between a birth date and a day, both ISO dates. */
export function ageOn(birthDate: string, day: string): number | undefined {
  if (!isValidIsoDate(birthDate) || !isValidIsoDate(day)) return undefined;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
