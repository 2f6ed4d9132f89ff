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

/** All records in name order, for an empty query. */
export function allByName(records: readonly CaoRecord[]): SearchHit<CaoRecord>[] {
  return [...records].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((doc) => ({ doc, score: 0 }));
}

const indexes = new WeakMap<readonly CaoRecord[], CaoSearch>();

/** One index per loaded dataset, shared by every element that shows it. */
export function caoSearchFor(records: readonly CaoRecord[]): CaoSearch {
  let index = indexes.get(records);
  if (!index) indexes.set(records, (index = createCaoSearch(records)));
  return index;
}
