import type { $ZodIssue } from 'zod/v4/core';
import { caoDatasetEnvelopeSchema, caoRecordSchema, type CaoRecord, type LocalText } from './schema.js';
import type { PartialDate } from '../dates/partial-date.js';
import { DatasetError } from '../loading/errors.js';

export { DatasetError, type DatasetErrorCode } from '../loading/errors.js';

export interface RejectedRecord {
  /** Position in the file's `records` array (0-based). */
  index: number;
  /** The record's id when it had a readable one. */
  id?: string;
  issues: readonly $ZodIssue[];
}

export interface CaoDataset {
  version: string;
  date: PartialDate;
  title?: LocalText;
  records: CaoRecord[];
  rejected: RejectedRecord[];
}

function readableId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

/**
 * Validates a parsed dataset file. Bad records are skipped and listed; duplicate ids keep the first.
 * Throws DatasetError('dataset-invalid') when the file is not a CAO dataset at all.
 */
export function parseCaoDataset(data: unknown): CaoDataset {
  const envelope = caoDatasetEnvelopeSchema.safeParse(data);
  if (!envelope.success) throw new DatasetError('dataset-invalid', undefined, envelope.error.issues);

  const records: CaoRecord[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  envelope.data.records.forEach((raw, index) => {
    const result = caoRecordSchema.safeParse(raw);
    if (!result.success) {
      rejected.push({ index, id: readableId(raw), issues: result.error.issues });
    } else if (seen.has(result.data.id)) {
      rejected.push({
        index,
        id: result.data.id,
        issues: [{ code: 'custom', path: ['id'], message: 'duplicate-id', input: result.data.id }],
      });
    } else {
      seen.add(result.data.id);
      records.push(result.data);
    }
  });
  const { version, date, title } = envelope.data;
  return { version, date, ...(title ? { title } : {}), records, rejected };
}
