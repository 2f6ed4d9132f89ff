import type { IDBPDatabase } from 'idb';
import { connectDatabase, DATABASE_NAME, type ReportFileRow, type StagekitSchema } from '../storage/database.js';
import type { OpenedStore, StorageKind } from '../storage/recent-searches.js';
import { MemoryOutboxStore, type OutboxItem, type OutboxStore } from './outbox.js';

/**
 * Where the report form keeps things on the device: the outbox and the evidence files, in the
 * shared `stagekit` IndexedDB (drafts are in the drafts store, kind `report`). With
 * `storage="memory"` (the reporter chose "keep nothing on this device") everything stays in memory.
 */

const OUTBOX_STATUSES: readonly unknown[] = ['queued', 'sent', 'rejected'];
const METADATA_STATES: readonly unknown[] = ['removed', 'none-found', 'not-removed'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const optional = (value: unknown, type: 'string' | 'number' | 'object') => value === undefined || (type === 'object' ? isObject(value) : typeof value === type);

/**
 * The disk may hold anything (another version, another script, a damaged profile): a row that is not
 * what this version writes is left out when read, and stays on disk. A queued report with a broken
 * body is never sent, and a file without its bytes is never sent as an empty one.
 */
export function isOutboxItem(row: unknown): row is OutboxItem {
  return (
    isObject(row) &&
    typeof row.id === 'string' &&
    OUTBOX_STATUSES.includes(row.status) &&
    typeof row.endpoint === 'string' &&
    typeof row.queued === 'string' &&
    typeof row.attempts === 'number' &&
    optional(row.body, 'string') &&
    optional(row.nextAttempt, 'number') &&
    optional(row.lastAttempt, 'number') &&
    optional(row.lease, 'object') &&
    optional(row.receipt, 'object') &&
    optional(row.rejection, 'object') &&
    (row.status !== 'queued' || typeof row.body === 'string')
  );
}

export function isReportFileRow(row: unknown): row is ReportFileRow {
  return (
    isObject(row) &&
    typeof row.id === 'string' &&
    typeof row.reportId === 'string' &&
    typeof row.name === 'string' &&
    typeof row.type === 'string' &&
    typeof row.size === 'number' &&
    typeof row.sha256 === 'string' &&
    METADATA_STATES.includes(row.metadata) &&
    row.bytes instanceof ArrayBuffer &&
    typeof row.added === 'string'
  );
}

class IndexedDbOutboxStore implements OutboxStore {
  constructor(private readonly db: IDBPDatabase<StagekitSchema>) {}

  async get(id: string): Promise<OutboxItem | undefined> {
    const row: unknown = await this.db.get('outbox', id);
    return isOutboxItem(row) ? row : undefined;
  }

  async list(): Promise<OutboxItem[]> {
    return ((await this.db.getAll('outbox')) as unknown[]).filter(isOutboxItem);
  }

  async update(id: string, change: (current: OutboxItem | undefined) => OutboxItem | undefined): Promise<OutboxItem | undefined> {
    // One readwrite transaction: IndexedDB runs transactions on the same store one after another,
    // also across tabs, so two pages cannot both claim the same report.
    const tx = this.db.transaction('outbox', 'readwrite');
    const row: unknown = await tx.store.get(id);
    const current = isOutboxItem(row) ? row : undefined;
    const next = change(current);
    if (next) await tx.store.put(next);
    await tx.done;
    return next ?? current;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('outbox', id);
  }

  async clear(): Promise<void> {
    await this.db.clear('outbox');
  }
}

/** Opens the outbox; falls back to memory (and says so) when IndexedDB is missing or refuses. */
export async function openOutboxStore(storage: StorageKind = 'local', databaseName = DATABASE_NAME): Promise<OpenedStore<OutboxStore>> {
  if (storage === 'memory') return { store: new MemoryOutboxStore(), kind: 'memory', fallback: false };
  try {
    return { store: new IndexedDbOutboxStore(await connectDatabase(databaseName)), kind: 'local', fallback: false };
  } catch {
    return { store: new MemoryOutboxStore(), kind: 'memory', fallback: true };
  }
}

/** The evidence files of report drafts. */
export interface ReportFileStore {
  put(file: ReportFileRow): Promise<void>;
  get(id: string): Promise<ReportFileRow | undefined>;
  /** The files of one report, in the order they were added. */
  listFor(reportId: string): Promise<ReportFileRow[]>;
  delete(id: string): Promise<void>;
  deleteFor(reportId: string): Promise<void>;
  clear(): Promise<void>;
}

const byAdded = (a: ReportFileRow, b: ReportFileRow) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0);

export class MemoryReportFiles implements ReportFileStore {
  private readonly rows = new Map<string, ReportFileRow>();

  async put(file: ReportFileRow): Promise<void> {
    this.rows.set(file.id, file);
  }

  async get(id: string): Promise<ReportFileRow | undefined> {
    return this.rows.get(id);
  }

  async listFor(reportId: string): Promise<ReportFileRow[]> {
    return [...this.rows.values()].filter((row) => row.reportId === reportId).sort(byAdded);
  }

  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }

  async deleteFor(reportId: string): Promise<void> {
    for (const row of [...this.rows.values()]) if (row.reportId === reportId) this.rows.delete(row.id);
  }

  async clear(): Promise<void> {
    this.rows.clear();
  }
}

class IndexedDbReportFiles implements ReportFileStore {
  constructor(private readonly db: IDBPDatabase<StagekitSchema>) {}

  async put(file: ReportFileRow): Promise<void> {
    await this.db.put('reportFiles', file);
  }

  async get(id: string): Promise<ReportFileRow | undefined> {
    const row: unknown = await this.db.get('reportFiles', id);
    return isReportFileRow(row) ? row : undefined;
  }

  async listFor(reportId: string): Promise<ReportFileRow[]> {
    return ((await this.db.getAllFromIndex('reportFiles', 'by-report', reportId)) as unknown[]).filter(isReportFileRow).sort(byAdded);
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('reportFiles', id);
  }

  async deleteFor(reportId: string): Promise<void> {
    const tx = this.db.transaction('reportFiles', 'readwrite');
    for (const key of await tx.store.index('by-report').getAllKeys(reportId)) await tx.store.delete(key);
    await tx.done;
  }

  async clear(): Promise<void> {
    await this.db.clear('reportFiles');
  }
}

export async function openReportFiles(storage: StorageKind = 'local', databaseName = DATABASE_NAME): Promise<OpenedStore<ReportFileStore>> {
  if (storage === 'memory') return { store: new MemoryReportFiles(), kind: 'memory', fallback: false };
  try {
    return { store: new IndexedDbReportFiles(await connectDatabase(databaseName)), kind: 'local', fallback: false };
  } catch {
    return { store: new MemoryReportFiles(), kind: 'memory', fallback: true };
  }
}

/**
 * "Delete everything": every report draft, the whole outbox and every evidence file, in one
 * transaction, for real (IndexedDB deletes, not a flag). Other widgets' drafts and recent searches
 * stay. Returns how many rows were deleted. Resolves to zeros when there is no IndexedDB.
 */
export async function deleteAllReportData(databaseName = DATABASE_NAME): Promise<{ drafts: number; outbox: number; files: number }> {
  let db: IDBPDatabase<StagekitSchema>;
  try {
    db = await connectDatabase(databaseName);
  } catch {
    return { drafts: 0, outbox: 0, files: 0 };
  }
  const tx = db.transaction(['drafts', 'outbox', 'reportFiles'], 'readwrite');
  const draftKeys = await tx.objectStore('drafts').index('by-kind').getAllKeys('report');
  for (const key of draftKeys) await tx.objectStore('drafts').delete(key);
  const outbox = await tx.objectStore('outbox').count();
  const files = await tx.objectStore('reportFiles').count();
  await tx.objectStore('outbox').clear();
  await tx.objectStore('reportFiles').clear();
  await tx.done;
  return { drafts: draftKeys.length, outbox, files };
}
