import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  REPORT_FORMAT,
  REPORT_LIMITS,
  REPORT_RULES,
  REPORT_ID_PATTERN,
  newId,
  describeProblem,
  loadMessages,
  reportCatalog,
  reportProblemText,
  reportWireJsonSchema,
  fromBase64Url,
  loadReportTools,
  validationMessages,
  type Report,
  type ReportIssue,
} from '@stagekit/core';
import { HOSTILE_TEXTS, discriminationReport, jsonSchemaErrors, misuseReport } from '../fixtures/report/helpers.ts';

const tools = await loadReportTools();
const [nl, en] = await Promise.all([loadMessages(reportCatalog, 'nl'), loadMessages(reportCatalog, 'en')]);
const SCHEMA_FILE = new URL('../../packages/core/data/report-schema-v1.json', import.meta.url);
const created = '2026-11-24T09:00:00.000Z';
const now = new Date(created);

const issuesOf = (report: unknown) => tools.validateReport(report, now);
const keys = (issues: ReportIssue[]) => issues.map((issue) => `${issue.path} ${issue.key}`);
const withChange = (change: (report: Record<string, unknown>) => void, base: Report = discriminationReport): unknown => {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
};

test('every report rule has words in both languages, with its limit filled in', () => {
  for (const rule of REPORT_RULES) {
    assert.ok(nl[`rule.${rule}`] && en[`rule.${rule}`], rule);
  }
  assert.equal(reportProblemText({ key: 'contact-needed' }, nl, 'nl'), 'ontbreekt: geef een e-mailadres of een telefoonnummer, of kies anoniem melden');
  assert.equal(reportProblemText({ key: 'too-long', params: { maximum: 300 } }, en, 'en'), 'is too long (at most 300 characters)');
  assert.equal(reportProblemText({ key: 'file-too-large', params: { maximum: 10 } }, nl, 'nl'), 'is te groot (hoogstens 10 bytes)');
  assert.equal(reportProblemText({ key: 'no-such-rule' }, nl, 'nl'), 'is niet geldig');
});

test('the ids the kit makes are valid report ids (and Idempotency-Keys)', () => {
  for (let i = 0; i < 100; i++) assert.match(newId(), REPORT_ID_PATTERN);
  const saved = globalThis.crypto.randomUUID;
  // Outside a secure context there is no randomUUID: the fallback id must fit too.
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    assert.match(newId(), REPORT_ID_PATTERN);
  } finally {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: saved, configurable: true });
  }
});

test('valid reports of both types pass, anonymous or with contact details', () => {
  assert.deepEqual(issuesOf(discriminationReport), []);
  assert.deepEqual(issuesOf(misuseReport), []);
  assert.deepEqual(issuesOf({ ...discriminationReport, contact: { anonymous: false, phone: '+31 6 1234 5678' } }), []);
  // The smallest report: type, choice, situation, reporter, what happened, wish, contact choice, language.
  assert.deepEqual(issuesOf({ type: 'misuse', kinds: ['other'], situation: 'during', reporter: 'witness', whatHappened: 'x', wishes: ['advice'], contact: { anonymous: true }, language: 'nl' }), []);
});

test('hostile text stays text: accepted and returned unchanged', async () => {
  for (const text of HOSTILE_TEXTS) {
    const report = { ...discriminationReport, whatHappened: text, where: text, witnesses: text, otherDetail: text, company: { name: text } } as Report;
    assert.deepEqual(issuesOf(report), [], text);
    const { body } = await tools.buildReportWire({ id: 'report-hostile-1', created, report });
    const parsed = tools.parseReportWire(body);
    assert.ok(parsed.ok);
    assert.equal(parsed.ok && !parsed.wire.encrypted && parsed.wire.report.whatHappened, text, 'not escaped, not stripped');
  }
});

test('text over its limit is refused with too-long and the limit; a huge string costs one issue and little time', () => {
  const limit = REPORT_LIMITS.whatHappened;
  assert.deepEqual(issuesOf({ ...discriminationReport, whatHappened: 'a'.repeat(limit) }), []);
  const over = issuesOf({ ...discriminationReport, whatHappened: 'a'.repeat(limit + 1) });
  assert.deepEqual(over, [{ path: 'whatHappened', key: 'too-long', params: { maximum: limit } }]);
  assert.equal(describeProblem({ code: 'too_big', message: 'too-long', maximum: limit, path: [], origin: 'string', input: '' } as never, 'nl'), `is te lang (hoogstens ${limit} tekens)`);

  const started = performance.now();
  const huge = issuesOf({ ...discriminationReport, whatHappened: 'x'.repeat(20_000_000), witnesses: '<b>'.repeat(1_000_000) });
  assert.ok(performance.now() - started < 1000, 'checked quickly');
  assert.deepEqual(keys(huge), ['whatHappened too-long', 'witnesses too-long']);
  for (const [field, maximum] of [
    ['where', REPORT_LIMITS.place],
    ['witnesses', REPORT_LIMITS.witnesses],
    ['otherDetail', REPORT_LIMITS.otherDetail],
  ] as const) {
    assert.deepEqual(keys(issuesOf({ ...discriminationReport, [field]: 'y'.repeat(maximum + 1) })), [`${field} too-long`]);
  }
  assert.deepEqual(keys(issuesOf({ ...discriminationReport, company: { name: 'c'.repeat(201) } })), ['company.name too-long']);
  assert.deepEqual(keys(issuesOf({ ...discriminationReport, contact: { anonymous: false, email: `${'e'.repeat(200)}@example.nl` } })), ['contact.email too-long']);
});

test('blank, NUL, wrong choices and contradictions are refused, each with a message key', () => {
  const cases: [unknown, string[]][] = [
    [{ ...discriminationReport, whatHappened: '  \n\t ' }, ['whatHappened required']],
    [{ ...discriminationReport, whatHappened: 'a\u0000b' }, ['whatHappened control-character']],
    [{ ...discriminationReport, grounds: [] }, ['grounds list-empty']],
    [{ ...discriminationReport, grounds: ['origin', 'origin'] }, ['grounds list-duplicates']],
    [{ ...discriminationReport, grounds: ['height'] }, ['grounds[0] invalid_value']],
    [{ ...misuseReport, kinds: [] }, ['kinds list-empty']],
    [{ ...discriminationReport, wishes: ['register', 'advice'] }, ['wishes wish-register-alone']],
    [{ ...discriminationReport, wishes: [] }, ['wishes list-empty']],
    [{ ...discriminationReport, contact: { anonymous: false, name: 'Sam' } }, ['contact.email contact-needed']],
    [{ ...discriminationReport, contact: { anonymous: false, email: 'not an address' } }, ['contact.email email']],
    [{ ...discriminationReport, contact: { anonymous: false, phone: 'call me' } }, ['contact.phone phone']],
    [{ ...discriminationReport, contact: { anonymous: true, email: 'sam@example.nl' } }, ['contact unrecognized_keys']],
    [{ ...discriminationReport, when: { date: '2026-02-30' } }, ['when.date partial-date']],
    [{ ...discriminationReport, when: { date: '14-03-2026' } }, ['when.date partial-date']],
    [{ ...discriminationReport, when: { date: '2026-11-26' } }, ['when.date date-in-future']],
    [{ ...discriminationReport, situation: 'after' }, ['situation invalid_value']],
    [{ ...discriminationReport, language: 'de' }, ['language invalid_value']],
    [{ ...discriminationReport, trackingId: 'abc' }, [' unrecognized_keys']],
    [withChange((r) => delete r.whatHappened), ['whatHappened invalid_type']],
    [{ ...misuseReport, grounds: ['origin'] }, [' unrecognized_keys']],
    [{ ...misuseReport, prefill: { source: 'somewhere', verdicts: ['below-cao'] } }, ['prefill.source invalid_value']],
  ];
  for (const [report, expected] of cases) assert.deepEqual(keys(issuesOf(report)).map((key) => key.replace(/^ /, ' ')), expected, JSON.stringify(report).slice(0, 160));
  // Every key has its own words in both languages: the report's rules in the report messages, shared ones in the validation catalogue.
  for (const [, expected] of cases) {
    for (const entry of expected) {
      const key = entry.split(' ')[1]!;
      assert.ok((REPORT_RULES as readonly string[]).includes(key) || (key in validationMessages.nl && key in validationMessages.en), entry);
      for (const [messages, locale] of [[nl, 'nl'], [en, 'en']] as const) {
        assert.notEqual(reportProblemText({ key }, messages, locale), reportProblemText({ key: 'other' }, messages, locale), `${entry} (${locale})`);
      }
    }
  }
  // "Today" anywhere on earth is not the future: at 11:00 UTC it is already the 25th at UTC+14.
  assert.deepEqual(tools.validateReport({ ...discriminationReport, when: { date: '2026-11-25' } }, new Date('2026-11-24T11:00:00Z')), []);
  assert.deepEqual(keys(tools.validateReport({ ...discriminationReport, when: { date: '2026-11-25' } }, new Date('2026-11-24T09:00:00Z'))), ['when.date date-in-future']);
  assert.deepEqual(issuesOf({ ...discriminationReport, when: { date: '2026-11' } }), []);
  assert.deepEqual(keys(issuesOf({ ...discriminationReport, when: { date: '2027' } })), ['when.date date-in-future']);
});

test('the plain wire format carries the report and the files; a parsed body is the report that was built', async () => {
  const bytes = new Uint8Array([1, 2, 3, 4, 5, 250, 251, 252]);
  const prepared = tools.prepareAttachment({ id: 'file-1', name: 'bewijs\u202e.txt\u0007', type: 'text/plain', bytes });
  assert.deepEqual(prepared.meta, { id: 'file-1', name: 'bewijs.txt', type: 'text/plain', size: 8, sha256: tools.sha256Hex(bytes), metadata: 'not-removed' });
  const { wire, body } = await tools.buildReportWire({ id: 'report-plain-001', created, report: discriminationReport, attachments: [prepared] });
  assert.equal(wire.format, REPORT_FORMAT);
  assert.equal(wire.encrypted, false);
  const parsed = tools.parseReportWire(body);
  assert.ok(parsed.ok);
  if (!parsed.ok || parsed.wire.encrypted) return;
  assert.deepEqual(parsed.wire.report, discriminationReport);
  assert.deepEqual([...fromBase64Url(parsed.wire.attachments[0]!.data)], [...bytes]);
  assert.deepEqual(Object.keys(JSON.parse(body)), ['format', 'id', 'created', 'encrypted', 'report', 'attachments']);
});

test('the wire format refuses what a receiver must not take', async () => {
  const { wire } = await tools.buildReportWire({
    id: 'report-plain-002',
    created,
    report: discriminationReport,
    attachments: [tools.prepareAttachment({ id: 'file-1', name: 'a.bin', bytes: new Uint8Array(10) })],
  });
  const variants: [string, (w: Record<string, any>) => void, string][] = [
    ['another format', (w) => (w.format = 'stagekit-report/2'), 'format invalid_value'],
    ['an id that is no key', (w) => (w.id = 'Report 1'), 'id report-id'],
    ['a bad time', (w) => (w.created = '2026-11-24 09:00'), 'created timestamp'],
    ['data of the wrong size', (w) => (w.attachments[0].data = 'AAAA'), 'attachments[0].data attachment-size'],
    ['data that is no base64url', (w) => (w.attachments[0].data = 'AAAAAAAAAAAAAA=='), 'attachments[0].data base64url'],
    ['a file too large', (w) => (w.attachments[0].size = REPORT_LIMITS.attachmentBytes + 1), 'attachments[0].size file-too-large'],
    ['a bad digest', (w) => (w.attachments[0].sha256 = 'xyz'), 'attachments[0].sha256 fingerprint-format'],
    ['a date after it was made', (w) => (w.report.when.date = '2026-12'), 'report.when.date date-in-future'],
    ['no encrypted flag', (w) => delete w.encrypted, 'encrypted invalid_union'],
  ];
  for (const [what, change, expected] of variants) {
    const copy = structuredClone(wire) as Record<string, any>;
    change(copy);
    const parsed = tools.parseReportWire(copy);
    assert.equal(parsed.ok, false, what);
    if (!parsed.ok) assert.ok(keys(parsed.issues).includes(expected), `${what}: ${keys(parsed.issues).join(', ')}`);
  }
  assert.deepEqual(tools.parseReportWire('{not json'), { ok: false, issues: [{ path: '', key: 'not-json' }] });
  await assert.rejects(
    tools.buildReportWire({ id: 'report-plain-003', created, report: { ...discriminationReport, whatHappened: '' } }),
    (error: Error) => error.name === 'ReportWireError' && /whatHappened required/.test(error.message),
  );
});

test('the published JSON Schema is the one made from the zod schemas (UPDATE_REPORT_SCHEMA=1 rewrites it)', async () => {
  const made = `${JSON.stringify(await reportWireJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_REPORT_SCHEMA === '1') writeFileSync(SCHEMA_FILE, made);
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), made, 'packages/core/data/report-schema-v1.json is out of date: run the report schema test with UPDATE_REPORT_SCHEMA=1');
  const schema = JSON.parse(made);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.title, REPORT_FORMAT);
  assert.match(schema.description, /Idempotency-Key/);
  assert.deepEqual(Object.keys(schema.$defs).sort(), ['AttachmentMeta', 'Envelope', 'Report', 'ReportPayload']);
  assert.equal(schema.$defs.Report.oneOf[0].properties.whatHappened.maxLength, REPORT_LIMITS.whatHappened);
});

test('the JSON Schema and the zod schema agree on accepted and refused bodies', async () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const attachments = [tools.prepareAttachment({ id: 'file-1', name: 'foto.jpg', type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) })];
  const plain = (await tools.buildReportWire({ id: 'report-agree-01', created, report: discriminationReport, attachments })).wire;
  const other = (await tools.buildReportWire({ id: 'report-agree-02', created, report: misuseReport })).wire;
  const samples: [string, unknown][] = [
    ['plain', plain],
    ['plain, misuse, anonymous', other],
    ['hostile text', { ...plain, report: { ...discriminationReport, whatHappened: HOSTILE_TEXTS.join('\n') } }],
  ];
  const refused: [string, (w: Record<string, any>) => void][] = [
    ['too long', (w) => (w.report.whatHappened = 'a'.repeat(REPORT_LIMITS.whatHappened + 1))],
    ['blank', (w) => (w.report.whatHappened = '   ')],
    ['NUL', (w) => (w.report.where = 'a\u0000')],
    ['unknown field', (w) => (w.report.extra = 1)],
    ['unknown ground', (w) => (w.report.grounds = ['height'])],
    ['no grounds', (w) => (w.report.grounds = [])],
    ['ground twice', (w) => (w.report.grounds = ['age', 'age'])],
    ['register and more', (w) => (w.report.wishes = ['register', 'mediation'])],
    ['contact without a way to answer', (w) => (w.report.contact = { anonymous: false, name: 'Sam' })],
    ['bad e-mail', (w) => (w.report.contact = { anonymous: false, email: 'sam' })],
    ['bad id', (w) => (w.id = 'ABC')],
    ['bad time', (w) => (w.created = 'yesterday')],
    ['file too big', (w) => (w.attachments[0].size = REPORT_LIMITS.attachmentBytes + 1)],
    ['bad media type', (w) => (w.attachments[0].type = 'jpeg')],
    ['too many files', (w) => (w.attachments = Array.from({ length: 11 }, (_, i) => ({ ...w.attachments[0], id: `file-${i}` })))],
    ['encrypted without envelope', (w) => (w.encrypted = true)],
  ];
  for (const [what, change] of refused) {
    const copy = structuredClone(plain) as Record<string, any>;
    change(copy);
    samples.push([what, copy]);
  }
  for (const [what, body] of samples) {
    const zodAccepts = tools.parseReportWire(body).ok;
    const jsonAccepts = jsonSchemaErrors(schema, body).length === 0;
    assert.equal(jsonAccepts, zodAccepts, `${what}: zod ${zodAccepts}, JSON Schema ${jsonAccepts} (${jsonSchemaErrors(schema, body).join('; ')})`);
  }
  // What JSON Schema cannot say, and the schema's descriptions say instead: zod refuses, JSON Schema lets through.
  const onlyZod: [string, (w: Record<string, any>) => void][] = [
    ['30 February', (w) => (w.report.when.date = '2026-02-30')],
    ['a date after the report', (w) => (w.report.when.date = '2027-01')],
    ['data of the wrong size', (w) => (w.attachments[0].data = 'AAAAAAAA')],
  ];
  for (const [what, change] of onlyZod) {
    const copy = structuredClone(plain) as Record<string, any>;
    change(copy);
    assert.equal(tools.parseReportWire(copy).ok, false, what);
    assert.deepEqual(jsonSchemaErrors(schema, copy), [], what);
  }
});

test('a decrypted payload is checked with the payload schema', () => {
  assert.ok(tools.parseReportPayload({ report: misuseReport, attachments: [] }).ok);
  const bad = tools.parseReportPayload({ report: { ...misuseReport, kinds: ['nope'] }, attachments: [] });
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && keys(bad.issues).includes('report.kinds[0] invalid_value'));
});
