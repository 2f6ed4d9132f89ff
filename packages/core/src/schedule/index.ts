// The schedule planner's logic: no Lit, no DOM.
export * from './model.js';
export * from './rules.js';
export * from './day-numbers.js';
export * from './week.js';
export * from './generate.js';
export * from './supervision.js';
export * from './schedule.js';
export * from './schema.js';
export * from './edit.js';
export * from './describe.js';
export * from './plan-export.js';
export * from './plan-file.js';
export * from './calendar-import.js';
export * from './ical.js';
export * from './attributes.js';
export * from './load-validation.js';
