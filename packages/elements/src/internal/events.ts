import type { Agreement, CaoRecord, CompensationResult, Completeness, OutboxReceipt, ReportStatus, SchedulePlan, ScheduleTotals, ScheduleWarning } from '@stagekit/core';

export type StagekitErrorCode =
  | 'dataset-unreachable'
  | 'dataset-timeout'
  | 'dataset-not-json'
  | 'dataset-invalid'
  | 'dataset-records-rejected'
  | 'storage-unavailable'
  | 'storage-write-failed'
  | 'invalid-attribute'
  | 'invalid-plan'
  | 'invalid-agreement'
  | 'invalid-file'
  | 'export-failed'
  | 'send-failed';

/** A recoverable problem: the widget still works (or offers a retry) and has told the user. */
export interface StagekitErrorDetail {
  code: StagekitErrorCode;
  /** The same message the user sees, in the widget's language. */
  message: string;
}

export interface CaoSelectDetail {
  /** The full, validated record. */
  cao: CaoRecord;
}

/** A schedule warning with its sentence in the widget's language. */
export type ScheduleWarningDetail = ScheduleWarning & { message: string };

export interface ScheduleChangeDetail {
  /** The whole plan, as the `plan` property and an exported file hold it. */
  plan: SchedulePlan;
  totals: ScheduleTotals;
  warnings: ScheduleWarningDetail[];
}

export interface AgreementChangeDetail {
  /** The whole agreement, as the `agreement` property and an exported file hold it. */
  agreement: Agreement;
  completeness: Completeness;
}

export interface AgreementExportDetail {
  format: 'json' | 'pdf' | 'print' | 'link';
  /** SHA-256 of the agreement's canonical content, 64 lower-case hex digits: the same on every page of the document. */
  fingerprint: string;
  /** The file that was offered for download (json and pdf). */
  file?: File;
}

export interface ReportStatusDetail {
  /** The report id: also the Idempotency-Key it is sent with. */
  id: string;
  /** `draft` (started), `queued` (waiting in the outbox, retried), `sent` (the school took it), `rejected` (the school refused it; kept as a draft). */
  status: ReportStatus;
  /** When sent: the school's reference (or the report id when it gave none). */
  receipt?: OutboxReceipt;
  /** When rejected: the school's reason (cleaned, at most 300 characters) and the HTTP status. */
  reason?: string;
  httpStatus?: number;
}

export interface QuickExitDetail {
  /** Where the page goes unless the event is cancelled. */
  url: string;
}

/** Every event Stagekit elements fire: bubbling, composed CustomEvents named `stagekit-…`. */
export interface StagekitEventMap {
  'stagekit-cao-select': CustomEvent<CaoSelectDetail>;
  'stagekit-error': CustomEvent<StagekitErrorDetail>;
  /** A complete evaluation of the compensation checker; `detail` is the whole result. */
  'stagekit-check': CustomEvent<CompensationResult>;
  /** The user made a share link (answers in the URL fragment only). */
  'stagekit-share': CustomEvent<{ url: string }>;
  /** The schedule planner's plan changed (or was first worked out). */
  'stagekit-schedule-change': CustomEvent<ScheduleChangeDetail>;
  /** The agreement builder's agreement changed (or was first shown). */
  'stagekit-agreement-change': CustomEvent<AgreementChangeDetail>;
  /** The agreement builder made a document, file or link. */
  'stagekit-agreement-export': CustomEvent<AgreementExportDetail>;
  /** A report's state changed: started, queued, sent or rejected. */
  'stagekit-report-status': CustomEvent<ReportStatusDetail>;
  /** "Quick exit" was used; the form is already cleared. Cancel it to stay on the page. */
  'stagekit-quick-exit': CustomEvent<QuickExitDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends StagekitEventMap {}
}
