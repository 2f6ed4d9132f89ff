// Reading and writing calendar files: needed only when a user imports or downloads one.
export { toICalendar } from './ical.js';
export { importCalendar } from './calendar-import.js';
