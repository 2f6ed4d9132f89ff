/**
 * Budget B: our search over 10,000 synthetic records with typo queries, in Node, next to Fuse.js and
 * MiniSearch on the same records and queries. Only our engine's numbers are budgets.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createCaoSearch, tokenize, type CaoRecord } from '@stagekit/core';
import { median, ms, percentile, sortedCopy, type Row } from './report.ts';
import { syntheticRecords, typoQueries, type TypoQuery } from './synthetic.ts';

const RECORDS = 10_000;
const QUERIES = 500;
const ROUNDS = 5;
const BUILDS = 7;
const WARMUP_QUERIES = 100;
/**
 * Fuse.js scans every record for every query (hundreds of ms each here), so it runs on the first
 * queries only: a random sample in which the four typo kinds take turns (10 of each).
 */
const FUSE_QUERIES = 40;
const FUSE_ROUNDS = 1;
const TOP = 5;

export const LIMITS = { buildMs: 150, medianMs: 0.5, p95Ms: 2 };

/** A forced garbage collection between measurements, so one engine's garbage is not billed to the next. */
export const gc: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();

interface Engine {
  name: string;
  build: (records: readonly CaoRecord[]) => unknown;
  /** Ids of the best `TOP` hits, best first. */
  search: (index: unknown, query: string) => string[];
}

const stripMarks = (term: string) => term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

const ENGINES: Engine[] = [
  {
    name: 'ours',
    build: (records) => createCaoSearch(records),
    search: (index, query) => (index as ReturnType<typeof createCaoSearch>).search(query, TOP).map((hit) => hit.doc.id),
  },
  {
    name: 'Fuse.js 7.5',
    build: (records) =>
      new Fuse(records, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'keywords', weight: 2 },
          { name: 'sector.nl', weight: 1.5 },
          { name: 'sector.en', weight: 1.5 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
        ignoreDiacritics: true,
      }),
    search: (index, query) => (index as Fuse<CaoRecord>).search(query, { limit: TOP }).map((result) => result.item.id),
  },
  {
    name: 'MiniSearch 7.2',
    build: (records) => {
      const index = new MiniSearch<CaoRecord>({
        idField: 'id',
        fields: ['name', 'keywords', 'sector'],
        extractField: (record, field) =>
          field === 'keywords' ? record.keywords.join(' ') : field === 'sector' ? `${record.sector.nl} ${record.sector.en}` : String(record[field as 'id' | 'name']),
        processTerm: stripMarks,
        searchOptions: { fuzzy: 0.2, prefix: true, boost: { name: 3, keywords: 2, sector: 1.5 } },
      });
      index.addAll(records);
      return index;
    },
    search: (index, query) =>
      (index as MiniSearch<CaoRecord>)
        .search(query)
        .slice(0, TOP)
        .map((result) => String(result.id)),
  },
];

interface EngineResult {
  engine: string;
  builds: number[];
  buildMedian: number;
  queries: number;
  rounds: number;
  median: number;
  p95: number;
  max: number;
  recall: number;
  found: number;
  recallByTypo: Record<string, string>;
  /** Recall on the Fuse.js subset, for a like-for-like comparison. */
  subsetRecall: number;
  firstQueryMs: number;
}

function measureEngine(engine: Engine, records: readonly CaoRecord[], queries: readonly TypoQuery[], subset: readonly TypoQuery[]): EngineResult {
  const isFuse = engine.name.startsWith('Fuse');
  const builds: number[] = [];
  let index: unknown;
  let firstQueryMs = Number.NaN;
  engine.build(records); // warm-up (JIT)
  for (let i = 0; i < BUILDS; i++) {
    index = undefined;
    gc();
    const start = performance.now();
    index = engine.build(records);
    builds.push(performance.now() - start);
  }
  // The first query after a build may do lazy set-up work; recorded for the JSON, not part of the build.
  const firstStart = performance.now();
  engine.search(index, queries[1]!.query);
  firstQueryMs = performance.now() - firstStart;

  const timed = isFuse ? subset : queries;
  const warmup = isFuse ? queries.slice(-3) : queries.slice(0, WARMUP_QUERIES);
  for (const query of warmup) engine.search(index, query.query);

  const samples: number[] = [];
  let found = 0;
  const foundIds = new Set<TypoQuery>();
  let checksum = 0;
  const rounds = isFuse ? FUSE_ROUNDS : ROUNDS;
  for (let round = 0; round < rounds; round++) {
    gc();
    for (const query of timed) {
      const start = process.hrtime.bigint();
      const ids = engine.search(index, query.query);
      const end = process.hrtime.bigint();
      samples.push(Number(end - start) / 1e6);
      checksum += ids.length;
      if (round === 0 && ids.includes(query.targetId)) {
        found++;
        foundIds.add(query);
      }
    }
  }
  if (checksum === 0) throw new Error(`${engine.name} found nothing at all`);
  const recallByTypo: Record<string, string> = {};
  for (const kind of ['insert', 'delete', 'substitute', 'swap']) {
    const ofKind = timed.filter((query) => query.typo === kind);
    recallByTypo[kind] = `${ofKind.filter((query) => foundIds.has(query)).length}/${ofKind.length}`;
  }
  const subsetFound = isFuse ? found : subset.filter((query) => foundIds.has(query)).length;
  const sorted = sortedCopy(samples);
  const sortedBuilds = sortedCopy(builds);
  return {
    engine: engine.name,
    builds,
    buildMedian: median(sortedBuilds),
    queries: timed.length,
    rounds,
    median: median(sorted),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
    recall: found / timed.length,
    found,
    recallByTypo,
    subsetRecall: subsetFound / subset.length,
    firstQueryMs,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function searchBench(): { rows: Row[]; details: unknown; notes: string[] } {
  let start = performance.now();
  const progress = (what: string) => {
    process.stderr.write(` ${what} ${((performance.now() - start) / 1000).toFixed(1)} s,`);
    start = performance.now();
  };
  const generated = syntheticRecords(RECORDS);
  const records = generated.map((item) => item.record);
  const queries = typoQueries(generated, QUERIES);
  const subset = queries.slice(0, FUSE_QUERIES);
  const terms = new Set<string>();
  for (const record of records) {
    for (const text of [record.name, ...record.keywords, record.sector.nl, record.sector.en]) for (const term of tokenize(text)) terms.add(term);
  }
  progress('data');
  const results = ENGINES.map((engine) => {
    const result = measureEngine(engine, records, queries, subset);
    progress(engine.name);
    return result;
  });
  const ours = results[0]!;

  const rows: Row[] = [
    {
      section: 'search',
      name: `ours: index build, ${RECORDS.toLocaleString('en')} records (median of ${BUILDS})`,
      measured: ms(ours.buildMedian),
      limit: `≤ ${LIMITS.buildMs} ms`,
      result: ours.buildMedian <= LIMITS.buildMs ? 'PASS' : 'FAIL',
      value: ours.buildMedian,
      limitValue: LIMITS.buildMs,
      unit: 'ms',
    },
    {
      section: 'search',
      name: `ours: typo query, median (${ours.queries} queries × ${ours.rounds} rounds)`,
      measured: ms(ours.median),
      limit: `≤ ${LIMITS.medianMs} ms`,
      result: ours.median <= LIMITS.medianMs ? 'PASS' : 'FAIL',
      value: ours.median,
      limitValue: LIMITS.medianMs,
      unit: 'ms',
    },
    {
      section: 'search',
      name: 'ours: typo query, p95',
      measured: ms(ours.p95),
      limit: `≤ ${LIMITS.p95Ms} ms`,
      result: ours.p95 <= LIMITS.p95Ms ? 'PASS' : 'FAIL',
      value: ours.p95,
      limitValue: LIMITS.p95Ms,
      unit: 'ms',
    },
    {
      section: 'search',
      name: `ours: typo recall (intended record in top ${TOP})`,
      measured: `${percent(ours.recall)} (${ours.found}/${ours.queries})`,
      limit: 'reported',
      result: 'info',
      value: ours.recall,
    },
  ];
  for (const other of results.slice(1)) {
    const sampled = other.queries < QUERIES;
    rows.push(
      {
        section: 'search',
        name: `${other.engine}: index build (median of ${BUILDS})`,
        measured: ms(other.buildMedian),
        limit: '—',
        result: 'info',
        value: other.buildMedian,
        unit: 'ms',
      },
      {
        section: 'search',
        name: `${other.engine}: typo query, median · p95 (${other.queries} queries × ${other.rounds} round${other.rounds > 1 ? 's' : ''})`,
        measured: `${ms(other.median)} · ${ms(other.p95)}`,
        limit: '—',
        result: 'info',
        value: other.median,
        unit: 'ms',
      },
      {
        section: 'search',
        name: `${other.engine}: typo recall (top ${TOP})`,
        measured: sampled
          ? `${percent(other.recall)} (${other.found}/${other.queries}; ours on the same ${other.queries}: ${percent(ours.subsetRecall)})`
          : `${percent(other.recall)} (${other.found}/${other.queries})`,
        limit: '—',
        result: 'info',
        value: other.recall,
      },
    );
  }
  const byTypo = results.map((result) => `${result.engine} ${Object.entries(result.recallByTypo).map(([kind, share]) => `${kind} ${share}`).join(', ')}`);
  return {
    rows,
    details: {
      records: RECORDS,
      uniqueTerms: terms.size,
      queries: QUERIES,
      sampleQueries: queries.slice(0, 8).map(({ query, targetId, typo }) => ({ query, targetId, typo })),
      engines: results,
    },
    notes: [`search recall by typo kind: ${byTypo.join(' | ')}`],
  };
}
