import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clearCaoDatasetCache, DatasetError, loadCaoDataset, loadCaoRecord, openRecentSearches, LEGACY_V1_RECENT_STORE } from '@stagekit/core';

const bundledText = readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8');
const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

test('loads and validates a dataset once per URL', async () => {
  clearCaoDatasetCache();
  let calls = 0;
  const fetch = (async () => {
    calls++;
    return new Response(bundledText);
  }) as typeof globalThis.fetch;
  const first = await loadCaoDataset('https://example.test/a.json', { fetch });
  const second = await loadCaoDataset('https://example.test/a.json', { fetch });
  assert.equal(first, second);
  assert.equal(calls, 1);
  assert.ok(first.records.length >= 30);
});

test('names the problem when a dataset cannot be used, and does not cache failures', async () => {
  clearCaoDatasetCache();
  const code = async (fetch: typeof globalThis.fetch) => {
    try {
      await loadCaoDataset('https://example.test/b.json', { fetch });
      return 'loaded';
    } catch (error) {
      assert.ok(error instanceof DatasetError);
      return error.code;
    }
  };
  assert.equal(await code(respond('<html>not json</html>')), 'dataset-not-json');
  assert.equal(await code(respond('not found', 404)), 'dataset-unreachable');
  assert.equal(await code((async () => Promise.reject(new TypeError('offline'))) as typeof fetch), 'dataset-unreachable');
  assert.equal(await code(respond('{"records": 5}')), 'dataset-invalid');
  assert.equal(await code(respond(bundledText)), 'loaded');
});

test('recent searches survive in IndexedDB and migrate from schema version 1', async () => {
  const name = 'node-migration';
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(LEGACY_V1_RECENT_STORE, { autoIncrement: true });
      store.add('horeca');
      store.add('   ');
      store.add('jeugdzorg');
    };
    request.onsuccess = () => (request.result.close(), resolve());
    request.onerror = () => reject(request.error);
  });
  const opened = await openRecentSearches('local', name);
  assert.equal(opened.kind, 'local');
  assert.deepEqual(await opened.store.list(), ['jeugdzorg', 'horeca']);
  await opened.store.add('kinderopvang');
  assert.deepEqual(await (await openRecentSearches('local', name)).store.list(), ['kinderopvang', 'jeugdzorg', 'horeca']);
});

test('falls back to memory when IndexedDB is missing', async () => {
  const saved = globalThis.indexedDB;
  // @ts-expect-error simulating a browser without IndexedDB
  delete globalThis.indexedDB;
  try {
    const opened = await openRecentSearches('local');
    assert.equal(opened.kind, 'memory');
    assert.equal(opened.fallback, true);
  } finally {
    globalThis.indexedDB = saved;
  }
  const chosen = await openRecentSearches('memory');
  assert.deepEqual([chosen.kind, chosen.fallback], ['memory', false]);
});

test('loads one CAO record from its own small file, or from the whole dataset where that file is not served', async () => {
  clearCaoDatasetCache();
  const bundled = JSON.parse(bundledText);
  const jeugdzorg = bundled.records.find((record: { id: string }) => record.id === 'cao-jeugdzorg');
  const served = new Map<string, string>([
    ['https://cdn.test/data/cao/cao-jeugdzorg.json', JSON.stringify({ ...bundled, records: [jeugdzorg] })],
    ['https://cdn.test/data/cao-dataset.json', bundledText],
    ['https://app.test/assets/cao-dataset.json', bundledText],
  ]);
  const requested: string[] = [];
  globalThis.fetch = (async (url: string) => {
    requested.push(url);
    const body = served.get(url);
    return body ? new Response(body) : new Response('<html>index</html>', { status: url.includes('spa') ? 200 : 404 });
  }) as typeof fetch;
  const cdn = { record: (id: string) => `https://cdn.test/data/cao/${id}.json`, dataset: () => 'https://cdn.test/data/cao-dataset.json' };
  assert.equal((await loadCaoRecord('cao-jeugdzorg', undefined, cdn))?.name, 'Cao Jeugdzorg 2024–2025');
  assert.deepEqual(requested, ['https://cdn.test/data/cao/cao-jeugdzorg.json']);
  const app = { record: (id: string) => `https://app.test/assets/cao/${id}.json`, dataset: () => 'https://app.test/assets/cao-dataset.json' };
  assert.equal((await loadCaoRecord('cao-horeca', undefined, app))?.id, 'cao-horeca');
  const spa = { record: (id: string) => `https://spa.test/assets/cao/${id}.json`, dataset: () => 'https://app.test/assets/cao-dataset.json' };
  assert.equal((await loadCaoRecord('cao-umc', undefined, spa))?.id, 'cao-umc');
  assert.equal(await loadCaoRecord('cao-does-not-exist', undefined, app), undefined);
});
