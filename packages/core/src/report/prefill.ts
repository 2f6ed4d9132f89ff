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
 * `disguised-job`, …) or a checker verdict (`below-cao`, `employment-risk`), or several misuse
 * kinds and verdicts separated by commas (`below-cao,employment-risk`). Undefined for anything
 * else, which the form reports as an invalid attribute and ignores.
 */
export function parsePrefillType(value: string | null | undefined): ReportStart | undefined {
  const parts = (value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (!parts.length || parts.length > MISUSE_KINDS.length) return undefined;
  if (parts.length === 1 && (REPORT_TYPES as readonly string[]).includes(parts[0]!)) return { type: parts[0] as ReportType };
  const kinds: MisuseKind[] = [];
  const verdicts: PrefillVerdict[] = [];
  for (const part of parts) {
    if (part === 'misuse') continue;
    if ((MISUSE_KINDS as readonly string[]).includes(part)) kinds.push(part as MisuseKind);
    else if (part === 'below-cao') verdicts.push('below-cao'), kinds.push('underpaid');
    else if (part === 'employment-risk') verdicts.push('employment-risk'), kinds.push('disguised-job');
    else return undefined;
  }
  return {
    type: 'misuse',
    ...(kinds.length ? { kinds: [...new Set(kinds)] } : {}),
    ...(verdicts.length ? { prefill: { source: 'compensation-checker', verdicts: [...new Set(verdicts)] } } : {}),
  };
}

/** The `prefill-type` value for a compensation check's verdicts (for a link to the report form), or undefined. */
export function prefillTypeFor(result: Pick<CompensationResult, 'cao' | 'employmentRisk'>): string | undefined {
  return prefillFromCompensation(result)?.prefill?.verdicts.join(',');
}
