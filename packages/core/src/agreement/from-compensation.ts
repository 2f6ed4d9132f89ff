import type { CompensationResult } from '../compensation/check.js';
import type { Source } from '../sources/source.js';
import type { AgreementFields } from './model.js';

/**
 * What a compensation check brings into the agreement: the offered amount, the CAO and its hours
 * basis as fields, and the CAO's minimum with its source for the clause text (which the element
 * words in the user's language) and the document's sources appendix.
 */
export interface CompensationImport {
  fields: AgreementFields;
  caoName: string | null;
  minimumMonthly: number | null;
  hoursBasis: number | null;
  source: Source | null;
  /** The check found signs that the "internship" is really a job. */
  employmentRisk: boolean;
}

export function compensationImport(result: CompensationResult): CompensationImport {
  const fields: AgreementFields = { 'compensation.amount': String(result.offered) };
  if (result.cao.caoName) fields['compensation.cao'] = result.cao.caoName;
  // Not the CAO's hours basis: that is the CAO's full-time week, while `minimumMonthly` is already
  // prorated to the student's own hours.
  return {
    fields,
    caoName: result.cao.caoName,
    minimumMonthly: result.cao.minimumMonthly,
    hoursBasis: result.cao.hoursBasis,
    source: result.cao.source,
    employmentRisk: result.employmentRisk.level === 'high',
  };
}
