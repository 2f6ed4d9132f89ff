import './lit-warnings.js';
// A tab with an older Stagekit holds the database open and does not step aside: the upgrade would
// wait until that tab closes. The widgets must not hang: they keep their work in memory, say so, and
// use the database again once the other tab has gone. In its own file: a fresh page, no connection yet.
import { expect, waitUntil } from '@open-wc/testing';
import { DATABASE_NAME, LEGACY_V1_RECENT_STORE, openStagekitDatabase } from '@stagekit/core';
import '../../packages/elements/src/schedule-planner/define.js';
import '../../packages/elements/src/cao-lookup/define.js';
import type { LitElement } from 'lit';
import { shadow, words } from './helpers.js';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** What an old tab does: opens version 1 and never answers `versionchange`. */
function holdVersion1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(LEGACY_V1_RECENT_STORE, { autoIncrement: true }).add('horeca');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function mount<T extends LitElement>(tag: string, attributes: Record<string, string>): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('storage blocked by an older tab', () => {
  it('keeps the work in memory and says why, then saves again once the other tab has closed', async function () {
    this.timeout(20_000);
    await deleteDatabase(DATABASE_NAME);
    const oldTab = await holdVersion1(DATABASE_NAME);
    const planner = await mount('stagekit-schedule-planner', { start: '2026-09-07', end: '2026-10-30' });
    const lookup = await mount('stagekit-cao-lookup', {});
    try {
      await waitUntil(() => words(shadow(planner).querySelector('.notice')).includes('ander tabblad'), 'the planner did not say why nothing is kept', { timeout: 8000 });
      expect(words(shadow(planner).querySelector('.notice'))).to.contain('Deze browser bewaart nu niets');
      await waitUntil(() => words(shadow(lookup).querySelector('[part="notice"]')).includes('ander tabblad'), 'the lookup did not say why nothing is kept', { timeout: 8000 });
      // The planner still works, in memory.
      expect(shadow(planner).querySelector('.grid, ol.list')).not.to.equal(null);
      await expect(planner).to.be.accessible();
    } finally {
      planner.remove();
      lookup.remove();
      oldTab.close();
    }

    // The old tab has gone: a new planner uses the database, with the old searches migrated.
    const again = await mount('stagekit-schedule-planner', { start: '2026-09-07', end: '2026-10-30', 'hours-per-day': '7' });
    try {
      await again.updateComplete;
      expect(shadow(again).querySelector('.notice')).to.equal(null);
      const db = await openStagekitDatabase(DATABASE_NAME);
      try {
        expect([...db.objectStoreNames]).to.include('drafts');
        expect(await db.getAll('recentSearches')).to.have.length(1);
      } finally {
        db.close();
      }
    } finally {
      again.remove();
    }
  });
});
