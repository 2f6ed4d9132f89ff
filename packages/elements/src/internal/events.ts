import type { CaoRecord } from '@stagekit/core';

export type StagekitErrorCode =
  | 'dataset-unreachable'
  | 'dataset-not-json'
  | 'dataset-invalid'
  | 'dataset-records-rejected'
  | 'storage-unavailable'
  | 'invalid-attribute';

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

/** Every event Stagekit elements fire: bubbling, composed CustomEvents named `stagekit-…`. */
export interface StagekitEventMap {
  'stagekit-cao-select': CustomEvent<CaoSelectDetail>;
  'stagekit-error': CustomEvent<StagekitErrorDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends StagekitEventMap {}
}
