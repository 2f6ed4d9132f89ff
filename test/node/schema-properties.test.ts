import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import * as core from '@stagekit/core';
import {
  AGREEMENT_FIELDS,
  AGREEMENT_LIMITS,
  REGIMES,
  REPORT_FORMAT,
  REPORT_LIMITS,
  REPORT_RULES,
  agreementCatalog,
  amend,
  createAgreement,
  createPlan,
  describeIssue,
  describeProblem,
  fieldApplies,
  formatMessage,
  loadAgreementTools,
  loadMessages,
  loadReportTools,
  loadScheduleValidation,
  newReportDraft,
  parseCaoDataset,
  reportCatalog,
  reportProblemText,
  translate,
  validationMessages,
  withCalendarEntries,
  withContactMoment,
  withOverride,
  withPeriodAdded,
  withSource,
  DatasetError,
  type Agreement,
  type AgreementFields,
  type FieldDefinition,
  type Locale,
  type Message,
  type OwnRuleWords,
  type Regime,
  type Source,
} from '@stagekit/core';
// The words the agreement builder gives a step's problems (validateStep → describeRule): the widget's own function.
import { describeRule } from '../../packages/elements/src/internal/issue-text.ts';
import { HOSTILE_TEXTS, discriminationReport, misuseReport } from '../fixtures/report/helpers.ts';

/*
 * Every zod schema of @stagekit/core against any value: random JSON-ish values, and valid examples
 * (from the bundled data, the fixtures and the kit's own constructors) with one to three fields
 * replaced, deleted, retyped or made hostile at a random depth. safeParse never throws; what passes
 * parses again to the same; every rejection has words in Dutch and in English, made the way the
 * widgets and loaders make them (describeIssue / describeProblem with the widget's own rule words,
 * reportProblemText, describeRule), never zod's own English, never an empty placeholder.
 */

const RUNS = { numRuns: 1000, includeErrorInReport: true };
/** Records as plain objects, as JSON.parse makes them. */
const PLAIN = { noNullPrototype: true } as const;

type Issue = NonNullable<DatasetError['issues']>[number];
type Parsed = { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
interface Parser {
  safeParse(value: unknown): Parsed;
}
const asParser = (schema: unknown): Parser => schema as Parser;

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const dataFile = (file: string) => readJson(new URL(`../../packages/core/data/${file}`, import.meta.url));

// Loaded once: the tools that hold the schemas, and the messages the widgets show.
const [reportTools, agreementTools, scheduleValidation] = await Promise.all([loadReportTools(), loadAgreementTools(), loadScheduleValidation()]);
const reportWords = { nl: await loadMessages(reportCatalog, 'nl'), en: await loadMessages(reportCatalog, 'en') };
const agreementWords = { nl: await loadMessages(agreementCatalog, 'nl'), en: await loadMessages(agreementCatalog, 'en') };

/** The agreement builder's own rule words, exactly as the element passes them (`rule.<key>` in its messages). */
const agreementOwnWords =
  (locale: Locale): OwnRuleWords =>
  (ruleKey, params) => {
    const message = (agreementWords[locale] as Readonly<Record<string, Message>>)[`rule.${ruleKey}`];
    return message === undefined ? undefined : formatMessage(message, locale, params);
  };

// ---------------------------------------------------------------------------------------------
// Words: what a user reads for a rejection, and the checks every such text must pass.

interface Words {
  nl: string;
  en: string;
  /** The whole sentence when the problem is put after a field or "the file" (describeIssue): it must end with the problem. */
  sentence?: { nl: string; en: string };
  /** Text that came from the input (unknown keys), to take out before the text is judged. */
  fromInput: readonly string[];
}

const ZOD_WORDS = /Invalid (input|option|string|element|key|type|union|format|value)|Unrecognized key|Too (small|big)|expected|received|must match/;
const LEAKS = /undefined|\[object|NaN|function |=>/;
const OPEN_PLACEHOLDER = /\{\w+\}/;
/** Signs of a placeholder filled with nothing: "(at most  bytes)", "(allowed: )", a dangling colon. */
const EMPTY_FILL = /\s\s|\(\s|\s\)|\(\)|^\s|\s$|:\s*$|\s[,.;:]/;

/** About how many characters a value has as JSON, counted only up to `budget` (values here may hold megabytes). */
function sizeOf(value: unknown, budget = Infinity): number {
  let size = 0;
  const walk = (node: unknown): void => {
    if (size > budget) return;
    if (typeof node === 'string') size += node.length + 2;
    else if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) (size += key.length + 3), walk(item);
    else size += 8;
  };
  walk(value);
  return size;
}

/** A short preview of a value for failure messages: long strings and lists cut, never more than about 400 characters. */
function short(value: unknown): string {
  let out = '';
  const write = (node: unknown, depth: number): void => {
    if (out.length > 400) return;
    if (typeof node === 'string') out += JSON.stringify(node.length > 80 ? `${node.slice(0, 80)}… (${node.length} characters)` : node);
    else if (typeof node === 'bigint') out += `${node}n`;
    else if (typeof node !== 'object' || node === null) out += typeof node === 'number' && !Number.isFinite(node) ? String(node) : (JSON.stringify(node) ?? String(node));
    else if (depth > 6) out += '…';
    else if (Array.isArray(node)) {
      out += '[';
      node.slice(0, 20).forEach((item, index) => (index && (out += ','), write(item, depth + 1)));
      out += node.length > 20 ? `,… (${node.length} items)]` : ']';
    } else if (Object.getPrototypeOf(node) !== Object.prototype && Object.getPrototypeOf(node) !== null) out += Object.prototype.toString.call(node);
    else {
      out += '{';
      Object.entries(node).forEach(([key, item], index) => (index && (out += ','), (out += `${JSON.stringify(key)}:`), write(item, depth + 1)));
      out += '}';
    }
  };
  write(value, 0);
  return out.length > 400 ? `${out.slice(0, 400)}…` : out;
}

/** The text with input-made parts (unknown keys, always at the end of their message) replaced by a mark. */
function scrub(text: string, fromInput: readonly string[]): string {
  for (const part of [...fromInput].sort((a, b) => b.length - a.length)) {
    if (part && text.endsWith(part)) return `${text.slice(0, text.length - part.length)}«x»`;
  }
  return text;
}

function assertWords(words: Words, where: string): void {
  const blankInput = words.fromInput.some((part) => part.trim() !== part || part === '');
  const judged: Record<Locale, string> = { nl: '', en: '' };
  for (const locale of ['nl', 'en'] as const) {
    const raw = words[locale];
    assert.equal(typeof raw, 'string', `${where}: no ${locale} text`);
    const text = scrub(raw, words.fromInput);
    judged[locale] = text;
    assert.ok(text.trim().length > 0, `${where}: empty ${locale} text`);
    assert.doesNotMatch(text, ZOD_WORDS, `${where}: zod's own words in ${locale}: ${JSON.stringify(raw)}`);
    assert.doesNotMatch(text, LEAKS, `${where}: a leaked value in ${locale}: ${JSON.stringify(raw)}`);
    assert.doesNotMatch(text, OPEN_PLACEHOLDER, `${where}: an unfilled placeholder in ${locale}: ${JSON.stringify(raw)}`);
    if (!blankInput) assert.doesNotMatch(text, EMPTY_FILL, `${where}: a placeholder filled with nothing in ${locale}: ${JSON.stringify(raw)}`);
    const sentence = words.sentence?.[locale];
    if (sentence !== undefined) {
      assert.ok(sentence.endsWith(raw) && sentence.length > raw.length, `${where}: the ${locale} sentence ${JSON.stringify(sentence)} does not end with its problem`);
    }
  }
  // The same words in both languages only when there are no words: numbers and identifiers.
  if (/\p{L}{3,}/u.test(judged.nl.replaceAll('«x»', ''))) assert.notEqual(judged.nl, judged.en, `${where}: the same text in nl and en: ${JSON.stringify(judged.nl)}`);
}

/** Every issue in a tree of issues: a union's branches, a record key's or an element's own issues. */
function* allIssues(issues: readonly Issue[]): Generator<Issue> {
  for (const issue of issues) {
    yield issue;
    const nested = issue as { errors?: Issue[][]; issues?: Issue[] };
    if (Array.isArray(nested.errors)) for (const branch of nested.errors) yield* allIssues(branch);
    if (Array.isArray(nested.issues)) yield* allIssues(nested.issues);
  }
}

/** The unknown keys an issue tree names, as the messages join them. */
const inputKeys = (issues: readonly Issue[]): string[] =>
  [...allIssues(issues)].flatMap((issue) => ('keys' in issue && Array.isArray(issue.keys) ? [issue.keys.join(', '), ...issue.keys.map(String)] : []));

/** A rule's message key ("whole-cents"), as opposed to zod's default sentence ("Invalid input"). */
const RULE_KEY = /^[a-z][a-z0-9]*([-_][a-z0-9]+)*$/;

/** describeIssue / describeProblem, with the own rule words the widget passes (if any). */
function describedWords(issues: readonly Issue[], ownWords?: (locale: Locale) => OwnRuleWords): Words[] {
  const fromInput = inputKeys(issues);
  return issues.map((issue) => {
    const problem = (locale: Locale) => describeProblem(issue, locale, ownWords?.(locale));
    const sentence = (locale: Locale) => describeIssue(issue, locale, ownWords?.(locale));
    return { nl: problem('nl'), en: problem('en'), sentence: { nl: sentence('nl'), en: sentence('en') }, fromInput };
  });
}

/** The words of the report form and the receiver: a ReportIssue through reportProblemText. */
function reportIssueWords(issues: readonly { key: string; params?: Readonly<Record<string, string | number>> }[]): Words[] {
  return issues.map((issue) => ({
    nl: reportProblemText(issue, reportWords.nl, 'nl'),
    en: reportProblemText(issue, reportWords.en, 'en'),
    fromInput: typeof issue.params?.keys === 'string' ? [issue.params.keys] : [],
  }));
}

// ---------------------------------------------------------------------------------------------
// Inputs: any value, and valid examples with hostile changes deep inside.

const LONG = {
  a201: 'a'.repeat(201),
  a2001: 'a'.repeat(2001),
  a4001: 'x'.repeat(4001),
  a100k: 'a'.repeat(100_001),
  b64: 'A'.repeat(1_400_001),
  emoji: '😀'.repeat(3000),
  surrogates: '\uD800'.repeat(1000),
  spaces: ' '.repeat(5000),
};

const HOSTILE_STRINGS: readonly string[] = [
  ...HOSTILE_TEXTS,
  ...Object.values(LONG),
  '<script>alert(1)</script>',
  '\u202Egnp.exe',
  'abc\u202E\u2066x\u2069',
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\uDE00\uD83D',
  '\u0000',
  'x\u0000y',
  '',
  ' ',
  '\t\n\r\u00A0\u2003\u3000',
  '\u200B',
  '\uFEFF2026-01-01',
  'e\u0301',
  'ﬀ',
  '𝟚𝟘𝟚𝟞-𝟘𝟙-𝟘𝟙',
  '٢٠٢٦-٠١-٠١',
  '２０２６',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'undefined',
  'null',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0x10',
  '1,5',
  '1.5',
  '-1',
  '0',
  '2024-02-30',
  '2024-13-01',
  '2023-02-29',
  '2024-02-29',
  '0000-00-00',
  '9999-12-31',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '2026-11-24T24:00:00.000Z',
  '2026-02-30T10:00:00.000Z',
  '24:00',
  '23:60',
  '9:30',
  'https://',
  'http://x',
  'javascript:alert(1)',
  'https://example.nl/ path',
  'HTTPS://EXAMPLE.NL/x',
  'a@b.c',
  'name@example.nl',
  '+31 6 12345678',
  'yes',
  'no',
  'true',
  'mon,mon',
  'mon,tue',
  'f'.repeat(64),
  'F'.repeat(64),
  'A'.repeat(43),
  'a-b',
  'A-B',
  '-a',
];

/** Objects JSON cannot make, for the "any value" side. */
const oddObject = fc.constantFrom<unknown>(
  Object.assign(Object.create(null) as object, { a: 1, toString: 2 }),
  new Date(Number.NaN),
  new Date(0),
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array(4),
  /x/,
  [, 1],
  Symbol('s'),
  10n,
  () => 1,
  Object.freeze({ frozen: true }),
);

const numberValue = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 0.001, 1e-7, 1e21, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 24, 60, 61, 100_000.001),
  fc.double(),
  fc.integer(),
);

const stringValue = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: stringValue, weight: 5 },
  { arbitrary: numberValue, weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [null], { '': '' }, [[[[[[]]]]]]), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  { arbitrary: oddObject, weight: 1 },
);

/** Any value, mostly JSON: random JSON, random JS values (plain objects), hostile scalars and odd objects. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue(), weight: 4 },
  { arbitrary: fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withObjectString: true }), weight: 2 },
  { arbitrary: fc.dictionary(fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 100)), hostileValue, PLAIN), weight: 1 },
  { arbitrary: hostileValue, weight: 2 },
);

type Path = readonly (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], value);

const DELETE = Symbol('delete');
/** Sets own properties, as JSON.parse does ("__proto__" stays a key). */
const put = (target: Record<string | number, unknown>, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

/** A copy of `root` with the value at `path` changed (copied only along the path). */
function changedAt(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (!path.length) {
    const next = change(root);
    return next === DELETE ? undefined : next;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = rest.length ? changedAt(root[head as number], rest, change) : change(root[head as number]);
    if (next === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  const next = rest.length ? changedAt((root as Record<string, unknown>)[head], rest, change) : change((root as Record<string, unknown>)[head]);
  if (next === DELETE) delete copy[head];
  else put(copy, head, next);
  return copy;
}

const OPERATIONS = ['replace', 'replace', 'delete', 'retype', 'tweak', 'tweak', 'add-key'] as const;
interface Mutation {
  path: number;
  operation: (typeof OPERATIONS)[number];
  value: unknown;
  key: string;
  pick: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(),
  operation: fc.constantFrom(...OPERATIONS),
  value: hostileValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', '<script>', '\u202Eid', '', ' ', 'extra', 'id', 'type', 'version', LONG.a201), fc.string({ maxLength: 8 })),
  pick: fc.nat(),
});

function retyped(old: unknown, pick: number): unknown {
  if (typeof old === 'string') return [Number(old), [old], { value: old }, old.length, old === '' ? null : true][pick % 5];
  if (typeof old === 'number') return [String(old), [old], old !== 0, { value: old }, BigInt(Math.trunc(Number.isFinite(old) ? old : 0))][pick % 5];
  if (typeof old === 'boolean') return [String(old), Number(old), [old], null][pick % 4];
  if (Array.isArray(old)) return [Object.fromEntries(old.entries()), old.map((item) => (typeof item === 'string' ? item : short(item))).join(','), old.length, old[0] ?? null][pick % 4];
  if (old !== null && typeof old === 'object') return [Object.entries(old), short(old), Object.keys(old).length, 'object'][pick % 4];
  return [0, '', [], {}, false][pick % 5];
}

function tweaked(old: unknown, { value, pick }: Mutation): unknown {
  if (typeof old === 'string') {
    const hostile = typeof value === 'string' ? value : HOSTILE_STRINGS[pick % HOSTILE_STRINGS.length]!;
    const at = old.length ? pick % old.length : 0;
    return [
      old + hostile,
      hostile + old,
      `${old.slice(0, at)}${hostile}${old.slice(at + 1)}`,
      old.slice(0, -1),
      ` ${old} `,
      old.toUpperCase(),
      old.repeat(Math.max(2, Math.min(2 + (pick % 3000), Math.floor(200_000 / Math.max(1, old.length))))),
      `${old}\u0000`,
      `${old.slice(0, at)}\uD800${old.slice(at)}`,
      '',
    ][pick % 10];
  }
  if (typeof old === 'number') return [old + 0.001, -old, old * 1e6, old + 1, old - 1, Math.trunc(old) + 0.5, old / 3, Number.NaN, old === 0 ? -0 : 1 / old][pick % 9];
  if (Array.isArray(old)) {
    const first: unknown = old[0];
    return [[...old, ...old], [], Array.from({ length: 600 }, () => (sizeOf(first, 2000) <= 2000 ? first : null)), [...old].reverse(), [...old, value], old.slice(1), [first, first]][pick % 7];
  }
  if (typeof old === 'boolean') return !old;
  if (old === null) return value;
  if (typeof old === 'object') return Object.fromEntries(Object.entries(old as object).slice(pick % Math.max(1, Object.keys(old as object).length)));
  return value;
}

function mutate(example: unknown, change: Mutation): unknown {
  const paths = pathsOf(example);
  const path = paths[change.path % paths.length]!;
  switch (change.operation) {
    case 'replace':
      return changedAt(example, path, () => change.value);
    case 'delete':
      return path.length ? changedAt(example, path, () => DELETE) : change.value;
    case 'retype':
      return changedAt(example, path, (old) => retyped(old, change.pick));
    case 'tweak':
      return changedAt(example, path, (old) => tweaked(old, change));
    case 'add-key': {
      const objects = paths.filter((candidate) => {
        const node = at(example, candidate);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      if (!objects.length) return changedAt(example, path, () => change.value);
      return changedAt(example, objects[change.pick % objects.length]!, (old) => put({ ...(old as object) }, change.key, change.value));
    }
  }
}

/** A valid example with one to three changes, each at a random place. */
const mutated = (examples: readonly unknown[]) =>
  fc.tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([example, changes]) => changes.reduce(mutate, example));

// ---------------------------------------------------------------------------------------------
// Valid examples.

const caoDataset = dataFile('cao-dataset.json') as { records: Record<string, unknown>[] } & Record<string, unknown>;
const rules = dataFile('compensation-rules.json') as {
  minimumWage: { periods: unknown[] } & Record<string, unknown>;
  legalRight: unknown;
  averages: unknown[];
};
const smallDataset = readJson(new URL('../fixtures/datasets/small.json', import.meta.url)) as Record<string, unknown>;
const records = caoDataset.records as { clause: { amounts?: Record<string, unknown>[]; source?: unknown; note?: unknown }; sector: unknown; id: string }[];
const clauses = records.map((record) => record.clause);
const amounts = clauses.flatMap((clause) => clause.amounts ?? []);
/** Some of each kind, so that the examples stay few and varied. */
const spread = <T>(list: readonly T[], count: number): T[] => Array.from({ length: Math.min(count, list.length) }, (_, i) => list[Math.floor((i * list.length) / Math.min(count, list.length))]!);
const prorations = [...new Map(amounts.map((amount) => [JSON.stringify(amount.proration), amount.proration])).values()];
const sources: unknown[] = [
  ...spread(amounts.map((amount) => amount.source), 6),
  ...spread(clauses.flatMap((clause) => (clause.source ? [clause.source] : [])), 3),
  (rules.legalRight as { source: unknown }).source,
  ...rules.averages.map((average) => (average as { source: unknown }).source),
];

const CAO_SOURCE: Source = {
  url: 'https://www.example.nl/cao-bakkers',
  title: 'Cao Bakkersbedrijf 2026: stagevergoeding',
  publisher: 'Sociaal Fonds Bakkersbedrijf',
  figureDate: '2026-01-01',
  checked: '2026-11',
  confidence: 'high',
};

const compensationInputs = [
  { level: 'mbo-bol', stageType: 'practice', hours: 32, age: 19, location: 'nl', offered: 350.5 },
  {
    level: 'hbo',
    stageType: 'graduation',
    start: '2026-02-01',
    end: '2026-06-30',
    weeks: 20,
    hours: 40,
    days: 5,
    age: 22,
    location: 'nl',
    employmentContract: false,
    cao: 'cao-horeca',
    offered: 0,
    learningPlan: true,
    supervisor: true,
    replacesStaff: false,
    mainlyProductive: false,
    graduated: false,
    note: 'Stage bij <Bakkerij> “Jansen” \u202E',
  },
  { level: 'wo', stageType: 'orientation', weeks: 4, hours: 12.5, days: 1, age: 80, location: 'abroad', offered: 100_000 },
];

const plan = (() => {
  let value = createPlan({ id: 'plan-1', title: 'Stage bij Bakkerij Jansen', start: '2027-02-01', end: '2027-06-25', hoursPerDay: 8, totalHours: 640, model: 'hybrid' });
  value = withPeriodAdded(value, value.periods[0]!.model);
  value = withCalendarEntries(value, [
    { start: '2027-02-15', end: '2027-02-19', kind: 'holiday', label: 'Voorjaarsvakantie' },
    { start: '2027-04-05', end: '2027-04-09', kind: 'school-week', label: 'Toetsweek <b>' },
  ]);
  value = withOverride(value, { date: '2027-03-03', kind: 'sick' });
  value = withOverride(value, { date: '2027-03-10', kind: 'swap', with: '2027-03-12' });
  value = withOverride(value, { date: '2027-03-17', kind: 'extra', type: 'remote' });
  value = withContactMoment(value, 'mid', '2027-04-14');
  return { ...value, places: { company: 'Dorpsweg 2, Utrecht', school: 'Hogeschool Domstad' } };
})();

const agreementFixture = readJson(new URL('../fixtures/agreement/full-fields.json', import.meta.url)) as { common: AgreementFields; regimes: Record<Regime, AgreementFields> };
const fullFields = (regime: Regime): AgreementFields => ({ ...agreementFixture.common, ...agreementFixture.regimes[regime] });
const agreements: Agreement[] = [
  createAgreement({ regime: 'mbo', id: 'agreement-1', fields: fullFields('mbo') }),
  amend(withSource(createAgreement({ regime: 'hbo', id: 'agreement-2', documentLanguage: 'en', fields: fullFields('hbo') }), CAO_SOURCE)),
  createAgreement({ regime: 'wo', id: 'agreement-3' }),
];

// Reports, payloads, envelopes and wires as the kit makes them.
const created = '2026-11-24T09:00:00.000Z';
const file = reportTools.prepareAttachment({ id: 'file-1', name: 'notities <1>.txt', type: 'text/plain', bytes: new TextEncoder().encode('Wat er gebeurde, met datum.') });
const attachment = { meta: file.meta, bytes: file.bytes };
const ecKeys = await reportTools.generateReportKeyPair({ kid: 'school-2026' });
const rsaPair = (await webcrypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt'])) as CryptoKeyPair;
const rsaPublic = { ...(await webcrypto.subtle.exportKey('jwk', rsaPair.publicKey)), alg: 'RSA-OAEP-256' };
const wireOf = async (input: Parameters<typeof reportTools.buildReportWire>[0]) => JSON.parse((await reportTools.buildReportWire(input)).body) as Record<string, unknown>;
const wires = [
  await wireOf({ id: 'report-plain-0001', created, report: discriminationReport, attachments: [attachment] }),
  await wireOf({ id: 'report-plain-0002', created, report: misuseReport, test: true }),
  await wireOf({ id: 'report-ec-00000001', created, report: discriminationReport, attachments: [attachment], publicKey: ecKeys.publicKey }),
  await wireOf({ id: 'report-rsa-0000001', created, report: misuseReport, publicKey: rsaPublic }),
];
const [plainWire] = wires as [Record<string, unknown>];
const envelopes = wires.filter((wire) => wire.encrypted).map((wire) => wire.envelope as Record<string, unknown>);
const encryptedWire = wires[2]!;
const payloads = [
  { report: discriminationReport, attachments: [file.meta] },
  { report: misuseReport, attachments: [] },
];
const drafts = [
  { ...newReportDraft({}, new Date(created)), type: 'discrimination', grounds: ['origin'], whatHappened: 'Tekst <script>', anonymous: false, email: 'sam@example.nl', attachments: [{ ...file.meta }] },
  { ...newReportDraft({ type: 'misuse', kinds: ['underpaid'], level: 'mbo', prefill: { source: 'compensation-checker', verdicts: ['below-cao'], caoId: 'cao-horeca' } }, new Date(created)), rejection: { status: 422, reason: 'te lang' } },
];

// ---------------------------------------------------------------------------------------------
// The table: every schema, its valid examples, and how a rejection becomes words.

interface Variant {
  parser: Parser;
  valid: readonly unknown[];
  /** The words the kit gives for a value the parser refused (through the public path). */
  words(value: unknown, issues: readonly Issue[]): Words[];
  /** Whether a rule key the schema sets has words (shared catalogue or the widget's own). */
  knows(key: string): boolean;
}

interface Row {
  /** The export (or the exported factory, or the function that holds an unexported schema). */
  name: string;
  file: string;
  /** How the words are made, for the table. */
  via: string;
  variants: readonly Variant[];
}

const inCatalogue = (key: string) => key in validationMessages.nl;
const knowsAgreement = (key: string) => inCatalogue(key) || agreementOwnWords('nl')(key, {}) !== undefined;
const knowsReport = (key: string) => inCatalogue(key) || (REPORT_RULES as readonly string[]).includes(key);

/** The shared path: describeIssue / describeProblem on the schema's own issues (cao, wage, rules, schedule, sources). */
const described = (schema: unknown, valid: readonly unknown[], ownWords?: (locale: Locale) => OwnRuleWords): Variant => ({
  parser: asParser(schema),
  valid,
  words: (_, issues) => describedWords(issues, ownWords),
  knows: ownWords ? knowsAgreement : inCatalogue,
});

type ReportIssueList = { key: string; params?: Record<string, string | number> }[];
/** A report schema checked through the public function that uses it, wrapped in an otherwise valid value. */
const throughReport = (schema: unknown, valid: readonly unknown[], check: (value: unknown) => ReportIssueList): Variant => ({
  parser: asParser(schema),
  valid,
  words: (value) => {
    const issues = check(value);
    assert.ok(issues.length > 0, 'the schema refused the value, but the public check found nothing');
    return reportIssueWords(issues);
  },
  knows: knowsReport,
});
const wireIssues = (value: unknown): ReportIssueList => {
  const result = reportTools.parseReportWire(value);
  return result.ok ? [] : result.issues;
};
const payloadIssues = (value: unknown): ReportIssueList => {
  const result = reportTools.parseReportPayload(value);
  return result.ok ? [] : result.issues;
};

/** The wording of an agreement file's problem, as the builder shows it. */
function agreementFileWords(value: unknown, issues: readonly Issue[]): Words[] {
  // The builder refuses a file over the limit before it reads it.
  if (sizeOf(value, AGREEMENT_LIMITS.fileBytes) > AGREEMENT_LIMITS.fileBytes) {
    return [{ nl: formatMessage(agreementWords.nl['import.tooLarge'], 'nl'), en: formatMessage(agreementWords.en['import.tooLarge'], 'en'), fromInput: [] }];
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined; // not JSON at all (a BigInt): only the schema's own issues are there to word
  }
  const result = text === undefined ? undefined : agreementTools.agreementFromFile(text);
  if (!result || result.ok) return describedWords(issues, agreementOwnWords);
  const { problem } = result;
  if (problem.kind === 'invalid') {
    assert.ok(problem.issues.length > 0);
    return describedWords(problem.issues, agreementOwnWords);
  }
  const key = ({ 'too-large': 'import.tooLarge', 'not-json': 'import.notJson', 'not-agreement': 'import.notAgreement', tampered: 'import.tampered' } as const)[problem.kind];
  return [{ nl: formatMessage(agreementWords.nl[key], 'nl'), en: formatMessage(agreementWords.en[key], 'en'), fromInput: [] }];
}

/** One variant per field of a kind (in a regime where it applies): the step check's schema for that field. */
function fieldRuleVariants(kind: FieldDefinition['kind']): Variant[] {
  return AGREEMENT_FIELDS.filter((field) => field.kind === kind).flatMap((field) =>
    REGIMES.filter((regime) => fieldApplies(field, regime) && fullFields(regime)[field.id] !== undefined).map((regime) => ({
      parser: asParser(agreementTools.fieldRule(field, regime)),
      valid: [fullFields(regime)[field.id]!],
      // As validateStep reports it (key and params of the issue) and the builder words it (describeRule with its own words).
      words: (_, issues) =>
        issues.map((issue) => {
          const params = (issue as { params?: Record<string, string | number> }).params;
          return {
            nl: describeRule(issue.message, 'nl', params, agreementOwnWords('nl')),
            en: describeRule(issue.message, 'en', params, agreementOwnWords('en')),
            fromInput: inputKeys([issue]),
          };
        }),
      knows: knowsAgreement,
    })),
  );
}
const FIELD_KINDS = [...new Set(AGREEMENT_FIELDS.map((field) => field.kind))];

const TABLE: readonly Row[] = [
  // sources/source.ts
  { name: 'partialDateSchema', file: 'sources/source.ts', via: 'describeIssue', variants: [described(core.partialDateSchema, ['2024', '2026-11', '2023-01-01', '2024-02-29'])] },
  { name: 'sourceSchema', file: 'sources/source.ts', via: 'describeIssue', variants: [described(core.sourceSchema, [...sources, CAO_SOURCE])] },
  // cao/schema.ts
  { name: 'localTextSchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.localTextSchema, spread(records.map((record) => record.sector), 4))] },
  { name: 'prorationSchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.prorationSchema, prorations)] },
  { name: 'conditionsSchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.conditionsSchema, spread(amounts.map((amount) => amount.conditions), 6))] },
  { name: 'validitySchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.validitySchema, spread(amounts.map((amount) => amount.validity), 6))] },
  { name: 'clauseAmountSchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.clauseAmountSchema, spread(amounts, 6))] },
  { name: 'clauseSchema', file: 'cao/schema.ts', via: 'describeIssue', variants: [described(core.clauseSchema, spread(clauses, 6))] },
  {
    name: 'caoRecordSchema',
    file: 'cao/schema.ts',
    via: 'parseCaoDataset → rejected[].issues → describeIssue (the lookup)',
    variants: [
      {
        parser: asParser(core.caoRecordSchema),
        valid: spread(records, 8),
        words: (value) => {
          const dataset = parseCaoDataset({ ...smallDataset, records: [value] });
          assert.equal(dataset.rejected.length, 1, 'the schema refused the record, but the dataset kept it');
          return describedWords(dataset.rejected[0]!.issues);
        },
        knows: inCatalogue,
      },
    ],
  },
  {
    name: 'caoDatasetEnvelopeSchema',
    file: 'cao/schema.ts',
    via: 'parseCaoDataset → DatasetError.issues → describeIssue (the lookup)',
    variants: [
      {
        parser: asParser(core.caoDatasetEnvelopeSchema),
        valid: [smallDataset, { ...caoDataset, records: caoDataset.records.slice(0, 3) }, readJson(new URL('../fixtures/datasets/partly-bad.json', import.meta.url))],
        words: (value) => {
          const error = (() => {
            try {
              parseCaoDataset(value);
            } catch (caught) {
              return caught;
            }
            return undefined;
          })();
          assert.ok(error instanceof DatasetError && error.code === 'dataset-invalid' && error.issues?.length, `parseCaoDataset did not refuse with dataset-invalid: ${String(error)}`);
          return describedWords(error.issues!);
        },
        knows: inCatalogue,
      },
    ],
  },
  // wage/schema.ts
  { name: 'minimumWagePeriodSchema', file: 'wage/schema.ts', via: 'describeIssue', variants: [described(core.minimumWagePeriodSchema, rules.minimumWage.periods)] },
  { name: 'minimumWageSchema', file: 'wage/schema.ts', via: 'describeIssue', variants: [described(core.minimumWageSchema, [rules.minimumWage])] },
  // compensation/rules.ts
  { name: 'legalRightSchema', file: 'compensation/rules.ts', via: 'describeIssue', variants: [described(core.legalRightSchema, [rules.legalRight])] },
  { name: 'averageSchema', file: 'compensation/rules.ts', via: 'describeIssue', variants: [described(core.averageSchema, rules.averages)] },
  { name: 'compensationRulesSchema', file: 'compensation/rules.ts', via: 'describeIssue', variants: [described(core.compensationRulesSchema, [rules])] },
  // compensation/input.ts
  { name: 'compensationInputSchema', file: 'compensation/input.ts', via: 'describeProblem (the checker)', variants: [described(core.compensationInputSchema, compensationInputs)] },
  // schedule/schema.ts
  { name: 'weekPatternSchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(core.weekPatternSchema, plan.periods.map((period) => period.week))] },
  { name: 'schedulePeriodSchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(core.schedulePeriodSchema, plan.periods)] },
  { name: 'calendarEntrySchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(core.calendarEntrySchema, plan.calendar)] },
  { name: 'dayOverrideSchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(core.dayOverrideSchema, plan.overrides)] },
  { name: 'supervisionSchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(core.supervisionSchema, [plan.supervision])] },
  { name: 'schedulePlanSchema', file: 'schedule/schema.ts', via: 'describeIssue (the planner)', variants: [described(scheduleValidation.schedulePlanSchema, [plan, createPlan({ start: '2026-01-05', end: '2026-01-05', hoursPerDay: 0.5, model: 'blok' })])] },
  // agreement/file.ts
  {
    name: 'agreementSchema',
    file: 'agreement/file.ts',
    via: 'parseAgreement → describeIssue with the builder’s own rule words',
    variants: [
      {
        parser: asParser(agreementTools.agreementSchema),
        valid: agreements,
        words: (value) => {
          const result = agreementTools.parseAgreement(value);
          assert.ok(!result.ok && result.issues.length > 0, 'the schema refused the agreement, but parseAgreement did not');
          return describedWords(result.issues, agreementOwnWords);
        },
        knows: knowsAgreement,
      },
    ],
  },
  {
    name: 'agreementFileSchema',
    file: 'agreement/file.ts',
    via: 'agreementFromFile → import.* or describeIssue with the builder’s own rule words',
    variants: [{ parser: asParser(agreementTools.agreementFileSchema), valid: agreements.map(agreementTools.agreementToFile), words: agreementFileWords, knows: knowsAgreement }],
  },
  // agreement/validation.ts: the step check builds one schema per field from its kind.
  ...FIELD_KINDS.map(
    (kind): Row => ({ name: `fieldRule(${kind})`, file: 'agreement/validation.ts', via: 'issue key and params → describeRule with the builder’s own rule words', variants: fieldRuleVariants(kind) }),
  ),
  // report/schema.ts
  { name: 'reportIdSchema', file: 'report/schema.ts', via: 'parseReportWire (as the id) → reportProblemText', variants: [throughReport(reportTools.reportIdSchema, wires.map((wire) => wire.id), (id) => wireIssues({ ...plainWire, id }))] },
  {
    name: 'timestampSchema',
    file: 'report/schema.ts',
    via: 'parseReportWire (as created) → reportProblemText',
    variants: [throughReport(reportTools.timestampSchema, [created, '2024-02-29T23:59:59Z', '2026-01-01T00:00:00.5Z'], (value) => wireIssues({ ...plainWire, created: value }))],
  },
  {
    name: 'reportText(maximum)',
    file: 'report/schema.ts',
    via: 'validateReport (as whatHappened) → reportProblemText',
    variants: [throughReport(reportTools.reportText(REPORT_LIMITS.whatHappened), [discriminationReport.whatHappened, misuseReport.whatHappened, HOSTILE_TEXTS.join('\n')], (value) => reportTools.validateReport({ ...misuseReport, whatHappened: value }, new Date(created)))],
  },
  { name: 'reportSchema', file: 'report/schema.ts', via: 'validateReport → reportProblemText (the form)', variants: [throughReport(reportTools.reportSchema, [discriminationReport, misuseReport], (value) => reportTools.validateReport(value, new Date(created)))] },
  {
    name: 'attachmentMetaSchema',
    file: 'report/schema.ts',
    via: 'parseReportPayload (as an attachment) → reportProblemText',
    variants: [throughReport(reportTools.attachmentMetaSchema, [file.meta], (meta) => payloadIssues({ report: misuseReport, attachments: [meta] }))],
  },
  { name: 'reportPayloadSchema', file: 'report/schema.ts', via: 'parseReportPayload → reportProblemText (the receiver)', variants: [throughReport(reportTools.reportPayloadSchema, payloads, payloadIssues)] },
  {
    name: 'envelopeSchema',
    file: 'report/schema.ts',
    via: 'parseReportWire (as the envelope) → reportProblemText',
    variants: [throughReport(reportTools.envelopeSchema, envelopes, (envelope) => wireIssues({ ...encryptedWire, envelope }))],
  },
  { name: 'reportWireSchema', file: 'report/schema.ts', via: 'parseReportWire → reportProblemText (the receiver)', variants: [throughReport(reportTools.reportWireSchema, wires, wireIssues)] },
  // report/draft-check.ts: the draft schema is not exported; parseReportDraft is its only door.
  {
    name: 'parseReportDraft',
    file: 'report/draft-check.ts',
    via: 'undefined → the form’s storage.draftRejected',
    variants: [
      {
        parser: {
          safeParse: (value) => {
            const draft = reportTools.parseReportDraft(value);
            return draft === undefined ? { success: false, error: { issues: [] } } : { success: true, data: draft };
          },
        },
        valid: drafts,
        words: () => [{ nl: formatMessage(reportWords.nl['storage.draftRejected'], 'nl'), en: formatMessage(reportWords.en['storage.draftRejected'], 'en'), fromInput: [] }],
        knows: () => true,
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The properties.

/** Every exported zod schema of the core and of its on-demand tools. */
function exportedSchemas(): Set<string> {
  const names = new Set<string>();
  for (const module of [core, reportTools, agreementTools, scheduleValidation] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(module)) if (value !== null && typeof value === 'object' && '_zod' in value) names.add(name);
  }
  return names;
}

test('the table lists every exported zod schema (and the schema factories the kit uses)', () => {
  const listed = new Set(TABLE.map((row) => row.name));
  const missing = [...exportedSchemas()].filter((name) => !listed.has(name));
  assert.deepEqual(missing, [], `schemas without properties: ${missing.join(', ')}`);
  assert.equal(typeof reportTools.reportText, 'function');
  assert.equal(typeof agreementTools.fieldRule, 'function');
  for (const kind of FIELD_KINDS) assert.ok(fieldRuleVariants(kind).length > 0, `no valid example of a ${kind} field`);
  for (const row of TABLE) {
    for (const variant of row.variants) {
      assert.ok(variant.valid.length > 0, `${row.name}: no valid example`);
      for (const value of variant.valid) {
        const result = variant.parser.safeParse(value);
        assert.ok(result.success, `${row.name}: the valid example fails: ${short(value)} ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`);
      }
    }
  }
});

/** The property: no throw; a pass parses again to the same; a refusal has good words for every issue. */
function holds(row: Row, index: number, value: unknown): void {
  const variant = row.variants[index % row.variants.length]!;
  let result: Parsed;
  try {
    result = variant.parser.safeParse(value);
  } catch (error) {
    assert.fail(`${row.name}: safeParse threw ${String(error)} for ${short(value)}`);
  }
  if (result.success) {
    const again = variant.parser.safeParse(result.data);
    assert.ok(again.success, `${row.name}: its own output fails: ${short(result.data)}`);
    assert.deepEqual(again.data, result.data, `${row.name}: parsing its output changes it`);
    return;
  }
  for (const issue of allIssues(result.error.issues)) {
    if (RULE_KEY.test(issue.message)) assert.ok(variant.knows(issue.message), `${row.name}: the rule key "${issue.message}" has no words (at ${JSON.stringify(issue.path)})`);
  }
  let words: Words[];
  try {
    words = variant.words(value, result.error.issues);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    assert.fail(`${row.name}: making the words threw ${String(error)} for ${short(value)}`);
  }
  assert.ok(words.length > 0, `${row.name}: a refusal without words for ${short(value)}`);
  for (const entry of words) assertWords(entry, `${row.name} (${short(value)})`);
}

for (const row of TABLE) {
  test(`${row.name} (${row.file}): any value: never throws, and a refusal is worded in nl and en (${RUNS.numRuns} runs)`, () => {
    fc.assert(
      fc.property(fc.nat(), anyValue, (index, value) => holds(row, index, value)),
      RUNS,
    );
  });
  test(`${row.name} (${row.file}): a valid example changed deep inside: never throws, and a refusal is worded in nl and en (${RUNS.numRuns} runs)`, () => {
    const variants = row.variants.map((variant, index) => mutated(variant.valid).map((value) => [index, value] as const));
    fc.assert(
      fc.property(fc.oneof(...variants), ([index, value]) => holds(row, index, value)),
      RUNS,
    );
  });
}

test('the words for a few known refusals, through each path', () => {
  // describeIssue: the field, then the problem.
  const source = core.sourceSchema.safeParse({ ...CAO_SOURCE, url: 'ftp://x' });
  assert.ok(!source.success);
  assert.equal(describeIssue(source.error.issues[0]!, 'nl'), 'url is geen webadres (begin met https://)');
  assert.equal(translate(validationMessages, 'en', 'other'), 'is not valid');
  // The report's own rule, through the receiver.
  const wire = reportTools.parseReportWire({ ...plainWire, id: 'X' });
  assert.ok(!wire.ok);
  assert.deepEqual(reportIssueWords(wire.issues).map((entry) => entry.en), ['is not a valid reference (8 to 64 lower-case letters, digits and hyphens)']);
  // The agreement's own rule, through parseAgreement and the builder's words.
  const agreement = agreementTools.parseAgreement({ ...agreements[0]!, fields: { 'no.such.field': 'x' } });
  assert.ok(!agreement.ok);
  assert.equal(describeIssue(agreement.issues[0]!, 'en', agreementOwnWords('en')), 'fields.no.such.field is not a field of the agreement');
});
