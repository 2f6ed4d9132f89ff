import { z } from 'zod/mini';
import { isValidIsoDate } from '../dates/partial-date.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import { isWholeCents } from '../money/money.js';
import { AGREEMENT_STEPS, clausesFor, requiredFields, stepFields, type AgreementStep } from './catalogue.js';
import { clauseApplies } from './completeness.js';
import { fieldDefinition, fieldOptions, type FieldDefinition } from './fields.js';
import { AGREEMENT_LIMITS, type AgreementFields, type Regime } from './model.js';
import { ageOn, isWeekdayList, readMoney } from './values.js';

/**
 * The rules for each step. Zod checks each field's form (an e-mail address, a date, a number in
 * range); a few rules look across fields (the end after the start). Empty is allowed, except for
 * what the law requires in this step: the completeness panel lists the rest. Each problem carries a
 * message key for the validation messages, never words.
 */
export interface FieldIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const rule = (test: (value: string) => boolean, message: string, params?: Record<string, string | number>) =>
  z.string().check(z.refine(test, { message, params }));

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** The zod rule for one field's value (a non-empty string). */
export function fieldRule(field: FieldDefinition, regime: Regime) {
  switch (field.kind) {
    case 'text':
      return rule((value) => value.length <= AGREEMENT_LIMITS.shortText, 'too-long', { maximum: AGREEMENT_LIMITS.shortText });
    case 'long-text':
      return rule((value) => value.length <= AGREEMENT_LIMITS.longText, 'too-long', { maximum: AGREEMENT_LIMITS.longText });
    case 'email':
      return rule((value) => value.length <= AGREEMENT_LIMITS.shortText && EMAIL.test(value.trim()), 'email');
    case 'phone':
      return rule((value) => PHONE.test(value.trim()), 'phone');
    case 'date':
      return rule((value) => isValidIsoDate(value.trim()), 'iso-date');
    case 'number': {
      const [minimum, maximum] = field.range ?? [0, Number.MAX_SAFE_INTEGER];
      return rule(
        (value) => {
          const number = parseDecimal(value);
          return Number.isFinite(number) && number >= minimum && number <= maximum;
        },
        'number-range',
        { minimum, maximum },
      );
    }
    case 'money':
      return rule(
        (value) => {
          const euros = readMoney(value);
          return Number.isFinite(euros) && euros >= 0 && euros <= 99_999 && isWholeCents(euros);
        },
        'money',
      );
    case 'code':
      return rule((value) => new RegExp(`^\\d{${field.digits ?? 1}}$`).test(value.replace(/\s+/g, '')), 'digits', { count: field.digits ?? 1 });
    case 'choice': {
      const options = fieldOptions(field, regime);
      return rule((value) => options.includes(value), 'choice');
    }
    case 'weekdays':
      return rule(isWeekdayList, 'weekday-list');
    case 'confirm':
      return rule((value) => value === 'yes', 'confirm');
  }
}

function formIssues(regime: Regime, ids: readonly string[], fields: AgreementFields): FieldIssue[] {
  const shape: Record<string, ReturnType<typeof fieldRule>> = {};
  const values: Record<string, string> = {};
  for (const id of ids) {
    const field = fieldDefinition(id);
    const value = fields[id];
    if (!field || value === undefined || value.trim() === '') continue;
    shape[id] = fieldRule(field, regime);
    values[id] = value;
  }
  const parsed = z.object(shape).safeParse(values);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: String(issue.path[0]),
    key: issue.message,
    params: (issue as { params?: Record<string, string | number> }).params,
  }));
}

/** Rules across fields, each reported at the field the user should change. */
function crossFieldIssues(ids: readonly string[], fields: AgreementFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const has = (id: string) => ids.includes(id);
  const start = fields['period.start'] ?? '';
  const end = fields['period.end'] ?? '';
  const bothDates = isValidIsoDate(start) && isValidIsoDate(end);
  if (has('period.end') && bothDates && end < start) issues.push({ field: 'period.end', key: 'end-before-start' });
  for (const id of ['supervision.contactStart', 'supervision.contactMiddle', 'supervision.contactEnd']) {
    const day = fields[id] ?? '';
    if (has(id) && bothDates && isValidIsoDate(day) && (day < start || day > end)) issues.push({ field: id, key: 'contact-outside-period' });
  }
  const birthDate = fields['student.birthDate'] ?? '';
  if (has('student.birthDate') && isValidIsoDate(birthDate)) {
    const age = ageOn(birthDate, isValidIsoDate(start) ? start : new Date().toISOString().slice(0, 10));
    if (age === undefined || age < 12 || age > 100) issues.push({ field: 'student.birthDate', key: 'birth-date' });
  }
  return issues;
}

/** Empty fields that the law requires now, in the given fields. */
function missingByLaw(regime: Regime, ids: readonly string[], fields: AgreementFields): FieldIssue[] {
  const wanted = new Set(ids);
  return clausesFor(regime)
    .filter((clause) => clause.status[regime] === 'law' && clauseApplies(clause, fields))
    .flatMap((clause) => requiredFields(clause, regime))
    .filter((id) => wanted.has(id) && !(fields[id] ?? '').trim())
    .map((id) => ({ field: id, key: 'required-by-law' }));
}

/** Every problem in one step, in form order. */
export function validateStep(regime: Regime, step: AgreementStep, fields: AgreementFields): FieldIssue[] {
  const ids = stepFields(step, regime);
  const issues = [...missingByLaw(regime, ids, fields), ...formIssues(regime, ids, fields), ...crossFieldIssues(ids, fields)];
  const order = (issue: FieldIssue) => ids.indexOf(issue.field);
  // One problem per field: the first one found is what the user fixes first.
  const seen = new Set<string>();
  return issues
    .sort((a, b) => order(a) - order(b))
    .filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)));
}

/** Every problem in the whole agreement, per step (steps without problems are left out). */
export function validateAgreement(regime: Regime, fields: AgreementFields): { step: AgreementStep; issues: FieldIssue[] }[] {
  return AGREEMENT_STEPS.map((step) => ({ step, issues: validateStep(regime, step, fields) })).filter((entry) => entry.issues.length > 0);
}
