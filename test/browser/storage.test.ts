import './lit-warnings.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { DATABASE_VERSION, LEGACY_V1_RECENT_STORE, openRecentSearches, openStagekitDatabase, MAX_RECENT_SEARCHES } from '@stagekit/core';
import { collectErrors, lookup, options, record, shadow, text, type } from './helpers.js';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** Creates a database exactly as schema version 1 left it. */
function createVersion1(name: string, queries: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(LEGACY_V1_RECENT_STORE, { autoIncrement: true });
      for (const query of queries) store.add(query);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('storage', () => {
  const name = `stagekit-test-${Math.random().toString(36).slice(2)}`;
  afterEach(() => deleteDatabase(name));

  it('keeps recent searches in IndexedDB across openings, newest first', async () => {
    const first = await openRecentSearches('local', name);
    expect(first.kind).to.equal('local');
    expect(first.fallback).to.be.false;
    await first.store.add('horeca');
    await first.store.add('jeugdzorg');
    await first.store.add('horeca');
    const again = await openRecentSearches('local', name);
    expect(await again.store.list()).to.deep.equal(['horeca', 'jeugdzorg']);
    for (let i = 0; i < MAX_RECENT_SEARCHES + 3; i++) await again.store.add(`query ${i}`);
    expect(await again.store.list()).to.have.length(MAX_RECENT_SEARCHES);
    await again.store.clear();
    expect(await again.store.list()).to.deep.equal([]);
  });

  it('migrates a version 1 database and keeps its data', async () => {
    await createVersion1(name, ['kinderopvang', 'horeca', 'ziekenhuis']);
    const opened = await openRecentSearches('local', name);
    expect(await opened.store.list()).to.deep.equal(['ziekenhuis', 'horeca', 'kinderopvang']);
    const db = await openStagekitDatabase(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect([...db.objectStoreNames]).to.deep.equal(['drafts', 'outbox', 'recentSearches', 'reportFiles']);
    db.close();
  });

  it('falls back to memory when IndexedDB refuses to open', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const opened = await openRecentSearches('local', name);
      expect(opened.kind).to.equal('memory');
      expect(opened.fallback).to.be.true;
      await opened.store.add('horeca');
      expect(await opened.store.list()).to.deep.equal(['horeca']);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('tells the user when recent searches cannot be kept, and the lookup still works', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const { errors, stop } = collectErrors();
    try {
      const el = await lookup(html`<stagekit-cao-lookup></stagekit-cao-lookup>`);
      await waitUntil(() => errors.some((event) => event.detail.code === 'storage-unavailable'));
      await el.updateComplete;
      expect(text(el)).to.contain('Je recente zoekopdrachten worden niet bewaard');
      await type(el, 'horeca');
      expect(options(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      IDBFactory.prototype.open = open;
      stop();
    }
  });

  it('remembers what the user searched for and offers it again', async () => {
    await deleteDatabase('stagekit');
    const el = await lookup(html`<stagekit-cao-lookup></stagekit-cao-lookup>`);
    const selected = record(el, 'stagekit-cao-select');
    await type(el, 'kinderopvnag');
    options(el)[0]!.click();
    await waitUntil(() => shadow(el).querySelector('[part="recent"]'), 'recent searches did not appear');
    expect(selected).to.have.length(1);
    const again = await lookup(html`<stagekit-cao-lookup></stagekit-cao-lookup>`);
    await waitUntil(() => shadow(again).querySelector('[part="recent"] button'));
    const button = shadow(again).querySelector<HTMLButtonElement>('[part="recent"] li button')!;
    expect(button.textContent!.trim()).to.equal('kinderopvnag');
    button.click();
    await again.updateComplete;
    expect(shadow(again).querySelector<HTMLInputElement>('input[role="combobox"]')!.value).to.equal('kinderopvnag');
    await expect(again).to.be.accessible();
  });

  it('writes nothing to the device with storage="memory"', async () => {
    await deleteDatabase('stagekit');
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    await type(el, 'horeca');
    options(el)[0]!.click();
    await el.updateComplete;
    const databases = (await indexedDB.databases?.()) ?? [];
    expect(databases.map((db) => db.name)).not.to.include('stagekit');
  });
});
