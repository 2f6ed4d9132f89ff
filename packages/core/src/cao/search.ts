import { TextIndex, type SearchHit } from '../search/text-index.js';
import type { CaoRecord } from './schema.js';

export type CaoSearch = TextIndex<CaoRecord>;

/** Name counts most, then the search words (employer types, synonyms), then the sector. */
export function createCaoSearch(records: readonly CaoRecord[]): CaoSearch {
  return new TextIndex(records, {
    title: (record) => record.name,
    fields: [
      { text: (record) => record.name, weight: 3 },
      { text: (record) => record.keywords, weight: 2 },
      { text: (record) => [record.sector.nl, record.sector.en], weight: 1.5 },
    ],
  });
}

const byName = new WeakMap<readonly CaoRecord[], SearchHit<CaoRecord>[]>();
const dutchCollator = new Intl.Collator('nl');

/** All records in name order, for an empty query; sorted once per dataset. */
export function allByName(records: readonly CaoRecord[]): SearchHit<CaoRecord>[] {
  let sorted = byName.get(records);
  if (!sorted) {
    sorted = [...records].sort((a, b) => dutchCollator.compare(a.name, b.name)).map((doc) => ({ doc, score: 0 }));
    byName.set(records, sorted);
  }
  return sorted;
}

const indexes = new WeakMap<readonly CaoRecord[], CaoSearch>();

/** One index per loaded dataset, shared by every element that shows it. */
export function caoSearchFor(records: readonly CaoRecord[]): CaoSearch {
  let index = indexes.get(records);
  if (!index) indexes.set(records, (index = createCaoSearch(records)));
  return index;
}
