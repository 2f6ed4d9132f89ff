import type { SchedulePlan } from './model.js';

/** The `$schema` of an exported plan file; a new version gets a new number and a migration. */
export const PLAN_FILE_FORMAT = 'stagekit-schedule/1';

/** The plan as a JSON file that another party can import (see planFromFile). */
export function planToFile(plan: SchedulePlan, exported = new Date()): string {
  return `${JSON.stringify({ $schema: PLAN_FILE_FORMAT, exported: exported.toISOString(), plan }, null, 2)}\n`;
}
