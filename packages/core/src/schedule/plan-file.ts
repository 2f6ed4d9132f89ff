import type { $ZodIssue } from 'zod/v4/core';
import type { SchedulePlan } from './model.js';
import { PLAN_FILE_FORMAT } from './plan-export.js';
import { schedulePlanSchema } from './schema.js';

export { schedulePlanSchema };

/** Far above any real plan (a year is about 20 KB); stops a wrong file from freezing the page. */
export const MAX_PLAN_FILE_BYTES = 2_000_000; // counted in characters (UTF-16 units)

export type PlanFileResult =
  | { ok: true; plan: SchedulePlan }
  | { ok: false; reason: 'too-large' | 'not-json' | 'wrong-format' }
  | { ok: false; reason: 'invalid'; issues: $ZodIssue[] };

/** Reads an exported plan file. Never throws: a bad file is a reason, and the caller changes nothing. */
export function planFromFile(text: string): PlanFileResult {
  if (text.length > MAX_PLAN_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { $schema?: unknown }).$schema !== PLAN_FILE_FORMAT) return { ok: false, reason: 'wrong-format' };
  const parsed = schedulePlanSchema.safeParse((data as { plan?: unknown }).plan);
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] })) };
  return { ok: true, plan: parsed.data as SchedulePlan };
}
