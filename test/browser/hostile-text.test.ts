import './lit-warnings.js';
// Hardening: a hostile-text corpus (test/fixtures/hostile/corpus.ts) in every text field, every
// dataset string and every imported file of the five widgets. Nothing executes (no flag, no
// <script>, no on* attribute, no javascript: link in the shadow roots), nothing breaks the layout
// beyond the widget (a 480px container), and the exports keep the exact text.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  AGREEMENT_FIELDS,
  bundledCaoDatasetUrl,
  createAgreement,
  createPlan,
  loadAgreementTools,
  loadScheduleValidation,
  planToFile,
  withFields,
  type AgreementFields,
} from '@stagekit/core';
import '../../packages/elements/src/compensation-checker/define.js';
import '../../packages/elements/src/cao-lookup/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import '../../packages/elements/src/schedule-planner/define.js';
import { readSharedFields, shareFragment } from '../../packages/elements/src/compensation-checker/share-link.js';
import { HOSTILE_CORPUS, MEGABYTE_ENTRY, QUICK_CORPUS } from '../fixtures/hostile/corpus.js';
import { accessibleName, downloads, words } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Lang = 'nl' | 'en';
declare global {
  interface Window {
    __stagekitPwned?: boolean;
  }
}

const WIDTH = 480;
const TEXT_FIELDS = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], textarea';
const until = (predicate: () => unknown, message: string, timeout = 5000) => waitUntil(predicate, message, { timeout, interval: 25 });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// Looking into the widget (and the widgets inside it: the checker embeds a lookup).
// ---------------------------------------------------------------------------------------------

function roots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    found.push(root);
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) walk(node.shadowRoot);
  };
  walk(el.shadowRoot!);
  return found;
}

const deepAll = <T extends Element = HTMLElement>(el: Element, selector: string) => roots(el).flatMap((root) => [...root.querySelectorAll<T>(selector)]);
const isVisible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;
const fieldKey = (field: Element) => field.id || field.getAttribute('name') || '';

/** The free-text fields the user sees now, by id (or name). */
function textFieldKeys(el: Element): string[] {
  return [...new Set(deepAll(el, TEXT_FIELDS).filter(isVisible).map(fieldKey).filter(Boolean))];
}

function field(el: Element, key: string): HTMLInputElement | HTMLTextAreaElement {
  const found = deepAll<HTMLInputElement | HTMLTextAreaElement>(el, TEXT_FIELDS).filter((node) => node.id === key || node.getAttribute('name') === key);
  const node = found.find(isVisible) ?? found[0];
  if (!node) throw new Error(`no text field ${key}`);
  return node;
}

/** Types as a user (the value, `input`), then leaves the field (`change`). */
async function typeInto(el: Widget, key: string, value: string): Promise<HTMLInputElement | HTMLTextAreaElement> {
  const node = field(el, key);
  node.focus();
  node.value = value;
  node.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  node.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  for (const inner of deepAll(el, '*')) if ((inner as Partial<Widget>).updateComplete) await (inner as Widget).updateComplete;
  return node;
}

/** Nothing ran, nothing executable is in the shadow roots, nothing sticks out of the 480px box. */
function expectSafe(el: Element, what: string): void {
  expect(window.__stagekitPwned, `${what}: a payload ran`).to.equal(undefined);
  for (const root of roots(el)) {
    expect(root.querySelectorAll('script').length, `${what}: <script> in ${(root.host as Element).localName}`).to.equal(0);
    const handlers = [...root.querySelectorAll('*')].filter((node) => [...node.attributes].some((attribute) => /^on/i.test(attribute.name)));
    expect(
      handlers.map((node) => node.outerHTML.slice(0, 120)),
      `${what}: event-handler attributes`,
    ).to.deep.equal([]);
    const scriptLinks = [...root.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')].filter((node) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href'].some((name) => /^\s*(javascript|vbscript|data:text\/html)/i.test((node.getAttribute(name) ?? '').replace(/[\u0000-\u001f]/g, ''))),
    );
    expect(scriptLinks.map((node) => node.outerHTML.slice(0, 120)), `${what}: javascript: links`).to.deep.equal([]);
  }
  const box = el.parentElement!;
  if (box.scrollWidth > box.clientWidth + 1) {
    const right = box.getBoundingClientRect().right;
    const range = document.createRange();
    const wide = roots(el)
      .flatMap((root) => [...root.querySelectorAll('*')])
      .filter((node) => node.getBoundingClientRect().right > right + 1 || [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (range.selectNode(child), range.getBoundingClientRect().right > right + 1)));
    throw new Error(`${what}: content sticks out of the widget: ${wide.slice(0, 3).map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}" part="${node.getAttribute('part') ?? ''}"> in <${(node.getRootNode() as ShadowRoot).host.localName}> (${words(node).slice(0, 40)})`).join(', ')}`);
  }
  expect(el.getBoundingClientRect().width, `${what}: the widget is wider than its container`).to.be.at.most(box.getBoundingClientRect().width + 0.5);
  expect(box.scrollWidth, `${what}: content sticks out of the widget's container`).to.be.at.most(box.clientWidth + 1);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(window.innerWidth);
}

/** Mounts a widget in a 480px-wide container. */
async function mount(template: TemplateResult): Promise<Widget> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px; overflow: visible">${template}</div>`);
  const el = box.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

function button(el: Element, name: string): HTMLButtonElement {
  const found = deepAll<HTMLButtonElement>(el, 'button').find((candidate) => accessibleName(candidate) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

async function chooseFile(el: Widget, selector: string, file: File): Promise<void> {
  const input = deepAll<HTMLInputElement>(el, selector)[0]!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Text as a UTF-8 file keeps it: a lone surrogate becomes U+FFFD (the encoding has no other way). */
const asUtf8 = (value: string) => new TextDecoder().decode(new TextEncoder().encode(value));

// --- the report form's steps ------------------------------------------------------------------

const REPORT_STEPS: Record<Lang, string[]> = {
  nl: ['Wat is er gebeurd', 'Wanneer en waar', 'Wat wil je', 'Waar kun je terecht', 'Controleren en versturen'],
  en: ['What happened', 'When and where', 'What you want', 'Where you can go', 'Check and send'],
};
const reportStep = (el: Element) => words(deepAll(el, 'form[part="form"]').find(isVisible)?.querySelector('h2'));

async function reportAtStep(el: Widget, index: number, lang: Lang = 'nl'): Promise<void> {
  await until(() => reportStep(el).includes(REPORT_STEPS[lang][index]!), `not at step ${index + 1} (at "${reportStep(el)}")`);
}

async function reportAct(el: Widget, action: string): Promise<void> {
  let target: HTMLElement | undefined;
  await until(() => (target = deepAll(el, `[data-action="${action}"]`).find(isVisible)), `no visible [data-action="${action}"]`);
  target!.click();
  await el.updateComplete;
}

async function reportNext(el: Widget, lang: Lang = 'nl'): Promise<void> {
  const from = REPORT_STEPS[lang].findIndex((name) => reportStep(el).includes(name));
  await reportAct(el, 'next');
  await reportAtStep(el, from + 1, lang);
}

async function reportChoose(el: Widget, name: string, value: string): Promise<void> {
  let input: HTMLInputElement | undefined;
  await until(() => (input = deepAll<HTMLInputElement>(el, `input[name="${name}"]`).find((candidate) => candidate.value === value)), `no ${name}=${value}`);
  if (!input!.checked) input!.click();
  await el.updateComplete;
}

async function reportToStep2(el: Widget): Promise<void> {
  await reportAtStep(el, 0);
  await reportChoose(el, 'type', 'discrimination');
  await reportChoose(el, 'grounds', 'origin');
  await reportChoose(el, 'situation', 'search');
  await reportChoose(el, 'level', 'mbo');
  await reportChoose(el, 'reporter', 'student');
  await reportNext(el);
}

// ---------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------

interface Case {
  tag: string;
  /** Mounted and brought to the step with its first free-text fields. */
  open(): Promise<Widget>;
}

const CASES: Case[] = [
  {
    tag: 'stagekit-compensation-checker',
    async open() {
      const el = await mount(html`<stagekit-compensation-checker storage="memory"></stagekit-compensation-checker>`);
      await until(() => !(el as unknown as { loading: boolean }).loading && textFieldKeys(el).includes('query'), 'the checker did not load', 8000);
      return el;
    },
  },
  {
    tag: 'stagekit-cao-lookup',
    async open() {
      const el = await mount(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
      await until(() => /\d/.test(words(el.shadowRoot!.querySelector('[role="status"]'))), 'the dataset did not load', 8000);
      return el;
    },
  },
  {
    tag: 'stagekit-agreement-builder',
    open: () => mount(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`),
  },
  {
    tag: 'stagekit-agreement-builder (step 2)',
    async open() {
      const el = await mount(html`<stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>`);
      deepAll<HTMLButtonElement>(el, 'nav.stepper button.step')[1]!.click();
      await el.updateComplete;
      await until(() => deepAll(el, 'nav.stepper button.step')[1]!.getAttribute('aria-current') === 'step', 'step 2 did not open');
      return el;
    },
  },
  {
    tag: 'stagekit-report-form',
    async open() {
      const el = await mount(html`<stagekit-report-form storage="memory"></stagekit-report-form>`);
      await reportToStep2(el);
      return el;
    },
  },
  {
    tag: 'stagekit-schedule-planner',
    open: () => mount(html`<stagekit-schedule-planner storage="memory" start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`),
  },
];

afterEach(() => {
  expect(window.__stagekitPwned, 'a payload ran').to.equal(undefined);
});

describe('hostile text in every text field', () => {
  for (const widget of CASES) {
    it(`${widget.tag}: every field shows each corpus entry as text, in its box`, async function () {
      this.timeout(40_000);
      const el = await widget.open();
      const keys = textFieldKeys(el);
      expect(keys.length, 'free-text fields').to.be.greaterThan(0);
      for (const key of keys) {
        for (const entry of QUICK_CORPUS) {
          await typeInto(el, key, entry.value);
          expectSafe(el, `${key} ← ${entry.name}`);
        }
        await typeInto(el, key, '');
      }
      // The 1 MB string once, in the first field.
      await typeInto(el, keys[0]!, MEGABYTE_ENTRY.value);
      await sleep(50);
      expectSafe(el, `${keys[0]} ← ${MEGABYTE_ENTRY.name}`);
      // An <img onerror> would fire a moment later.
      await sleep(200);
      expectSafe(el, 'afterwards');
      fixtureCleanup();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Exports keep the hostile text.
// ---------------------------------------------------------------------------------------------

const plannerWithFields = async () => {
  const el = await mount(html`<stagekit-schedule-planner storage="memory" start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
  return el as Widget & { plan: { title: string; places: { company?: string; school?: string }; calendar: { label: string }[] } };
};

describe('exports after hostile text', () => {
  it('stagekit-schedule-planner: the JSON plan keeps title and places exactly (the title is cut at its 120 characters)', async function () {
    this.timeout(30_000);
    const el = await plannerWithFields();
    const { planFromFile } = await loadScheduleValidation();
    for (const entry of HOSTILE_CORPUS) {
      await typeInto(el, 'f-title', entry.value);
      await typeInto(el, 'f-place-company', entry.value);
      await typeInto(el, 'f-place-school', entry.value);
      expectSafe(el, entry.name);
      const [file] = await downloads(() => button(el, 'Plan opslaan als bestand (.json)').click());
      const read = planFromFile(file!.text);
      if (!read.ok) throw new Error(`${entry.name}: the exported plan does not open: ${JSON.stringify(read).slice(0, 300)}`);
      expect(read.plan, entry.name).to.deep.equal(el.plan);
      if (entry.value.length <= 120) expect(read.plan.title, entry.name).to.equal(entry.value);
      else expect(entry.value.startsWith(read.plan.title), `${entry.name}: the title is cut, not changed`).to.equal(true);
      if (entry.value.length <= 300) expect(read.plan.places, entry.name).to.deep.equal({ company: entry.value, school: entry.value });
      expectSafe(el, `${entry.name} (exported)`);
    }
    fixtureCleanup();
  });

  it('stagekit-agreement-builder: the JSON file keeps every hostile field exactly', async function () {
    this.timeout(30_000);
    const el = (await mount(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`)) as Widget & {
      agreement: { fields: AgreementFields };
    };
    const keys = textFieldKeys(el);
    const typed: string[] = [];
    for (const [index, key] of keys.entries()) {
      const entry = QUICK_CORPUS[index % QUICK_CORPUS.length]!;
      typed.push((await typeInto(el, key, entry.value)).value);
    }
    expectSafe(el, 'step 1 filled');
    deepAll<HTMLButtonElement>(el, 'nav.stepper button.step').at(-1)!.click();
    await el.updateComplete;
    await until(() => deepAll(el, 'nav.stepper button.step').at(-1)!.getAttribute('aria-current') === 'step', 'the last step did not open');
    expectSafe(el, 'last step');
    const [file] = await downloads(() => button(el, 'Bestand downloaden (.json)').click());
    const { agreementFromFile } = await loadAgreementTools();
    const read = agreementFromFile(file!.text);
    if (!read.ok) throw new Error(`the exported agreement does not open: ${JSON.stringify(read.problem).slice(0, 300)}`);
    expect(read.agreement).to.deep.equal(el.agreement);
    const values = Object.values(read.agreement.fields);
    for (const value of typed) expect(values, JSON.stringify(value.slice(0, 40))).to.include(value);
    for (const entry of QUICK_CORPUS) expect(values.some((value) => value === entry.value || value === entry.value.replace(/[\r\n]/g, '')), entry.name).to.equal(true);
    fixtureCleanup();
  });

  it('stagekit-report-form: the downloaded copy keeps the hostile text (as UTF-8 text)', async function () {
    this.timeout(30_000);
    const el = (await mount(html`<stagekit-report-form storage="memory"></stagekit-report-form>`)) as Widget & { reportId: string };
    await reportToStep2(el);
    // The form refuses a NUL character in a report, with a message (a documented rule); the rest is kept.
    const kept = QUICK_CORPUS.filter((entry) => !entry.value.includes('\u0000'));
    await typeInto(el, 'whatHappened', QUICK_CORPUS.map((entry) => entry.value).join('\n'));
    for (const [index, key] of ['whenDescription', 'where', 'companyName', 'companyLocation', 'witnesses'].entries()) {
      await typeInto(el, key, kept[(index * 3) % kept.length]!.value);
    }
    await typeInto(el, 'whenDate', '2025-03-14');
    expectSafe(el, 'step 2');
    await reportAct(el, 'next');
    await until(() => words(deepAll(el, '[role="alert"]').find(isVisible)).includes('NUL'), 'the NUL character is not refused with a message');
    expectSafe(el, 'step 2, refused');
    await typeInto(el, 'whatHappened', kept.map((entry) => entry.value).join('\n'));
    await reportNext(el);
    await reportChoose(el, 'wishes', 'advice');
    await reportChoose(el, 'anonymous', 'yes');
    await reportNext(el);
    expectSafe(el, 'step 4');
    await reportNext(el);
    expectSafe(el, 'step 5');
    const [file] = await downloads(() => reportAct(el, 'download-copy'));
    for (const entry of kept) expect(file!.text, entry.name).to.contain(asUtf8(entry.value));
    expect(file!.text).to.contain(el.reportId);
    fixtureCleanup();
  });

  it('stagekit-compensation-checker: a share link with hostile answers opens as text, and the link codec keeps them', async function () {
    this.timeout(20_000);
    for (const entry of QUICK_CORPUS) {
      const fragment = shareFragment({ offered: entry.value, level: 'hbo' });
      // The link's query string carries Unicode scalar values: a lone surrogate becomes U+FFFD.
      expect(readSharedFields(fragment).offered, entry.name).to.equal(entry.value.length <= 200 ? asUtf8(entry.value) : undefined);
    }
    const before = location.hash;
    try {
      // Firefox refuses URLs over 1 MB itself, so the long link carries 100,000 characters of it.
      const long = { ...MEGABYTE_ENTRY, value: MEGABYTE_ENTRY.value.slice(0, 100_000) };
      for (const entry of [...QUICK_CORPUS.slice(0, 7), long]) {
        history.replaceState(null, '', shareFragment({ offered: entry.value, level: 'hbo', hours: '32' }));
        const el = await CASES[0]!.open();
        await sleep(20);
        expectSafe(el, `shared ${entry.name}`);
        const offered = field(el, 'offered').value;
        expect(offered, entry.name).to.equal(entry.value.length <= 200 ? entry.value : '');
        fixtureCleanup();
      }
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A dataset (the lookup's `src`) with hostile strings everywhere.
// ---------------------------------------------------------------------------------------------

const DATASET_LIMITS: Record<string, number> = { name: 200, title: 300, publisher: 200, article: 100, keywords: 100 };
const JS_URL = 'javascript:window.__stagekitPwned=true';

/** The real dataset with a corpus entry in every text, and https URLs that carry markup. */
async function hostileDataset(): Promise<{ text: string; records: number }> {
  const dataset = (await (await fetch(bundledCaoDatasetUrl())).json()) as { records: Record<string, unknown>[]; title?: unknown };
  let counter = 0;
  const next = (limit = 2000) => QUICK_CORPUS[counter++ % QUICK_CORPUS.length]!.value.slice(0, limit);
  const poison = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return key === 'keywords' ? value.map(() => next(100)) : value.map((item) => poison(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, poison(inner, name)]));
    if (typeof value !== 'string') return value;
    if (key === 'url') return `https://example.org/${counter++}?q="><svg/onload=window.__stagekitPwned=true>&x=<script>window.__stagekitPwned=true</script>`;
    if (['name', 'nl', 'en', 'title', 'publisher', 'article'].includes(key)) return next(DATASET_LIMITS[key]);
    return value;
  };
  const records = dataset.records.map((record, index) => {
    const poisoned = poison(record, '') as Record<string, unknown>;
    // The name stays findable: a number, then the hostile text.
    poisoned.name = `Cao ${index} ${String(poisoned.name)}`.slice(0, 200);
    return poisoned;
  });
  // A javascript: URL where a source URL belongs (must be refused or never become a link), and a
  // record with a 1 MB name (refused; its name is listed).
  const withJsUrl = JSON.parse(JSON.stringify(records.find((record) => JSON.stringify(record).includes('"url"'))!)) as Record<string, unknown>;
  const replaceUrls = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(replaceUrls) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'url' ? JS_URL : replaceUrls(v)])) : value;
  records.push({ ...(replaceUrls(withJsUrl) as Record<string, unknown>), id: 'cao-javascript-url', name: 'Cao javascript link' });
  records.push({ ...records[0], id: 'cao-megabyte-name', name: MEGABYTE_ENTRY.value });
  return { text: JSON.stringify({ ...dataset, title: poison(dataset.title, 'title'), records }), records: records.length };
}

describe('a dataset with hostile strings', () => {
  it('stagekit-cao-lookup: every record, searched and opened, shows its strings as text, in its box', async function () {
    this.timeout(40_000);
    const { text } = await hostileDataset();
    const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    try {
      const el = await mount(html`<stagekit-cao-lookup storage="memory" src=${src}></stagekit-cao-lookup>`);
      await until(() => /\d/.test(words(el.shadowRoot!.querySelector('[role="status"]'))) || el.shadowRoot!.querySelector('[role="alert"]'), 'the dataset did not load', 10_000);
      await el.updateComplete;
      expectSafe(el, 'loaded');
      const options = () => deepAll(el, '[role="option"]');
      const reopen = async (query: string) => {
        await typeInto(el, 'query', query);
        field(el, 'query').focus();
        await el.updateComplete;
      };
      await reopen('');
      const count = options().length;
      expect(count, 'records shown').to.be.greaterThan(20);
      // The javascript: URL and the 1 MB name are refused by the dataset schema, and listed as text.
      const notice = words(el.shadowRoot!.querySelector('[part="notice"]'));
      expect(notice).to.contain('cao-javascript-url');
      expect(notice).to.contain('cao-megabyte-name');
      expect(words(el.shadowRoot!)).not.to.contain('Cao javascript link');
      for (let index = 0; index < count; index++) {
        await reopen('');
        const option = options()[index]!;
        const name = words(option.querySelector('.name'));
        option.click();
        await el.updateComplete;
        const details = el.shadowRoot!.querySelector('[part="details"]');
        expect(details, `details of ${name}`).to.not.equal(null);
        expectSafe(el, `details of ${name}`);
      }
      for (const entry of QUICK_CORPUS) {
        await reopen(entry.value);
        expectSafe(el, `search ${entry.name}`);
      }
      await sleep(200);
      expectSafe(el, 'afterwards');
    } finally {
      URL.revokeObjectURL(src);
      fixtureCleanup();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Imported files.
// ---------------------------------------------------------------------------------------------

const icsText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

describe('imported files with hostile strings', () => {
  it('stagekit-schedule-planner: a plan file with hostile title, places, period and holiday names', async function () {
    this.timeout(30_000);
    const el = await plannerWithFields();
    for (const entry of QUICK_CORPUS) {
      const short = entry.value.slice(0, 120);
      const base = createPlan({ start: '2026-06-01', end: '2026-06-26', hoursPerDay: 8, model: 'lint' });
      const plan = {
        ...base,
        title: short,
        places: { company: entry.value, school: entry.value },
        periods: base.periods.map((period) => ({ ...period, name: short })),
        calendar: [{ start: '2026-06-08', end: '2026-06-09', kind: 'holiday' as const, label: short }],
      };
      await chooseFile(el, '#plan-import', new File([planToFile(plan)], `${entry.value.slice(0, 60)}.json`, { type: 'application/json' }));
      await until(() => el.plan.title === short, `${entry.name}: the plan was not opened`);
      await el.updateComplete;
      await sleep(10);
      expectSafe(el, `plan file ${entry.name}`);
      expect(field(el, 'f-title').value, entry.name).to.equal(short);
      expect(el.plan.places.company, entry.name).to.equal(entry.value);
      expect(el.plan.calendar[0]!.label, entry.name).to.equal(short);
    }
    fixtureCleanup();
  });

  it('stagekit-schedule-planner: an .ics calendar with hostile event names', async function () {
    this.timeout(30_000);
    const el = await plannerWithFields();
    let day = 1;
    for (const entry of HOSTILE_CORPUS) {
      const date = `202606${String(day).padStart(2, '0')}`;
      day += 1;
      const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', `DTSTART;VALUE=DATE:${date}`, `SUMMARY:${icsText(entry.value)}`, `DESCRIPTION:${icsText(entry.value)}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
      const before = el.plan.calendar.length;
      await chooseFile(el, '#cal-import', new File([ics], `${entry.value.slice(0, 40)}.ics`, { type: 'text/calendar' }));
      await until(() => el.plan.calendar.length > before || deepAll(el, '[role="alert"], .notice').some((node) => words(node).length > 0), `${entry.name}: nothing happened`);
      await el.updateComplete;
      await sleep(10);
      expectSafe(el, `ics ${entry.name}`);
      if (entry.slow) {
        // Larger than a calendar file may be: refused with a message, nothing changed.
        expect(el.plan.calendar.length, entry.name).to.equal(before);
        expect(deepAll(el, '[role="alert"], [role="status"]').map((node) => words(node)).join(' | '), entry.name).to.contain('te groot voor een schoolkalender');
        continue;
      }
      expect(el.plan.calendar.length, `${entry.name}: the event was not read`).to.equal(before + 1);
      // Kept as text, cut at the label's 120 characters (a byte-order mark inside is dropped).
      const label = el.plan.calendar.at(-1)!.label;
      expect(label, entry.name).to.equal(asUtf8(entry.value).replace(/\uFEFF/g, '').slice(0, 120));
      expect(words(deepAll(el, '.entries').find(isVisible) ?? null), entry.name).to.contain(words(Object.assign(document.createElement('p'), { textContent: label })));
    }
    fixtureCleanup();
  });

  it('stagekit-agreement-builder: an agreement file with every text field hostile', async function () {
    this.timeout(30_000);
    const { agreementToFile } = await loadAgreementTools();
    const ids = AGREEMENT_FIELDS.filter((definition) => definition.kind === 'text' || definition.kind === 'long-text').map((definition) => definition.id);
    for (let round = 0; round < 3; round++) {
      const fields: AgreementFields = {};
      ids.forEach((id, index) => (fields[id] = QUICK_CORPUS[(index + round * 5) % QUICK_CORPUS.length]!.value));
      const agreement = withFields(createAgreement({ regime: 'mbo', documentLanguage: 'nl' }), fields);
      const el = (await mount(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`)) as Widget & {
        agreement: { fields: AgreementFields };
      };
      deepAll<HTMLButtonElement>(el, 'nav.stepper button.step').at(-1)!.click();
      await el.updateComplete;
      await chooseFile(el, '#import-file', new File([JSON.stringify(agreementToFile(agreement))], 'overeenkomst.json', { type: 'application/json' }));
      await until(() => el.agreement.fields[ids[0]!] === fields[ids[0]!], `round ${round}: the file was not opened`);
      await el.updateComplete;
      expectSafe(el, `round ${round}: last step`);
      for (const step of deepAll<HTMLButtonElement>(el, 'nav.stepper button.step')) {
        step.click();
        await el.updateComplete;
        await sleep(0);
        expectSafe(el, `round ${round}: step ${words(step)}`);
        for (const key of textFieldKeys(el)) {
          const id = Object.keys(fields).find((name) => `f-${name.replace('.', '-')}` === key);
          if (id) expect(field(el, key).value, `${key}`).to.equal(field(el, key) instanceof HTMLInputElement ? fields[id]!.replace(/[\r\n]/g, '') : fields[id]);
        }
      }
      for (const id of ids) expect(el.agreement.fields[id], id).to.equal(fields[id]);
      fixtureCleanup();
    }
  });
});
