import type { Agreement, AgreementMessageKey, AgreementStep, Completeness, DocumentLanguage, Locale, Regime, Translator } from '@stagekit/core';
import type { SavedAgreement } from './agreement-drafts.js';
import type { SavedPlan } from '../schedule-planner/planner-drafts.js';

/** A problem in the error summary: the field it is about and the full sentence. */
export interface SummaryItem {
  field: string;
  step: AgreementStep;
  text: string;
}

/** Everything the builder's render helpers read, and the actions they may call. */
export interface BuilderView {
  t: Translator<AgreementMessageKey>;
  locale: Locale;
  agreement: Agreement;
  step: AgreementStep;
  completeness: Completeness;
  /** Field id → the problem, for fields of the current step after the user left or checked it. */
  errors: ReadonlyMap<string, string>;
  summary: readonly SummaryItem[];
  summaryAll: boolean;
  stepsWithErrors: ReadonlySet<AgreementStep>;
  saved: readonly SavedAgreement[];
  savedPlans: readonly SavedPlan[];
  confirmDelete: string | undefined;
  shareLink: string;
  pdfBusy: boolean;
  /** A schedule or compensation result that another Stagekit widget on this page announced. */
  pageSchedule: boolean;
  pageCheck: boolean;
  employmentRisk: boolean;
  memoryOnly: boolean;
  formatDate(iso: string): string;
  field(id: string, value: string): void;
  blurField(id: string): void;
  goTo(step: AgreementStep, focusField?: string): void;
  next(): void;
  previous(): void;
  checkAll(): void;
  setRegime(regime: Regime): void;
  setDocumentLanguage(language: DocumentLanguage): void;
  open(id: string): void;
  duplicate(id: string): void;
  askDelete(id: string | undefined): void;
  remove(id: string): void;
  newAgreement(): void;
  amend(): void;
  exportJson(): void;
  importFile(file: File): void;
  makeLink(): void;
  copyLink(): void;
  print(): void;
  pdf(): void;
  scheduleFromPage(): void;
  scheduleFromSaved(id: string): void;
  scheduleFromFile(file: File): void;
  compensationFromPage(): void;
}

/** The id of a field's control (ids with dots are fine in HTML, but not in CSS selectors). */
export const controlId = (field: string): string => `f-${field.replace(/\./g, '-')}`;
