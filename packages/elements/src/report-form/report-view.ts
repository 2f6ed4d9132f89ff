import type {
  DraftField,
  DraftTextField,
  Locale,
  OutboxItem,
  ReportDraft,
  ReportMessageKey,
  ReportStep,
  RouteAdvice,
  routeMessageKeys,
  Translator,
} from '@stagekit/core';
import type { SavedReport } from './report-drafts.js';

/** A problem in the error summary: the control it is about and the full sentence. */
export interface SummaryItem {
  field: DraftField;
  step: ReportStep;
  text: string;
}

/** What the school configured, checked: only valid values are here. */
export interface SchoolSetup {
  endpoint?: string;
  name?: string;
  email?: string;
  phone?: string;
  /** A public key was given (valid or not). */
  keyGiven: boolean;
  /** Why the key cannot be used, in the reporter's language. */
  keyProblem?: string;
}

/** Advice for the current case: loading, loaded, failed, or not possible yet. */
export type AdviceState =
  | { kind: 'need-case' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  // The routing module is loaded on demand; its key helper comes with the routes.
  | { kind: 'ready'; routes: readonly RouteAdvice[]; keysOf: typeof routeMessageKeys };

/** After a 2xx: what the reporter keeps. */
export interface Receipt {
  id: string;
  reference: string;
  fromServer: boolean;
  message?: string;
  anonymous: boolean;
  /** The plain-text copy of what was sent. */
  copy: string;
}

/** Everything the form's render helpers read, and the actions they may call. */
export interface ReportView {
  t: Translator<ReportMessageKey>;
  locale: Locale;
  draft: ReportDraft;
  step: ReportStep;
  school: SchoolSetup;
  /** Control → the problem, shown after the reporter left the step or pressed Next. */
  errors: ReadonlyMap<DraftField, string>;
  summary: readonly SummaryItem[];
  summaryAll: boolean;
  stepsWithErrors: ReadonlySet<ReportStep>;
  advice: AdviceState;
  /** The outbox entry of the open report (queued or rejected), if any. */
  outboxItem?: OutboxItem;
  receipt?: Receipt;
  sending: boolean;
  filesBusy: boolean;
  saved: readonly SavedReport[];
  /** Reports waiting in an outbox: the saved list says so, so nobody sends the same case twice. */
  queuedIds: ReadonlySet<string>;
  confirmDeleteAll: boolean;
  /** Nothing is kept on this device: the reporter chose it, or the page set `storage="memory"`. */
  keepNothing: boolean;
  /** The page set `storage="memory"`: the reporter cannot turn keeping on. */
  keepNothingFixed: boolean;
  /** Storage refused (private window): nothing is kept, whatever the reporter chose. */
  storageFallback: boolean;
  formatDate(iso: string): string;
  text(field: DraftTextField, value: string): void;
  toggle(field: 'grounds' | 'kinds' | 'wishes', value: string, on: boolean): void;
  choose(field: 'type' | 'situation' | 'level' | 'reporter' | 'anonymous', value: string): void;
  addFiles(files: readonly File[]): void;
  removeFile(id: string): void;
  goTo(step: ReportStep, focusField?: DraftField): void;
  next(): void;
  previous(): void;
  loadAdvice(): void;
  send(): void;
  retryNow(): void;
  copyText(): void;
  downloadCopy(): void;
  printCopy(): void;
  /** The e-mail link was activated: it gets its full address (subject and body) once the report passes every check. */
  openMail(event: Event): void;
  newReport(): void;
  open(id: string): void;
  setKeepNothing(on: boolean): void;
  askDeleteAll(on: boolean): void;
  deleteAll(): void;
  quickExit(): void;
}

/** The id of a control; a radio or checkbox group's id is on its first option. */
export const controlId = (field: DraftField): string => `f-${field}`;
export const errorId = (field: DraftField): string => `e-${field}`;
export const hintId = (field: DraftField): string => `h-${field}`;
