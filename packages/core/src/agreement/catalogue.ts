import { fieldApplies, fieldDefinition } from './fields.js';
import type { Regime } from './model.js';
import type { AgreementSourceId } from './sources.js';

/**
 * What the law asks, what the coming law will ask, and what good practice recommends.
 * - law: required by law now (mbo: WEB art. 7.2.8–7.2.10)
 * - proposal: required in the planned law (the Kamerbrief's contours; not yet law)
 * - recommended: good practice (model agreements, Stagepact, checklists)
 */
export const CLAUSE_STATUSES = ['law', 'proposal', 'recommended'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** The steps of the builder, in order; each clause belongs to one. */
export const AGREEMENT_STEPS = ['parties', 'programme', 'period', 'supervision', 'assessment', 'compensation', 'rules', 'signing'] as const;
export type AgreementStep = (typeof AGREEMENT_STEPS)[number];

export interface ClauseDefinition {
  id: string;
  step: AgreementStep;
  /** Every field of the clause, in form order; fields of another regime are skipped. */
  fields: readonly string[];
  /** The fields that must be filled for the clause to count as done (default: all). */
  required?: readonly string[] | Readonly<Partial<Record<Regime, readonly string[]>>>;
  /** The clause's status per regime; a regime that is absent does not have the clause. */
  status: Readonly<Partial<Record<Regime, ClauseStatus>>>;
  sources: readonly AgreementSourceId[];
  /** Only counts when the student is under 18 on the first day. */
  onlyForMinors?: boolean;
}

const law = (mbo: ClauseStatus, higher: ClauseStatus) => ({ mbo, hbo: higher, wo: higher });

export const AGREEMENT_CLAUSES: readonly ClauseDefinition[] = [
  {
    id: 'parties-student',
    step: 'parties',
    fields: ['student.name', 'student.birthDate', 'student.number', 'student.email', 'student.phone', 'student.address'],
    // The law asks for the parties; contact details are SBB's practice, so they do not block.
    required: ['student.name'],
    status: law('law', 'proposal'),
    sources: ['web729', 'sbbPok', 'kamerbrief2026'],
  },
  {
    id: 'parties-guardian',
    step: 'parties',
    fields: ['guardian.name', 'guardian.email', 'guardian.phone'],
    required: ['guardian.name'],
    status: law('law', 'recommended'),
    sources: ['pokMinor'],
    onlyForMinors: true,
  },
  {
    id: 'parties-school',
    step: 'parties',
    fields: ['school.name', 'school.representative', 'school.supervisorName', 'school.supervisorEmail', 'school.supervisorPhone'],
    required: ['school.name', 'school.supervisorName'],
    status: law('law', 'proposal'),
    sources: ['web729', 'web728', 'kamerbrief2026'],
  },
  {
    id: 'parties-company',
    step: 'parties',
    fields: ['company.name', 'company.kvk', 'company.address', 'company.representative'],
    required: ['company.name'],
    status: law('law', 'proposal'),
    sources: ['web729', 'sbbPok', 'kamerbrief2026'],
  },
  {
    id: 'company-recognition',
    step: 'parties',
    fields: ['company.sbbNumber'],
    status: { mbo: 'law' },
    sources: ['web7210'],
  },
  {
    id: 'company-trainer',
    step: 'parties',
    fields: ['trainer.name', 'trainer.email', 'trainer.phone'],
    required: ['trainer.name'],
    status: law('law', 'proposal'),
    sources: ['web728', 'sbbPok', 'kamerbrief2026'],
  },
  {
    id: 'programme',
    step: 'programme',
    fields: ['programme.name', 'programme.level', 'programme.code', 'programme.studyYear', 'programme.pathway'],
    required: { mbo: ['programme.name', 'programme.level', 'programme.code'], hbo: ['programme.name', 'programme.level'], wo: ['programme.name', 'programme.level'] },
    status: law('recommended', 'recommended'),
    sources: ['sbbPok', 'checklists'],
  },
  {
    id: 'placement-kind',
    step: 'programme',
    fields: ['placement.kind'],
    status: law('recommended', 'recommended'),
    sources: ['sbbPok', 'stagecodeHbo'],
  },
  {
    id: 'stage-goal',
    step: 'programme',
    fields: ['goals.qualification', 'goals.purpose'],
    status: law('law', 'proposal'),
    sources: ['web728', 'kamerbrief2026'],
  },
  {
    id: 'learning-goals',
    step: 'programme',
    fields: ['goals.learning', 'goals.plan'],
    required: ['goals.learning'],
    status: law('recommended', 'recommended'),
    sources: ['stagecodeHbo', 'asscher', 'cnvSurvey'],
  },
  {
    id: 'period-dates',
    step: 'period',
    fields: ['period.start', 'period.end'],
    status: law('law', 'recommended'),
    sources: ['web728', 'rijkModel'],
  },
  {
    id: 'practice-hours',
    step: 'period',
    fields: ['period.totalHours', 'period.hoursPerYear'],
    status: law('law', 'recommended'),
    sources: ['web728', 'rijkModel'],
  },
  {
    id: 'weekly-schedule',
    step: 'period',
    fields: ['period.hoursPerWeek', 'period.daysPerWeek', 'period.workingTimes', 'period.officeDays', 'period.remoteDays', 'period.schoolDays'],
    required: ['period.hoursPerWeek', 'period.officeDays'],
    status: law('recommended', 'recommended'),
    sources: ['stagecodeHbo', 'rijkModel', 'cnvSurvey'],
  },
  {
    id: 'place-of-work',
    step: 'period',
    fields: ['place.address', 'place.remoteRules'],
    required: ['place.address'],
    status: law('recommended', 'recommended'),
    sources: ['rijkModel', 'checklists'],
  },
  {
    id: 'days-off',
    step: 'period',
    fields: ['period.daysOff'],
    status: law('recommended', 'recommended'),
    sources: ['rijkModel', 'checklists'],
  },
  {
    id: 'supervision',
    step: 'supervision',
    fields: ['supervision.company', 'supervision.school'],
    status: law('law', 'proposal'),
    sources: ['web728', 'kamerbrief2026'],
  },
  {
    id: 'contact-moments',
    step: 'supervision',
    fields: ['supervision.contactStart', 'supervision.contactMiddle', 'supervision.contactEnd'],
    status: law('recommended', 'recommended'),
    sources: ['stagepact'],
  },
  {
    id: 'reach-school',
    step: 'supervision',
    fields: ['supervision.reachSchool'],
    status: law('recommended', 'recommended'),
    sources: ['stagepact', 'checklists'],
  },
  {
    id: 'onboarding',
    step: 'supervision',
    fields: ['onboarding.firstWeek'],
    status: law('recommended', 'recommended'),
    sources: ['failingInternships'],
  },
  {
    id: 'expectations',
    step: 'supervision',
    fields: ['expectations.stuck', 'expectations.done', 'expectations.feedback'],
    required: ['expectations.stuck', 'expectations.done'],
    status: law('recommended', 'recommended'),
    sources: ['failingInternships', 'asscher'],
  },
  {
    id: 'assessment',
    step: 'assessment',
    fields: ['assessment.method', 'assessment.assessor', 'assessment.moments', 'assessment.companyRole'],
    required: ['assessment.method', 'assessment.assessor'],
    status: law('law', 'recommended'),
    sources: ['web728', 'checklists'],
  },
  {
    id: 'compensation',
    step: 'compensation',
    fields: ['compensation.amount', 'compensation.hoursBasis', 'compensation.cao', 'compensation.caoClause'],
    required: ['compensation.amount'],
    status: law('recommended', 'proposal'),
    sources: ['kamerbrief2026', 'stagepact'],
  },
  {
    id: 'expenses',
    step: 'compensation',
    fields: ['compensation.expenses', 'compensation.travel'],
    required: ['compensation.expenses'],
    status: law('recommended', 'recommended'),
    sources: ['stagepact', 'stagecodeHbo', 'rijkModel'],
  },
  {
    id: 'legal-position',
    step: 'rules',
    fields: ['legal.notEmployment', 'legal.supernumerary'],
    status: law('recommended', 'recommended'),
    sources: ['asscher', 'rijkModel'],
  },
  {
    id: 'confidentiality',
    step: 'rules',
    fields: ['confidentiality.terms'],
    status: law('recommended', 'recommended'),
    sources: ['rijkModel'],
  },
  {
    id: 'insurance-liability',
    step: 'rules',
    fields: ['insurance.terms', 'liability.terms'],
    required: ['insurance.terms'],
    status: law('recommended', 'recommended'),
    sources: ['liability', 'rijkModel'],
  },
  {
    id: 'absence',
    step: 'rules',
    fields: ['absence.reporting', 'absence.makeUp'],
    required: ['absence.reporting'],
    status: law('recommended', 'recommended'),
    sources: ['rijkModel', 'checklists'],
  },
  {
    id: 'termination',
    step: 'rules',
    fields: ['termination.terms'],
    status: law('law', 'recommended'),
    sources: ['web728', 'web729', 'rijkModel'],
  },
  {
    id: 'complaints',
    step: 'rules',
    fields: ['complaints.meldpunt', 'complaints.confidant'],
    required: ['complaints.meldpunt'],
    status: law('recommended', 'recommended'),
    sources: ['stagepact', 'reportingRoutes'],
  },
];

/** Fields that belong to no clause but are still part of the agreement (the signing step). */
export const SIGNING_FIELDS = ['signing.place', 'signing.date'] as const;

/** The clauses of one regime, in form order. */
export function clausesFor(regime: Regime): ClauseDefinition[] {
  return AGREEMENT_CLAUSES.filter((clause) => clause.status[regime] !== undefined);
}

/** The clause's fields that exist in the regime. */
export function clauseFields(clause: ClauseDefinition, regime: Regime): string[] {
  return clause.fields.filter((id) => {
    const field = fieldDefinition(id);
    return field !== undefined && fieldApplies(field, regime);
  });
}

/** The fields that must be filled for the clause to count as done, in the regime. */
export function requiredFields(clause: ClauseDefinition, regime: Regime): string[] {
  const listed = clause.required === undefined ? clause.fields : Array.isArray(clause.required) ? clause.required : ((clause.required as Partial<Record<Regime, readonly string[]>>)[regime] ?? []);
  const present = new Set(clauseFields(clause, regime));
  return listed.filter((id) => present.has(id));
}

/** Every field the regime uses, in form order, per step. */
export function stepFields(step: AgreementStep, regime: Regime): string[] {
  if (step === 'signing') return [...SIGNING_FIELDS];
  return clausesFor(regime)
    .filter((clause) => clause.step === step)
    .flatMap((clause) => clauseFields(clause, regime));
}
