import { test } from 'node:test';
import { agreementMessagesNl } from '../../packages/core/src/i18n/messages/agreement.nl.ts';
import { agreementMessagesEn } from '../../packages/core/src/i18n/messages/agreement.en.ts';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  AGREEMENT_FIELDS,
  AGREEMENT_LIMITS,
  AGREEMENT_STEPS,
  REGIMES,
  amend,
  canonicalContent,
  createAgreement,
  describeIssue,
  formatMessage,
  diffFields,
  duplicateAgreement,
  fingerprint,
  loadAgreementTools,
  stepFields,
  validationMessages,
  versionChanges,
  withDocumentLanguage,
  withFields,
  withRegime,
  withSource,
  type Agreement,
  type AgreementFields,
  type AgreementFileResult,
  type Regime,
  type Source,
} from '@stagekit/core';

/*
 * The agreement's fingerprint, its file, its share link and its versions. The fingerprint is checked
 * against SHA-256 from node:crypto over a canonical text written out by hand.
 */

const { AGREEMENT_FILE_FORMAT, MAX_SHARE_URL_LENGTH, SHARE_KEY, agreementFromFile, agreementToFile, parseAgreement, readShareFragment, shareUrl } = await loadAgreementTools();

const RUNS = { numRuns: 300 };
const PLAIN = { noNullPrototype: true } as const;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const fixture = JSON.parse(readFileSync(new URL('../fixtures/agreement/full-fields.json', import.meta.url), 'utf8')) as {
  common: AgreementFields;
  regimes: Record<Regime, AgreementFields>;
};
const fullFields = (regime: Regime): AgreementFields => ({ ...fixture.common, ...fixture.regimes[regime] });
const full = (regime: Regime = 'mbo', change: Partial<Agreement> = {}): Agreement => ({ ...createAgreement({ regime, fields: fullFields(regime) }), ...change });

const CAO_SOURCE: Source = {
  url: 'https://www.example.nl/cao-bakkers',
  title: 'Cao Bakkersbedrijf 2026: stagevergoeding',
  publisher: 'Sociaal Fonds Bakkersbedrijf',
  figureDate: '2026-01-01',
  checked: '2026-11',
  confidence: 'high',
};

const fileText = (agreement: Agreement, space?: number) => JSON.stringify(agreementToFile(agreement), null, space);
const problemOf = (result: AgreementFileResult) => {
  assert.equal(result.ok, false, 'the file should be refused');
  return (result as Extract<AgreementFileResult, { ok: false }>).problem;
};
/** A file changed as JSON, with the fingerprint left as it was. */
const edited = (agreement: Agreement, change: (file: Record<string, any>) => void): string => {
  const file = JSON.parse(fileText(agreement)) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
};

// ── Fingerprint ────────────────────────────────────────────────────────────────────────────────

const AGREEMENT_MESSAGES = { nl: agreementMessagesNl, en: agreementMessagesEn } as const;

test('the fingerprint is SHA-256 of a canonical text: hand-written text, hashed by node:crypto', () => {
  const content = {
    regime: 'mbo' as const,
    version: 2,
    fields: {
      'student.name': '  Ayla \r\n\r\n  de   Vries ',
      'student.email': ' Ayla@Example.NL ',
      'period.officeDays': 'fri, MON',
      'period.hoursPerWeek': '32,5',
      'compensation.amount': '400,00',
      'company.kvk': '1234 5678',
      'student.phone': '06 1234 5678',
      'student.address': 'Cafe\u0301 1',
      'goals.plan': '   ',
    },
  };
  const canonical =
    '{"fields":{"company.kvk":"12345678","compensation.amount":"400","period.hoursPerWeek":"32.5","period.officeDays":"mon,fri",' +
    '"student.address":"Caf\u00e9 1","student.email":"ayla@example.nl","student.name":"Ayla\\nde Vries","student.phone":"0612345678"},"regime":"mbo","version":2}';
  assert.equal(canonicalContent(content), canonical);
  assert.equal(fingerprint(content), sha256(canonical));
  assert.match(fingerprint(content), /^[0-9a-f]{64}$/);
  // The known SHA-256 of the empty mbo agreement, from the canonical text alone.
  assert.equal(fingerprint({ regime: 'mbo', version: 1, fields: {} }), sha256('{"fields":{},"regime":"mbo","version":1}'));
});

test('the fingerprint ignores key order, JSON whitespace, spacing, line endings, number spelling, weekday order and e-mail case', () => {
  const base = full('mbo');
  const print = fingerprint(base);
  const same = (fields: AgreementFields, what: string) => assert.equal(fingerprint({ ...base, fields }), print, what);
  same(Object.fromEntries(Object.entries(base.fields).reverse()), 'key order');
  same({ ...base.fields, 'student.name': '  Ayla   de\tVries  ' }, 'spaces and tabs');
  same({ ...base.fields, 'student.address': 'Kerkstraat 1,\u00a0Utrecht' }, 'no-break space');
  same({ ...base.fields, 'period.daysOff': 'Schoolvakanties en feestdagen\r\n' }, 'CRLF at the end');
  same({ ...base.fields, 'period.hoursPerWeek': '32.5' }, '"32,5" and "32.5"');
  same({ ...base.fields, 'period.hoursPerWeek': ' 32,50 ' }, '"32,5" and "32,50"');
  same({ ...base.fields, 'compensation.amount': '400,00' }, '"400" and "400,00"');
  same({ ...base.fields, 'period.officeDays': 'thu, tue,MON' }, 'weekday order and case');
  same({ ...base.fields, 'student.email': 'AYLA@Example.nl' }, 'e-mail case');
  same({ ...base.fields, 'company.kvk': '1234 5678' }, 'spaces in a code');
  same({ ...base.fields, 'goals.purpose': ' \n ' }, 'a blank value counts as absent');
  // Not content: the document's language, the id and the timestamps.
  assert.equal(fingerprint(withDocumentLanguage(base, 'en')), print);
  const renamed: Agreement = { ...base, id: 'other', created: '2020-01-01T00:00:00.000Z', updated: '2030-01-01T00:00:00.000Z' };
  assert.equal(fingerprint(renamed), print);
  // Line endings inside a long text: CRLF, CR and LF, and blank lines, are one and the same.
  const lines = (text: string) => fingerprint({ ...base, fields: { ...base.fields, 'goals.learning': text } });
  assert.equal(lines('Deeg maken\r\nOven bedienen'), lines('Deeg maken\nOven bedienen'));
  assert.equal(lines('Deeg maken\rOven bedienen'), lines('Deeg maken\n\n\nOven bedienen'));
  assert.notEqual(lines('Deeg maken\nOven bedienen'), lines('Deeg maken Oven bedienen'), 'a line break is content');

  // JSON whitespace: a pretty-printed file reads back to the same agreement and fingerprint.
  const read = agreementFromFile(fileText(base, 2));
  assert.ok(read.ok);
  assert.equal(fingerprint(read.agreement), print);
});

test('the fingerprint changes with the regime, the version and any value', () => {
  const base = full('hbo');
  const print = fingerprint(base);
  assert.notEqual(fingerprint(withRegime(base, 'wo')), print);
  assert.notEqual(fingerprint({ ...base, version: 2 }), print);
  assert.notEqual(fingerprint(withFields(base, { 'compensation.amount': '400,01' })), print);
  assert.notEqual(fingerprint(withFields(base, { 'period.officeDays': 'mon,tue' })), print);
  assert.notEqual(fingerprint(withFields(base, { 'student.name': 'Ayla de  Vries!' })), print);
  assert.notEqual(fingerprint(withFields(base, { 'student.name': 'ayla de vries' })), print, 'case is content outside e-mail addresses');
  assert.notEqual(fingerprint(withFields(base, { 'student.name': 'Ayla de Vrie\u200bs' })), print, 'a zero-width space is content');
  assert.notEqual(fingerprint(withFields(base, { 'student.name': '\u202eAyla de Vries' })), print, 'a right-to-left override is content');
  assert.notEqual(fingerprint(withFields(base, { 'goals.plan': '' })), print, 'removing a field');
  assert.notEqual(fingerprint(withFields(base, { 'company.sbbNumber': '1' })), print, 'a field of another regime still counts');
});

const fieldIds = AGREEMENT_FIELDS.map((field) => field.id);
const anyValue = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom('32,5', '32.5', '400', 'mon,tue', 'tue, mon', 'Ayla@Example.nl', '2027-02-01', 'yes', '06 12345678', '\u202e', '\u200b'),
);
const anyFields: fc.Arbitrary<AgreementFields> = fc.dictionary(fc.constantFrom(...fieldIds), anyValue, { maxKeys: 25, ...PLAIN });
const anyContent = fc.record({ regime: fc.constantFrom(...REGIMES), version: fc.integer({ min: 1, max: 1000 }), fields: anyFields }, PLAIN);

test('property: the fingerprint is SHA-256 (node:crypto) of the canonical content, 64 hex digits', () => {
  fc.assert(
    fc.property(anyContent, (content) => {
      const print = fingerprint(content);
      assert.match(print, /^[0-9a-f]{64}$/);
      assert.equal(print, sha256(canonicalContent(content)));
      const parsed = JSON.parse(canonicalContent(content)) as { fields: Record<string, string>; regime: string; version: number };
      assert.deepEqual(Object.keys(parsed), ['fields', 'regime', 'version']);
      assert.deepEqual(Object.keys(parsed.fields), [...Object.keys(parsed.fields)].sort(), 'keys sorted');
    }),
    RUNS,
  );
});

test('property: shuffling the fields, or re-reading them from JSON, keeps the fingerprint', () => {
  fc.assert(
    fc.property(
      anyContent.chain((content) => fc.tuple(fc.constant(content), fc.shuffledSubarray(Object.entries(content.fields), { minLength: Object.keys(content.fields).length }))),
      ([content, shuffled]) => {
        assert.equal(fingerprint({ ...content, fields: Object.fromEntries(shuffled) }), fingerprint(content));
        assert.equal(fingerprint(JSON.parse(JSON.stringify(content, null, 3)) as typeof content), fingerprint(content));
      },
    ),
    RUNS,
  );
});

test('property: any edit of a field — appending a character, adding or removing the field — changes the fingerprint', () => {
  // Letters and symbols that are neither spacing nor part of a number, so the edit is always content.
  const mark = fc.constantFrom('x', 'Q', 'é', '€', '!', '<', '"', '\\', '\u202e', '\u200b', '李', '😀');
  fc.assert(
    fc.property(anyContent, fc.constantFrom(...fieldIds), anyValue, mark, (content, id, value, extra) => {
      const before = { ...content, fields: { ...content.fields, [id]: value } };
      const appended = { ...content, fields: { ...content.fields, [id]: value + extra } };
      assert.notEqual(fingerprint(appended), fingerprint(before), `appending ${JSON.stringify(extra)} to ${id}`);
      const { [id]: _removed, ...rest } = appended.fields;
      assert.notEqual(fingerprint({ ...content, fields: rest }), fingerprint(appended), `removing ${id}`);
    }),
    RUNS,
  );
});

test('property: numbers and weekdays are read as what they mean', () => {
  const number = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }));
  const spell = ([whole, cents]: [number, number], comma: boolean) => (cents === 0 ? String(whole) : `${whole}${comma ? ',' : '.'}${String(cents).padStart(2, '0')}`);
  fc.assert(
    fc.property(number, number, fc.boolean(), fc.boolean(), (a, b, commaA, commaB) => {
      const print = (value: string) => fingerprint({ regime: 'mbo', version: 1, fields: { 'period.totalHours': value, 'compensation.amount': value } });
      assert.equal(print(spell(a, commaA)) === print(spell(b, commaB)), a[0] === b[0] && a[1] === b[1]);
    }),
    RUNS,
  );
  const days = fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], { minLength: 1 });
  fc.assert(
    fc.property(days, days, fc.boolean(), (a, b, reverse) => {
      const print = (list: string[]) => fingerprint({ regime: 'hbo', version: 1, fields: { 'period.schoolDays': list.join(', ') } });
      const sameSet = a.length === b.length && a.every((day) => b.includes(day));
      assert.equal(print(reverse ? [...a].reverse() : a) === print(b), sameSet);
    }),
    RUNS,
  );
});

// ── Files ──────────────────────────────────────────────────────────────────────────────────────

test('a file reads back to the same agreement: every regime, with history, sources and both languages', () => {
  for (const regime of REGIMES) {
    let agreement = withSource(full(regime), CAO_SOURCE);
    agreement = withFields(amend(agreement), { 'compensation.amount': '425' });
    agreement = withDocumentLanguage(agreement, 'en');
    const file = agreementToFile(agreement);
    assert.equal(file.format, AGREEMENT_FILE_FORMAT);
    assert.equal(file.fingerprint, fingerprint(agreement));
    for (const space of [undefined, 2]) {
      const read = agreementFromFile(fileText(agreement, space));
      assert.ok(read.ok, `${regime}: ${JSON.stringify(!read.ok && read.problem)}`);
      assert.deepEqual(read.agreement, agreement);
    }
    assert.deepEqual(parseAgreement(JSON.parse(JSON.stringify(agreement))), { ok: true, agreement });
  }
});

test('bad files give the right problem and never throw', () => {
  const agreement = full('mbo');
  const oversized = fileText(agreement).replace('{', `{${' '.repeat(AGREEMENT_LIMITS.fileBytes)}`);
  const cases: [name: string, text: string, kind: string][] = [
    ['not JSON', '{"format": "stagekit-agreement/1", ', 'not-json'],
    ['empty', '', 'not-json'],
    ['a PDF', '%PDF-1.7\n', 'not-json'],
    ['an array', '[]', 'not-agreement'],
    ['null', 'null', 'not-agreement'],
    ['a string', '"stagekit-agreement/1"', 'not-agreement'],
    ['a planner file', JSON.stringify({ format: 'stagekit-plan/3', plan: {} }), 'not-agreement'],
    ['a newer format', edited(agreement, (file) => (file.format = 'stagekit-agreement/2')), 'not-agreement'],
    ['too large, though valid JSON', oversized, 'too-large'],
    ['too large and not JSON', 'x'.repeat(AGREEMENT_LIMITS.fileBytes + 1), 'too-large'],
    ['version as text', edited(agreement, (file) => (file.agreement.version = '1')), 'invalid'],
    ['version 0', edited(agreement, (file) => (file.agreement.version = 0)), 'invalid'],
    ['a number as a value', edited(agreement, (file) => (file.agreement.fields['student.name'] = 42)), 'invalid'],
    ['fields as a list', edited(agreement, (file) => (file.agreement.fields = [])), 'invalid'],
    ['an unknown regime', edited(agreement, (file) => (file.agreement.regime = 'vmbo')), 'invalid'],
    ['an unknown language', edited(agreement, (file) => (file.agreement.documentLanguage = 'de')), 'invalid'],
    ['history as an object', edited(agreement, (file) => (file.agreement.history = {})), 'invalid'],
    ['an unknown field id', edited(agreement, (file) => (file.agreement.fields['student.shoeSize'] = '42')), 'invalid'],
    ['a 5,000-character value', edited(agreement, (file) => (file.agreement.fields['goals.learning'] = 'a'.repeat(5000))), 'invalid'],
    ['an extra key in the file', edited(agreement, (file) => (file.signature = 'x')), 'invalid'],
    ['an extra key in the agreement', edited(agreement, (file) => (file.agreement.owner = 'x')), 'invalid'],
    ['a bad fingerprint', edited(agreement, (file) => (file.fingerprint = 'ABC')), 'invalid'],
    ['a bad id', edited(agreement, (file) => (file.agreement.id = '../etc/passwd')), 'invalid'],
    ['a bad timestamp', edited(agreement, (file) => (file.agreement.updated = 'yesterday')), 'invalid'],
    ['a source without a web address', edited(agreement, (file) => (file.agreement.sources = [{ ...CAO_SOURCE, url: 'javascript:alert(1)' }])), 'invalid'],
    ['a value changed, the fingerprint kept', edited(agreement, (file) => (file.agreement.fields['compensation.amount'] = '40')), 'tampered'],
    ['a field added, the fingerprint kept', edited(agreement, (file) => (file.agreement.fields['absence.makeUp'] = 'Nooit')), 'tampered'],
    ['a field removed, the fingerprint kept', edited(agreement, (file) => delete file.agreement.fields['termination.terms']), 'tampered'],
    ['the version changed, the fingerprint kept', edited(agreement, (file) => (file.agreement.version = 2)), 'tampered'],
    ['the regime changed, the fingerprint kept', edited(agreement, (file) => (file.agreement.regime = 'hbo')), 'tampered'],
    ['a fingerprint from another agreement', edited(agreement, (file) => (file.fingerprint = fingerprint(full('wo')))), 'tampered'],
  ];
  for (const [name, text, kind] of cases) {
    let result: AgreementFileResult | undefined;
    assert.doesNotThrow(() => (result = agreementFromFile(text)), name);
    assert.equal(problemOf(result!).kind, kind, name);
  }
  assert.deepEqual(problemOf(agreementFromFile(oversized)), { kind: 'too-large', maximum: AGREEMENT_LIMITS.fileBytes });
});

test('an invalid file says where and what, with a message in both languages', () => {
  const agreement = full('mbo');
  const issuesOf = (text: string) => {
    const problem = problemOf(agreementFromFile(text));
    assert.equal(problem.kind, 'invalid');
    return (problem as { issues: Parameters<typeof describeIssue>[0][] }).issues;
  };
  const expect = (text: string, path: (string | number)[], key: string, words: { nl: string; en: string }) => {
    const issues = issuesOf(text);
    const issue = issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    assert.ok(issue, `no issue at ${path.join('.')}: ${JSON.stringify(issues)}`);
    assert.ok(issue.message === key || issue.code === key, `${path.join('.')}: ${issue.message} / ${issue.code}, wanted ${key}`);
    for (const locale of ['nl', 'en'] as const) {
      // The agreement's own rules have their words in its messages (`rule.<key>`), as the builder passes them.
      const own = (ruleKey: string, params: Readonly<Record<string, string | number>>) => {
        const message = (AGREEMENT_MESSAGES[locale] as Record<string, string>)[`rule.${ruleKey}`];
        return message === undefined ? undefined : formatMessage(message, locale, params);
      };
      const text = describeIssue(issue, locale, own);
      assert.ok(text.includes(words[locale]), `${locale}: ${text}`);
      assert.doesNotMatch(text, /\{\w+\}|  /, `${locale}: a placeholder is left or empty: ${text}`);
    }
  };
  expect(edited(agreement, (file) => (file.agreement.fields['student.shoeSize'] = '42')), ['agreement', 'fields', 'student.shoeSize'], 'unknown-field', {
    nl: 'agreement.fields.student.shoeSize is geen veld van de overeenkomst',
    en: 'agreement.fields.student.shoeSize is not a field of the agreement',
  });
  expect(edited(agreement, (file) => (file.agreement.fields['goals.learning'] = 'a'.repeat(5000))), ['agreement', 'fields', 'goals.learning'], 'too-long', {
    nl: 'hoogstens 4000 tekens',
    en: 'at most 4000 characters',
  });
  expect(edited(agreement, (file) => (file.agreement.version = 1.5)), ['agreement', 'version'], 'whole-number-range', { nl: 'van 1 tot en met 1000', en: 'from 1 to 1000' });
  expect(edited(agreement, (file) => (file.fingerprint = 'ABC')), ['fingerprint'], 'fingerprint-format', { nl: 'vingerafdruk', en: 'fingerprint' });
  expect(edited(agreement, (file) => (file.agreement.id = 'Kees Jansen')), ['agreement', 'id'], 'record-id', { nl: 'kleine letters', en: 'lower-case' });
  expect(edited(agreement, (file) => (file.agreement.created = 'gisteren')), ['agreement', 'created'], 'timestamp', { nl: 'datum en tijd', en: 'date and time' });
  expect(edited(agreement, (file) => (file.agreement.owner = 'x')), ['agreement'], 'unrecognized_keys', { nl: 'owner', en: 'owner' });
  // Every custom message a file can produce has words in both languages.
  for (const key of ['too-long', 'whole-number-range', 'record-id', 'list-too-long']) {
    assert.ok(key in validationMessages.nl && key in validationMessages.en, key);
  }
  for (const key of ['unknown-field', 'fingerprint-format', 'timestamp']) {
    assert.ok(`rule.${key}` in AGREEMENT_MESSAGES.nl && `rule.${key}` in AGREEMENT_MESSAGES.en, key);
  }
});

test('history: at most 50 earlier versions in a file; amending keeps the newest 50', () => {
  const base = full('wo');
  const history = Array.from({ length: AGREEMENT_LIMITS.history + 1 }, (_, index) => ({
    version: index + 1,
    fields: { 'student.name': `Versie ${index + 1}` },
    fingerprint: fingerprint({ regime: 'wo', version: index + 1, fields: { 'student.name': `Versie ${index + 1}` } }),
    closed: '2027-01-01T00:00:00.000Z',
  }));
  const tooLong = { ...base, version: history.length + 1, history };
  const problem = problemOf(agreementFromFile(fileText(tooLong)));
  assert.equal(problem.kind, 'invalid');
  assert.ok(problem.kind === 'invalid' && problem.issues.some((issue) => issue.message === 'list-too-long' && issue.path.join('.') === 'agreement.history'));
  const fits = { ...tooLong, history: history.slice(1) };
  assert.ok(agreementFromFile(fileText(fits)).ok);

  let amended = full('mbo');
  for (let step = 0; step < 55; step++) amended = withFields(amend(amended), { 'goals.plan': `Plan ${step + 2}` });
  assert.equal(amended.version, 56);
  assert.equal(amended.history.length, AGREEMENT_LIMITS.history);
  assert.deepEqual(
    amended.history.map((entry) => entry.version),
    Array.from({ length: 50 }, (_, index) => index + 6),
  );
  const read = agreementFromFile(fileText(amended));
  assert.ok(read.ok);
  assert.deepEqual(read.agreement, amended);
});

test('property: no text, JSON value or edited file makes the reader throw; a changed file is never read as the original', () => {
  const agreement = full('mbo');
  const original = JSON.parse(fileText(agreement)) as Record<string, any>;
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
      const result = agreementFromFile(text);
      assert.equal(result.ok, false);
    }),
    RUNS,
  );
  // Replace one value somewhere in the file with any JSON value.
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  walk(original, []);
  fc.assert(
    fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.jsonValue(), (path, replacement) => {
      const file = structuredClone(original);
      let target: any = file;
      for (const key of path.slice(0, -1)) target = target[key];
      const before = target[path.at(-1)!];
      target[path.at(-1)!] = replacement;
      const result = agreementFromFile(JSON.stringify(file));
      if (result.ok) {
        // Accepted only when the change is no change of content (e.g. the same value, or the document language).
        assert.equal(fingerprint(result.agreement), original.fingerprint, `${path.join('.')}: ${JSON.stringify(before)} → ${JSON.stringify(replacement)}`);
      }
    }),
    RUNS,
  );
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><script>alert(1)</script></svg>#x"/></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>klik</text></a></svg>',
  '\u202eevil.exe\u202c txt',
  'Ay\u200bla\u200c de\u200d Vries\u2060\ufeff',
  '"}];alert(1);//',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '%00\u0000nul',
];

test('hostile text survives the file and the share link unchanged, as text', async () => {
  const fields: AgreementFields = {};
  const textIds = AGREEMENT_FIELDS.filter((field) => field.kind === 'text' || field.kind === 'long-text').map((field) => field.id);
  HOSTILE.forEach((payload, index) => (fields[textIds[index]!] = payload));
  fields['goals.learning'] = HOSTILE.join('\n');
  const agreement = createAgreement({ regime: 'hbo', fields });
  const read = agreementFromFile(fileText(agreement));
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problem));
  assert.deepEqual(read.agreement.fields, fields);
  for (const [id, value] of Object.entries(fields)) assert.equal(read.agreement.fields[id], value, id);
  const url = await shareUrl('https://stagekit.example/overeenkomst', agreement);
  assert.ok(url);
  assert.doesNotMatch(url.slice(url.indexOf('#')), /[<>"' ]/, 'the link itself holds only URL-safe letters');
  const shared = await readShareFragment(new URL(url).hash);
  assert.ok(shared?.ok);
  assert.deepEqual(shared.agreement, agreement);
});

// ── Share links ────────────────────────────────────────────────────────────────────────────────

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

test('a share link carries the whole agreement in the fragment and reads back the same', async () => {
  for (const regime of REGIMES) {
    const agreement = withSource(amend(full(regime)), CAO_SOURCE);
    const url = await shareUrl('https://stagekit.example/bouwer?taal=nl#oud', agreement);
    assert.ok(url, regime);
    assert.ok(url.startsWith(`https://stagekit.example/bouwer?taal=nl#${SHARE_KEY}z`), url.slice(0, 80));
    assert.ok(url.length <= MAX_SHARE_URL_LENGTH);
    const read = await readShareFragment(new URL(url).hash);
    assert.ok(read?.ok, JSON.stringify(read));
    assert.deepEqual(read.agreement, agreement);
    // Without the leading '#', too.
    assert.ok((await readShareFragment(new URL(url).hash.slice(1)))?.ok);
  }
  // The plain form (for engines without CompressionStream) reads too.
  const agreement = full('hbo');
  const plain = await readShareFragment(`#${SHARE_KEY}j${base64Url(new TextEncoder().encode(fileText(agreement)))}`);
  assert.ok(plain?.ok);
  assert.deepEqual(plain.agreement, agreement);
  assert.equal(await readShareFragment('#section-2'), undefined);
  assert.equal(await readShareFragment(''), undefined);
});

test('an agreement too long for a link gives no link', async () => {
  const fields: AgreementFields = {};
  // Random hex does not compress well: 12 × 4,000 characters is far more than 8,000 in any packing.
  for (const field of AGREEMENT_FIELDS.filter((candidate) => candidate.kind === 'long-text').slice(0, 12)) fields[field.id] = randomBytes(2000).toString('hex');
  const agreement = createAgreement({ regime: 'mbo', fields });
  assert.ok(agreementFromFile(fileText(agreement)).ok, 'the file is still fine');
  assert.equal(await shareUrl('https://stagekit.example/', agreement), undefined);
});

test('corrupted fragments give a problem, never a throw', async () => {
  const url = (await shareUrl('https://stagekit.example/', full('mbo')))!;
  const payload = url.slice(url.indexOf(SHARE_KEY) + SHARE_KEY.length);
  const file = fileText(full('mbo'));
  const fragments: [string, string][] = [
    [`#${SHARE_KEY}`, 'not-json'],
    [`#${SHARE_KEY}z`, 'not-json'],
    [`#${SHARE_KEY}zAAAA`, 'not-json'],
    [`#${SHARE_KEY}z!!!`, 'not-json'],
    [`#${SHARE_KEY}${payload.slice(0, payload.length / 2)}`, 'not-json'],
    [`#${SHARE_KEY}q${payload.slice(1)}`, 'not-json'],
    [`#${SHARE_KEY}j${base64Url(new Uint8Array([0xff, 0xfe, 0x00]))}`, 'not-json'],
    [`#${SHARE_KEY}j${base64Url(new TextEncoder().encode('[1,2,3]'))}`, 'not-agreement'],
    [`#${SHARE_KEY}j${base64Url(new TextEncoder().encode(file.replace('"Ayla de Vries"', '"Ayla de Vries!"')))}`, 'tampered'],
    [`#${SHARE_KEY}z${'A'.repeat(MAX_SHARE_URL_LENGTH)}`, 'too-large'],
  ];
  for (const [fragment, kind] of fragments) {
    const result = await readShareFragment(fragment);
    assert.ok(result, fragment.slice(0, 40));
    assert.equal(result.ok, false, fragment.slice(0, 40));
    assert.equal(!result.ok && result.problem.kind, kind, fragment.slice(0, 40));
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_%=+/ #';
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: payload.length - 1 }), fc.constantFrom(...alphabet), async (position, char) => {
      const corrupted = payload.slice(0, position) + char + payload.slice(position + 1);
      const result = await readShareFragment(`#${SHARE_KEY}${corrupted}`);
      assert.ok(result);
      // A change in the unused bits of the last letter changes nothing; any other change is refused.
      if (result.ok) assert.deepEqual(result.agreement, full('mbo', { id: result.agreement.id, created: result.agreement.created, updated: result.agreement.updated }));
    }),
    { numRuns: 200 },
  );
});

// ── Versions and copies ────────────────────────────────────────────────────────────────────────

test('amend keeps the version as it was, with its fingerprint, and goes on in the next version', () => {
  const first = full('mbo');
  const second = amend(first);
  assert.equal(second.version, 2);
  assert.deepEqual(second.fields, first.fields);
  assert.deepEqual(second.history, [{ version: 1, fields: first.fields, fingerprint: fingerprint(first), closed: second.updated }]);
  assert.notEqual(fingerprint(second), fingerprint(first), 'the version number is content');
  assert.ok(Date.parse(second.updated) >= Date.parse(first.updated));
  const third = amend(withFields(second, { 'compensation.amount': '425', 'goals.plan': '' }));
  assert.equal(third.version, 3);
  assert.equal(third.history.length, 2);
  for (const entry of third.history) assert.equal(entry.fingerprint, fingerprint({ regime: third.regime, version: entry.version, fields: entry.fields }), `version ${entry.version}`);
  assert.equal(third.history[1]!.fields['compensation.amount'], '425');
  assert.equal(first.version, 1, 'the original is not changed');
  assert.equal(first.history.length, 0);
});

test('diffFields: added, removed and changed, in form order; spelling and spacing are no change', () => {
  const before: AgreementFields = {
    'signing.place': 'Utrecht',
    'compensation.amount': '400',
    'period.hoursPerWeek': '32,5',
    'student.name': 'Ayla de Vries',
    'period.officeDays': 'mon,tue',
    'student.email': 'ayla@example.nl',
    'goals.learning': 'Deeg maken\nOven bedienen',
    'period.daysOff': 'Vakanties',
  };
  const after: AgreementFields = {
    'student.email': 'AYLA@example.nl ',
    'goals.learning': 'Deeg maken\r\n\r\nOven  bedienen ',
    'period.officeDays': 'tue, mon',
    'period.hoursPerWeek': '32.5',
    'compensation.amount': '425',
    'student.name': '  Ayla de Vries',
    'place.address': 'Dorpsweg 2',
    'signing.place': '',
    'trainer.name': 'Kees Jansen',
  };
  assert.deepEqual(diffFields(before, after), [
    { field: 'trainer.name', kind: 'added', after: 'Kees Jansen' },
    { field: 'place.address', kind: 'added', after: 'Dorpsweg 2' },
    { field: 'period.daysOff', kind: 'removed', before: 'Vakanties' },
    { field: 'compensation.amount', kind: 'changed', before: '400', after: '425' },
    { field: 'signing.place', kind: 'removed', before: 'Utrecht' },
  ]);
  assert.deepEqual(diffFields(before, before), []);
  assert.deepEqual(diffFields({}, {}), []);
  // Form order is the order of the steps.
  const formOrder = AGREEMENT_STEPS.flatMap((step) => stepFields(step, 'mbo'));
  const everything = Object.fromEntries(formOrder.map((id) => [id, 'x']));
  assert.deepEqual(
    diffFields({}, Object.fromEntries(Object.entries(everything).reverse())).map((change) => change.field),
    formOrder,
  );
});

test('versionChanges: what changed in each version, newest first', () => {
  const v1 = full('hbo');
  const v2 = withFields(amend(v1), { 'compensation.amount': '450', 'goals.plan': '' });
  const v3 = withFields(amend(v2), { 'student.email': 'AYLA@EXAMPLE.NL', 'complaints.confidant': 'Fatima El Amrani-Bakker' });
  const v4 = amend(v3);
  assert.deepEqual(versionChanges(v1), []);
  assert.deepEqual(versionChanges(v4), [
    { version: 4, changes: [] },
    { version: 3, changes: [{ field: 'complaints.confidant', kind: 'changed', before: 'Fatima El Amrani', after: 'Fatima El Amrani-Bakker' }] },
    {
      version: 2,
      changes: [
        { field: 'goals.plan', kind: 'removed', before: 'Stageplan 2027' },
        { field: 'compensation.amount', kind: 'changed', before: '400', after: '450' },
      ],
    },
  ]);
});

test('editing: empty values are removed, sources are added once, copies start over', () => {
  const agreement = full('mbo');
  const cleared = withFields(agreement, { 'goals.plan': '', 'goals.learning': '  \n ', 'student.number': 'S9' });
  assert.ok(!('goals.plan' in cleared.fields) && !('goals.learning' in cleared.fields));
  assert.equal(cleared.fields['student.number'], 'S9');
  assert.deepEqual(createAgreement({ regime: 'wo', fields: { 'student.name': ' ' } }).fields, {});
  const sourced = withSource(withSource(agreement, CAO_SOURCE), { ...CAO_SOURCE });
  assert.deepEqual(sourced.sources, [CAO_SOURCE]);
  assert.equal(withSource(sourced, { ...CAO_SOURCE, url: 'https://www.example.nl/andere' }).sources?.length, 2);
  let many = agreement;
  for (let index = 0; index < AGREEMENT_LIMITS.sources + 5; index++) many = withSource(many, { ...CAO_SOURCE, title: `Bron ${index}` });
  assert.equal(many.sources?.length, AGREEMENT_LIMITS.sources);
  assert.equal(many.sources?.at(-1)?.title, `Bron ${AGREEMENT_LIMITS.sources + 4}`, 'the newest are kept');
  assert.ok(agreementFromFile(fileText(many)).ok, 'a file with the most sources is valid');

  const amended = amend(amend(withDocumentLanguage(agreement, 'en')));
  const copy = duplicateAgreement(amended);
  assert.notEqual(copy.id, amended.id);
  assert.match(copy.id, /^[a-z0-9][a-z0-9-]{0,63}$/);
  assert.equal(copy.version, 1);
  assert.deepEqual(copy.history, []);
  assert.deepEqual(copy.fields, amended.fields);
  assert.equal(copy.regime, 'mbo');
  assert.equal(copy.documentLanguage, 'en');
  assert.ok(agreementFromFile(fileText(copy)).ok);
  assert.equal(fingerprint(copy), fingerprint({ ...amended, version: 1 }));
});
