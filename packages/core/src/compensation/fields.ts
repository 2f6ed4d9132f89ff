import type { $ZodIssue } from 'zod/v4/core';
import { compensationInputSchema, type CompensationInput } from './input.js';
import { parseDecimal } from '../i18n/parse-decimal.js';

/** The checker's fields, in form order; attribute names are their kebab-case (`stage-type`). */
export const COMPENSATION_FIELDS = [
  'level',
  'stageType',
  'start',
  'end',
  'weeks',
  'hours',
  'days',
  'age',
  'location',
  'employmentContract',
  'cao',
  'offered',
  'learningPlan',
  'supervisor',
  'replacesStaff',
  'mainlyProductive',
  'graduated',
] as const;
export type CompensationField = (typeof COMPENSATION_FIELDS)[number];
/** Field values as typed or written in attributes: strings, `yes`/`no` for questions. */
export type FieldValues = Partial<Record<CompensationField, string>>;

export const REQUIRED_FIELDS: readonly CompensationField[] = ['level', 'stageType', 'hours', 'age', 'location', 'offered'];
const NUMBERS = new Set<CompensationField>(['weeks', 'hours', 'days', 'age', 'offered']);
const ANSWERS = new Set<CompensationField>(['employmentContract', 'learningPlan', 'supervisor', 'replacesStaff', 'mainlyProductive', 'graduated']);

export const attributeName = (field: CompensationField): string => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** "350,50" and "350.50" are both € 350.50; anything else that is no number stays invalid. */
const toNumber = (text: string): number => parseDecimal(text, 2);

export type FieldsOutcome =
  | { ok: true; input: CompensationInput }
  | { ok: false; issues: { field: CompensationField | null; issue: $ZodIssue }[] };

/** Turns field values into a checked input; a problem is reported at its field, never thrown. */
export function inputFromFields(values: FieldValues): FieldsOutcome {
  const raw: Record<string, unknown> = {};
  for (const field of COMPENSATION_FIELDS) {
    const value = values[field]?.trim();
    if (!value) continue;
    if (NUMBERS.has(field)) raw[field] = toNumber(value);
    else if (ANSWERS.has(field)) raw[field] = value === 'yes' ? true : value === 'no' ? false : value;
    else raw[field] = value;
  }
  const parsed = compensationInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const field = issue.path[0];
      return { field: (COMPENSATION_FIELDS as readonly unknown[]).includes(field) ? (field as CompensationField) : null, issue };
    }),
  };
}

/** The reverse: an input object (e.g. the element's `input` property) as field values. */
export function fieldsFromInput(input: Partial<Record<CompensationField, unknown>>): FieldValues {
  const values: FieldValues = {};
  for (const field of COMPENSATION_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    values[field] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  }
  return values;
}
