import './lit-warnings.js';
// Storage faults, for every widget that saves: IndexedDB that will not open (a private window,
// storage switched off), a disk that is full when a save is written, and a saved row that fails the
// check when it is read. In each case the user is told in their language, the work stays on screen
// and can be exported, and nothing that was saved before is lost. (An older tab that blocks the
// upgrade: storage-blocked.test.ts.) One table of the saving widgets; every fault runs over it.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  createAgreement,
  createPlan,
  laterTimestamp,
  loadAgreementTools,
  loadScheduleValidation,
  newReportDraft,
  openStagekitDatabase,
  withFields,
  type DraftRow,
  type StagekitSchema,
} from '@stagekit/core';
import type { IDBPDatabase } from 'idb';
import '../../packages/elements/src/schedule-planner/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import '../../packages/elements/src/cao-lookup/define.js';
import type { StagekitErrorCode, StagekitErrorDetail } from '../../packages/elements/src/internal/events.js';
import { accessibleName, collectErrors, downloads, words } from './helpers.js';

type Lang = 'nl' | 'en';
type Db = IDBPDatabase<StagekitSchema>;
/** What every saving widget offers a page: its update cycle, and (all but the lookup) "save now". */
type Saving = HTMLElement & { updateComplete: Promise<boolean>; saveNow?(): Promise<void> };

/** waitUntil with room for a busy machine (its default is one second). */
const until = (predicate: () => unknown, message: string, timeout = 5000) => waitUntil(predicate, message, { timeout, interval: 50 });

// ---------------------------------------------------------------------------------------------
// The faults.
// ---------------------------------------------------------------------------------------------

/**
 * IndexedDB refuses to open until the returned function is called: `throws` at once (a private
 * window, storage switched off by the user), or `fails` a moment later with an error event (here a
 * VersionError: the database exists in a newer version than asked for).
 */
function refuseOpen(mode: 'throws' | 'fails'): () => void {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string) {
    if (mode === 'throws') throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    return open.call(this, name, 1);
  };
  return () => {
    IDBFactory.prototype.open = open;
  };
}

/** Every write fails as on a full disk, until the returned function is called. */
function fillDisk(): () => void {
  const { put, add } = IDBObjectStore.prototype;
  const full = function (): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
  return () => {
    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.add = add;
  };
}

function deleteDatabase(name = 'stagekit'): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    // `blocked` is followed by `success` once the page's shared connection steps aside.
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Reads (or writes) the database with a connection of the test's own, closed afterwards. */
async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openStagekitDatabase();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Using the widgets as a user does.
// ---------------------------------------------------------------------------------------------

const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const isVisible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;

function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const all = $$<T>(el, selector);
  const found = all.find(isVisible) ?? all[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function button(el: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => accessibleName(candidate) === name);
  if (!found) throw new Error(`no button named "${name}" (have: ${$$(el, 'button').map(accessibleName).join(' | ')})`);
  return found;
}

async function press(el: Saving, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

/** Sets a field's value as typing does (`input`), then leaves it (`change`). */
async function setField(el: Saving, selector: string, value: string): Promise<void> {
  const node = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector);
  node.value = value;
  node.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

// --- the report form's steps ------------------------------------------------------------------

const REPORT_STEPS: Record<Lang, string[]> = {
  nl: ['Wat is er gebeurd', 'Wanneer en waar', 'Wat wil je', 'Waar kun je terecht', 'Controleren en versturen'],
  en: ['What happened', 'When and where', 'What you want', 'Where you can go', 'Check and send'],
};

const reportStep = (el: Element) => words($$(el, 'form[part="form"]').find(isVisible)?.querySelector('h2'));

async function reportAtStep(el: Saving, lang: Lang, index: number): Promise<void> {
  await until(() => reportStep(el).includes(REPORT_STEPS[lang][index]!), `not at step ${index + 1} (at "${reportStep(el)}")`);
}

async function reportAct(el: Saving, action: string): Promise<void> {
  let target: HTMLElement | undefined;
  await until(() => (target = $$(el, `[data-action="${action}"]`).find(isVisible)), `no visible [data-action="${action}"]`);
  target!.click();
  await el.updateComplete;
}

async function reportNext(el: Saving, lang: Lang): Promise<void> {
  const from = REPORT_STEPS[lang].findIndex((name) => reportStep(el).includes(name));
  await reportAct(el, 'next');
  await reportAtStep(el, lang, from + 1);
}

async function reportChoose(el: Saving, name: string, value: string): Promise<void> {
  let input: HTMLInputElement | undefined;
  await until(() => (input = $$<HTMLInputElement>(el, `input[name="${name}"]`).find((candidate) => candidate.value === value)), `no ${name}=${value}`);
  if (!input!.checked) input!.click();
  await el.updateComplete;
}

/** Step 1 as a student who was discriminated against while looking for an internship. */
async function reportFillWhat(el: Saving): Promise<void> {
  await reportChoose(el, 'type', 'discrimination');
  await reportChoose(el, 'grounds', 'origin');
  await reportChoose(el, 'situation', 'search');
  await reportChoose(el, 'level', 'mbo');
  await reportChoose(el, 'reporter', 'student');
}

// ---------------------------------------------------------------------------------------------
// The table: every widget that saves, with what it says and where the user finds it.
// ---------------------------------------------------------------------------------------------

interface SavingWidget {
  name: string;
  /** The exact sentences of the message catalogues. */
  texts: Record<Lang, { fallback: string; saveFailed: string; rejected: string }>;
  /** The `stagekit-error` code of a saved row that fails the check. */
  rejectedCode: StagekitErrorCode;
  mount(lang: Lang): Promise<Saving>;
  /** The notices (and alerts) the widget shows. */
  notices(el: Saving): string[];
  /** A change as the user makes it, written (or failed to write) before this resolves. */
  edit(el: Saving, value: string, lang: Lang): Promise<void>;
  /** The user's values on screen. */
  shown(el: Saving): string[];
  /**
   * Exports as the user does and checks the output. The lookup has none: it keeps only recent
   * searches, which stay on screen.
   */
  exportWork?(el: Saving, lang: Lang, value: string): Promise<void>;
  /** Writes a saved row as the widget does (for the database that will not open later). */
  seed(db: Db, value: string): Promise<void>;
  /** The values of this widget's rows in the database. */
  saved(db: Db): Promise<string[]>;
  /**
   * Saves a good row before a reload, as the user does; the lookup writes it straight to the disk,
   * because the page's recent-search list is read once per connection (a reload reads it again).
   */
  saveGood?(db: Db, value: string): Promise<void>;
  /** Writes a row that fails the widget's check next to the good one; gives its key. */
  breakRow(db: Db): Promise<IDBValidKey>;
  store: 'drafts' | 'recentSearches';
  /** After a reload with a broken row: the good one works. */
  goodInUse(el: Saving, value: string, lang: Lang): Promise<void>;
}

const draftsOf = async (db: Db, kind: DraftRow['kind']) => (await db.getAll('drafts')).filter((row) => row.kind === kind);

/** Another draft next to the good one, newer, with broken data. */
async function brokenDraft(db: Db, kind: DraftRow['kind'], breakData: (data: Record<string, unknown>) => Record<string, unknown>): Promise<IDBValidKey> {
  const [good] = await draftsOf(db, kind);
  if (!good) throw new Error(`no saved ${kind} draft to put a broken one next to`);
  const id = `kapot-${kind}`;
  await db.put('drafts', { ...good, id, title: 'Kapot', updated: '2999-01-01T00:00:00.000Z', data: breakData({ ...(good.data as Record<string, unknown>), id }) });
  return id;
}

const seedDraft = (db: Db, kind: DraftRow['kind'], id: string, title: string, data: unknown) =>
  db.put('drafts', { id, kind, title, origin: '[]', updated: laterTimestamp(), revision: 1, data });

const planner: SavingWidget = {
  name: 'stagekit-schedule-planner',
  texts: {
    nl: {
      fallback:
        'Deze browser bewaart nu niets (bijvoorbeeld in een privévenster, of omdat een ander tabblad een oudere versie van deze pagina open heeft): het plan is weg als je de pagina sluit. Sla het plan op als bestand.',
      saveFailed: 'Het plan kon niet in deze browser worden bewaard (misschien is de opslag vol). Sla het plan op als bestand, zodat je niets kwijtraakt.',
      rejected: 'Een opgeslagen plan kon niet worden gelezen en is overgeslagen.',
    },
    en: {
      fallback:
        'This browser keeps nothing now (for example in a private window, or because another tab has an older version of this page open): the plan is gone when you close the page. Save the plan as a file.',
      saveFailed: 'The plan could not be kept in this browser (storage may be full). Save the plan as a file so you lose nothing.',
      rejected: 'A saved plan could not be read and was skipped.',
    },
  },
  rejectedCode: 'invalid-plan',
  async mount(lang) {
    const el = await fixture<Saving>(html`<stagekit-schedule-planner lang=${lang} start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
    await el.updateComplete;
    return el;
  },
  notices: (el) => $$(el, '.notice').map((notice) => words(notice)),
  async edit(el, value) {
    await setField(el, '#f-title', value);
    await el.saveNow!();
    await el.updateComplete;
  },
  shown: (el) => [$<HTMLInputElement>(el, '#f-title').value],
  async exportWork(el, lang, value) {
    expect(button(el, lang === 'nl' ? 'Afdrukken' : 'Print')).to.be.instanceOf(HTMLButtonElement);
    const [file] = await downloads(() => press(el, lang === 'nl' ? 'Plan opslaan als bestand (.json)' : 'Save plan as a file (.json)'));
    expect(file!.name).to.equal(`${value}.json`);
    const { planFromFile } = await loadScheduleValidation();
    const read = planFromFile(file!.text);
    if (!read.ok) throw new Error(`the exported plan does not open: ${JSON.stringify(read)}`);
    expect(read.plan.title).to.equal(value);
    expect(read.plan).to.deep.equal((el as unknown as { plan: unknown }).plan);
    expect(words($(el, '[role="status"]'))).to.equal(lang === 'nl' ? `${value}.json is gedownload.` : `${value}.json has been downloaded.`);
  },
  async seed(db, value) {
    const plan = { ...createPlan({ start: '2026-06-01', end: '2026-06-26', hoursPerDay: 8, model: 'lint' }), title: value };
    await seedDraft(db, 'schedule', plan.id, value, plan);
  },
  saved: async (db) => (await draftsOf(db, 'schedule')).map((row) => (row.data as { title: string }).title),
  breakRow: (db) => brokenDraft(db, 'schedule', (data) => ({ ...data, hoursPerDay: 'acht' })),
  store: 'drafts',
  async goodInUse(el, value) {
    await until(() => (el as unknown as { plan: { title: string } }).plan.title === value, 'the good plan was not restored');
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal(value);
    expect(words($(el, '[part="saved"]'))).not.to.contain('Kapot');
  },
};

const builder: SavingWidget = {
  name: 'stagekit-agreement-builder',
  texts: {
    nl: {
      fallback:
        'Deze browser kan nu niets bewaren (bijvoorbeeld in een privévenster, of omdat een ander tabblad een oudere versie van deze pagina open heeft). Je kunt verder, maar download het bestand voordat je de pagina sluit.',
      saveFailed: 'Opslaan is niet gelukt (misschien is de schijf vol). Je werk staat nog op het scherm: download het bestand.',
      rejected: 'Een opgeslagen overeenkomst kon niet worden gelezen. Die is overgeslagen en niet gewist.',
    },
    en: {
      fallback:
        'This browser cannot save anything now (for example in a private window, or because another tab has an older version of this page open). You can continue, but download the file before you close the page.',
      saveFailed: 'Saving did not work (maybe the disk is full). Your work is still on the screen: download the file.',
      rejected: 'A saved agreement could not be read. It was skipped and not deleted.',
    },
  },
  rejectedCode: 'invalid-agreement',
  async mount(lang) {
    const el = await fixture<Saving>(html`<stagekit-agreement-builder lang=${lang} regime="mbo"></stagekit-agreement-builder>`);
    await el.updateComplete;
    return el;
  },
  notices: (el) => $$(el, '.notice').map((notice) => words(notice)),
  async edit(el, value) {
    await setField(el, '#f-student-name', value);
    await el.saveNow!();
    await el.updateComplete;
  },
  shown: (el) => [$<HTMLInputElement>(el, '#f-student-name').value],
  async exportWork(el, lang, value) {
    // The file, the print and the PDF are on the last step.
    const steps = $$<HTMLButtonElement>(el, 'nav.stepper button.step');
    steps.at(-1)!.click();
    await el.updateComplete;
    await until(() => $$(el, 'nav.stepper button.step').at(-1)!.getAttribute('aria-current') === 'step', 'the last step did not open');
    expect(button(el, lang === 'nl' ? 'Afdrukken' : 'Print')).to.be.instanceOf(HTMLButtonElement);
    expect(button(el, lang === 'nl' ? 'PDF downloaden' : 'Download PDF')).to.be.instanceOf(HTMLButtonElement);
    const [file] = await downloads(() => press(el, lang === 'nl' ? 'Bestand downloaden (.json)' : 'Download file (.json)'));
    expect(file!.name).to.equal(`${value}-v1.json`);
    const { agreementFromFile } = await loadAgreementTools();
    const read = agreementFromFile(file!.text);
    if (!read.ok) throw new Error(`the exported agreement does not open: ${JSON.stringify(read.problem)}`);
    expect(read.agreement.fields['student.name']).to.equal(value);
    expect(read.agreement).to.deep.equal((el as unknown as { agreement: unknown }).agreement);
  },
  async seed(db, value) {
    const agreement = withFields(createAgreement({ regime: 'mbo', documentLanguage: 'nl' }), { 'student.name': value });
    await seedDraft(db, 'agreement', agreement.id, value, agreement);
  },
  saved: async (db) => (await draftsOf(db, 'agreement')).map((row) => (row.data as { fields: Record<string, string> }).fields['student.name']!),
  breakRow: (db) => brokenDraft(db, 'agreement', (data) => ({ ...data, fields: 'kapot' })),
  store: 'drafts',
  async goodInUse(el, value) {
    await until(() => (el as unknown as { agreement: { fields: Record<string, string> } }).agreement.fields['student.name'] === value, 'the good agreement was not restored');
    expect($<HTMLInputElement>(el, '#f-student-name').value).to.equal(value);
    expect(words($(el, 'details.saved'))).not.to.contain('Kapot');
  },
};

const reportForm: SavingWidget = {
  name: 'stagekit-report-form',
  texts: {
    nl: {
      fallback:
        'Dit apparaat kan nu niets bewaren, bijvoorbeeld in een privévenster, of omdat een ander tabblad een oudere versie van deze pagina open heeft. Je melding blijft alleen in deze pagina.',
      saveFailed: 'Je concept kon niet bewaard worden. Kopieer of download je tekst, zodat je niets kwijtraakt.',
      rejected: 'Een bewaard concept kon niet gelezen worden. Het is niet geopend en ook niet gewist.',
    },
    en: {
      fallback:
        'This device cannot keep anything now, for example in a private window, or because another tab has an older version of this page open. Your report stays only in this page.',
      saveFailed: 'Your draft could not be saved. Copy or download your text so that you lose nothing.',
      rejected: 'A saved draft could not be read. It was not opened and not deleted.',
    },
  },
  rejectedCode: 'storage-unavailable',
  async mount(lang) {
    const el = await fixture<Saving>(html`<stagekit-report-form lang=${lang}></stagekit-report-form>`);
    await el.updateComplete;
    await reportAtStep(el, lang, 0);
    return el;
  },
  // Problems are alerts; that nothing is kept is said under "keep nothing on this device".
  notices: (el) => [...$$(el, '.alert[role="alert"] .problem'), ...$$(el, '#keep-nothing-hint')].map((node) => words(node)),
  async edit(el, value, lang) {
    if (!$$(el, 'textarea[name="whatHappened"]').length) {
      await reportFillWhat(el);
      await reportNext(el, lang);
    }
    await setField(el, '[name="whatHappened"]', value);
    await el.saveNow!();
    await el.updateComplete;
  },
  shown: (el) => $$<HTMLTextAreaElement>(el, '[name="whatHappened"]').map((field) => field.value),
  async exportWork(el, lang, value) {
    await setField(el, '[name="whenDate"]', '2025-03-14');
    await reportNext(el, lang);
    await reportChoose(el, 'wishes', 'advice');
    await reportChoose(el, 'anonymous', 'yes');
    await reportNext(el, lang);
    await reportNext(el, lang);
    for (const action of ['copy-text', 'print']) expect($$(el, `button[data-action="${action}"]`).some(isVisible), action).to.equal(true);
    const [file] = await downloads(() => reportAct(el, 'download-copy'));
    const id = (el as unknown as { reportId: string }).reportId;
    expect(file!.name).to.equal(`${lang === 'nl' ? 'melding' : 'report'}-${id}.txt`);
    expect(file!.text).to.contain(value);
    expect(file!.text).to.contain(id);
  },
  async seed(db, value) {
    const draft = { ...newReportDraft({ type: 'discrimination' }), whatHappened: value };
    await seedDraft(db, 'report', draft.id, '', draft);
  },
  saved: async (db) => (await draftsOf(db, 'report')).map((row) => (row.data as { whatHappened: string }).whatHappened),
  // No start date: the list cannot even show it.
  breakRow: (db) => brokenDraft(db, 'report', ({ created: _created, ...data }) => ({ ...data, whatHappened: 42 })),
  store: 'drafts',
  async goodInUse(el, value, lang) {
    // Saved reports are opened only on request: one is offered (not the broken one), and it opens.
    await until(() => $$(el, '[data-action="open-draft"]').length === 1, 'the good report is not offered');
    await reportAct(el, 'open-draft');
    await reportAtStep(el, lang, 0);
    await reportNext(el, lang);
    expect($<HTMLTextAreaElement>(el, '[name="whatHappened"]').value).to.equal(value);
  },
};

const recentItems = (el: Saving) => $$(el, '[part="recent"] li button').map((item) => words(item));

const lookup: SavingWidget = {
  name: 'stagekit-cao-lookup',
  texts: {
    nl: {
      fallback:
        'Je recente zoekopdrachten worden niet bewaard: de browser staat opslaan nu niet toe (bijvoorbeeld in een privévenster, of omdat een ander tabblad een oudere versie van deze pagina open heeft). Alles werkt verder gewoon.',
      saveFailed: 'Je recente zoekopdrachten konden niet worden bewaard (misschien is de opslag vol). Ze staan alleen in deze pagina. Zoeken werkt gewoon.',
      rejected: 'Een bewaarde zoekopdracht kon niet worden gelezen. Die is overgeslagen en niet gewist.',
    },
    en: {
      fallback:
        'Your recent searches are not saved: this browser does not allow storage now (for example in a private window, or because another tab has an older version of this page open). Everything else works as usual.',
      saveFailed: 'Your recent searches could not be saved (storage may be full). They stay on this page only. Searching works as usual.',
      rejected: 'A saved search could not be read. It was skipped and not deleted.',
    },
  },
  rejectedCode: 'storage-unavailable',
  async mount(lang) {
    const el = await fixture<Saving>(html`<stagekit-cao-lookup lang=${lang}></stagekit-cao-lookup>`);
    await until(() => /\d/.test(words(el.shadowRoot!.querySelector('[role="status"]'))) || el.shadowRoot!.querySelector('[role="alert"]'), 'dataset did not load', 8000);
    await el.updateComplete;
    return el;
  },
  notices: (el) => $$(el, '[part="notice"]').map((notice) => words(notice)),
  async edit(el, value) {
    // A search the user picks a result of is kept as a recent search.
    const field = $<HTMLInputElement>(el, 'input[role="combobox"]');
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
    await el.updateComplete;
    const option = $$(el, '[role="option"]')[0];
    if (!option) throw new Error(`no result for "${value}"`);
    option.click();
    await el.updateComplete;
    await until(() => recentItems(el).includes(value), `"${value}" is not among the recent searches (${recentItems(el).join(', ')})`);
  },
  shown: recentItems,
  async seed(db, value) {
    await db.put('recentSearches', { query: value, lastUsed: laterTimestamp() });
  },
  saved: async (db) => (await db.getAll('recentSearches')).map((row) => row.query),
  // A number where the query should be (a valid key, so IndexedDB takes it).
  async breakRow(db) {
    await db.put('recentSearches', { query: 42 as unknown as string, lastUsed: '2999-01-01T00:00:00.000Z' });
    return 42;
  },
  saveGood: (db, value) => lookup.seed(db, value),
  store: 'recentSearches',
  async goodInUse(el, value, lang) {
    await until(() => recentItems(el).length > 0, 'no recent searches are shown');
    expect(recentItems(el)).to.deep.equal([value]);
    button(el, lang === 'en' ? `Search again for "${value}"` : `Zoek opnieuw naar "${value}"`).click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[role="combobox"]').value).to.equal(value);
    expect($$(el, '[role="option"]').length).to.be.greaterThan(0);
  },
};

const WIDGETS: SavingWidget[] = [planner, builder, reportForm, lookup];

/** The codes of the `stagekit-error`s so far, and their messages. */
const codes = (errors: CustomEvent<StagekitErrorDetail>[]) => errors.map((error) => error.detail.code);
const messages = (errors: CustomEvent<StagekitErrorDetail>[]) => errors.map((error) => error.detail.message);

// ---------------------------------------------------------------------------------------------

describe('storage faults', function () {
  // axe, a dataset and five report steps on a busy machine.
  this.timeout(30_000);

  beforeEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });
  afterEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.name}>`, () => {
      for (const [mode, lang] of [['throws', 'nl'], ['fails', 'en']] as const) {
        it(`IndexedDB ${mode === 'throws' ? 'throws when opened' : 'fails to open'} (${lang}): says so, works in memory, exports, and keeps what was saved`, async () => {
          await withDatabase((db) => widget.seed(db, 'kinderopvang'));
          const { errors, stop } = collectErrors();
          const restore = refuseOpen(mode);
          try {
            const el = await widget.mount(lang);
            await until(() => codes(errors).includes('storage-unavailable'), 'no storage-unavailable error');
            await el.updateComplete;
            expect(widget.notices(el)).to.include(widget.texts[lang].fallback);
            expect(messages(errors)).to.include(widget.texts[lang].fallback);
            // Nothing from the disk: it cannot be read.
            expect(widget.shown(el)).not.to.include('kinderopvang');
            await widget.edit(el, 'horeca', lang);
            expect(widget.shown(el)).to.include('horeca');
            await expect(el).to.be.accessible();
            await widget.exportWork?.(el, lang, 'horeca');
            expect(codes(errors).filter((code) => code !== 'storage-unavailable'), 'no other problem').to.deep.equal([]);
            await el.saveNow?.();
            fixtureCleanup();
          } finally {
            restore();
            stop();
          }
          // What was saved before is there, unchanged; nothing was written (memory only).
          expect(await withDatabase((db) => widget.saved(db))).to.deep.equal(['kinderopvang']);
        });
      }

      const lang: Lang = 'en';
      it(`a full disk (${lang}): says so, keeps the value on screen and exportable, and keeps what was saved before`, async () => {
        const el = await widget.mount(lang);
        await widget.edit(el, 'kinderopvang', lang);
        expect(await withDatabase((db) => widget.saved(db))).to.deep.equal(['kinderopvang']);
        const { errors, stop } = collectErrors();
        const restore = fillDisk();
        try {
          await widget.edit(el, 'horeca', lang);
          await until(() => codes(errors).includes('storage-write-failed'), 'no storage-write-failed error');
          await el.updateComplete;
          expect(widget.notices(el)).to.include(widget.texts[lang].saveFailed);
          expect(messages(errors)).to.include(widget.texts[lang].saveFailed);
          expect(widget.shown(el)).to.include('horeca');
          await expect(el).to.be.accessible();
          await widget.exportWork?.(el, lang, 'horeca');
          expect(new Set(codes(errors)), 'only the failed writes').to.deep.equal(new Set(['storage-write-failed']));
          await el.saveNow?.();
          fixtureCleanup();
        } finally {
          restore();
          stop();
        }
        expect(await withDatabase((db) => widget.saved(db)), 'what was saved before').to.deep.equal(['kinderopvang']);
      });

      const readLang: Lang = 'nl';
      it(`a saved row that fails the check (${readLang}): kept on disk, reported, and the good one works`, async () => {
        if (widget.saveGood) await withDatabase((db) => widget.saveGood!(db, 'kinderopvang'));
        else {
          const first = await widget.mount(readLang);
          await widget.edit(first, 'kinderopvang', readLang);
          first.remove();
        }
        const broken = await withDatabase((db) => widget.breakRow(db));

        const { errors, stop } = collectErrors();
        try {
          const el = await widget.mount(readLang);
          await until(() => codes(errors).includes(widget.rejectedCode), `no ${widget.rejectedCode} error`);
          await el.updateComplete;
          expect(widget.notices(el)).to.include(widget.texts[readLang].rejected);
          expect(messages(errors)).to.include(widget.texts[readLang].rejected);
          await widget.goodInUse(el, 'kinderopvang', readLang);
          expect(codes(errors), 'reported once').to.deep.equal([widget.rejectedCode]);
          await expect(el).to.be.accessible();
        } finally {
          stop();
        }
        await withDatabase(async (db) => {
          expect(await db.get(widget.store, broken as string), 'the broken row stays on disk').not.to.equal(undefined);
          expect(await widget.saved(db)).to.include('kinderopvang');
        });
      });
    });
  }

  // The report form keeps more than drafts: the evidence files and the outbox.
  describe('<stagekit-report-form>: files and outbox', () => {
    async function addFile(el: Saving, file: File): Promise<void> {
      const input = $<HTMLInputElement>(el, 'input[type="file"][name="files"]');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    const listedFiles = (el: Saving) => $$(el, '[part="files"] li').map((item) => words(item));

    it('a file added while the disk is full (nl): says so, and the report and the files saved before stay', async () => {
      const el = await reportForm.mount('nl');
      await reportForm.edit(el, 'kinderopvang', 'nl');
      await addFile(el, new File(['eerste bewijs'], 'eerste.txt', { type: 'text/plain' }));
      await until(() => listedFiles(el).some((item) => item.includes('eerste.txt')), 'the first file is not listed');
      await el.saveNow!();
      const { errors, stop } = collectErrors();
      const restore = fillDisk();
      try {
        await addFile(el, new File(['tweede bewijs'], 'tweede.txt', { type: 'text/plain' }));
        await until(() => errors.length > 0, 'the failed file was not reported');
        await el.updateComplete;
        expect(codes(errors)).to.deep.equal(['storage-write-failed']);
        expect(messages(errors)).to.deep.equal([reportForm.texts.nl.saveFailed]);
        expect(reportForm.notices(el)).to.include(reportForm.texts.nl.saveFailed);
        expect(reportForm.shown(el)).to.deep.equal(['kinderopvang']);
        expect(listedFiles(el).some((item) => item.includes('eerste.txt')), 'the first file is still attached').to.equal(true);
        await expect(el).to.be.accessible();
        await reportForm.exportWork!(el, 'nl', 'kinderopvang');
        await el.saveNow!();
        fixtureCleanup();
      } finally {
        restore();
        stop();
      }
      await withDatabase(async (db) => {
        const files = await db.getAll('reportFiles');
        expect(files.map((file) => file.name)).to.deep.equal(['eerste.txt']);
        expect(new TextDecoder().decode(files[0]!.bytes)).to.equal('eerste bewijs');
        const [draft] = await draftsOf(db, 'report');
        expect((draft!.data as { attachments: { name: string }[] }).attachments.map((file) => file.name)).to.deep.equal(['eerste.txt']);
      });
    });

    it('a saved report that fails the check only when opened (en): reported, kept on disk, the others still open', async () => {
      const first = await reportForm.mount('en');
      await reportForm.edit(first, 'kinderopvang', 'en');
      first.remove();
      // It can be listed (it has a start date), but its contents are wrong.
      const broken = await withDatabase((db) => brokenDraft(db, 'report', (data) => ({ ...data, grounds: 'everything' })));
      const { errors, stop } = collectErrors();
      try {
        const el = await reportForm.mount('en');
        await until(() => $$(el, '[data-action="open-draft"]').length === 2, 'both saved reports are not offered');
        expect(errors).to.deep.equal([]);
        // Newest first: the broken one.
        await reportAct(el, 'open-draft');
        await until(() => codes(errors).includes('storage-unavailable'), 'the broken report was not reported');
        await el.updateComplete;
        expect(messages(errors)).to.deep.equal([reportForm.texts.en.rejected]);
        expect(reportForm.notices(el)).to.include(reportForm.texts.en.rejected);
        await reportForm.goodInUse(el, 'kinderopvang', 'en');
        await expect(el).to.be.accessible();
      } finally {
        stop();
      }
      await withDatabase(async (db) => {
        expect(await db.get('drafts', broken as string), 'the broken report stays on disk').not.to.equal(undefined);
        expect(await reportForm.saved(db)).to.include('kinderopvang');
      });
    });

    it('rows of the outbox and the files store that are not what they should be: the form still works and exports, and keeps them', async () => {
      await withDatabase(async (db) => {
        await db.put('outbox', { id: 'kapot-outbox', status: 'queued', endpoint: 42, queued: 'gisteren', attempts: 'vaak' } as never);
        await db.put('reportFiles', { id: 'kapot-file', reportId: 'kapot-report', name: 7, bytes: 'geen bytes', added: 'ooit' } as never);
      });
      const { errors, stop } = collectErrors();
      try {
        const el = await reportForm.mount('nl');
        await reportForm.edit(el, 'horeca', 'nl');
        await reportForm.exportWork!(el, 'nl', 'horeca');
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        stop();
      }
      await withDatabase(async (db) => {
        expect(await db.get('outbox', 'kapot-outbox')).not.to.equal(undefined);
        expect(await db.get('reportFiles', 'kapot-file')).not.to.equal(undefined);
        expect(await reportForm.saved(db)).to.include('horeca');
      });
    });
  });
});
