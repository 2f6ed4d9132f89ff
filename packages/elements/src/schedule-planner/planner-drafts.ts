import type { ReactiveControllerHost } from 'lit';
import { isValidIsoDate, loadScheduleValidation, type DraftRow, type SchedulePlan } from '@stagekit/core';
import { DraftsController, type DraftHandlers } from '../internal/drafts-controller.js';

export { SAVE_DELAY_MS } from '../internal/drafts-controller.js';

/** A saved plan as the list shows it; the whole plan is checked only when it is opened. */
export interface SavedPlan {
  row: DraftRow;
  start: string;
  end: string;
}

/** A day from the disk, only if it is a real one: the list formats it. */
const day = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : undefined);

/** Listing needs no schema, so a first visit never loads it. */
export function summarizePlan(row: DraftRow): SavedPlan | undefined {
  const data = (typeof row.data === 'object' && row.data !== null ? row.data : {}) as Record<string, unknown>;
  const start = day(data.start);
  const end = day(data.end);
  return start && end ? { row, start, end } : undefined;
}

export async function parsePlan(data: unknown): Promise<SchedulePlan | undefined> {
  const { schedulePlanSchema } = await loadScheduleValidation();
  const parsed = schedulePlanSchema.safeParse(data);
  return parsed.success ? (parsed.data as SchedulePlan) : undefined;
}

/** The planner's drafts. */
export function plannerDrafts(host: ReactiveControllerHost, handlers: DraftHandlers) {
  return new DraftsController<SchedulePlan, SavedPlan>(host, {
    kind: 'schedule',
    summarize: summarizePlan,
    parse: parsePlan,
    toRow: (plan) => ({ id: plan.id, title: plan.title, data: plan }),
    ...handlers,
  });
}
