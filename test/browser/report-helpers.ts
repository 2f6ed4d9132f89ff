// Helpers for the report form's browser tests: the local receiver (test/fixtures/report/receiver-plugin.mjs,
// a real HTTP server on 127.0.0.1 started by the test runner, one per browser) and IndexedDB reads.
import { executeServerCommand } from '@web/test-runner-commands';

export interface ScriptedResponse {
  status: number;
  /** An object is sent as JSON, a string as text/plain (unless `headers` name a Content-Type). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ReceivedPost {
  idempotencyKey: string;
  contentType: string;
  /** The parsed JSON, or the raw text when it was not JSON. */
  body: any;
  /** When it arrived (epoch ms, the server's clock). */
  at: number;
}

export interface Received {
  posts: ReceivedPost[];
  /** One per Idempotency-Key, in the order they were stored; `reference` is the receipt given. */
  stored: (ReceivedPost & { reference?: string })[];
}

/** The local receiver of this browser's session. */
export const receiver = {
  /** Starts it (again on the same port after `stop`) and gives its endpoint URL. */
  async start(): Promise<string> {
    const { url } = (await executeServerCommand<{ url: string }, undefined>('report-receiver-start'))!;
    return url;
  },
  /** A real "receiver down": the server closes and its open connections are cut. */
  async stop(): Promise<void> {
    await executeServerCommand('report-receiver-stop');
  },
  /** The next POSTs get these answers, in order; then the default 200 {"reference":"SK-<n>"}. */
  async script(...responses: ScriptedResponse[]): Promise<void> {
    await executeServerCommand('report-receiver-script', { responses });
  },
  async received(): Promise<Received> {
    return (await executeServerCommand<Received, undefined>('report-receiver-received'))!;
  },
  /** Forgets the posts, the stored reports and any scripted answers. */
  async reset(): Promise<void> {
    await executeServerCommand('report-receiver-reset');
  },
};

/** Opens the shared `stagekit` database without creating or upgrading it (undefined when it does not exist). */
function openExisting(name = 'stagekit'): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let created = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // It did not exist: abort so that the test does not create it.
      created = true;
      request.transaction!.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (created ? resolve(undefined) : reject(request.error));
  });
}

/** Every row of a store in the `stagekit` database ([] when the database or store does not exist). */
export async function readStore<T = any>(store: string, name = 'stagekit'): Promise<T[]> {
  const db = await openExisting(name);
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The names of the databases this page's origin has (where the browser can list them). */
export async function databaseNames(): Promise<string[] | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

export function deleteDatabase(name = 'stagekit'): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    // `blocked` is followed by `success` once the page's shared connection steps aside.
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
