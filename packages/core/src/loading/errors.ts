import type { $ZodIssue } from 'zod/v4/core';

export type DatasetErrorCode = 'dataset-unreachable' | 'dataset-timeout' | 'dataset-not-json' | 'dataset-invalid';

/** A dataset that cannot be used at all. Rejected single records are not errors: see `rejected`. */
export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly detail?: string;
  readonly issues?: readonly $ZodIssue[];

  constructor(code: DatasetErrorCode, detail?: string, issues?: readonly $ZodIssue[]) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DatasetError';
    this.code = code;
    this.detail = detail;
    this.issues = issues;
  }
}
