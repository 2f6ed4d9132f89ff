import './lit-warnings.js';
// Every earlier storage schema (test/fixtures/storage/schema-versions.ts) opens in the current
// version with all its data, and the drafts stay usable by kind.
import { expect } from '@open-wc/testing';
import { DATABASE_VERSION, openStagekitDatabase } from '@stagekit/core';
import { createFixtureDatabase, EXPECTED_AFTER_MIGRATION } from '../fixtures/storage/schema-versions.js';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('storage migrations', () => {
  for (const version of [1, 2, 3] as const) {
    it(`opens a version ${version} database in version ${DATABASE_VERSION} with all its data`, async () => {
      const name = `stagekit-migration-v${version}-${Math.random().toString(36).slice(2)}`;
      await createFixtureDatabase(name, version);
      const db = await openStagekitDatabase(name);
      try {
        expect(db.version).to.equal(DATABASE_VERSION);
        expect([...db.objectStoreNames]).to.deep.equal(['drafts', 'outbox', 'recentSearches', 'reportFiles']);
        for (const [store, rows] of Object.entries(EXPECTED_AFTER_MIGRATION[version])) {
          const found = await db.getAll(store as 'drafts');
          expect(found, `${store} after migrating version ${version}`).to.deep.equal(rows);
        }
        expect([...db.transaction('drafts').store.indexNames]).to.deep.equal(['by-kind']);
        if (version === 3) expect((await db.getAllFromIndex('drafts', 'by-kind', 'schedule')).map((row) => row.id)).to.deep.equal(['draft-schedule-1']);
      } finally {
        db.close();
        await deleteDatabase(name);
      }
    });
  }
});
