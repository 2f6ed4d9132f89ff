import type { ContactKind, DraftRow, Locale, Schedule, ScheduleMessageKey, SchedulePlan, Translator } from '@stagekit/core';
import type { SavedPlan } from './planner-drafts.js';

export type OverrideChoice = 'sick' | 'off' | 'extra-company' | 'extra-remote' | 'swap';
export type CalendarView = 'grid' | 'list';

/** What the planner's templates read and call: the element's state and actions, nothing else. */
export interface PlannerView {
  t: Translator<ScheduleMessageKey>;
  locale: Locale;
  plan: SchedulePlan;
  schedule: Schedule;
  /** Problems per form field, shown after the user changed the field. */
  fieldErrors: ReadonlyMap<string, string>;
  overrideDate: string;
  overrideChoice: OverrideChoice;
  overrideWith: string;
  focusDate: string | undefined;
  view: CalendarView;
  /** The list view's open weeks (their Mondays). */
  openWeeks: ReadonlySet<string>;
  includeWorkdays: boolean;
  calendarKind: 'holiday' | 'school-week';
  saved: readonly SavedPlan[];
  formatDate(iso: string): string;
  /** Applies a change to the plan (validated, saved, announced). */
  change(next: SchedulePlan, announce?: string): void;
  /** A form field was changed to `value`; returns nothing, sets or clears the field's problem. */
  field(name: string, value: string, label: string): void;
  /** Each keystroke in a free-text field, before `change`. */
  typing(name: string, value: string): void;
  setState(state: Partial<Pick<PlannerView, 'overrideDate' | 'overrideChoice' | 'overrideWith' | 'focusDate' | 'view' | 'includeWorkdays' | 'calendarKind'>>): void;
  saveOverride(): void;
  chooseDay(date: string): void;
  toggleWeek(monday: string): void;
  setAllWeeks(open: boolean): void;
  moveContact(kind: ContactKind, direction: -1 | 1): void;
  setContactDate(kind: ContactKind, date: string): void;
  importCalendar(file: File): void;
  importPlan(file: File): void;
  downloadIcs(): void;
  downloadJson(): void;
  print(): void;
  openSaved(row: DraftRow): void;
  deleteSaved(row: DraftRow): void;
  newPlan(): void;
}
