import { connectDatabase, DATABASE_NAME, laterTimestamp, type StagekitSchema } from './database.js';
import type { IDBPDatabase } from 'idb';

export const MAX_RECENT_SEARCHES = 8;

export interface RecentSearchStore {
  list(): Promise<string[]>;
  add(query: string): Promise<void>;
  clear(): Promise<void>;
  /** How many saved searches failed the check when the list was last read: left out, and kept on disk. */
  skipped(): number;
}

/** `local`: kept in this browser (IndexedDB). `memory`: gone when the page closes. */
export type StorageKind = 'local' | 'memory';

export interface OpenedStore<S> {
  store: S;
  kind: StorageKind;
  /** True when `local` was asked for but the browser refused, so nothing is kept on the device. */
  fallback: boolean;
}

export class MemoryRecentSearches implements RecentSearchStore {
  private queries: string[] = [];

  async list(): Promise<string[]> {
    return [...this.queries];
  }

  async add(query: string): Promise<void> {
    const clean = query.trim();
    if (!clean) return;
    this.queries = [clean, ...this.queries.filter((q) => q !== clean)].slice(0, MAX_RECENT_SEARCHES);
  }

  async clear(): Promise<void> {
    this.queries = [];
  }

  skipped(): number {
    return 0;
  }
}

class IndexedDbRecentSearches implements RecentSearchStore {
  /** Read once and shared by every widget on the page; changed only through this store. */
  private cached?: Promise<string[]>;
  private rejected = 0;

  constructor(private readonly db: IDBPDatabase<StagekitSchema>) {}

  async list(): Promise<string[]> {
    this.cached ??= this.db.getAllFromIndex('recentSearches', 'by-last-used').then((rows) => {
      // The disk may hold anything (another version, another script): only real searches are listed.
      const usable = rows.filter((row) => typeof row.query === 'string' && row.query.trim() !== '' && typeof row.lastUsed === 'string');
      this.rejected = rows.length - usable.length;
      return usable.reverse().map((row) => row.query);
    });
    return [...(await this.cached)];
  }

  async add(query: string): Promise<void> {
    this.cached = undefined;
    const clean = query.trim();
    if (!clean) return;
    const tx = this.db.transaction('recentSearches', 'readwrite');
    await tx.store.put({ query: clean, lastUsed: laterTimestamp() });
    const keys = await tx.store.index('by-last-used').getAllKeys();
    for (const stale of keys.slice(0, Math.max(0, keys.length - MAX_RECENT_SEARCHES))) await tx.store.delete(stale);
    await tx.done;
  }

  async clear(): Promise<void> {
    this.cached = undefined;
    await this.db.clear('recentSearches');
  }

  skipped(): number {
    return this.rejected;
  }
}

/** One store per database connection, so every widget on the page shares its cached list. */
const stores = new WeakMap<object, IndexedDbRecentSearches>();

async function connect(databaseName: string): Promise<IndexedDbRecentSearches> {
  const db = await connectDatabase(databaseName);
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new IndexedDbRecentSearches(db)));
  return store;
}

/**
 * Opens the recent-search store. When IndexedDB is missing or refuses (private windows, disabled
 * storage), it falls back to memory and says so, so the caller can tell the user.
 */
export async function openRecentSearches(kind: StorageKind = 'local', databaseName = DATABASE_NAME): Promise<OpenedStore<RecentSearchStore>> {
  if (kind === 'memory') return { store: new MemoryRecentSearches(), kind: 'memory', fallback: false };
  try {
    return { store: await connect(databaseName), kind: 'local', fallback: false };
  } catch {
    return { store: new MemoryRecentSearches(), kind: 'memory', fallback: true };
  }
}
