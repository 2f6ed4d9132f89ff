import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  caoCatalog,
  caoProblemsCatalog,
  DRAFT_KINDS,
  draftConflictCatalog,
  caoRecordSchema,
  describeCao,
  describeIssue,
  formatEuros,
  formatPartialDate,
  loadMessages,
  parseCaoDataset,
  toLocale,
  translator,
  validationMessages,
  type CaoRecord,
} from '@stagekit/core';

const records = parseCaoDataset(JSON.parse(readFileSync(new URL('../../packages/core/data/cao-dataset.json', import.meta.url), 'utf8'))).records;
const byId = (id: string) => records.find((record: CaoRecord) => record.id === id)!;

test('the English catalogues have exactly the Dutch keys, and no empty message', async () => {
  const [nl, en, problemsNl, problemsEn] = await Promise.all([
    loadMessages(caoCatalog, 'nl'),
    loadMessages(caoCatalog, 'en'),
    loadMessages(caoProblemsCatalog, 'nl'),
    loadMessages(caoProblemsCatalog, 'en'),
  ]);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  assert.deepEqual(Object.keys(problemsEn).sort(), Object.keys(problemsNl).sort());
  assert.deepEqual(Object.keys(validationMessages.en).sort(), Object.keys(validationMessages.nl).sort());
  for (const messages of [nl, en, problemsNl, problemsEn, validationMessages.nl, validationMessages.en]) {
    for (const [key, message] of Object.entries(messages)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const form of forms) assert.ok(form.trim().length > 0, key);
    }
  }
});

test("the two-tabs question has the same keys in both languages, a question for every kind of draft, and no empty text", async () => {
  const [nl, en] = await Promise.all([loadMessages(draftConflictCatalog, 'nl'), loadMessages(draftConflictCatalog, 'en')]);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  for (const kind of DRAFT_KINDS) assert.ok(`question.${kind}` in nl, kind);
  for (const message of [...Object.values(nl), ...Object.values(en)]) assert.ok(typeof message === 'string' && message.trim().length > 0);
});

test('every dataset text exists in Dutch and English', () => {
  for (const record of records) {
    assert.ok(record.sector.nl && record.sector.en, record.id);
    if (record.clause.status === 'found') {
      for (const amount of record.clause.amounts) {
        if (amount.conditions.note) assert.ok(amount.conditions.note.nl && amount.conditions.note.en, record.id);
      }
    }
  }
});

test('languages resolve from BCP 47 tags, with Dutch as the default', () => {
  assert.equal(toLocale('en-GB'), 'en');
  assert.equal(toLocale('NL-be'), 'nl');
  assert.equal(toLocale('fr'), 'nl');
  assert.equal(toLocale(undefined), 'nl');
});

test('money and dates are formatted for each language, only as precise as known', () => {
  assert.equal(formatEuros(40000, 'nl').replace(/\s/g, ' '), '€ 400,00');
  assert.equal(formatEuros(23333, 'en'), '€233.33');
  assert.equal(formatPartialDate('2024', 'nl'), '2024');
  assert.equal(formatPartialDate('2026-11', 'nl'), 'november 2026');
  assert.equal(formatPartialDate('2026-11', 'en'), 'November 2026');
  assert.equal(formatPartialDate('2023-01-01', 'nl'), '1 januari 2023');
});

test('describes a clause in plain words with every figure\'s source', async () => {
  const t = translator(await loadMessages(caoCatalog, 'nl'), 'nl');
  const horeca = describeCao(byId('cao-horeca'), { locale: 'nl', t, referenceDate: '2025-01-01' });
  assert.deepEqual(horeca.summary.map((line) => line.replace(/\s/g, ' ')), ['mbo en hbo: € 350,00 per maand']);
  assert.match(horeca.amounts[0]!.proration.replace(/\s/g, ' '), /3 of meer dagen: € 233,33/);
  assert.match(horeca.amounts[0]!.source.url!, /^https:\/\/www\.khn\.nl\//);
  assert.equal(horeca.amounts[0]!.source.mayBeOutdated, false);
  const later = describeCao(byId('cao-horeca'), { locale: 'nl', t, referenceDate: '2026-11-24' });
  assert.equal(later.amounts[0]!.source.mayBeOutdated, true);
});

test('says plainly when no clause was found, with the date of the check', async () => {
  const t = translator(await loadMessages(caoCatalog, 'en'), 'en');
  const description = describeCao(byId('cao-supermarkten'), { locale: 'en', t, referenceDate: '2026-11-24' });
  assert.equal(description.noClause!.text, 'No internship-compensation clause found in the sources checked in November 2026.');
  assert.deepEqual(description.amounts, []);
});

test('shows only the chosen level, and says when a clause has nothing for it', async () => {
  const t = translator(await loadMessages(caoCatalog, 'nl'), 'nl');
  const radboud = describeCao(byId('radboud-universiteit'), { locale: 'nl', t, referenceDate: '2026-11-24', level: 'mbo' });
  assert.deepEqual(radboud.summary.map((line) => line.replace(/\s/g, ' ')), ['mbo: € 191,00 per maand']);
  const horeca = describeCao(byId('cao-horeca'), { locale: 'nl', t, referenceDate: '2026-11-24', level: 'wo' });
  assert.deepEqual(horeca.summary, ['Deze regeling noemt geen bedrag voor wo.']);
});

test('validation problems are explained in the user\'s language', () => {
  const record = structuredClone(byId('cao-horeca')) as any;
  record.clause.amounts[0].euros = -1;
  const issue = caoRecordSchema.safeParse(record).error!.issues[0]!;
  assert.equal(describeIssue(issue, 'nl'), 'clause.amounts[0].euros moet een getal zijn van 0 tot en met 100000');
  assert.equal(describeIssue(issue, 'en'), 'clause.amounts[0].euros must be a number from 0 to 100000');
  const noName = caoRecordSchema.safeParse({ ...record, name: undefined }).error!.issues[0]!;
  assert.equal(describeIssue(noName, 'en'), 'name is missing or has the wrong type');
});
