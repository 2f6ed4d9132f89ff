import type { OutboxItem } from '../report/outbox.js';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DATABASE_NAME = 'stagekit';
/** Raise by one for every schema change, and add the step to `migrations`. */
export const DATABASE_VERSION = 4;

export interface RecentSearchRow {
  /** The query as typed (trimmed); also the key, so repeating a search moves it to the top. */
  query: string;
  /** ISO timestamp of the last use. */
  lastUsed: string;
}

/** What a widget saves as the user works: a schedule plan, an agreement, a report. */
export const DRAFT_KINDS = ['schedule', 'agreement', 'report'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export interface DraftRow {
  id: string;
  kind: DraftKind;
  title: string;
  /** Which page setup the draft started from, so a reload restores the right one. */
  origin: string;
  /** ISO timestamp of the last save. */
  updated: string;
  /** Counts saves, so a later check can tell whether another tab saved in between. */
  revision: number;
  /** Checked with the widget's schema when read: the disk may hold anything. */
  data: unknown;
}

/** An evidence file of a report, kept on the device (after metadata removal) until the report is sent or deleted. */
export interface ReportFileRow {
  id: string;
  /** The report (draft) it belongs to. */
  reportId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  metadata: 'removed' | 'none-found' | 'not-removed';
  bytes: ArrayBuffer;
  /** ISO timestamp of when it was added. */
  added: string;
}

export interface StagekitSchema extends DBSchema {
  recentSearches: { key: string; value: RecentSearchRow; indexes: { 'by-last-used': string } };
  drafts: { key: string; value: DraftRow; indexes: { 'by-kind': string } };
  /** Reports waiting to be sent, and the receipts of sent or rejected ones (report/outbox.ts). */
  outbox: { key: string; value: OutboxItem };
  /** Evidence files of report drafts, apart from the drafts so that listing drafts does not read them. */
  reportFiles: { key: string; value: ReportFileRow; indexes: { 'by-report': string } };
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
  2: (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-kind', 'kind');
  },
  3: (db) => {
    // The report form: its outbox (a handful of rows, read whole) and its evidence files. Existing
    // stores and rows are untouched.
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('reportFiles', { keyPath: 'id' }).createIndex('by-report', 'reportId');
  },
};

/** How long an opening may wait (behind another tab's blocked upgrade, say) before the page works without. */
export const DATABASE_OPEN_TIMEOUT_MS = 3000;

/**
 * Opens the database at the current version. When a tab with an older Stagekit holds the database
 * open and does not step aside, the upgrade would wait until that tab closes: instead this throws at
 * once ("blocked"), or after DATABASE_OPEN_TIMEOUT_MS for a request queued behind a blocked one (it
 * gets no "blocked" event of its own). The widgets then keep their work in memory and say so; a
 * connection that opens later is closed again, so that the next attempt starts clean.
 */
export function openStagekitDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<StagekitSchema>> {
  return new Promise((resolve, reject) => {
    let given = false;
    const giveUp = (reason: string) => {
      given = true;
      clearTimeout(timer);
      reject(new Error(reason));
    };
    const timer = setTimeout(() => giveUp('IndexedDB did not open in time'), DATABASE_OPEN_TIMEOUT_MS);
    openDB<StagekitSchema>(name, DATABASE_VERSION, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let version = oldVersion; version < (newVersion ?? DATABASE_VERSION); version++) {
          await migrations[version]!(db, tx);
        }
      },
      blocked() {
        if (!given) giveUp('IndexedDB upgrade blocked by another tab');
      },
      blocking(_current, _blocked, event) {
        // Another tab wants a newer schema: step aside instead of blocking it.
        (event.target as IDBDatabase).close();
      },
    }).then(
      (db) => {
        clearTimeout(timer);
        if (given) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!given) reject(error);
      },
    );
  });
}

/** One connection per database for the whole page, however many widgets use it. */
const connections = new Map<string, Promise<IDBPDatabase<StagekitSchema>>>();

/**
 * The page's shared connection. Throws when IndexedDB is missing or refuses (private windows,
 * disabled storage); a refused or closed connection is not kept, so the next caller tries again.
 */
export function connectDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<StagekitSchema>> {
  let connection = connections.get(name);
  if (!connection) {
    connection = (async () => {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      return openStagekitDatabase(name);
    })();
    connections.set(name, connection);
    const forget = () => connections.delete(name);
    connection.then((db) => {
      db.addEventListener('close', forget);
      // `versionchange`: another tab upgrades or deletes the database, and the connection steps aside.
      db.addEventListener('versionchange', forget);
    }, forget);
  }
  return connection;
}

let lastStamp = 0;

/**
 * An ISO timestamp later than the previous one: two saves in the same millisecond (fast typing, a
 * coarse clock) must still keep their order, which lists are sorted by.
 */
export function laterTimestamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}
