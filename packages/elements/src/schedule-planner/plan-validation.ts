// Loaded when a plan comes from outside the planner (a page, a file, the disk): the schema and
// its wording are not needed to plan, so they stay out of the planner's first download.
import { loadScheduleValidation } from '@stagekit/core';

export async function planValidation() {
  const [{ planFromFile, schedulePlanSchema }, { describeIssue }] = await Promise.all([loadScheduleValidation(), import('../internal/issue-text.js')]);
  return { planFromFile, schedulePlanSchema, describeIssue };
}
