import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { caoRecordSchema, DatasetError, parseCaoDataset, type CaoRecord } from '@stagekit/core';

const bundled = JSON.parse(readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8'));
const byId = (id: string): CaoRecord => structuredClone(bundled.records.find((record: CaoRecord) => record.id === id));
const envelope = (records: unknown[]) => ({ $schema: 'stagekit-cao-dataset/1', version: 't', date: '2026-11', records });

test('the bundled dataset is valid, versioned and has at least 30 records', () => {
  const dataset = parseCaoDataset(bundled);
  assert.equal(dataset.rejected.length, 0, JSON.stringify(dataset.rejected.slice(0, 2)));
  assert.ok(dataset.records.length >= 30);
  assert.match(dataset.version, /^\d{4}\.\d+\.\d+$/);
  for (const record of bundled.records) assert.ok(caoRecordSchema.safeParse(record).success, record.id);
});

test('every bundled amount has a source with a link, a checked date and a confidence', () => {
  const dataset = parseCaoDataset(bundled);
  let amounts = 0;
  for (const record of dataset.records) {
    if (record.clause.status === 'none-found') {
      assert.ok(record.clause.source.checked, record.id);
      continue;
    }
    for (const amount of record.clause.amounts) {
      if (amount.euros === null) continue;
      amounts++;
      assert.match(amount.source.url ?? '', /^https?:\/\//, record.id);
      assert.ok(amount.source.checked && amount.source.confidence, record.id);
    }
  }
  assert.ok(amounts >= 10, `only ${amounts} amounts`);
});

test('the bundled dataset holds the figures of the domain fact base, not invented ones', () => {
  const euros = (id: string) => {
    const clause = byId(id).clause;
    return clause.status === 'found' ? clause.amounts.map((amount) => amount.euros) : [];
  };
  assert.deepEqual(euros('rijksoverheid-stagiairs'), [747]);
  assert.deepEqual(euros('cao-jeugdzorg'), [400]);
  assert.deepEqual(euros('cao-horeca'), [350]);
  assert.deepEqual(euros('cao-umc'), [358]);
  assert.deepEqual(euros('cao-kinderopvang'), [null]);
  assert.equal(byId('cao-metalektro').clause.status, 'none-found');
});

test('rejects malformed records and says where', () => {
  const cases: [string, (record: any) => void, string][] = [
    ['missing source', (r) => delete r.clause.amounts[0].source, 'clause'],
    ['source link missing for an amount', (r) => delete r.clause.amounts[0].source.url, 'clause.amounts.0.source.url'],
    ['negative amount', (r) => (r.clause.amounts[0].euros = -1), 'clause.amounts.0.euros'],
    ['more than 2 decimals', (r) => (r.clause.amounts[0].euros = 1.234), 'clause.amounts.0.euros'],
    ['unknown level', (r) => (r.clause.amounts[0].levels = ['phd']), 'clause.amounts.0.levels.0'],
    ['no level', (r) => (r.clause.amounts[0].levels = []), 'clause.amounts.0.levels'],
    ['impossible day', (r) => (r.clause.amounts[0].source.figureDate = '2023-02-30'), 'clause.amounts.0.source.figureDate'],
    ['month 13', (r) => (r.clause.amounts[0].validity.from = '2024-13'), 'clause.amounts.0.validity.from'],
    ['validity ends before it starts', (r) => Object.assign(r.clause.amounts[0].validity, { from: '2025', to: '2024' }), 'clause.amounts.0.validity.to'],
    ['empty name', (r) => (r.name = ' '), 'name'],
    ['bad id', (r) => (r.id = 'Cao Horeca!'), 'id'],
    ['unknown confidence', (r) => (r.clause.amounts[0].source.confidence = 'certain'), 'clause.amounts.0.source.confidence'],
  ];
  for (const [name, breakIt, path] of cases) {
    const record = byId('cao-horeca');
    breakIt(record);
    const result = caoRecordSchema.safeParse(record);
    assert.equal(result.success, false, name);
    const issue = result.error!.issues[0]!;
    const paths = issue.code === 'invalid_union' ? issue.errors.flat().map((inner) => [...issue.path, ...inner.path].join('.')) : [issue.path.join('.')];
    assert.ok(paths.some((p) => p.startsWith(path)), `${name}: ${paths.join(' | ')}`);
  }
});

test('a dataset with bad records keeps the good ones and lists the bad ones with their position', () => {
  const bad = byId('cao-jeugdzorg');
  (bad.clause as any).amounts[0].euros = -5;
  const duplicate = byId('cao-horeca');
  const dataset = parseCaoDataset(envelope([byId('cao-horeca'), bad, 42, duplicate]));
  assert.deepEqual(dataset.records.map((r) => r.id), ['cao-horeca']);
  assert.deepEqual(dataset.rejected.map((r) => [r.index, r.id]), [[1, 'cao-jeugdzorg'], [2, undefined], [3, 'cao-horeca']]);
  assert.equal(dataset.rejected[2]!.issues[0]!.message, 'duplicate-id');
});

test('a file that is no CAO dataset at all is refused as a whole', () => {
  for (const data of [null, [], { records: [] }, { $schema: 'other', version: '1', date: '2026', records: [] }, 'text']) {
    assert.throws(() => parseCaoDataset(data), (error: unknown) => error instanceof DatasetError && error.code === 'dataset-invalid');
  }
});
