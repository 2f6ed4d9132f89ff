import type { ReportMessageKey } from '../i18n/messages/report.nl.js';
import {
  MISUSE_KINDS,
  PROTECTED_GROUNDS,
  REPORT_LEVELS,
  REPORT_TYPES,
  REPORTER_ROLES,
  SITUATIONS,
  WISHES,
  type MisuseKind,
  type ProtectedGround,
  type ReportLevel,
  type ReporterRole,
  type ReportType,
  type Situation,
  type Wish,
} from './model.js';
import type { ReportSourceId } from './sources.js';

/**
 * Every choice of the form with the message keys for its label, a short hint and examples. The
 * examples help reporters recognise subtle cases (the Onderwijsinspectie found in 2024 that students
 * often do not recognise stagediscriminatie, domain research §4); they are illustrations, not rules.
 */
export interface Choice<T extends string> {
  id: T;
  label: ReportMessageKey;
  hint?: ReportMessageKey;
  examples: readonly ReportMessageKey[];
}

/** Which law names a ground: the AWGB, another equal-treatment law, or only art. 1 Grondwet ("any other ground"). */
export type GroundLaw = 'awgb' | 'other-equal-treatment-law' | 'constitution';

export interface GroundChoice extends Choice<ProtectedGround> {
  law: GroundLaw;
  sources: readonly ReportSourceId[];
}

const GROUND_LAW: Record<ProtectedGround, GroundLaw> = {
  origin: 'awgb',
  religion: 'awgb',
  'sex-gender': 'awgb',
  pregnancy: 'awgb',
  'sexual-orientation': 'awgb',
  nationality: 'awgb',
  'civil-status': 'awgb',
  'political-opinion': 'awgb',
  'disability-illness': 'other-equal-treatment-law',
  age: 'other-equal-treatment-law',
  other: 'constitution',
};

const EXAMPLE_COUNT: Record<ProtectedGround | MisuseKind, 1 | 2> = {
  origin: 2,
  religion: 2,
  'sex-gender': 2,
  pregnancy: 2,
  'sexual-orientation': 2,
  nationality: 2,
  'civil-status': 2,
  'political-opinion': 2,
  'disability-illness': 2,
  age: 2,
  other: 1,
  'too-many-hours': 2,
  'no-supervision': 2,
  'unfit-tasks': 2,
  'replacing-staff': 2,
  underpaid: 2,
  'disguised-job': 2,
  'unsafe-work': 2,
  harassment: 2,
  'sexual-harassment': 2,
};

const examples = (prefix: 'ground' | 'kind', id: ProtectedGround | MisuseKind): ReportMessageKey[] =>
  Array.from({ length: EXAMPLE_COUNT[id] }, (_, index) => `${prefix}.${id}.example${index + 1}` as ReportMessageKey);

export const REPORT_TYPE_CHOICES: readonly Choice<ReportType>[] = REPORT_TYPES.map((id) => ({
  id,
  label: `type.${id}` as const,
  hint: `type.${id}.hint` as const,
  examples: [],
}));

export const GROUND_CHOICES: readonly GroundChoice[] = PROTECTED_GROUNDS.map((id) => ({
  id,
  label: `ground.${id}` as const,
  hint: id === 'sex-gender' || id === 'disability-illness' || id === 'other' ? (`ground.${id}.hint` as ReportMessageKey) : undefined,
  examples: examples('ground', id),
  law: GROUND_LAW[id],
  sources: ['equalTreatmentGrounds'],
}));

export const MISUSE_CHOICES: readonly Choice<MisuseKind>[] = MISUSE_KINDS.map((id) => ({
  id,
  label: `kind.${id}` as const,
  examples: examples('kind', id),
}));

export const SITUATION_CHOICES: readonly Choice<Situation>[] = SITUATIONS.map((id) => ({
  id,
  label: `situation.${id}` as const,
  hint: `situation.${id}.hint` as const,
  examples: [],
}));

export const LEVEL_CHOICES: readonly Choice<ReportLevel>[] = REPORT_LEVELS.map((id) => ({ id, label: `level.${id}` as const, examples: [] }));

export const REPORTER_CHOICES: readonly Choice<ReporterRole>[] = REPORTER_ROLES.map((id) => ({ id, label: `reporter.${id}` as const, examples: [] }));

export const WISH_CHOICES: readonly Choice<Wish>[] = WISHES.map((id) => ({
  id,
  label: `wish.${id}` as const,
  hint: `wish.${id}.hint` as const,
  examples: [],
}));

/** Anonymous or with contact details: the hint says plainly what each choice costs. */
export const ANONYMITY_CHOICES: readonly Choice<'anonymous' | 'contact'>[] = [
  { id: 'anonymous', label: 'anonymity.anonymous', hint: 'anonymity.anonymous.hint', examples: [] },
  { id: 'contact', label: 'anonymity.contact', hint: 'anonymity.contact.hint', examples: [] },
];

/** `register` stands alone: "only register it" and "have the school act" contradict each other. */
export function toggleWish(wishes: readonly Wish[], wish: Wish): Wish[] {
  if (wishes.includes(wish)) return wishes.filter((w) => w !== wish);
  if (wish === 'register') return ['register'];
  return [...wishes.filter((w) => w !== 'register'), wish].sort((a, b) => WISHES.indexOf(a) - WISHES.indexOf(b));
}
