import { CLAUSE_STATUSES, clausesFor, requiredFields, type AgreementStep, type ClauseDefinition, type ClauseStatus } from './catalogue.js';
import type { AgreementFields, Regime } from './model.js';
import { ageOn } from './values.js';

export interface MissingClause {
  clause: string;
  step: AgreementStep;
  /** The required fields still empty, in form order (the first is where a link should go). */
  fields: string[];
}

export interface CompletenessGroup {
  done: number;
  total: number;
  missing: MissingClause[];
}

export type Completeness = Record<ClauseStatus, CompletenessGroup> & {
  /** Every clause the law requires now is filled in. */
  lawComplete: boolean;
};

const filled = (fields: AgreementFields, id: string) => (fields[id] ?? '').trim().length > 0;

/** Under 18 on the first day: then a parent or guardian signs too. Unknown when a date is missing. */
export function isMinorAtStart(fields: AgreementFields): boolean | undefined {
  const age = ageOn(fields['student.birthDate'] ?? '', fields['period.start'] ?? '');
  return age === undefined ? undefined : age < 18;
}

/** Does the clause count for this agreement? Clauses for minors only when the student is one. */
export function clauseApplies(clause: ClauseDefinition, fields: AgreementFields): boolean {
  return !clause.onlyForMinors || isMinorAtStart(fields) === true;
}

/** How many clauses of each status are filled in, and which are missing. */
export function completeness(regime: Regime, fields: AgreementFields): Completeness {
  const groups = Object.fromEntries(CLAUSE_STATUSES.map((status) => [status, { done: 0, total: 0, missing: [] as MissingClause[] }])) as Record<
    ClauseStatus,
    CompletenessGroup
  >;
  for (const clause of clausesFor(regime)) {
    if (!clauseApplies(clause, fields)) continue;
    const group = groups[clause.status[regime]!];
    group.total += 1;
    const empty = requiredFields(clause, regime).filter((id) => !filled(fields, id));
    if (empty.length === 0) group.done += 1;
    else group.missing.push({ clause: clause.id, step: clause.step, fields: empty });
  }
  return { ...groups, lawComplete: groups.law.done === groups.law.total };
}
