import type { CaoRecord, ClauseAmount, EducationLevel } from './schema.js';

export interface CaoFilter {
  level?: EducationLevel;
  onlyWithClause?: boolean;
}

/** The amounts of a record that apply to a level (all amounts when no level is chosen). */
export function amountsFor(record: CaoRecord, level?: EducationLevel): ClauseAmount[] {
  if (record.clause.status !== 'found') return [];
  return level ? record.clause.amounts.filter((a) => a.levels.includes(level)) : record.clause.amounts;
}

/**
 * Keeps records that matter for the filter. A record whose clause does not cover the chosen level is
 * left out; a record with no clause found stays (it tells the user there is none) unless
 * `onlyWithClause` asks for clauses only.
 */
export function matchesFilter(record: CaoRecord, filter: CaoFilter): boolean {
  if (record.clause.status === 'none-found') return !filter.onlyWithClause;
  return amountsFor(record, filter.level).length > 0;
}
