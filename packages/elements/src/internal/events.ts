import type { CaoRecord, CompensationResult, SchedulePlan, ScheduleTotals, ScheduleWarning } from '@stagekit/core';

export type StagekitErrorCode =
  | 'dataset-unreachable'
  | 'dataset-not-json'
  | 'dataset-invalid'
  | 'dataset-records-rejected'
  | 'storage-unavailable'
  | 'storage-write-failed'
  | 'invalid-attribute'
  | 'invalid-plan'
  | 'invalid-file';

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
}

declare global {
  interface GlobalEventHandlersEventMap extends StagekitEventMap {}
}
