import type { ScheduleWeek } from '@stagekit/core';

/** How many weeks the list opens by itself: about a phone screen of days, not the whole internship. */
export const WEEKS_OPEN_BY_DEFAULT = 4;

/** The week (its Monday) that holds `date`, if the plan has it. */
export function weekHolding(weeks: readonly ScheduleWeek[], date: string | undefined): string | undefined {
  if (!date) return undefined;
  return weeks.find((week) => week.days.some((day) => day?.date === date))?.monday;
}

/**
 * The weeks the list shows open: the ones the user chose, or else the first weeks from today (from
 * the start, when today is outside the plan).
 */
export function openListWeeks(weeks: readonly ScheduleWeek[], chosen: ReadonlySet<string> | undefined, today: string): ReadonlySet<string> {
  if (chosen) return chosen;
  const first = Math.max(0, weeks.findIndex((week) => week.days.some((day) => day?.date === today)));
  return new Set(weeks.slice(first, first + WEEKS_OPEN_BY_DEFAULT).map((week) => week.monday));
}

/** `open` with `week` opened or closed. */
export function toggled(open: ReadonlySet<string>, week: string, opened = !open.has(week)): ReadonlySet<string> {
  const next = new Set(open);
  if (opened) next.add(week);
  else next.delete(week);
  return next;
}
