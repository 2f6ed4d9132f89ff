import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATABASE_VERSION,
  DRAFT_KINDS,
  MemoryReportFiles,
  deleteAllReportData,
  openDrafts,
  openOutboxStore,
  openRecentSearches,
  openReportFiles,
  Outbox,
  type ReportFileRow,
  type ReportFileStore,
} from '@stagekit/core';
import { discriminationReport } from '../fixtures/report/helpers.ts';

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
async function rowsOf(name: string, store: string): Promise<unknown[]> {
  const db = await rawOpen(name);
  try {
    return await rawRequest(db.transaction(store).objectStore(store).getAll());
  } finally {
    db.close();
  }
}

const recentRows = [
  { query: 'horeca', lastUsed: '2026-03-01T10:00:00.000Z' },
  { query: 'jeugdzorg', lastUsed: '2026-03-02T10:00:00.000Z' },
];
const draftRows = [
  { id: 'plan-1', kind: 'schedule', title: 'Stage bij Bakkerij Jansen', origin: 'page', updated: '2026-03-03T10:00:00.000Z', revision: 4, data: { id: 'plan-1', weeks: [1, 2, 3] } },
  { id: 'agreement-1', kind: 'agreement', title: 'POK', origin: 'page', updated: '2026-03-04T10:00:00.000Z', revision: 2, data: { fields: { 'student.name': 'Sam' } } },
];

test('a version 3 database opens at version 4: every search and draft kept, an outbox and a files store added', async () => {
  const name = 'report-migration';
  const old = await rawOpen(name, 3, (db) => {
    const recent = db.createObjectStore('recentSearches', { keyPath: 'query' });
    recent.createIndex('by-last-used', 'lastUsed');
    for (const row of recentRows) recent.add(row);
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('by-kind', 'kind');
    for (const row of draftRows) drafts.add(row);
  });
  assert.deepEqual([...old.objectStoreNames].sort(), ['drafts', 'recentSearches']);
  old.close();

  assert.equal(DATABASE_VERSION, 4);
  assert.deepEqual([...DRAFT_KINDS], ['schedule', 'agreement', 'report']);
  const opened = await openDrafts('report', 'local', name);
  assert.deepEqual([opened.kind, opened.fallback], ['local', false]);
  await opened.store.save({ id: 'report-draft-1', title: 'Melding', origin: 'page', data: discriminationReport });

  const db = await rawOpen(name);
  try {
    assert.equal(db.version, 4);
    assert.deepEqual([...db.objectStoreNames].sort(), ['drafts', 'outbox', 'recentSearches', 'reportFiles']);
    const tx = db.transaction(['recentSearches', 'drafts', 'outbox', 'reportFiles']);
    assert.deepEqual(await rawRequest(tx.objectStore('recentSearches').getAll()), recentRows, 'searches as they were');
    const drafts = tx.objectStore('drafts');
    assert.deepEqual([...drafts.indexNames], ['by-kind']);
    assert.deepEqual(await rawRequest(drafts.index('by-kind').getAll('schedule')), [draftRows[0]], 'the schedule draft as it was');
    assert.deepEqual(await rawRequest(drafts.index('by-kind').getAll('agreement')), [draftRows[1]], 'the agreement draft as it was');
    assert.deepEqual(await rawRequest(drafts.index('by-kind').getAllKeys('report')), ['report-draft-1']);
    const outbox = tx.objectStore('outbox');
    assert.equal(outbox.keyPath, 'id');
    assert.deepEqual([...outbox.indexNames], []);
    const files = tx.objectStore('reportFiles');
    assert.equal(files.keyPath, 'id');
    assert.deepEqual([...files.indexNames], ['by-report']);
  } finally {
    db.close();
  }
  // The other widgets still read their data.
  assert.deepEqual(await (await openRecentSearches('local', name)).store.list(), ['jeugdzorg', 'horeca']);
  assert.deepEqual((await (await openDrafts('schedule', 'local', name)).store.list()).map((row) => row.id), ['plan-1']);
  assert.deepEqual((await (await openDrafts('agreement', 'local', name)).store.get('agreement-1'))?.data, draftRows[1]!.data);
  // Report drafts are not listed as another widget's.
  assert.deepEqual((await opened.store.list()).map((row) => row.id), ['report-draft-1']);
});

test('a version 1 database (the first development schema) climbs all the way to version 4', async () => {
  const name = 'report-migration-v1';
  const old = await rawOpen(name, 1, (db) => {
    const legacy = db.createObjectStore('recent-searches', { autoIncrement: true });
    legacy.add('horeca');
    legacy.add('bouw');
  });
  old.close();
  const opened = await openOutboxStore('local', name);
  assert.equal(opened.kind, 'local');
  const db = await rawOpen(name);
  try {
    assert.equal(db.version, 4);
    assert.deepEqual([...db.objectStoreNames].sort(), ['drafts', 'outbox', 'recentSearches', 'reportFiles']);
  } finally {
    db.close();
  }
  assert.deepEqual(await (await openRecentSearches('local', name)).store.list(), ['bouw', 'horeca']);
});

async function checkFiles(store: ReportFileStore): Promise<void> {
  const row = (id: string, reportId: string, added: string, bytes: number[]): ReportFileRow => ({
    id,
    reportId,
    name: `${id}.jpg`,
    type: 'image/jpeg',
    size: bytes.length,
    sha256: '0'.repeat(64),
    metadata: 'removed',
    bytes: new Uint8Array(bytes).buffer,
    added,
  });
  await store.put(row('file-b', 'report-1', '2026-11-24T09:00:02.000Z', [4, 5]));
  await store.put(row('file-a', 'report-1', '2026-11-24T09:00:01.000Z', [1, 2, 3]));
  await store.put(row('file-c', 'report-2', '2026-11-24T09:00:03.000Z', [9]));
  const files = await store.listFor('report-1');
  assert.deepEqual(files.map((file) => file.id), ['file-a', 'file-b'], 'in the order they were added');
  assert.deepEqual([...new Uint8Array(files[0]!.bytes)], [1, 2, 3]);
  assert.equal((await store.get('file-c'))?.reportId, 'report-2');
  await store.delete('file-a');
  assert.deepEqual((await store.listFor('report-1')).map((file) => file.id), ['file-b']);
  await store.deleteFor('report-1');
  assert.deepEqual(await store.listFor('report-1'), []);
  assert.deepEqual((await store.listFor('report-2')).map((file) => file.id), ['file-c']);
  await store.clear();
  assert.deepEqual(await store.listFor('report-2'), []);
}

test('evidence files are kept per report, on disk and in memory', async () => {
  const local = await openReportFiles('local', 'report-files');
  assert.deepEqual([local.kind, local.fallback], ['local', false]);
  await checkFiles(local.store);
  const memory = await openReportFiles('memory');
  assert.ok(memory.store instanceof MemoryReportFiles);
  await checkFiles(memory.store);
});

test('"delete everything" really deletes report drafts, the outbox and files, and nothing of other widgets', async () => {
  const name = 'report-delete-all';
  const drafts = (await openDrafts('report', 'local', name)).store;
  await drafts.save({ id: 'report-1', title: 'Melding', origin: 'page', data: discriminationReport });
  await drafts.save({ id: 'report-2', title: 'Melding 2', origin: 'page', data: discriminationReport });
  const schedule = (await openDrafts('schedule', 'local', name)).store;
  await schedule.save({ id: 'plan-1', title: 'Plan', origin: 'page', data: {} });
  await (await openRecentSearches('local', name)).store.add('horeca');
  const outbox = (await openOutboxStore('local', name)).store;
  await outbox.update('report-1', () => ({ id: 'report-1', status: 'queued', endpoint: 'https://x.example/', body: '{"secret":1}', queued: '2026-11-24T09:00:00.000Z', attempts: 1 }));
  const files = (await openReportFiles('local', name)).store;
  await files.put({ id: 'file-1', reportId: 'report-1', name: 'foto.jpg', type: 'image/jpeg', size: 3, sha256: '0'.repeat(64), metadata: 'removed', bytes: new Uint8Array([1, 2, 3]).buffer, added: '2026-11-24T09:00:00.000Z' });

  assert.deepEqual(await deleteAllReportData(name), { drafts: 2, outbox: 1, files: 1 });
  assert.deepEqual(await rowsOf(name, 'outbox'), []);
  assert.deepEqual(await rowsOf(name, 'reportFiles'), []);
  assert.deepEqual(((await rowsOf(name, 'drafts')) as { id: string }[]).map((row) => row.id), ['plan-1']);
  assert.equal((await rowsOf(name, 'recentSearches')).length, 1);
  // Nothing of the report can be found in the database's raw rows any more.
  const everything = JSON.stringify(await Promise.all(['drafts', 'recentSearches', 'outbox', 'reportFiles'].map((store) => rowsOf(name, store))));
  assert.ok(!everything.includes('Bakkerij') && !everything.includes('secret'), everything);
  assert.deepEqual(await deleteAllReportData(name), { drafts: 0, outbox: 0, files: 0 });
});

test('outbox rows and file rows that are not what this version writes are left out when read, and stay on disk', async () => {
  const name = 'report-broken-rows';
  const outbox = (await openOutboxStore('local', name)).store;
  const files = (await openReportFiles('local', name)).store;
  const good = { id: 'report-good', status: 'queued' as const, endpoint: 'https://x.example/', body: '{}', queued: '2026-11-24T09:00:00.000Z', attempts: 0 };
  await outbox.update(good.id, () => good);
  const goodFile: ReportFileRow = { id: 'file-good', reportId: 'report-1', name: 'foto.jpg', type: 'image/jpeg', size: 3, sha256: '0'.repeat(64), metadata: 'removed', bytes: new Uint8Array([1, 2, 3]).buffer, added: '2026-11-24T09:00:00.000Z' };
  await files.put(goodFile);
  const brokenItems = [
    { id: 'report-no-status' , endpoint: 'https://x.example/', body: '{}', queued: '2026-11-24T09:00:00.000Z', attempts: 0 },
    { ...good, id: 'report-soon', nextAttempt: 'soon' },
    { ...good, id: 'report-no-body', body: undefined },
    { ...good, id: 'report-attempts', attempts: '3' },
  ];
  const brokenFiles = [
    { ...goodFile, id: 'file-no-bytes', bytes: undefined },
    { ...goodFile, id: 'file-text-bytes', bytes: 'AQID' },
    { ...goodFile, id: 'file-metadata', metadata: 'maybe' },
  ];
  const db = await rawOpen(name);
  const tx = db.transaction(['outbox', 'reportFiles'], 'readwrite');
  for (const row of brokenItems) tx.objectStore('outbox').put(row);
  for (const row of brokenFiles) tx.objectStore('reportFiles').put(row);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();

  assert.deepEqual((await outbox.list()).map((item) => item.id), ['report-good']);
  for (const row of brokenItems) assert.equal(await outbox.get(row.id), undefined, row.id);
  assert.deepEqual((await files.listFor('report-1')).map((file) => file.id), ['file-good']);
  for (const row of brokenFiles) assert.equal(await files.get(row.id), undefined, row.id);
  // Nothing was deleted.
  assert.equal((await rowsOf(name, 'outbox')).length, 1 + brokenItems.length);
  assert.equal((await rowsOf(name, 'reportFiles')).length, 1 + brokenFiles.length);

  // The outbox sends the good report and waits a real time for the rest: a "soon" retry time once gave
  // a timer of NaN ms, which fires at once, again and again.
  const delays: number[] = [];
  const sent: string[] = [];
  const box = new Outbox({
    store: outbox,
    clock: { now: () => Date.parse('2026-11-24T10:00:00.000Z'), setTimeout: (_callback, ms) => delays.push(ms), clearTimeout: () => undefined },
    random: () => 0,
    fetch: async (_url, init) => {
      sent.push(String(new Headers(init.headers).get('Idempotency-Key')));
      return new Response('{"reference":"R-1"}', { status: 201, headers: { 'Content-Type': 'application/json' } });
    },
  });
  box.start();
  await new Promise((resolve) => setTimeout(resolve, 100));
  box.stop();
  assert.deepEqual(sent, ['report-good']);
  assert.ok(delays.every((ms) => Number.isFinite(ms)), String(delays));
  assert.equal((await outbox.get('report-good'))?.status, 'sent');
});

test('without IndexedDB the outbox and the files fall back to memory and say so', async () => {
  const saved = globalThis.indexedDB;
  // @ts-expect-error simulating a browser without IndexedDB
  delete globalThis.indexedDB;
  try {
    const outbox = await openOutboxStore('local', 'report-missing');
    assert.deepEqual([outbox.kind, outbox.fallback], ['memory', true]);
    const files = await openReportFiles('local', 'report-missing');
    assert.deepEqual([files.kind, files.fallback], ['memory', true]);
    assert.deepEqual(await deleteAllReportData('report-missing'), { drafts: 0, outbox: 0, files: 0 });
  } finally {
    globalThis.indexedDB = saved;
  }
  assert.deepEqual((await openOutboxStore('memory')).fallback, false);
});
