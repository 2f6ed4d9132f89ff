/**
 * The plan schema and file reader, loaded when a plan comes from outside the planner (a page, a
 * file, the disk). Planning itself never needs them, so they stay out of the planner's first download.
 */
export function loadScheduleValidation(): Promise<typeof import('./plan-file.js')> {
  return import('./plan-file.js');
}

/** iCalendar export and school-calendar import, loaded when a user downloads or imports a file. */
export function loadCalendarTools(): Promise<typeof import('./calendar-tools.js')> {
  return import('./calendar-tools.js');
}
