import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { boundedEditDistance, createCaoSearch, normalizeText, parseCaoDataset, TextIndex } from '@stagekit/core';

const dataset = parseCaoDataset(JSON.parse(readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8')));
const search = createCaoSearch(dataset.records);
const top = (query: string, n = 1) => search.search(query, n).map((hit) => hit.doc.id);

test('finds CAOs by exact name, sector and employer type', () => {
  assert.deepEqual(top('Cao Horeca'), ['cao-horeca']);
  assert.deepEqual(top('horeca'), ['cao-horeca']);
  assert.deepEqual(top('kinderopvang'), ['cao-kinderopvang']);
  assert.deepEqual(top('gehandicaptenzorg'), ['cao-gehandicaptenzorg']);
  assert.deepEqual(top('restaurant'), ['cao-horeca']);
  assert.deepEqual(top('youth care'), ['cao-jeugdzorg']);
  assert.ok(top('ziekenhuis', 2).includes('cao-ziekenhuizen'));
  assert.deepEqual(top('ziekenhuizen'), ['cao-ziekenhuizen']);
});

test('finds CAOs by prefix while typing', () => {
  assert.deepEqual(top('kinderop'), ['cao-kinderopvang']);
  assert.deepEqual(top('hor'), ['cao-horeca']);
  assert.deepEqual(top('gehandic'), ['cao-gehandicaptenzorg']);
});

test('tolerates one typo: swapped, missing, extra or wrong letter', () => {
  assert.deepEqual(top('jeugdzrog'), ['cao-jeugdzorg']);
  assert.deepEqual(top('kinderopvnag'), ['cao-kinderopvang']);
  assert.deepEqual(top('horca'), ['cao-horeca']);
  assert.deepEqual(top('horecca'), ['cao-horeca']);
  assert.deepEqual(top('gehandicaptezorg'), ['cao-gehandicaptenzorg']);
  assert.deepEqual(top('kapprs'), ['cao-kappers']);
});

test('ignores diacritics and case on both sides', () => {
  assert.deepEqual(top('CAFE'), ['cao-horeca']);
  assert.deepEqual(top('café'), ['cao-horeca']);
  assert.ok(top('financiele sector', 5).includes('cao-verzekeraars'));
  assert.equal(normalizeText('Café-Ëten  & Co.'), 'cafe eten co');
});

test('ranks exact and prefix matches above typo matches', () => {
  const index = new TextIndex(
    [{ name: 'Zorgen' }, { name: 'Zorg' }, { name: 'Zorq' }, { name: 'Zorgverzekeraar' }],
    { title: (doc) => doc.name, fields: [{ text: (doc) => doc.name, weight: 1 }] },
  );
  assert.deepEqual(index.search('zorg').map((hit) => hit.doc.name), ['Zorg', 'Zorgen', 'Zorgverzekeraar', 'Zorq']);
});

test('needs every query word when some record has them all', () => {
  assert.deepEqual(top('cao jeugdzorg', 5), ['cao-jeugdzorg']);
  assert.deepEqual(search.search(''), []);
  assert.deepEqual(search.search('qqqqqqq'), []);
});

test('edit distance counts a swap of neighbours as one edit and stops early', () => {
  assert.equal(boundedEditDistance('jeugdzrog', 'jeugdzorg', 2), 1);
  assert.equal(boundedEditDistance('horeca', 'horeca', 1), 0);
  assert.equal(boundedEditDistance('abc', 'xyz', 1), 2);
  assert.equal(boundedEditDistance('kort', 'kortlang', 2), 3);
});
