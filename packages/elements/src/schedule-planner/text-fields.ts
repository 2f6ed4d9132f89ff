import { withPeriodChanged, type SchedulePlan } from '@stagekit/core';

/**
 * The plan after an edit of one of its free-text fields (title, places, a period's name), or
 * undefined for any other field. Free text cannot be wrong, so the planner can save it while the
 * user types, not only when the field is left.
 */
export function withTextField(plan: SchedulePlan, name: string, raw: string): SchedulePlan | undefined {
  const [group, id, part] = name.split('.');
  if (group === 'title') return { ...plan, title: raw.slice(0, 120) };
  if (group === 'place' && (id === 'company' || id === 'school')) {
    const places = { ...plan.places };
    const value = raw.trim();
    if (value) places[id] = value.slice(0, 300);
    else delete places[id];
    return { ...plan, places };
  }
  if (group === 'period' && part === 'name') {
    const period = plan.periods.find((candidate) => candidate.id === id);
    return period ? withPeriodChanged(plan, period.id, { name: raw.slice(0, 120) || undefined }) : undefined;
  }
  return undefined;
}
