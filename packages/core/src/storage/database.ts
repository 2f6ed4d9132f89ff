import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DATABASE_NAME = 'stagekit';
/** Raise by one for every schema change, and add the step to `migrations`. */
export const DATABASE_VERSION = 2;

export interface RecentSearchRow {
  /** The query as typed (trimmed); also the key, so repeating a search moves it to the top. */
  query: string;
  /** ISO timestamp of the last use. */
  lastUsed: string;
}

export interface StagekitSchema extends DBSchema {
  recentSearches: { key: string; value: RecentSearchRow; indexes: { 'by-last-used': string } };
}

/** Schema version 1 (the first development schema): a list of query strings in insertion order. */
export const LEGACY_V1_RECENT_STORE = 'recent-searches';

type UpgradeTransaction = IDBPTransaction<StagekitSchema, StoreNames<StagekitSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<StagekitSchema>, tx: UpgradeTransaction) => Promise<void> | void;

/** migrations[n] upgrades a database from version n to n + 1. */
const migrations: Record<number, Migration> = {
  0: () => {
    // Version 1 is created empty here so that both fresh and old databases run the same steps.
  },
  1: async (db, tx) => {
    const store = db.createObjectStore('recentSearches', { keyPath: 'query' });
    store.createIndex('by-last-used', 'lastUsed');
    const legacyNames = db.objectStoreNames as DOMStringList;
    if (!legacyNames.contains(LEGACY_V1_RECENT_STORE)) return;
    // The old store kept plain strings with increasing keys: later keys were more recent.
    const legacy = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore(LEGACY_V1_RECENT_STORE);
    const queries = (await legacy.getAll()) as unknown[];
    const base = Date.UTC(2000, 0, 1);
    let order = 0;
    for (const query of queries) {
      if (typeof query !== 'string' || !query.trim()) continue;
      await store.put({ query: query.trim(), lastUsed: new Date(base + order++ * 1000).toISOString() });
    }
    (db as unknown as IDBPDatabase).deleteObjectStore(LEGACY_V1_RECENT_STORE);
  },
};

export function openStagekitDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<StagekitSchema>> {
  return openDB<StagekitSchema>(name, DATABASE_VERSION, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let version = oldVersion; version < (newVersion ?? DATABASE_VERSION); version++) {
        await migrations[version]!(db, tx);
      }
    },
    blocking(_current, _blocked, event) {
      // Another tab wants a newer schema: step aside instead of blocking it.
      (event.target as IDBDatabase).close();
    },
  });
}
