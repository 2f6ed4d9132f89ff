import type { Regime } from './model.js';

/**
 * How a field is typed and checked. Values are always strings; the kind says how to read them.
 * - text / long-text: free text (one line / several lines)
 * - email, phone, date (ISO yyyy-mm-dd), number (hours), money (euros, "400" or "400,50")
 * - code: digits only, `digits` long (crebo, CROHO, KvK)
 * - choice: one of `options`; weekdays: a comma list of mon…sun; confirm: "yes" or empty
 */
export type FieldKind = 'text' | 'long-text' | 'email' | 'phone' | 'date' | 'number' | 'money' | 'code' | 'choice' | 'weekdays' | 'confirm';

export interface FieldDefinition {
  id: string;
  kind: FieldKind;
  /** Only in these regimes (all when absent). */
  regimes?: readonly Regime[];
  /** For `choice`: the allowed values (their words are `option.<id>.<value>` messages). */
  options?: readonly string[] | Readonly<Partial<Record<Regime, readonly string[]>>>;
  /** For `code`: the number of digits. */
  digits?: number;
  /** For `number`: the allowed range. */
  range?: readonly [number, number];
  /** The HTML autocomplete token, so browsers can fill it. */
  autocomplete?: string;
  /** Has a hint under its label (message `hint.<id>`). */
  hint?: true;
}

const ALL_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const AGREEMENT_WEEKDAYS = ALL_WEEKDAYS;

const MBO_LEVELS = ['1', '2', '3', '4'] as const;

export const AGREEMENT_FIELDS: readonly FieldDefinition[] = [
  // Parties
  { id: 'student.name', kind: 'text', autocomplete: 'name' },
  { id: 'student.birthDate', kind: 'date', autocomplete: 'bday', hint: true },
  { id: 'student.number', kind: 'text' },
  { id: 'student.email', kind: 'email', autocomplete: 'email' },
  { id: 'student.phone', kind: 'phone', autocomplete: 'tel' },
  { id: 'student.address', kind: 'long-text', autocomplete: 'street-address' },
  { id: 'guardian.name', kind: 'text' },
  { id: 'guardian.email', kind: 'email' },
  { id: 'guardian.phone', kind: 'phone' },
  { id: 'school.name', kind: 'text' },
  { id: 'school.representative', kind: 'text' },
  { id: 'school.supervisorName', kind: 'text' },
  { id: 'school.supervisorEmail', kind: 'email' },
  { id: 'school.supervisorPhone', kind: 'phone' },
  { id: 'company.name', kind: 'text' },
  { id: 'company.kvk', kind: 'code', digits: 8, hint: true },
  { id: 'company.address', kind: 'long-text' },
  { id: 'company.representative', kind: 'text' },
  { id: 'company.sbbNumber', kind: 'text', regimes: ['mbo'], hint: true },
  { id: 'trainer.name', kind: 'text' },
  { id: 'trainer.email', kind: 'email' },
  { id: 'trainer.phone', kind: 'phone' },
  // Programme, type and goals
  { id: 'programme.name', kind: 'text' },
  {
    id: 'programme.level',
    kind: 'choice',
    options: { mbo: MBO_LEVELS, hbo: ['associate', 'bachelor', 'master'], wo: ['bachelor', 'master'] },
  },
  { id: 'programme.code', kind: 'code', digits: 5, hint: true },
  { id: 'programme.studyYear', kind: 'number', range: [1, 8] },
  { id: 'programme.pathway', kind: 'choice', options: { mbo: ['bol', 'bbl'], hbo: ['full-time', 'part-time', 'dual'], wo: ['full-time', 'part-time', 'dual'] } },
  { id: 'placement.kind', kind: 'choice', options: { mbo: ['stage', 'leerbaan'], hbo: ['orientation', 'professional', 'graduation'], wo: ['orientation', 'research', 'graduation'] } },
  { id: 'goals.qualification', kind: 'long-text', regimes: ['mbo'] },
  { id: 'goals.purpose', kind: 'long-text', regimes: ['hbo', 'wo'] },
  { id: 'goals.learning', kind: 'long-text' },
  { id: 'goals.plan', kind: 'text' },
  // Period, hours and place
  { id: 'period.start', kind: 'date' },
  { id: 'period.end', kind: 'date' },
  { id: 'period.totalHours', kind: 'number', range: [1, 10_000], hint: true },
  { id: 'period.hoursPerYear', kind: 'long-text', regimes: ['mbo'], hint: true },
  { id: 'period.hoursPerWeek', kind: 'number', range: [1, 60] },
  { id: 'period.daysPerWeek', kind: 'number', range: [1, 7] },
  { id: 'period.workingTimes', kind: 'text', hint: true },
  { id: 'period.officeDays', kind: 'weekdays' },
  { id: 'period.remoteDays', kind: 'weekdays' },
  { id: 'period.schoolDays', kind: 'weekdays' },
  { id: 'place.address', kind: 'long-text' },
  { id: 'place.remoteRules', kind: 'long-text' },
  { id: 'period.daysOff', kind: 'long-text' },
  // Supervision, contact moments, onboarding and expectations
  { id: 'supervision.company', kind: 'long-text' },
  { id: 'supervision.school', kind: 'long-text' },
  { id: 'supervision.contactStart', kind: 'date' },
  { id: 'supervision.contactMiddle', kind: 'date' },
  { id: 'supervision.contactEnd', kind: 'date' },
  { id: 'supervision.reachSchool', kind: 'long-text' },
  { id: 'onboarding.firstWeek', kind: 'long-text' },
  { id: 'expectations.stuck', kind: 'long-text' },
  { id: 'expectations.done', kind: 'long-text', hint: true },
  { id: 'expectations.feedback', kind: 'long-text' },
  // Assessment
  { id: 'assessment.method', kind: 'long-text' },
  { id: 'assessment.assessor', kind: 'text' },
  { id: 'assessment.moments', kind: 'long-text' },
  { id: 'assessment.companyRole', kind: 'long-text' },
  // Compensation
  { id: 'compensation.amount', kind: 'money', hint: true },
  { id: 'compensation.hoursBasis', kind: 'number', range: [1, 60] },
  { id: 'compensation.cao', kind: 'text' },
  { id: 'compensation.caoClause', kind: 'long-text' },
  { id: 'compensation.expenses', kind: 'long-text' },
  { id: 'compensation.travel', kind: 'long-text' },
  // Rules and rights
  { id: 'legal.notEmployment', kind: 'confirm' },
  { id: 'legal.supernumerary', kind: 'confirm' },
  { id: 'confidentiality.terms', kind: 'long-text' },
  { id: 'insurance.terms', kind: 'long-text' },
  { id: 'liability.terms', kind: 'long-text', hint: true },
  { id: 'absence.reporting', kind: 'long-text' },
  { id: 'absence.makeUp', kind: 'long-text' },
  { id: 'termination.terms', kind: 'long-text' },
  { id: 'complaints.meldpunt', kind: 'long-text' },
  { id: 'complaints.confidant', kind: 'text' },
  // Signing
  { id: 'signing.place', kind: 'text' },
  { id: 'signing.date', kind: 'date' },
];

const BY_ID = new Map(AGREEMENT_FIELDS.map((field) => [field.id, field]));

export function fieldDefinition(id: string): FieldDefinition | undefined {
  return BY_ID.get(id);
}

export function fieldApplies(field: FieldDefinition, regime: Regime): boolean {
  return !field.regimes || field.regimes.includes(regime);
}

/** The choices of a `choice` field in a regime. */
export function fieldOptions(field: FieldDefinition, regime: Regime): readonly string[] {
  if (!field.options) return [];
  return Array.isArray(field.options) ? field.options : ((field.options as Partial<Record<Regime, readonly string[]>>)[regime] ?? []);
}
