import type { IDBPDatabase } from 'idb';
import { connectDatabase, DATABASE_NAME, laterTimestamp, type DraftKind, type DraftRow, type StagekitSchema } from './database.js';
import type { OpenedStore, StorageKind } from './recent-searches.js';

export interface SaveOptions {
  /**
   * The revision this save builds on (the one read or last saved). When the stored draft has
   * another one, someone else (another tab) saved in between: the save is refused with a
   * DraftConflictError instead of overwriting their work. Left out: no check.
   */
  expectedRevision?: number;
}

/** A save refused because the stored draft changed since it was read; `theirs` is what is stored now. */
export class DraftConflictError extends Error {
  override readonly name = 'DraftConflictError';
  constructor(readonly theirs: DraftRow) {
    super(`Draft ${theirs.id} is at revision ${theirs.revision}`);
  }
}

type NewDraft = Pick<DraftRow, 'id' | 'title' | 'origin' | 'data'>;

/** Saved work of one kind (e.g. schedule plans), newest first in `list`. */
export interface DraftStore {
  list(): Promise<DraftRow[]>;
  get(id: string): Promise<DraftRow | undefined>;
  /** Saves the draft with the next revision and the current time; returns what was saved. */
  save(draft: NewDraft, options?: SaveOptions): Promise<DraftRow>;
  delete(id: string): Promise<void>;
}

/** The row to store, or the conflict when the stored one moved on. A deleted draft may be saved again. */
function nextRow(kind: DraftKind, draft: NewDraft, previous: DraftRow | undefined, options: SaveOptions): DraftRow {
  if (previous && options.expectedRevision !== undefined && previous.revision !== options.expectedRevision) throw new DraftConflictError(previous);
  return { ...draft, kind, updated: laterTimestamp(), revision: (previous?.revision ?? 0) + 1 };
}

const newestFirst = (a: DraftRow, b: DraftRow) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0);

export class MemoryDrafts implements DraftStore {
  private readonly rows = new Map<string, DraftRow>();
  constructor(private readonly kind: DraftKind) {}

  async list(): Promise<DraftRow[]> {
    return [...this.rows.values()].sort(newestFirst);
  }

  async get(id: string): Promise<DraftRow | undefined> {
    return this.rows.get(id);
  }

  async save(draft: NewDraft, options: SaveOptions = {}): Promise<DraftRow> {
    const row = nextRow(this.kind, draft, this.rows.get(draft.id), options);
    this.rows.set(row.id, row);
    return row;
  }

  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }
}

class IndexedDbDrafts implements DraftStore {
  constructor(
    private readonly db: IDBPDatabase<StagekitSchema>,
    private readonly kind: DraftKind,
  ) {}

  async list(): Promise<DraftRow[]> {
    return (await this.db.getAllFromIndex('drafts', 'by-kind', this.kind)).sort(newestFirst);
  }

  async get(id: string): Promise<DraftRow | undefined> {
    const row = await this.db.get('drafts', id);
    return row?.kind === this.kind ? row : undefined;
  }

  async save(draft: NewDraft, options: SaveOptions = {}): Promise<DraftRow> {
    // Read and write in one transaction, so no other tab's save can slip in between the check and the write.
    const tx = this.db.transaction('drafts', 'readwrite');
    const previous = await tx.store.get(draft.id);
    let row: DraftRow;
    try {
      row = nextRow(this.kind, draft, previous, options);
    } catch (conflict) {
      await tx.done;
      throw conflict;
    }
    await tx.store.put(row);
    await tx.done;
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('drafts', id);
  }
}

/** Opens the drafts of one kind; like recent searches, falls back to memory and says so. */
export async function openDrafts(kind: DraftKind, storage: StorageKind = 'local', databaseName = DATABASE_NAME): Promise<OpenedStore<DraftStore>> {
  if (storage === 'memory') return { store: new MemoryDrafts(kind), kind: 'memory', fallback: false };
  try {
    return { store: new IndexedDbDrafts(await connectDatabase(databaseName), kind), kind: 'local', fallback: false };
  } catch {
    return { store: new MemoryDrafts(kind), kind: 'memory', fallback: true };
  }
}
