import './lit-warnings.js';
// Property-based tests over every public attribute of every element (issue 8, "Hardening"). Each
// test keeps one element on the page and sets all of its attributes at once, 1,000 times, to values
// drawn from valid ones, near-valid ones (wrong case, one past a bound, '', white space, '1e400',
// 'NaN', 2026-02-30) and hostile ones (markup, 'javascript:', direction overrides, lone surrogates,
// now and then 100,000 characters). After each run:
//  - nothing was thrown (no `error` or `unhandledrejection` on the window, `updateComplete` resolves);
//  - the element still renders (its `base` part);
//  - every `stagekit-error` has a message in the element's language: it is one of the element's
//    catalogue sentences for that language (placeholders filled in), with no "undefined", "null",
//    "NaN", "[object", unfilled `{placeholder}` or, in Dutch, zod's English;
//  - the attributes an element validates (as its docs say) and that are invalid now were reported
//    with `invalid-attribute` (the validators of @stagekit/core decide what is invalid);
//  - nothing in the shadow tree runs script: no <script>, no on* attribute, no javascript: link;
//  - element-specific promises: the checker gives a verdict for valid input and none for invalid
//    input, and names every invalid field (badge) or explains it in its error summary (form).
// At the end the same element gets a random valid set and is checked with axe. During the runs the
// element is not laid out (display: none, after a first visible update), which keeps a run at a
// few milliseconds in every engine; no element reads layout after its first update.
// Datasets and records are only fetched from a few same-origin URLs (the fixtures, or paths that do
// not exist); any other request is refused here and fails the test.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import {
  DATABASE_NAME,
  REGIMES,
  agreementCatalog,
  attributeName,
  caoCatalog,
  caoProblemsCatalog,
  checkEndpoint,
  compensationCatalog,
  compensationFullCatalog,
  inputFromFields,
  isMailAddress,
  loadMessages,
  loadReportTools,
  parsePrefillType,
  planOptionsFromAttributes,
  reportCatalog,
  scheduleCatalog,
  todayIsoDate,
  validationMessages,
  COMPENSATION_FIELDS,
  type AttributeProblem,
  type CompensationField,
  type FieldValues,
  type Locale,
  type Message,
  type MessageLoader,
} from '@stagekit/core';
import '../../packages/elements/src/compensation-checker/define.js';
import '../../packages/elements/src/cao-lookup/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import '../../packages/elements/src/schedule-planner/define.js';
// Loaded by the elements on demand; loaded here first so that a report is not waiting on a download.
import '../../packages/elements/src/internal/issue-text.js';
import type { StagekitErrorDetail } from '../../packages/elements/src/internal/events.js';
import type { StagekitCompensationChecker } from '../../packages/elements/src/compensation-checker/compensation-checker.js';
import { datasetUrl } from './helpers.js';

const RUNS = 1000;

type Attrs = Record<string, string | undefined>;

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** About 100,000 characters each: plain, markup, digits, white space, many words, surrogates. */
const LONG = [
  'a'.repeat(100_000),
  '<script>alert(1)</script>'.repeat(4_000),
  '9'.repeat(100_000),
  ' '.repeat(100_000),
  'mon:company,'.repeat(8_400),
  'x '.repeat(50_000),
  '\uD800'.repeat(100_000),
  '2026-02-03'.repeat(10_000),
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '" onerror="alert(1)',
  "' onerror='alert(1)",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '\u202E',
  'abc\u202Edef',
  '\u202Egnp.exe',
  '\uD800',
  'x\uDC00y',
  'a\uD83D',
  '\uFEFF',
  '\u0000',
  '\n\t\r',
  '{value}',
  '{{constructor}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'toString',
  'undefined',
  'null',
  '[object Object]',
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  'ÀÉÎõü ĳ ş ı 😀 👩‍👩‍👧',
];

/** Lone surrogates and control characters included: any UTF-16 code unit. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 24 });

const junk = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 5, arbitrary: codeUnits },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
);

const NUMBER_NEAR = ['', ' ', '0', '-0', '-1', '1e400', '-1e400', '1e-400', 'NaN', 'Infinity', '0x10', '1_000', '+8', '.5', '5.', '1.000', '1,000', '08', '٣', '9007199254740993', '8 uur', ' 8 '];
const DATE_NEAR = ['', ' ', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-2-3', '26-02-03', '2026/02/03', '03-02-2026', '20260203', '2026-02-03T00:00', ' 2026-02-03 ', '+002026-02-03', '0000-01-01', '9999-12-31', '2026-W06', 'NaN'];
const ANSWER_NEAR = ['', ' ', 'YES', 'No', ' yes', 'yes ', 'true', 'false', '1', '0', 'ja', 'nee'];
const LANG_NEAR = ['EN', 'NL', 'en-GB', 'nl-BE', ' en ', 'En-us', 'fr', 'de', '', 'eng', 'x-en'];

/**
 * An attribute: a valid value, a near-valid one or junk; now and then removed. `valid` and `near`
 * are lists; `extra` adds values of the attribute's own.
 */
function attr(valid: readonly string[], near: readonly string[] = [], { removed = 5, extra }: { removed?: number; extra?: fc.Arbitrary<string> } = {}) {
  const values: fc.WeightedArbitrary<string>[] = [{ weight: 4, arbitrary: fc.constantFrom(...valid) }];
  if (near.length) values.push({ weight: 3, arbitrary: fc.constantFrom(...near) });
  values.push({ weight: 2, arbitrary: junk });
  if (extra) values.push({ weight: 2, arbitrary: extra });
  return fc.option(fc.oneof(...values), { nil: undefined, freq: removed });
}

/** Only valid values (or none): for the accessibility check at the end. */
const validOnly = (valid: readonly string[]) => fc.option(fc.constantFrom(...valid), { nil: undefined, freq: 4 });

/**
 * Attributes that fetch: a few same-origin URLs only (fixtures, or nothing there), mostly left
 * alone, so that a run costs at most one small local request.
 */
function fetchingAttr(urls: readonly string[]) {
  return fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.constantFrom<string | undefined>(...urls) });
}

const MISSING = new URL('/__stagekit-nothing-here__/cao-dataset.json', location.href).href;
const DATASET_URLS = [
  datasetUrl('small.json'),
  datasetUrl('partly-bad.json'),
  datasetUrl('not-json.json'),
  datasetUrl('not-a-dataset.json'),
  MISSING,
  '/__stagekit-nothing-here__/x.json',
  '',
  ' ',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  'http://[::1',
];

// ---------------------------------------------------------------------------------------------
// What the page sees: uncaught errors, requests, events
// ---------------------------------------------------------------------------------------------

const uncaught: string[] = [];
const describe_ = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error));
window.addEventListener('error', (event) => uncaught.push(`error: ${event.message} ${describe_(event.error)}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${describe_(event.reason)}`));

/** Same-origin requests pass (and are counted, so a run can wait for them); any other is refused. */
const network = { inFlight: 0, started: 0, refused: [] as string[] };
const realFetch = window.fetch;
function trackFetch(): void {
  window.fetch = (async (resource: RequestInfo | URL, init?: RequestInit) => {
    const address = resource instanceof Request ? resource.url : String(resource);
    let url: URL | undefined;
    try {
      url = new URL(address, location.href);
    } catch {
      // As the browser does for an address it cannot parse.
    }
    if (!url || url.origin !== location.origin) {
      if (url && (url.protocol === 'http:' || url.protocol === 'https:')) network.refused.push(address.slice(0, 200));
      throw new TypeError('Failed to fetch (refused by the test: not same-origin)');
    }
    network.inFlight++;
    network.started++;
    try {
      return await realFetch(resource, init);
    } finally {
      network.inFlight--;
    }
  }) as typeof fetch;
}

/** A new task without the 4 ms clamp of nested timers. */
const channel = new MessageChannel();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

async function networkIdle(): Promise<void> {
  while (network.inFlight) await new Promise((resolve) => setTimeout(resolve, 2));
}

function stagekitElements(root: LitElement): LitElement[] {
  const inner = [...(root.shadowRoot?.querySelectorAll<LitElement>('*') ?? [])].filter((node) => node.localName.startsWith('stagekit-'));
  return [root, ...inner];
}

/**
 * Waits until the element and the Stagekit elements inside it have updated, requests have ended and
 * no event came for two tasks in a row: every report the run caused has been made.
 */
async function settle(el: LitElement, events: () => number): Promise<void> {
  for (let quiet = 0, rounds = 0; quiet < 2; rounds++) {
    if (rounds > 400) throw new Error(`<${el.localName}> did not settle: it keeps updating, fetching or reporting`);
    const before = events() + network.started;
    for (const element of stagekitElements(el)) {
      try {
        await element.updateComplete;
      } catch (error) {
        uncaught.push(`updateComplete of <${element.localName}> rejected: ${describe_(error)}`);
      }
    }
    await networkIdle();
    await nextTask();
    quiet = events() + network.started === before && !stagekitElements(el).some((element) => element.isUpdatePending) ? quiet + 1 : 0;
  }
}

interface Reported {
  code: string;
  message: string;
  /** The element's language when the event came. */
  locale: Locale;
}

function recordErrors(el: HTMLElement): Reported[] {
  const seen: Reported[] = [];
  el.addEventListener('stagekit-error', (event) => {
    const { code, message } = (event as CustomEvent<StagekitErrorDetail>).detail;
    seen.push({ code, message, locale: expectedLocale(el) });
  });
  return seen;
}

function apply(el: HTMLElement, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

/** The language the docs promise: `lang` (primary subtag, any case), else the page's, else Dutch. */
function expectedLocale(el: Element): Locale {
  const tag = el.closest('[lang]')?.getAttribute('lang') ?? '';
  const primary = tag.trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : 'nl';
}

// ---------------------------------------------------------------------------------------------
// Messages: the catalogue sentences of each language, as patterns
// ---------------------------------------------------------------------------------------------

/** A sentence as its literal pieces; a placeholder between two pieces matches any text. */
type Template = readonly string[];

const templates = new Map<MessageLoader<string>, Record<Locale, Template[]>>();

function piecesOf(message: Message): Template[] {
  const forms = typeof message === 'string' ? [message] : [message.one, message.other];
  // Only placeholders and punctuation ("{field} {problem}") would match any text in any language.
  return forms.map((form) => form.split(/\{\w+\}/)).filter((pieces) => pieces.join('').replace(/[^\p{L}]/gu, '').length >= 3);
}

async function loadTemplates(...loaders: MessageLoader<string>[]): Promise<void> {
  for (const loader of loaders) {
    if (templates.has(loader)) continue;
    const both = { nl: [] as Template[], en: [] as Template[] };
    for (const locale of ['nl', 'en'] as const) for (const message of Object.values(await loadMessages(loader, locale))) both[locale].push(...piecesOf(message as Message));
    templates.set(loader, both);
  }
}

const validationTemplates = {
  nl: Object.values(validationMessages.nl).flatMap(piecesOf),
  en: Object.values(validationMessages.en).flatMap(piecesOf),
};

/** Wildcard matching with the pieces in order: the first at the start, the last at the end. */
function fits(text: string, pieces: Template): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

function sentencesOf(loaders: readonly MessageLoader<string>[], locale: Locale, extra: readonly string[] = []): Template[] {
  return [...loaders.flatMap((loader) => templates.get(loader)![locale]), ...validationTemplates[locale], ...extra.flatMap(piecesOf)];
}

/**
 * Problems with a message shown to the user: not one of the element's sentences in `locale`, or
 * leftovers of a bug. `values` (the attribute values of this run) are taken out first: a message
 * may quote what the page wrote, even "undefined" or "{value}".
 */
function messageProblems(message: unknown, locale: Locale, sentences: { nl: Template[]; en: Template[] }, values: readonly string[]): string[] {
  if (typeof message !== 'string') return [`the message is a ${typeof message}, not a string`];
  if (!message.trim()) return ['the message is empty'];
  const problems: string[] = [];
  if (!sentences[locale].some((pieces) => fits(message, pieces))) {
    const other = locale === 'nl' ? 'en' : 'nl';
    problems.push(sentences[other].some((pieces) => fits(message, pieces)) ? `it is in ${other}, not ${locale}` : `it is none of the ${locale} sentences`);
  }
  const quoted = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    quoted.add(value).add(value.trim()).add(Array.from(value).slice(0, 80).join(''));
    for (const part of value.split(/[,;\s]+/)) if (part) quoted.add(part);
  }
  let rest = message;
  for (const value of [...quoted].filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(value).join('\u2063');
  for (const leftover of [/undefined/, /\bnull\b/, /\bNaN\b/, /\[object/, /\{\w+\}/]) if (leftover.test(rest)) problems.push(`it contains ${leftover.source}`);
  if (locale === 'nl' && /invalid input|expected|received|too (big|small)|required|must be|is not/i.test(rest)) problems.push('it holds English in a Dutch message');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every element
// ---------------------------------------------------------------------------------------------

/** Nothing in the shadow trees (also nested ones) can run script. */
function scriptProblems(root: ParentNode, into: string[] = []): string[] {
  for (const node of root.querySelectorAll('*')) {
    if (node.localName === 'script') into.push('a <script> element');
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) into.push(`an ${name} attribute on <${node.localName}>`);
      // On HTML elements these load or navigate; a Stagekit element's own `src` is fetched, never run.
      if (!node.localName.includes('-') && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|vbscript|data):/i.test(value)) into.push(`${name}="${value.slice(0, 60)}" on <${node.localName}>`);
    }
    if (node.shadowRoot) scriptProblems(node.shadowRoot, into);
  }
  return into;
}

interface RunContext {
  el: LitElement;
  attrs: Attrs;
  /** The `stagekit-error` events of this run. */
  errors: Reported[];
  /** Every `stagekit-error` since the element was made. */
  history: readonly Reported[];
}

interface ElementSpec {
  tag: string;
  /** Catalogues whose sentences this element's messages come from. */
  catalogs: MessageLoader<string>[];
  /** Sentences made outside the catalogues, per language. */
  extraSentences?: Record<Locale, string[]>;
  attributes: fc.Arbitrary<Attrs>;
  validAttributes: fc.Arbitrary<Attrs>;
  /** Runs before the first run (e.g. to show every field's problem). */
  prepare?(el: LitElement): void | Promise<void>;
  /** Element-specific checks after a run; problems as sentences. */
  check?(context: RunContext): string[] | Promise<string[]>;
  /** The width of the element's container: the planner starts with the list below 560 px. */
  width?: number;
}

async function mount(spec: ElementSpec): Promise<{ el: LitElement; host: HTMLElement }> {
  const host = document.createElement('div');
  if (spec.width) host.style.width = `${spec.width}px`;
  const el = document.createElement(spec.tag) as LitElement;
  host.append(el);
  document.body.append(host);
  return { el, host };
}

async function propertyTest(spec: ElementSpec): Promise<void> {
  await loadTemplates(...spec.catalogs);
  const sentences = {
    nl: sentencesOf(spec.catalogs, 'nl', spec.extraSentences?.nl),
    en: sentencesOf(spec.catalogs, 'en', spec.extraSentences?.en),
  };
  const { el, host } = await mount(spec);
  const all = recordErrors(el);
  const observed = [...((customElements.get(spec.tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])].sort();
  const covered = Object.keys(fc.sample(spec.attributes, { numRuns: 1, seed: 1 })[0]!).sort();
  expect(covered, `every attribute of <${spec.tag}> is drawn`).to.deep.equal(observed);
  try {
    await settle(el, () => all.length);
    await spec.prepare?.(el);
    await settle(el, () => all.length);
    // Laid out once (the planner picks its view by its width), then not: layout and text shaping
    // are the browser's work, not the element's, and re-showing 1,000 runs' worth of notices with
    // 100,000-character values costs seconds. Only the planner's first update reads layout.
    host.hidden = true;
    uncaught.length = 0;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(spec.attributes, async (attrs) => {
        run++;
        const first = all.length;
        apply(el, attrs);
        await settle(el, () => all.length);
        const errors = all.slice(first);
        const problems: string[] = [];
        if (uncaught.length) problems.push(...uncaught.splice(0).map((text) => `uncaught: ${text}`));
        if (network.refused.length) problems.push(...network.refused.splice(0).map((url) => `a request to another origin: ${url}`));
        if (!el.shadowRoot?.querySelector('[part~="base"]')) problems.push(`nothing rendered (shadow root: "${el.shadowRoot?.textContent?.slice(0, 200)}")`);
        const values = Object.values(attrs).filter((value): value is string => value !== undefined);
        for (const { code, message, locale } of errors) {
          for (const problem of messageProblems(message, locale, sentences, values)) problems.push(`stagekit-error ${code} "${String(message).slice(0, 300)}": ${problem}`);
        }
        problems.push(...scriptProblems(el.shadowRoot!));
        if (spec.check) problems.push(...(await spec.check({ el, attrs, errors, history: all })));
        if (problems.length) throw new Error(`run ${run}, lang ${expectedLocale(el)}:\n  ${problems.join('\n  ')}`);
      }),
      // One element carries its state from run to run, so shrinking would replay on a changed element.
      { numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    // The end: a random but valid set of attributes, checked with axe.
    host.hidden = false;
    const [valid] = fc.sample(spec.validAttributes, 1);
    apply(el, valid!);
    await settle(el, () => all.length);
    await expect(el).to.be.accessible();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  } finally {
    host.remove();
  }
}

/** "value" in a message as the elements quote it. */
const quoted = (value: string) => `"${value}"`;
/** A value as the messages quote it: its first 80 characters (a page may set a megabyte). */
const cut = (value: string) => Array.from(value).slice(0, 80).join('');

/** For attributes reported once per value: has the page ever been told about this one? */
function everReported(history: readonly Reported[], code: string, ...parts: string[]): boolean {
  return history.some((reported) => reported.code === code && parts.every((part) => reported.message.includes(part)));
}

// ---------------------------------------------------------------------------------------------
// The elements
// ---------------------------------------------------------------------------------------------

const DATES = ['2026-09-07', '2026-02-02', '2027-01-29', '2024-02-29', '2025-12-31'];
const LANGS = ['nl', 'en'];
const STORAGE = ['local', 'memory'];
const STORAGE_NEAR = ['', ' ', 'LOCAL', 'Memory', 'session', 'none', 'indexeddb'];

// The compensation checker ------------------------------------------------------------------

/** In the bundled dataset. */
const CHECKER_CAOS = ['cao-horeca', 'cao-jeugdzorg', 'cao-umc'];
const ANSWER_FIELDS = ['employment-contract', 'learning-plan', 'supervisor', 'replaces-staff', 'mainly-productive', 'graduated'] as const;

function checkerAttributes(valid: boolean): fc.Arbitrary<Attrs> {
  const a = (values: readonly string[], near: readonly string[] = [], options?: Parameters<typeof attr>[2]) => (valid ? validOnly(values) : attr(values, near, options));
  return fc.record({
    lang: a(LANGS, LANG_NEAR),
    mode: a(['full', 'badge'], ['BADGE', 'Badge', ' badge', 'badge ', '', 'mini']),
    src: valid ? fc.constant(undefined) : fetchingAttr(DATASET_URLS),
    'report-url': a(['/melden/', 'https://school.example/melden/', 'melden.html', '?page=melden'], ['', ' ', '//evil.example/x', 'http:/x', 'https://', 'mailto:x@y.nl', 'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x']),
    date: a(DATES, DATE_NEAR),
    level: a(['vo', 'mbo-bol', 'mbo-bbl', 'hbo', 'wo'], ['MBO-BOL', 'mbo', 'mbo bol', 'hbo ', '', 'Wo']),
    'stage-type': a(['orientation', 'practice', 'graduation'], ['Practice', 'stage', 'practise', '']),
    start: a(DATES, DATE_NEAR),
    end: a(DATES, DATE_NEAR),
    weeks: a(['1', '20', '260'], ['261', '0', '20,5', ...NUMBER_NEAR]),
    hours: a(['1', '32', '40', '60', '32,5', '32.5'], ['0', '61', '0,99', '60.01', ...NUMBER_NEAR]),
    days: a(['1', '4', '7'], ['0', '8', '4,5', ...NUMBER_NEAR]),
    age: a(['12', '19', '80'], ['11', '81', '19,5', ...NUMBER_NEAR]),
    location: a(['nl', 'bes', 'abroad'], ['NL', 'aruba', 'Abroad', '']),
    cao: a(CHECKER_CAOS, ['CAO-HORECA', 'cao-horeca ', 'cao_horeca', 'cao-onbekend', '-cao', 'cao--horeca']),
    offered: a(['0', '350', '350,50', '350.50', '1500', '100000'], ['350,505', '-1', '100000,01', '1.000', '1,000', '€ 350', '350 euro', ...NUMBER_NEAR]),
    ...Object.fromEntries(ANSWER_FIELDS.map((name) => [name, a(['yes', 'no'], ANSWER_NEAR)])),
  });
}

const fieldOf = (attribute: string) => COMPENSATION_FIELDS.find((field) => attributeName(field) === attribute);

async function checkChecker({ el, attrs }: RunContext, checks: CustomEvent[]): Promise<string[]> {
  const checker = el as StagekitCompensationChecker;
  const problems: string[] = [];
  const values: FieldValues = {};
  for (const [name, value] of Object.entries(attrs)) {
    const field = fieldOf(name);
    if (field && value !== undefined) values[field] = value;
  }
  const outcome = inputFromFields(values);
  if (!outcome.ok && checks.length) problems.push('a verdict (stagekit-check) for input that is not valid');
  checks.length = 0;
  const root = el.shadowRoot!;
  if (root.querySelector('.error[role="alert"] > button')) {
    // The data could not load, so there is no form: only a page's own bad `src` may cause that.
    if (!attrs.src || attrs.src.includes('small.json')) problems.push('"could not load" without a bad src');
    return problems;
  }
  // Valid input with the bundled data and a CAO it has (or none): a verdict.
  const knownCao = !outcome.ok || !outcome.input.cao || CHECKER_CAOS.includes(outcome.input.cao);
  if (outcome.ok && !attrs.src && knownCao && !checker.result()) problems.push('valid input, but no verdict');
  const locale = expectedLocale(el);
  const sentences = sentencesOf([compensationCatalog, compensationFullCatalog], locale);
  const invalid = new Set<CompensationField>(outcome.ok ? [] : outcome.issues.flatMap(({ field }) => (field && values[field]?.trim() ? [field] : [])));
  if (checker.isBadge) {
    const badge = root.querySelector('[part~="badge"]')?.textContent ?? '';
    if (invalid.size) {
      for (const field of invalid) if (!badge.includes(attributeName(field))) problems.push(`the badge does not name the invalid ${attributeName(field)}: "${badge.slice(0, 200)}"`);
    }
    return problems;
  }
  // Full mode, after "check" (prepare): every invalid field is in the error summary, in words.
  const summary = root.querySelector('#error-summary');
  for (const field of invalid) {
    const item = summary?.querySelector(`a[href="#f-${field}"]`);
    if (!item) {
      problems.push(`the invalid ${attributeName(field)}="${values[field]!.slice(0, 60)}" has no message in the error summary`);
      continue;
    }
    const text = item.textContent!.replace(/\s+/g, ' ').trim();
    for (const problem of messageProblems(text, locale, { nl: sentences, en: sentences }, Object.values(values))) problems.push(`the message for ${attributeName(field)} "${text.slice(0, 200)}": ${problem}`);
  }
  return problems;
}

// The CAO lookup ----------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar date; independent of the element's own check. */
function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function lookupAttributes(valid: boolean): fc.Arbitrary<Attrs> {
  const a = (values: readonly string[], near: readonly string[] = []) => (valid ? validOnly(values) : attr(values, near));
  return fc.record({
    lang: a(LANGS, LANG_NEAR),
    src: valid ? fc.constant(undefined) : fetchingAttr(DATASET_URLS),
    level: a(['mbo', 'hbo', 'wo'], ['MBO', 'mbo-bol', ' mbo', 'mbo ', '', 'vo']),
    query: a(['horeca', 'zorg', 'jeugd', 'gemeente', 'ziekenhuis', 'hovenier', ''], ['HORECA', 'horca', 'jeugdzrg', ' ', '"', '*', '.*', '(', '\\']),
    'only-with-clause': valid ? fc.constantFrom(undefined, '') : fc.option(fc.oneof(fc.constantFrom('', 'only-with-clause', 'false', 'no'), junk), { nil: undefined, freq: 2 }),
    storage: a(STORAGE, STORAGE_NEAR),
    date: a(DATES, DATE_NEAR),
    value: a(['cao-horeca', 'cao-jeugdzorg', 'cao-umc'], ['CAO-HORECA', 'cao-horeca ', 'cao-onbekend', '']),
  });
}

function checkLookup({ attrs, history }: RunContext): string[] {
  const problems: string[] = [];
  const level = attrs.level;
  if (level && !['mbo', 'hbo', 'wo'].includes(level) && !everReported(history, 'invalid-attribute', quoted(cut(level)))) problems.push(`level="${level.slice(0, 60)}" was never reported`);
  const date = attrs.date;
  if (date && !isRealDate(date) && !everReported(history, 'invalid-attribute', quoted(cut(date)))) problems.push(`date="${date.slice(0, 60)}" was never reported`);
  return problems;
}

// The schedule planner ----------------------------------------------------------------------

const PLANNER_ATTRIBUTES = { start: 'start', end: 'end', 'hours-per-day': 'hoursPerDay', 'total-hours': 'totalHours', model: 'model', week: 'week' } as const;

function plannerAttributes(valid: boolean): fc.Arbitrary<Attrs> {
  const a = (values: readonly string[], near: readonly string[] = []) => (valid ? validOnly(values) : attr(values, near));
  // Plans of six to twenty weeks: a run costs a render of every day.
  const starts = ['2026-09-07', '2026-09-14', '2026-08-31'];
  const ends = ['2026-10-30', '2026-11-27', '2027-01-29'];
  return fc.record({
    lang: a(LANGS, LANG_NEAR),
    start: a(starts, [...DATE_NEAR, '2031-01-01']),
    end: a(ends, [...DATE_NEAR, '2026-09-06', '2020-01-01', '2035-01-01']),
    'hours-per-day': a(['8', '7,5', '0.5', '24', '6'], ['0,4', '24,5', '0', '25', '-8', ...NUMBER_NEAR]),
    'total-hours': a(['600', '1', '10000', '320,5'], ['0', '10001', '-600', ...NUMBER_NEAR]),
    model: a(['lint', 'blok', 'hybrid', 'modular'], ['LINT', ' Blok ', 'block', 'hybride', '']),
    week: a(
      ['mon:company,tue:company,wed:remote,thu:school,fri:off', 'ma:bedrijf,di:bedrijf,wo:thuis', 'mon:company;tue:school', 'mon:remote tue:remote', 'sat:company,sun:company'],
      ['MON:COMPANY', 'mon:', ':company', 'mon:office', 'xyz:company', 'mon:company,mon:remote', 'mon:company:remote', 'mon:company,,', ',', ' ', ''],
    ),
    storage: a(STORAGE, STORAGE_NEAR),
  });
}

/** Values as small numbers: a problem's key must not copy a 100,000-character value for each bad pair. */
const valueIds = new Map<string, number>();
function problemKey(problem: AttributeProblem): string {
  let id = valueIds.get(problem.value);
  if (id === undefined) valueIds.set(problem.value, (id = valueIds.size));
  return JSON.stringify([problem.attribute, problem.key, id, 'pair' in problem ? problem.pair : '']);
}

function checkPlanner() {
  let before = new Set<string>();
  return ({ attrs, errors }: RunContext): string[] => {
    const values = Object.fromEntries(Object.entries(PLANNER_ATTRIBUTES).map(([name, property]) => [property, attrs[name] ?? null]));
    const { problems } = planOptionsFromAttributes(values, todayIsoDate());
    const messages = errors.filter((error) => error.code === 'invalid-attribute').map((error) => error.message);
    const now = new Set<string>();
    const missing: string[] = [];
    // A problem the page did not have before must be reported now ("bad attributes are reported").
    for (const problem of problems) {
      const key = problemKey(problem);
      if (now.has(key)) continue;
      now.add(key);
      if (before.has(key)) continue;
      const shown = 'pair' in problem ? cut(problem.pair) : quoted(cut(problem.value));
      if (!messages.some((message) => message.includes(problem.attribute) && message.includes(shown))) {
        missing.push(`${problem.attribute}="${problem.value.slice(0, 60)}" (${problem.key}${'pair' in problem ? `, "${problem.pair.slice(0, 40)}"` : ''}) was not reported`);
      }
    }
    before = now;
    return missing;
  };
}

// The agreement builder ---------------------------------------------------------------------

const AGREEMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function builderAttributes(valid: boolean): fc.Arbitrary<Attrs> {
  const a = (values: readonly string[], near: readonly string[] = []) => (valid ? validOnly(values) : attr(values, near));
  return fc.record({
    lang: a(LANGS, LANG_NEAR),
    regime: a(REGIMES, ['MBO', 'hbo ', ' wo', 'po', 'vo', '']),
    storage: a(STORAGE, STORAGE_NEAR),
    'agreement-id': a(['stage-2026', 'a', 'abc-123', '0', `a${'b'.repeat(63)}`], ['Stage-2026', '-abc', 'abc_def', 'abc def', `a${'b'.repeat(64)}`, ' abc', 'abc ', '']),
  });
}

function checkBuilder({ attrs, history }: RunContext): string[] {
  const problems: string[] = [];
  const { regime } = attrs;
  if (regime !== undefined && !(REGIMES as readonly string[]).includes(regime) && !everReported(history, 'invalid-attribute', quoted(cut(regime)))) problems.push(`regime="${regime.slice(0, 60)}" was never reported`);
  const id = attrs['agreement-id'];
  if (id !== undefined && !AGREEMENT_ID.test(id) && !everReported(history, 'invalid-attribute', 'agreement-id', quoted(cut(id)))) problems.push(`agreement-id="${id.slice(0, 60)}" was never reported`);
  return problems;
}

// The report form ---------------------------------------------------------------------------

interface Keys {
  valid: string[];
  invalid: string[];
}

async function makeKeys(): Promise<Keys> {
  const ec = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const ecPublic = await crypto.subtle.exportKey('jwk', ec.publicKey);
  const ecPrivate = await crypto.subtle.exportKey('jwk', ec.privateKey);
  const p384 = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const p384Public = await crypto.subtle.exportKey('jwk', p384.publicKey);
  const rsa = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const rsaPublic = await crypto.subtle.exportKey('jwk', rsa.publicKey);
  const json = (value: unknown) => JSON.stringify(value);
  return {
    valid: [json(ecPublic), ` ${json(ecPublic)}\n`, json({ kty: 'EC', crv: 'P-256', x: ecPublic.x, y: ecPublic.y }), json(rsaPublic)],
    invalid: [
      json(ecPrivate),
      json(p384Public),
      json({ ...rsaPublic, n: rsaPublic.n!.slice(0, 170) }),
      json({ ...ecPublic, use: 'sig' }),
      json({ ...ecPublic, alg: 'ES256' }),
      json({ kty: 'EC', crv: 'P-256', x: '***', y: ecPublic.y }),
      json({ kty: 'oct', k: 'AAAA' }),
      '{}',
      '[]',
      'null',
      '"key"',
      '{"kty":',
      'not a key',
    ],
  };
}

function reportAttributes(keys: Keys, valid: boolean): fc.Arbitrary<Attrs> {
  const a = (values: readonly string[], near: readonly string[] = []) => (valid ? validOnly(values) : attr(values, near));
  return fc.record({
    lang: a(LANGS, LANG_NEAR),
    endpoint: a(
      ['https://meldpunt.example.nl/api/reports', 'http://localhost:9/reports', 'http://127.0.0.1:9/r', ' https://meldpunt.example.nl/ '],
      ['http://meldpunt.example.nl/api', 'https://user:pw@meldpunt.example.nl/', 'ftp://meldpunt.example.nl', 'meldpunt.example.nl', '/api/reports', 'https://', '', ' '],
    ),
    'public-key': a(keys.valid, keys.invalid),
    'meldpunt-name': a(['Meldpunt stage ROC Example', 'Vertrouwenspersoon', 'Meldpunt <b>ROC</b>'], ['', ' ']),
    'meldpunt-email': a(['meldpunt@roc-example.nl', 'a.b+c@school.example', ' meldpunt@roc-example.nl '], ['meldpunt@roc', '@roc-example.nl', 'meld punt@roc.nl', 'meldpunt@@roc.nl', 'meldpunt', 'meld\uD800punt@roc-example.nl', 'meldpunt@roc-example.n\uDC00l', '', ' ']),
    'meldpunt-phone': a(['010 123 45 67', '+31 10 1234567', '112'], ['', ' ', 'abc']),
    storage: a(STORAGE, STORAGE_NEAR),
    'prefill-type': a(['discrimination', 'misuse', 'underpaid', 'below-cao', 'below-cao,employment-risk', 'disguised-job'], ['Discrimination', 'racism', 'below-cao,,', 'misuse,discrimination', ',', '', ' ']),
    'exit-url': a(['https://www.google.com/', 'http://example.org', 'https://nos.nl'], ['www.google.com', 'https:/x', '//example.org', 'about:blank', '', ' ']),
  });
}

function checkReport(parseKey: (key: string) => unknown) {
  return ({ attrs, history }: RunContext): string[] => {
    const problems: string[] = [];
    const expect = (attribute: string, invalid: boolean, value: string) => {
      if (invalid && !everReported(history, 'invalid-attribute', quoted(Array.from(value).slice(0, 80).join('')))) problems.push(`${attribute}="${value.slice(0, 60)}" was never reported`);
    };
    const { storage, endpoint } = attrs;
    if (storage !== undefined) expect('storage', storage !== 'local' && storage !== 'memory', storage);
    if (endpoint) expect('endpoint', !checkEndpoint(endpoint).ok, endpoint);
    const email = attrs['meldpunt-email'];
    if (email) {
      const refused = !isMailAddress(email.trim());
      expect('meldpunt-email', refused, email);
      // An address the form takes must fit in its mailto: link.
      if (!refused) {
        try {
          encodeURIComponent(email.trim());
        } catch (error) {
          problems.push(`meldpunt-email="${email.slice(0, 60)}" is taken, but its mailto: link throws ${describe_(error).split('\n')[0]}`);
        }
      }
    }
    const prefill = attrs['prefill-type'];
    if (prefill) expect('prefill-type', !parsePrefillType(prefill), prefill);
    const exit = attrs['exit-url'];
    if (exit) expect('exit-url', !/^https?:\/\//i.test(exit.trim()), exit);
    const key = attrs['public-key']?.trim();
    if (key) {
      let refused = false;
      try {
        parseKey(key);
      } catch {
        refused = true;
      }
      if (refused && !everReported(history, 'invalid-attribute', '(public-key)')) problems.push(`public-key="${key.slice(0, 60)}" was never reported`);
    }
    return problems;
  };
}

// ---------------------------------------------------------------------------------------------

describe('every attribute, 1,000 random sets per element', function () {
  this.timeout(120_000);

  before(async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DATABASE_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    trackFetch();
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('<stagekit-compensation-checker>', async () => {
    const checks: CustomEvent[] = [];
    await propertyTest({
      tag: 'stagekit-compensation-checker',
      catalogs: [compensationCatalog, compensationFullCatalog, caoCatalog, caoProblemsCatalog],
      attributes: checkerAttributes(false),
      validAttributes: checkerAttributes(true),
      prepare(el) {
        el.addEventListener('stagekit-check', (event) => checks.push(event as CustomEvent));
        // As after "check": every field's problem is shown.
        (el as StagekitCompensationChecker).submit();
      },
      check: (context) => checkChecker(context, checks),
    });
  });

  it('<stagekit-cao-lookup>', async () => {
    await propertyTest({
      tag: 'stagekit-cao-lookup',
      catalogs: [caoCatalog, caoProblemsCatalog],
      attributes: lookupAttributes(false),
      validAttributes: lookupAttributes(true),
      check: checkLookup,
    });
  });

  it('<stagekit-schedule-planner>', async () => {
    await propertyTest({
      tag: 'stagekit-schedule-planner',
      catalogs: [scheduleCatalog],
      attributes: plannerAttributes(false),
      validAttributes: plannerAttributes(true),
      // Narrower than 560 px: the list view, which renders the open weeks only (the grid renders every day).
      width: 400,
      check: checkPlanner(),
    });
  });

  it('<stagekit-agreement-builder>', async () => {
    await propertyTest({
      tag: 'stagekit-agreement-builder',
      catalogs: [agreementCatalog],
      attributes: builderAttributes(false),
      validAttributes: builderAttributes(true),
      check: checkBuilder,
    });
  });

  it('<stagekit-report-form>', async () => {
    const keys = await makeKeys();
    const { parsePublicKey } = await loadReportTools();
    await propertyTest({
      tag: 'stagekit-report-form',
      catalogs: [reportCatalog],
      attributes: reportAttributes(keys, false),
      validAttributes: reportAttributes(keys, true),
      check: checkReport(parsePublicKey),
    });
  });
});
