import './lit-warnings.js';
// Two tabs with the same draft (issue 8): no silent overwrite. Each widget below is opened twice on
// one page; each instance keeps its own BroadcastChannel and its own idea of the draft's revision,
// which is all a second tab has too. Tab A saves; tab B must not write over it, and asks the user.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { openStagekitDatabase, type DraftRow } from '@stagekit/core';
import type { LitElement } from 'lit';
import '../../packages/elements/src/schedule-planner/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import { words } from './helpers.js';

type Lang = 'nl' | 'en';

interface Texts {
  question: string;
  theirs: string;
  mine: string;
  tookTheirs: string;
  keptMine: string;
}

interface Widget {
  tag: string;
  kind: DraftRow['kind'];
  /** A first value, the one tab A saves later, and the one tab B types meanwhile. */
  values: [string, string, string];
  mount(lang: Lang): Promise<LitElement>;
  /** Makes a second instance show the draft the first one saved. */
  openShared(el: LitElement, lang: Lang): Promise<void>;
  edit(el: LitElement, value: string): Promise<void>;
  shown(el: LitElement): string;
  storedValue(row: DraftRow): string;
  texts: Record<Lang, Texts>;
}

const until = (predicate: () => unknown, message: string, timeout = 5000) => waitUntil(predicate, message, { timeout });
const root = (el: Element) => el.shadowRoot!;
const field = <T extends HTMLElement = HTMLInputElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;

/** Like a user: the value, `input`, then `change` when leaving the field. */
async function type(el: LitElement, selector: string, value: string): Promise<void> {
  const node = field<HTMLInputElement>(el, selector);
  node.value = value;
  node.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function pick(el: LitElement, name: string, value: string): Promise<void> {
  let input: HTMLInputElement | undefined;
  await until(() => (input = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((candidate) => candidate.value === value)), `no ${name}=${value}`);
  if (!input!.checked) input!.click();
  await el.updateComplete;
}

const checked = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((input) => input.checked)?.value ?? '';

const SAME_TEXTS = {
  theirs: { nl: 'Versie uit het andere tabblad', en: "The other tab's version" },
  mine: { nl: 'Mijn versie uit dit tabblad', en: 'My version in this tab' },
  tookTheirs: { nl: 'De versie uit het andere tabblad staat nu hier.', en: "This tab now shows the other tab's version." },
  keptMine: { nl: 'Jouw versie uit dit tabblad is bewaard.', en: 'Your version from this tab is saved.' },
};

function texts(question: Record<Lang, string>): Record<Lang, Texts> {
  const of = (lang: Lang): Texts => ({
    question: question[lang],
    theirs: SAME_TEXTS.theirs[lang],
    mine: SAME_TEXTS.mine[lang],
    tookTheirs: SAME_TEXTS.tookTheirs[lang],
    keptMine: SAME_TEXTS.keptMine[lang],
  });
  return { nl: of('nl'), en: of('en') };
}

const WIDGETS: Widget[] = [
  {
    tag: 'stagekit-schedule-planner',
    kind: 'schedule',
    values: ['Stage bij de bakker', 'Titel uit tab A', 'Titel uit tab B'],
    mount: (lang) => fixture(html`<stagekit-schedule-planner lang=${lang} start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`),
    // A planner set up the same way restores the newest draft from that setup by itself.
    openShared: async () => undefined,
    edit: (el, value) => type(el, '#f-title', value),
    shown: (el) => field(el, '#f-title').value,
    storedValue: (row) => (row.data as { title: string }).title,
    texts: texts({
      nl: 'Dit plan is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
      en: 'This plan was also changed in another tab. Which version do you want to keep? The other version will be lost.',
    }),
  },
  {
    tag: 'stagekit-agreement-builder',
    kind: 'agreement',
    values: ['Ayla', 'Ayla uit tab A', 'Ayla uit tab B'],
    mount: (lang) => fixture(html`<stagekit-agreement-builder lang=${lang} agreement-id="gedeeld"></stagekit-agreement-builder>`),
    openShared: async () => undefined,
    edit: (el, value) => type(el, '#f-student-name', value),
    shown: (el) => field(el, '#f-student-name').value,
    storedValue: (row) => (row.data as { fields: Record<string, string> }).fields['student.name'] ?? '',
    texts: texts({
      nl: 'Deze overeenkomst is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
      en: 'This agreement was also changed in another tab. Which version do you want to keep? The other version will be lost.',
    }),
  },
  {
    tag: 'stagekit-report-form',
    kind: 'report',
    values: ['student', 'witness', 'staff'],
    mount: async (lang) => {
      const el = await fixture<LitElement>(html`<stagekit-report-form lang=${lang}></stagekit-report-form>`);
      await until(() => root(el).querySelector('input[name="type"]'), 'the report form did not start');
      return el;
    },
    // A report form never opens a saved report by itself (someone else may use the device): it is chosen from the list.
    openShared: async (el) => {
      let open: HTMLElement | null = null;
      await until(() => (open = root(el).querySelector('[part="saved"] button[data-action="open-draft"]')), 'the saved report is not offered');
      open!.click();
      await until(() => root(el).querySelector('input[name="reporter"]:checked'), 'the saved report did not open');
    },
    edit: async (el, value) => {
      if (!checked(el, 'type')) {
        await pick(el, 'type', 'discrimination');
        await pick(el, 'grounds', 'origin');
      }
      await pick(el, 'reporter', value);
    },
    shown: (el) => checked(el, 'reporter'),
    storedValue: (row) => (row.data as { reporter?: string }).reporter ?? '',
    texts: texts({
      nl: 'Deze melding is ook in een ander tabblad veranderd. Welke versie wil je houden? De andere versie gaat dan verloren.',
      en: 'This report was also changed in another tab. Which version do you want to keep? The other version will be lost.',
    }),
  },
];

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('stagekit');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

async function storedRows(kind: DraftRow['kind']): Promise<DraftRow[]> {
  const db = await openStagekitDatabase();
  try {
    return (await db.getAll('drafts')).filter((row) => row.kind === kind);
  } finally {
    db.close();
  }
}

const saveNow = (el: LitElement) => (el as LitElement & { saveNow(): Promise<void> }).saveNow();
const conflictBox = (el: Element) => root(el).querySelector<HTMLElement>('[role="alert"] .conflict');
const statusText = (el: Element) => words(root(el).querySelector('[role="status"]'));

function choice(el: Element, name: string): HTMLButtonElement {
  const found = [...(conflictBox(el)?.querySelectorAll('button') ?? [])].find((candidate) => words(candidate) === name);
  if (!found) throw new Error(`no button "${name}" in the conflict notice`);
  return found;
}

/** Tab A and tab B with the same saved draft (the first value). */
async function twoTabs(widget: Widget, lang: Lang): Promise<{ a: LitElement; b: LitElement }> {
  const a = await widget.mount(lang);
  await widget.edit(a, widget.values[0]);
  await saveNow(a);
  const b = await widget.mount(lang);
  await widget.openShared(b, lang);
  await until(() => widget.shown(b) === widget.values[0], `tab B does not show the saved draft (shows "${widget.shown(b)}")`);
  return { a, b };
}

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> in two tabs`, () => {
    beforeEach(async () => {
      fixtureCleanup();
      await deleteDatabase();
    });
    afterEach(async () => {
      fixtureCleanup();
      await deleteDatabase();
    });

    it("hears the other tab's save, keeps its own edits off the disk, and shows the other version when asked", async () => {
      const [first, fromA, fromB] = widget.values;
      const t = widget.texts.nl;
      const { a, b } = await twoTabs(widget, 'nl');
      expect(widget.shown(b)).to.equal(first);

      await widget.edit(a, fromA);
      await saveNow(a);
      await until(() => conflictBox(b), 'tab B was not told about tab A’s save');
      expect(words(conflictBox(b)!.querySelector('p'))).to.equal(t.question);
      expect(conflictBox(a), 'tab A saved last: it has nothing to choose').to.equal(null);
      await expect(b).to.be.accessible();

      // What tab B types now waits for the choice: it does not overwrite tab A's save.
      await widget.edit(b, fromB);
      await saveNow(b);
      expect((await storedRows(widget.kind)).map(widget.storedValue)).to.deep.equal([fromA]);

      choice(b, t.theirs).click();
      await until(() => widget.shown(b) === fromA, `tab B does not show tab A's version (shows "${widget.shown(b)}")`);
      await until(() => !conflictBox(b), 'the choice stayed on screen');
      await until(() => statusText(b).includes(t.tookTheirs), `no confirmation (status: "${statusText(b)}")`);
      await until(() => root(b).activeElement?.tagName === 'H2', 'focus did not go back to the top of the widget');

      // From there tab B saves again as usual, and now tab A is the one that is asked.
      await widget.edit(b, fromB);
      await saveNow(b);
      expect((await storedRows(widget.kind)).map(widget.storedValue)).to.deep.equal([fromB]);
      await until(() => conflictBox(a), 'tab A was not told about tab B’s save');
    });

    it('refuses a save over a newer one even when no message arrived, and keeps this tab’s version when chosen (English)', async () => {
      const [, fromA, fromB] = widget.values;
      const t = widget.texts.en;
      // No BroadcastChannel messages at all (as if the other tab's message were lost): the revision check alone must hold.
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = () => undefined;
      try {
        const { a, b } = await twoTabs(widget, 'en');
        await widget.edit(a, fromA);
        await saveNow(a);
        expect(conflictBox(b), 'no message: tab B does not know yet').to.equal(null);

        await widget.edit(b, fromB);
        await saveNow(b);
        await until(() => conflictBox(b), 'tab B wrote over tab A’s save, or said nothing');
        expect((await storedRows(widget.kind)).map(widget.storedValue), 'tab A’s save is still there').to.deep.equal([fromA]);
        expect(words(conflictBox(b)!.querySelector('p'))).to.equal(t.question);
        expect(widget.shown(b), 'tab B’s edit is still on screen').to.equal(fromB);
        await expect(b).to.be.accessible();

        choice(b, t.mine).focus();
        choice(b, t.mine).click();
        await until(() => !conflictBox(b), 'the choice stayed on screen');
        await until(async () => (await storedRows(widget.kind)).map(widget.storedValue).join() === fromB, 'tab B’s version was not saved');
        // The save comes first, then the confirmation: wait for it rather than race it.
        await until(() => statusText(b).includes(t.keptMine), `no confirmation (status: "${statusText(b)}")`);
        expect(widget.shown(b)).to.equal(fromB);
        await until(() => root(b).activeElement?.tagName === 'H2', 'focus did not go back to the top of the widget');
        expect((await storedRows(widget.kind)).length, 'one draft, not a copy').to.equal(1);
      } finally {
        BroadcastChannel.prototype.postMessage = post;
      }
    });
  });
}
