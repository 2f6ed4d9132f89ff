import type { CompensationInput } from '../compensation/input.js';
import type { CompensationResult } from '../compensation/check.js';
import { MISUSE_KINDS, REPORT_TYPES, type MisuseKind, type PrefillVerdict, type ReportLevel, type ReportPrefill, type ReportType } from './model.js';

/** Where a new report starts: what the opener (the compensation checker, an attribute) already knows. */
export interface ReportStart {
  type?: ReportType;
  kinds?: MisuseKind[];
  level?: ReportLevel;
  prefill?: ReportPrefill;
}

const levelOf = (level: CompensationInput['level'] | undefined): ReportLevel | undefined =>
  level === 'mbo-bol' || level === 'mbo-bbl' ? 'mbo' : level === 'hbo' || level === 'wo' ? level : level === 'vo' ? 'other' : undefined;

/**
 * The compensation checker's verdict as the start of a misuse report: below the CAO → `underpaid`;
 * a high risk that the internship is really a job → `disguised-job`. Undefined when the verdict
 * gives no reason to report. The situation is left to the reporter (the check may be of an offer).
 */
export function prefillFromCompensation(
  result: Pick<CompensationResult, 'cao' | 'employmentRisk'>,
  input?: Pick<CompensationInput, 'level'>,
): ReportStart | undefined {
  const verdicts: PrefillVerdict[] = [];
  const kinds: MisuseKind[] = [];
  if (result.cao.status === 'below') {
    verdicts.push('below-cao');
    kinds.push('underpaid');
  }
  if (result.employmentRisk.level === 'high') {
    verdicts.push('employment-risk');
    kinds.push('disguised-job');
  }
  if (!verdicts.length) return undefined;
  const level = levelOf(input?.level);
  return {
    type: 'misuse',
    kinds,
    ...(level ? { level } : {}),
    prefill: { source: 'compensation-checker', verdicts, ...(result.cao.caoId ? { caoId: result.cao.caoId } : {}) },
  };
}

/**
 * The `prefill-type` attribute: `discrimination`, `misuse`, a misuse kind (`underpaid`,
 * `disguised-job`, …) or a checker verdict (`below-cao`, `employment-risk`). Undefined for anything
 * else, which the form reports as an invalid attribute and ignores.
 */
export function parsePrefillType(value: string | null | undefined): ReportStart | undefined {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return undefined;
  if ((REPORT_TYPES as readonly string[]).includes(text)) return { type: text as ReportType };
  if ((MISUSE_KINDS as readonly string[]).includes(text)) return { type: 'misuse', kinds: [text as MisuseKind] };
  if (text === 'below-cao') return { type: 'misuse', kinds: ['underpaid'], prefill: { source: 'compensation-checker', verdicts: ['below-cao'] } };
  if (text === 'employment-risk') return { type: 'misuse', kinds: ['disguised-job'], prefill: { source: 'compensation-checker', verdicts: ['employment-risk'] } };
  return undefined;
}
