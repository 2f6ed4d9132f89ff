import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_VERSION, DraftConflictError, createPlan, openDrafts, openRecentSearches, type DraftStore } from '@stagekit/core';

const plan = createPlan({ id: 'plan-1', title: 'Stage bij Bakkerij Jansen', start: '2026-09-07', end: '2027-01-29', hoursPerDay: 8, totalHours: 600, model: 'hybrid' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Opens a database without the kit, as another tab or an older version of the kit would. */
function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** What every draft store does, on disk or in memory. */
async function checkStore(store: DraftStore): Promise<void> {
  assert.deepEqual(await store.list(), []);
  assert.equal(await store.get('plan-1'), undefined);

  const before = new Date().toISOString();
  const first = await store.save({ id: 'plan-1', title: plan.title, origin: 'page:/stage', data: plan });
  assert.deepEqual({ ...first, updated: undefined }, { id: 'plan-1', kind: 'schedule', title: plan.title, origin: 'page:/stage', data: plan, revision: 1, updated: undefined });
  // Saves in one millisecond get later stamps (1 ms apart) to keep their order: allow that lead.
  assert.ok(first.updated >= before && first.updated <= new Date(Date.now() + 1000).toISOString(), first.updated);
  assert.deepEqual(await store.get('plan-1'), first);

  await tick();
  const other = await store.save({ id: 'plan-2', title: 'Tweede plan', origin: 'page:/stage', data: { ...plan, id: 'plan-2' } });
  assert.equal(other.revision, 1);
  assert.deepEqual((await store.list()).map((row) => row.id), ['plan-2', 'plan-1'], 'newest first');

  await tick();
  const changed = { ...plan, hoursPerDay: 7.5 };
  const second = await store.save({ id: 'plan-1', title: 'Nieuwe naam', origin: 'page:/stage', data: changed });
  assert.equal(second.revision, 2, 'each save counts');
  assert.ok(second.updated > first.updated);
  assert.deepEqual(await store.get('plan-1'), second);
  assert.deepEqual((await store.get('plan-1'))?.data, changed);
  assert.deepEqual((await store.list()).map((row) => [row.id, row.revision]), [['plan-1', 2], ['plan-2', 1]], 'a new save moves a draft to the top');
  await tick();
  assert.equal((await store.save({ id: 'plan-1', title: 'Nieuwe naam', origin: 'page:/stage', data: changed })).revision, 3);

  // A save that builds on revision 3 goes; one that builds on an older revision (another tab saved since) is refused.
  assert.equal((await store.save({ id: 'plan-1', title: 'Van tab A', origin: 'page:/stage', data: changed }, { expectedRevision: 3 })).revision, 4);
  await assert.rejects(
    store.save({ id: 'plan-1', title: 'Van tab B', origin: 'page:/stage', data: plan }, { expectedRevision: 3 }),
    (error: unknown) => error instanceof DraftConflictError && error.theirs.revision === 4 && error.theirs.title === 'Van tab A',
  );
  assert.equal((await store.get('plan-1'))?.title, 'Van tab A', 'the refused save wrote nothing');
  assert.equal((await store.save({ id: 'plan-1', title: 'Nieuwe naam', origin: 'page:/stage', data: changed }, { expectedRevision: 4 })).revision, 5);
  // A draft deleted elsewhere may be saved again by the tab that still shows it.
  assert.equal((await store.save({ id: 'gone', title: 'Weg', origin: 'page:/stage', data: plan }, { expectedRevision: 7 })).revision, 1);
  await store.delete('gone');

  await store.delete('plan-2');
  assert.equal(await store.get('plan-2'), undefined);
  assert.deepEqual((await store.list()).map((row) => row.id), ['plan-1']);
  await store.delete('does-not-exist');
  assert.equal((await store.list()).length, 1);
  // After a delete the id starts again at revision 1.
  await store.delete('plan-1');
  assert.equal((await store.save({ id: 'plan-1', title: 'Opnieuw', origin: 'page:/stage', data: plan })).revision, 1);
}

test('drafts are saved, listed newest first, read and deleted in IndexedDB', async () => {
  const opened = await openDrafts('schedule', 'local', 'drafts-basic');
  assert.deepEqual([opened.kind, opened.fallback], ['local', false]);
  await checkStore(opened.store);
  // They are really on disk: another connection sees them.
  const db = await rawOpen('drafts-basic');
  try {
    assert.equal(db.version, DATABASE_VERSION);
    const rows = await rawRequest(db.transaction('drafts').objectStore('drafts').getAll());
    assert.deepEqual(rows.map((row: { id: string; title: string }) => [row.id, row.title]), [['plan-1', 'Opnieuw']]);
  } finally {
    db.close();
  }
  // And a store opened again later reads the same.
  const again = await openDrafts('schedule', 'local', 'drafts-basic');
  assert.deepEqual((await again.store.list()).map((row) => row.title), ['Opnieuw']);
});

test('drafts of another kind in the same store are not listed or returned', async () => {
  const opened = await openDrafts('schedule', 'local', 'drafts-kinds');
  await opened.store.save({ id: 'mine', title: 'Mijn plan', origin: 'page', data: plan });
  const db = await rawOpen('drafts-kinds');
  try {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put({ id: 'theirs', kind: 'agreement', title: 'Overeenkomst', origin: 'page', updated: new Date(Date.now() + 60_000).toISOString(), revision: 4, data: {} });
    await new Promise((resolve) => (tx.oncomplete = resolve));
  } finally {
    db.close();
  }
  assert.deepEqual((await opened.store.list()).map((row) => row.id), ['mine']);
  assert.equal(await opened.store.get('theirs'), undefined);
});

test('in memory, when asked, the drafts behave the same and nothing is kept', async () => {
  const opened = await openDrafts('schedule', 'memory');
  assert.deepEqual([opened.kind, opened.fallback], ['memory', false]);
  await checkStore(opened.store);
  const fresh = await openDrafts('schedule', 'memory');
  assert.deepEqual(await fresh.store.list(), [], 'a new memory store starts empty');
});

test('without IndexedDB the drafts fall back to memory and say so', async () => {
  const saved = globalThis.indexedDB;
  // @ts-expect-error simulating a browser without IndexedDB
  delete globalThis.indexedDB;
  try {
    const opened = await openDrafts('schedule', 'local', 'drafts-missing');
    assert.deepEqual([opened.kind, opened.fallback], ['memory', true]);
    await checkStore(opened.store);
  } finally {
    globalThis.indexedDB = saved;
  }
  // Once IndexedDB is back, the next page load uses it again.
  const later = await openDrafts('schedule', 'local', 'drafts-missing');
  assert.deepEqual([later.kind, later.fallback], ['local', false]);
});

test('a version 2 database opens at the current version with its recent searches kept and a drafts store added', async () => {
  const name = 'drafts-migration';
  const rows = [
    { query: 'horeca', lastUsed: '2026-03-01T10:00:00.000Z' },
    { query: 'jeugdzorg', lastUsed: '2026-03-02T10:00:00.000Z' },
    { query: 'kinderopvang', lastUsed: '2026-02-01T10:00:00.000Z' },
  ];
  const old = await rawOpen(name, 2, (db) => {
    const store = db.createObjectStore('recentSearches', { keyPath: 'query' });
    store.createIndex('by-last-used', 'lastUsed');
    for (const row of rows) store.add(row);
  });
  assert.deepEqual([...old.objectStoreNames], ['recentSearches']);
  old.close();

  assert.equal(DATABASE_VERSION, 4);
  const opened = await openDrafts('schedule', 'local', name);
  assert.deepEqual([opened.kind, opened.fallback], ['local', false]);
  await opened.store.save({ id: 'plan-1', title: plan.title, origin: 'page', data: plan });

  const db = await rawOpen(name);
  try {
    assert.equal(db.version, 4);
    // Version 4 adds the report form's outbox and files (see report-storage.test.ts).
    assert.deepEqual([...db.objectStoreNames].sort(), ['drafts', 'outbox', 'recentSearches', 'reportFiles']);
    const tx = db.transaction(['recentSearches', 'drafts']);
    const recent = tx.objectStore('recentSearches');
    assert.deepEqual([...recent.indexNames], ['by-last-used']);
    const kept = await rawRequest(recent.getAll());
    assert.deepEqual(kept, [...rows].sort((a, b) => a.query.localeCompare(b.query)), 'the rows are kept as they were');
    const drafts = tx.objectStore('drafts');
    assert.equal(drafts.keyPath, 'id');
    assert.deepEqual([...drafts.indexNames], ['by-kind']);
    assert.deepEqual(await rawRequest(drafts.index('by-kind').getAllKeys('schedule')), ['plan-1']);
  } finally {
    db.close();
  }
  // The kit's own recent searches still read them, most recent first.
  const recent = await openRecentSearches('local', name);
  assert.deepEqual(await recent.store.list(), ['jeugdzorg', 'horeca', 'kinderopvang']);
});

test('a new database is created at the current version with all its stores', async () => {
  const opened = await openDrafts('schedule', 'local', 'drafts-fresh');
  assert.equal(opened.kind, 'local');
  const db = await rawOpen('drafts-fresh');
  try {
    assert.equal(db.version, DATABASE_VERSION);
    assert.deepEqual([...db.objectStoreNames].sort(), ['drafts', 'outbox', 'recentSearches', 'reportFiles']);
  } finally {
    db.close();
  }
});
