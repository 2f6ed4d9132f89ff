import './lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  AGREEMENT_CLAUSES,
  AGREEMENT_STEPS,
  clausesFor,
  requiredFields,
  stepFields,
  fieldDefinition,
  createPlan,
  planToFile,
  createAgreement,
  withFields,
  fingerprint,
  checkCompensation,
  compensationInputSchema,
  loadCaoRecord,
  loadCompensationRules,
  openDrafts,
  type Agreement,
  type CompensationResult,
  type AgreementStep,
  type Regime,
} from '@stagekit/core';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/schedule-planner/define.js';
import '../../packages/elements/src/compensation-checker/define.js';
import type { StagekitAgreementBuilder } from '../../packages/elements/src/agreement-builder/agreement-builder.js';
import type { StagekitSchedulePlanner } from '../../packages/elements/src/schedule-planner/schedule-planner.js';
import type { AgreementChangeDetail, AgreementExportDetail } from '../../packages/elements/src/internal/events.js';
import { accessibleName, collectErrors, record, shadow, words } from './helpers.js';

type Builder = StagekitAgreementBuilder;

/** waitUntil with room for a busy machine (its default is one second). */
const until = (predicate: () => unknown, message?: string, options: { timeout?: number } = {}) => waitUntil(predicate, message, { timeout: 5000, ...options });

// ---------------------------------------------------------------------------------------------
// Using the builder as a user does.
// ---------------------------------------------------------------------------------------------

async function builder(template: ReturnType<typeof html>): Promise<Builder> {
  const el = await fixture<Builder>(template);
  await el.updateComplete;
  return el;
}

function $<T extends Element = HTMLElement>(el: Builder, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const $$ = <T extends Element = HTMLElement>(el: Builder, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const focused = (el: Builder) => shadow(el).activeElement as HTMLElement | null;
const controlId = (field: string) => `f-${field.replace(/\./g, '-')}`;
const control = <T extends HTMLElement = HTMLInputElement>(el: Builder, field: string) => $<T>(el, `#${controlId(field)}`);
const statusText = (el: Builder) => words($(el, '[role="status"]'));
const alertText = (el: Builder) => words($(el, '.alert[role="alert"]'));
const currentStep = (el: Builder) => words($(el, 'nav.stepper button.step[aria-current="step"]'));
/** White space (also the no-break spaces Intl puts in "€ 400,00") as single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const summaryLinks = (el: Builder) => $$<HTMLAnchorElement>(el, '.error-summary a');

function button(el: Builder, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => accessibleName(candidate) === name);
  if (!found) throw new Error(`no button named "${name}" (have: ${$$(el, 'button').map(accessibleName).join(' | ')})`);
  return found;
}

async function press(el: Builder, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

/** Sets a field's value as typing does (`input`), then leaves it (`change`). */
async function setField(el: Builder, field: string, value: string): Promise<void> {
  const node = control<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, field);
  node.value = value;
  node.dispatchEvent(new Event('input', { bubbles: true }));
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function setFields(el: Builder, values: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(values)) await setField(el, field, value);
}

/** Goes to a step with the stepper. */
async function goTo(el: Builder, step: AgreementStep, name = STEP_NL[step]): Promise<void> {
  $$<HTMLButtonElement>(el, 'nav.stepper button.step')[AGREEMENT_STEPS.indexOf(step)]!.click();
  await el.updateComplete;
  await until(() => currentStep(el).includes(name), `did not reach ${step}`);
}

async function chooseOption(el: Builder, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function next(el: Builder): Promise<void> {
  await press(el, 'Volgende stap');
}

/** Presses Tab until the builder's focused control matches `selector`. */
async function tabTo(el: Builder, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (focused(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (at ${focused(el)?.id || focused(el)?.tagName || 'nothing'})`);
}

/**
 * Types a date into the focused date field in the order the browser's locale shows its parts
 * (Chromium and Firefox: month, day, year in en-US). WebKitGTK's date field takes no typed digits,
 * so there the date is set as a date picker would.
 */
async function typeDate(el: Builder, field: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  let order: string[] = ['month', 'day', 'year'];
  try {
    order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2027, 10, 22)).map((part) => part.type).filter((type) => ['day', 'month', 'year'].includes(type));
  } catch {
    // An unknown locale (WebKitGTK says "C"): keep the default order.
  }
  await sendKeys({ type: order.map((part) => ({ day, month, year })[part as 'day' | 'month' | 'year']).join('') });
  await el.updateComplete;
  if (control(el, field).value !== iso) await setField(el, field, iso);
  expect(el.agreement.fields[field]).to.equal(iso);
}

/** Catches the builder's download (the link it clicks), so no file is saved. */
function catchDownloads() {
  const click = HTMLAnchorElement.prototype.click;
  const links: { name: string; href: string }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) links.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return { links, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

async function chooseFile(el: Builder, selector: string, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function deleteDatabase(name = 'stagekit'): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    // `blocked` is followed by `success` once the page's shared connection steps aside.
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const STEP_NL: Record<AgreementStep, string> = {
  parties: 'Partijen',
  programme: 'Opleiding en doel',
  period: 'Periode, uren en werkplek',
  supervision: 'Begeleiding en afspraken',
  assessment: 'Beoordeling',
  compensation: 'Vergoeding',
  rules: 'Rechten en regels',
  signing: 'Controleren en tekenen',
};

// ---------------------------------------------------------------------------------------------
// What the law asks, read from the catalogue's statuses (not from the completeness code).
// ---------------------------------------------------------------------------------------------

/** The clauses the law requires in a regime for an adult student (the guardian clause is for minors). */
const lawClauses = (regime: Regime) => AGREEMENT_CLAUSES.filter((clause) => clause.status[regime] === 'law' && !clause.onlyForMinors);

/** The fields the law requires in one step, in form order. */
function lawFields(regime: Regime, step: AgreementStep): string[] {
  const wanted = new Set(lawClauses(regime).filter((clause) => clause.step === step).flatMap((clause) => requiredFields(clause, regime)));
  return stepFields(step, regime).filter((id) => wanted.has(id));
}

/** A short valid value of the field's kind; dates are given per field. */
function shortValue(field: string, index: number): string {
  const kind = fieldDefinition(field)!.kind;
  if (kind === 'email') return `p${index}@example.nl`;
  if (kind === 'number') return '640';
  if (kind === 'date') return field === 'period.end' ? '2027-06-25' : '2027-02-01';
  // WebKitGTK's WebDriver drops the second of two equal keys in a row ("W11" arrives as "W1"), so
  // the typed values never repeat a character: W0…W9, then Wa, Wb, …
  return `W${index < 10 ? index : String.fromCharCode(87 + index)}`;
}

// ---------------------------------------------------------------------------------------------
// Results of the other widgets, made with the real rules and data.
// ---------------------------------------------------------------------------------------------

/** A real check against the bundled rules and the Jeugdzorg CAO (€ 400 a month at 32 hours in 2024–2025). */
async function jeugdzorgCheck(offered: number, age = 21): Promise<CompensationResult> {
  const [rules, cao] = await Promise.all([loadCompensationRules(), loadCaoRecord('cao-jeugdzorg')]);
  const input = compensationInputSchema.parse({ level: 'hbo', stageType: 'practice', hours: 32, age, location: 'nl', offered, cao: 'cao-jeugdzorg' });
  return checkCompensation(input, { rules, cao: cao ?? null }, '2025-01-01');
}

const HYBRID_WEEK = { mon: 'company', tue: 'company', wed: 'remote', thu: 'school', fri: 'off', sat: 'off', sun: 'off' } as const;

/**
 * 1 February to 26 March 2027 is eight whole weeks (Monday to Friday) without public holidays
 * (Good Friday is 26 March, a day off anyway): 8 × 3 work days (two on site, one remote) of 8 hours.
 */
function expectScheduleFields(el: Builder): void {
  expect(control(el, 'period.start').value).to.equal('2027-02-01');
  expect(control(el, 'period.end').value).to.equal('2027-03-26');
  expect(control(el, 'period.totalHours').value).to.equal(String(8 * 3 * 8));
  expect(control(el, 'period.hoursPerWeek').value).to.equal('24');
  expect(control(el, 'period.daysPerWeek').value).to.equal('3');
  const checked = (field: string) => (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((day) => $<HTMLInputElement>(el, `#${controlId(field)}-${day}`).checked);
  expect(checked('period.officeDays')).to.deep.equal(['mon', 'tue']);
  expect(checked('period.remoteDays')).to.deep.equal(['wed']);
  expect(checked('period.schoolDays')).to.deep.equal(['thu']);
}

/** Start: the first day on site; end: the last day on site (Tuesday 23 March); the middle one on site in between. */
function expectContactMoments(el: Builder): void {
  expect(control(el, 'supervision.contactStart').value).to.equal('2027-02-01');
  expect(control(el, 'supervision.contactEnd').value).to.equal('2027-03-23');
  const middle = control(el, 'supervision.contactMiddle').value;
  expect(middle > '2027-02-01' && middle < '2027-03-23', middle).to.equal(true);
  expect([1, 2], 'the middle moment is on a Monday or Tuesday').to.include(new Date(`${middle}T00:00:00Z`).getUTCDay());
}

// ---------------------------------------------------------------------------------------------
// The PDF, read back with pdf.js.
// ---------------------------------------------------------------------------------------------

/** Every field of the fixture for one regime: short values a PDF font can show. */
async function fullFields(regime: Regime): Promise<Record<string, string>> {
  const fixtureFile = await (await fetch(new URL('../fixtures/agreement/full-fields.json', import.meta.url))).json();
  return { ...fixtureFile.common, ...fixtureFile.regimes[regime] };
}

/** The text of each page of a PDF, read with pdf.js. */
async function pdfText(file: File): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('../../node_modules/pdfjs-dist/build/pdf.worker.mjs', import.meta.url).href;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    // getTextContent() reads the stream with `for await`, which WebKitGTK's ReadableStream lacks: read it by hand.
    const reader = (await pdf.getPage(number)).streamTextContent().getReader();
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      for (const item of chunk.value.items as { str?: string; hasEOL?: boolean }[]) text += `${item.str ?? ''}${item.hasEOL ? ' ' : ''}`;
    }
    pages.push(flat(text));
  }
  await pdf.destroy();
  return pages;
}

// ---------------------------------------------------------------------------------------------

describe('<stagekit-agreement-builder>', function () {
  // Validation, the PDF writer and pdf.js load on demand, and the keyboard test presses many keys:
  // with three browsers at once on a small machine the slowest tests need more than the default.
  this.timeout(30_000);

  beforeEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });
  afterEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });

  it('completes an mbo praktijkovereenkomst with the keyboard only', async () => {
    const expectedLaw = lawClauses('mbo').length;
    // Twelve clauses have the status "law" in mbo; the guardian's counts only for a minor.
    expect(expectedLaw, 'the mbo law clauses for an adult').to.equal(11);
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    const changes = record<AgreementChangeDetail>(el, 'stagekit-agreement-change');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id, 'the first tab stop is the regime').to.equal('regime');

    let index = 0;
    const typed: Record<string, string> = {};
    for (const step of AGREEMENT_STEPS.slice(0, -1)) {
      expect(currentStep(el)).to.contain(STEP_NL[step]);
      for (const field of lawFields('mbo', step)) {
        const value = shortValue(field, index++);
        await tabTo(el, `#${controlId(field)}`);
        if (fieldDefinition(field)!.kind === 'date') {
          await typeDate(el, field, value);
        } else {
          await sendKeys({ type: value });
        }
        typed[field] = value;
      }
      await tabTo(el, 'form button[type="submit"]');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const following = AGREEMENT_STEPS[AGREEMENT_STEPS.indexOf(step) + 1]!;
      await until(() => currentStep(el).includes(STEP_NL[following]), `Enter on "Volgende stap" did not leave ${step}`);
      expect(shadow(el).querySelector('.error-summary'), `no error summary after ${step}`).to.equal(null);
      expect(focused(el)?.id, 'the new step title has focus').to.equal('step-title');
    }
    for (const [field, value] of Object.entries(typed)) expect(el.agreement.fields[field], field).to.equal(value);
    expect(currentStep(el)).to.contain('Controleren en tekenen');
    const panel = words($(el, '.completeness'));
    expect(panel).to.contain(`Verplicht volgens de wet: ${expectedLaw} van ${expectedLaw}`);
    expect(changes.at(-1)!.detail.completeness.law).to.include({ done: expectedLaw, total: expectedLaw });
    expect(changes.at(-1)!.detail.completeness.lawComplete).to.equal(true);
    expect(words($(el, 'article.document'))).not.to.contain('CONCEPT');

    // "Alles controleren", by keyboard too.
    await tabTo(el, 'form .step-actions button:not(.secondary)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => statusText(el).includes('Er staan geen fouten in de overeenkomst.'));
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
  });

  it('validates a step on "Volgende stap": a focused summary with a link per problem, messages at the fields', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    const parties = Object.fromEntries(lawFields('mbo', 'parties').map((field, index) => [field, shortValue(field, index)]));
    await setFields(el, { ...parties, 'student.email': 'ayla-at-example', 'trainer.email': 'kees@' });
    await next(el);
    await until(() => summaryLinks(el).length > 0, 'no error summary');
    expect(currentStep(el), 'the step stays').to.contain('Partijen');
    const summary = $(el, '.error-summary');
    expect(focused(el), 'the summary has focus').to.equal(summary);
    expect(words(summary)).to.contain('Er is iets niet goed');
    expect(words(summary)).to.contain('Verbeter deze 2 punten voordat je verdergaat:');
    const links = summaryLinks(el);
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#f-student-email', '#f-trainer-email']);
    expect(words(links[0])).to.contain('E-mailadres van de student');
    expect(words(links[1])).to.contain('E-mailadres van de praktijkopleider');
    expect(summary.getAttribute('tabindex')).to.equal('-1');

    links[1]!.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'f-trainer-email', 'the link did not focus the field');
    expect(summaryLinks(el).length, 'the summary stays while the user fixes the problems').to.equal(2);
    for (const [field, label] of [['student.email', 'E-mailadres van de student'], ['trainer.email', 'E-mailadres van de praktijkopleider']] as const) {
      const input = control(el, field);
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      const message = $(el, `#${controlId(field)}-error`);
      expect(words(message)).to.contain(label);
      expect(input.getAttribute('aria-describedby')?.split(' ')).to.include(message.id);
    }
    await expect(el).to.be.accessible();

    // Fixing a value clears its message when the field is left; then "Volgende stap" moves on.
    await setField(el, 'student.email', 'ayla@example.nl');
    expect(control(el, 'student.email').hasAttribute('aria-invalid')).to.equal(false);
    expect(shadow(el).querySelector('#f-student-email-error')).to.equal(null);
    await setField(el, 'trainer.email', 'kees@example.nl');
    await next(el);
    await until(() => currentStep(el).includes('Opleiding en doel'), 'did not move on');
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    expect(el.agreement.fields['student.email']).to.equal('ayla@example.nl');

    // An end date before the start date.
    await goTo(el, 'period');
    await setFields(el, { 'period.start': '2027-06-01', 'period.end': '2027-02-01', 'period.totalHours': '640', 'period.hoursPerYear': 'Jaar 2: 640 uur' });
    await next(el);
    await until(() => summaryLinks(el).length > 0, 'no error summary for the dates');
    expect(currentStep(el)).to.contain('Periode, uren en werkplek');
    expect(focused(el)).to.equal($(el, '.error-summary'));
    expect(summaryLinks(el).map((link) => link.getAttribute('href'))).to.deep.equal(['#f-period-end']);
    expect(words(summaryLinks(el)[0])).to.equal('Laatste stagedag ligt vóór de begindatum');
    summaryLinks(el)[0]!.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'f-period-end', 'the link did not focus the end date');
    expect(control(el, 'period.end').getAttribute('aria-invalid')).to.equal('true');
    expect(words($(el, '#f-period-end-error'))).to.contain('Laatste stagedag');
    await setField(el, 'period.end', '2027-06-25');
    await next(el);
    await until(() => currentStep(el).includes('Begeleiding en afspraken'), 'did not move on after fixing the end date');
  });

  it('blocks "Volgende stap" on empty fields the law requires in mbo, not in hbo', async () => {
    const mbo = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await next(mbo);
    await until(() => summaryLinks(mbo).length > 0, 'no error summary for empty law fields');
    expect(currentStep(mbo)).to.contain('Partijen');
    const required = lawFields('mbo', 'parties');
    expect(required).to.include.members(['student.name', 'company.name', 'company.sbbNumber']);
    expect(summaryLinks(mbo).map((link) => link.getAttribute('href'))).to.deep.equal(required.map((field) => `#${controlId(field)}`));
    expect(words(summaryLinks(mbo)[0])).to.equal('Naam van de student is verplicht volgens de wet: vul het in');
    expect(words($(mbo, 'nav.stepper button.step[aria-current="step"]'))).to.contain('heeft fouten');

    // The same agreement as an hbo stageovereenkomst: what only the mbo law asks is no longer a problem.
    await setField(mbo, 'student.email', 'ayla@');
    await chooseOption(mbo, '#regime', 'hbo');
    // Only the wrong e-mail address is left (shown at its field; it was never in the summary, which listed empty law fields).
    await until(() => summaryLinks(mbo).length === 0, 'the problems only the mbo law has stayed after the regime changed');
    expect($$(mbo, '.field-error').map((message) => message.id)).to.deep.equal(['f-student-email-error']);
    expect($$(mbo, '[aria-invalid="true"]').map((field) => field.id)).to.deep.equal(['f-student-email']);
    expect(words($(mbo, 'nav.stepper button.step[aria-current="step"]'))).to.contain('heeft fouten');
    await setField(mbo, 'student.email', 'ayla@example.nl');
    await next(mbo);
    await until(() => currentStep(mbo).includes('Opleiding en doel'), 'hbo: did not move on');
    expect(words($(mbo, 'nav.stepper'))).not.to.contain('heeft fouten');

    const hbo = await builder(html`<stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>`);
    expect(clausesFor('hbo').filter((clause) => clause.status.hbo === 'law')).to.have.length(0);
    for (const step of AGREEMENT_STEPS.slice(0, -1)) {
      await next(hbo);
      const following = AGREEMENT_STEPS[AGREEMENT_STEPS.indexOf(step) + 1]!;
      await until(() => currentStep(hbo).includes(STEP_NL[following]), `hbo: ${step} did not move on`);
      expect(shadow(hbo).querySelector('.error-summary')).to.equal(null);
    }
    expect(words($(hbo, '.completeness'))).not.to.contain('Verplicht volgens de wet');
  });

  it('saves while the user types and restores after a reload, with saveNow() and after the pause', async () => {
    let el = await builder(html`<stagekit-agreement-builder regime="hbo"></stagekit-agreement-builder>`);
    expect(words($(el, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (0)');
    expect(words($(el, 'details.saved'))).to.contain('Opgeslagen in deze browser.');
    control(el, 'student.name').focus();
    await sendKeys({ type: 'Ayla' });
    await el.updateComplete;
    expect(el.agreement.fields['student.name']).to.equal('Ayla');
    await el.saveNow();
    const id = el.agreement.id;
    el.remove();

    el = await builder(html`<stagekit-agreement-builder regime="hbo"></stagekit-agreement-builder>`);
    expect(control(el, 'student.name').value, 'restored after saveNow()').to.equal('Ayla');
    expect(el.agreement.id).to.equal(id);
    expect(el.agreement.regime).to.equal('hbo');
    expect(words($(el, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (1)');
    expect(words($(el, '.saved-list'))).to.contain('Ayla · Stageovereenkomst (hbo) · versie 1');

    // No saveNow(): the draft is written within a short pause after typing; a second builder on the page reads it.
    await setField(el, 'company.name', 'Bakkerij');
    await until(async () => {
      const { store } = await openDrafts('agreement');
      return (await store.list()).some((row) => (row.data as Agreement).fields['company.name'] === 'Bakkerij');
    }, 'the draft was not saved while the builder stayed open');
    const second = await builder(html`<stagekit-agreement-builder regime="hbo"></stagekit-agreement-builder>`);
    expect(control(second, 'company.name').value, 'saved without saveNow()').to.equal('Bakkerij');
    expect(control(second, 'student.name').value).to.equal('Ayla');
    expect(words($(second, '.saved-list'))).to.contain('Ayla · Bakkerij');
  });

  it('opens the saved agreement named by agreement-id, and a new id starts a new agreement with that id', async () => {
    let el = await builder(html`<stagekit-agreement-builder agreement-id="pok-ayla"></stagekit-agreement-builder>`);
    expect(el.agreement.id).to.equal('pok-ayla');
    await setField(el, 'student.name', 'Ayla');
    await el.saveNow();
    el.remove();
    let other = await builder(html`<stagekit-agreement-builder agreement-id="pok-bram"></stagekit-agreement-builder>`);
    expect(other.agreement.id).to.equal('pok-bram');
    expect(control(other, 'student.name').value, 'another id is another agreement').to.equal('');
    await setField(other, 'student.name', 'Bram');
    await other.saveNow();
    other.remove();

    el = await builder(html`<stagekit-agreement-builder agreement-id="pok-ayla"></stagekit-agreement-builder>`);
    expect(control(el, 'student.name').value).to.equal('Ayla');
    other = await builder(html`<stagekit-agreement-builder agreement-id="pok-bram"></stagekit-agreement-builder>`);
    expect(control(other, 'student.name').value).to.equal('Bram');
    // Without an id, a builder opens an agreement it saved itself; with the id of an unnamed one it opens that.
    const plain = await builder(html`<stagekit-agreement-builder></stagekit-agreement-builder>`);
    await setField(plain, 'student.name', 'Chris');
    await plain.saveNow();
    const named = await builder(html`<stagekit-agreement-builder agreement-id=${plain.agreement.id}></stagekit-agreement-builder>`);
    expect(control(named, 'student.name').value).to.equal('Chris');
    // Changing the attribute opens another saved agreement.
    named.agreementId = 'pok-ayla';
    await named.updateComplete;
    await until(() => control(named, 'student.name').value === 'Ayla', 'agreement-id change did not open pok-ayla');
  });

  it('keeps nothing with storage="memory"', async () => {
    let el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
    expect(words($(el, 'details.saved'))).to.contain('Deze browser bewaart niets.');
    await setField(el, 'student.name', 'Ayla');
    await el.saveNow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    el.remove();
    el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
    expect(control(el, 'student.name').value).to.equal('');
    const local = await builder(html`<stagekit-agreement-builder></stagekit-agreement-builder>`);
    expect(control(local, 'student.name').value).to.equal('');
    expect(words($(local, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (0)');
  });

  it('exports a file and imports it in a fresh builder with the same fields and fingerprint', async () => {
    const downloads = catchDownloads();
    try {
      const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
      await el.importSchedule(createPlan({ start: '2027-02-01', end: '2027-03-26', hoursPerDay: 8, model: 'lint' }));
      await setFields(el, { 'student.name': 'Ayla de Vries', 'student.email': 'ayla@example.nl', 'company.name': 'Bakkerij Jansen', 'company.address': 'Dorpsweg 2\nUtrecht' });
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'Bestand downloaden (.json)');
      await until(() => exports.length > 0, 'no export event');
      const { detail } = exports[0]!;
      expect(detail.format).to.equal('json');
      expect(detail.fingerprint).to.match(/^[0-9a-f]{64}$/);
      expect(detail.file).to.be.instanceOf(File);
      expect(detail.file!.type).to.equal('application/json');
      expect(detail.file!.name).to.equal('ayla-de-vries-bakkerij-jansen-v1.json');
      expect(downloads.links.map((link) => link.name)).to.deep.equal([detail.file!.name]);
      expect(downloads.links[0]!.href).to.match(/^blob:/);
      const saved = JSON.parse(await detail.file!.text());
      expect(saved.format).to.equal('stagekit-agreement/1');
      expect(saved.fingerprint).to.equal(detail.fingerprint);
      expect(words($(el, 'article.document .fingerprint'))).to.contain(detail.fingerprint);

      const fresh = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      const changes = record<AgreementChangeDetail>(fresh, 'stagekit-agreement-change');
      await chooseFile(fresh, '#import-file', detail.file!);
      await until(() => fresh.agreement.fields['student.name'] === 'Ayla de Vries', 'the file was not opened');
      await fresh.updateComplete;
      expect(fresh.agreement.fields).to.deep.equal(el.agreement.fields);
      expect(fresh.agreement.id).to.equal(el.agreement.id);
      expect(statusText(fresh)).to.equal('Het bestand is geopend: Ayla de Vries · Bakkerij Jansen.');
      expect(control(fresh, 'student.name').value).to.equal('Ayla de Vries');
      expect(changes.at(-1)!.detail.agreement.fields).to.deep.equal(el.agreement.fields);
      await goTo(fresh, 'signing');
      expect(words($(fresh, 'article.document .fingerprint'))).to.contain(detail.fingerprint);
      const again = record<AgreementExportDetail>(fresh, 'stagekit-agreement-export');
      await press(fresh, 'Bestand downloaden (.json)');
      await until(() => again.length > 0);
      expect(again[0]!.detail.fingerprint, 'the same fingerprint after the round trip').to.equal(detail.fingerprint);
    } finally {
      downloads.restore();
    }
  });

  it('refuses a changed file, a file that is not JSON, and shows hostile text as text', async () => {
    const downloads = catchDownloads();
    const { errors, stop } = collectErrors();
    try {
      const el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await setFields(el, { 'student.name': 'Ayla', 'company.name': 'Bakkerij' });
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'Bestand downloaden (.json)');
      await until(() => exports.length > 0);
      const original = JSON.parse(await exports[0]!.detail.file!.text());

      const fresh = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await setField(fresh, 'student.name', 'Mine');
      const before = fresh.agreement;
      const refused = async (file: File, message: string) => {
        const count = errors.length;
        await chooseFile(fresh, '#import-file', file);
        await until(() => alertText(fresh).includes(message), `no alert "${message}" (have "${alertText(fresh)}")`);
        expect(fresh.agreement, 'nothing changed').to.equal(before);
        expect(control(fresh, 'student.name').value).to.equal('Mine');
        expect(errors.slice(count).map((error) => error.detail.code)).to.deep.equal(['invalid-file']);
      };
      const tampered = structuredClone(original);
      tampered.agreement.fields['company.name'] = 'Bakkerij Smit';
      await refused(new File([JSON.stringify(tampered)], 'changed.json', { type: 'application/json' }), 'de vingerafdruk klopt niet');
      await refused(new File(['this is { not json'], 'notes.json', { type: 'application/json' }), 'Dit bestand kan niet worden gelezen.');
      await refused(new File([JSON.stringify({ hello: 'world' })], 'other.json', { type: 'application/json' }), 'geen stageovereenkomst van Stagekit');

      // A valid file whose values are markup: shown as text, nothing runs.
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const bad = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await setFields(bad, { 'student.name': hostile, 'company.name': '<b>Bold</b> & co', 'student.address': hostile });
      await goTo(bad, 'signing');
      const badExports = record<AgreementExportDetail>(bad, 'stagekit-agreement-export');
      await press(bad, 'Bestand downloaden (.json)');
      await until(() => badExports.length > 0);
      const target = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      const scripts = document.scripts.length;
      await chooseFile(target, '#import-file', badExports[0]!.detail.file!);
      await until(() => target.agreement.fields['student.name'] === hostile, 'the hostile file did not open');
      await target.updateComplete;
      expect(control(target, 'student.name').value).to.equal(hostile);
      await goTo(target, 'signing');
      await target.saveNow();
      await target.updateComplete;
      const root = shadow(target);
      expect(root.querySelectorAll('img, script, b').length, 'no element from the file').to.equal(0);
      expect(words($(target, 'article.document'))).to.contain(hostile);
      expect(words($(target, 'article.document'))).to.contain('<b>Bold</b> & co');
      expect(words($(target, 'details.saved'))).to.contain(hostile);
      expect(statusText(target)).to.contain(hostile);
      expect(document.querySelectorAll('img[src="x"]').length, 'no image from the file in the page').to.equal(0);
      expect(document.scripts.length, 'no script from the file in the page').to.equal(scripts);
      // An image that failed to load would have run its onerror by now.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    } finally {
      stop();
      downloads.restore();
    }
  });

  it('takes over a compensation check: amount, CAO, its clause, and the CAO source in the document', async () => {
    const result = await jeugdzorgCheck(450);
    expect(result.cao.status).to.equal('meets');
    expect(result.cao.minimumMonthly).to.equal(400);
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>`);
    const changes = record<AgreementChangeDetail>(el, 'stagekit-agreement-change');
    await goTo(el, 'compensation');
    expect(shadow(el).querySelector('[part="import"]'), 'no "take over" button without a checker on the page').to.equal(null);
    await el.importCompensation(result);
    await el.updateComplete;
    const caoName = result.cao.caoName!;
    const source = result.cao.source!;
    expect(caoName).to.contain('Jeugdzorg');
    expect(control(el, 'compensation.amount').value).to.equal('450');
    expect(control(el, 'compensation.cao').value).to.equal(caoName);
    expect(control(el, 'compensation.hoursBasis').value, "the CAO's full-time basis is not the student's hours").to.equal('');
    const clause = flat(control<HTMLTextAreaElement>(el, 'compensation.caoClause').value);
    expect(clause).to.contain(`${caoName}: minimaal € 400,00 per maand voor de uren van deze stage. Bron: ${source.title}`);
    expect(statusText(el)).to.equal('De vergoeding is overgenomen uit de vergoedingscheck.');
    expect(el.agreement.sources?.map((known) => known.title)).to.deep.equal([source.title]);
    expect(changes.at(-1)!.detail.agreement.fields['compensation.amount']).to.equal('450');
    await goTo(el, 'signing');
    const sources = $$(el, 'article.document .doc-sources li').map((item) => words(item));
    expect(sources.some((text) => text.startsWith(`${source.title}.`)), `the CAO source is listed: ${sources.join(' | ')}`).to.equal(true);
    expect(words($(el, 'article.document'))).to.contain('€ 450,00');
    // Taking it over twice adds the source once.
    await el.importCompensation(result);
    expect(el.agreement.sources).to.have.length(1);
  });

  it('takes over a planner schedule: period, hours, work days and contact moments', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await goTo(el, 'period');
    await el.importSchedule(createPlan({ start: '2027-02-01', end: '2027-03-26', hoursPerDay: 8, model: 'hybrid', week: HYBRID_WEEK }));
    await el.updateComplete;
    expectScheduleFields(el);
    expect(statusText(el)).to.match(/^Het rooster is overgenomen: \d+ velden ingevuld\.$/);
    await goTo(el, 'supervision');
    expectContactMoments(el);

    // An invalid plan changes nothing.
    const { errors, stop } = collectErrors();
    try {
      const before = el.agreement;
      await el.importSchedule({ ...createPlan({ start: '2027-02-01', end: '2027-03-26', hoursPerDay: 8, model: 'lint' }), hoursPerDay: -3 });
      await el.updateComplete;
      expect(el.agreement).to.equal(before);
      expect(alertText(el)).to.equal('Dit roosterbestand klopt niet. Er is niets veranderd.');
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-file']);
    } finally {
      stop();
    }
  });

  it('offers to take over the planner and the compensation checker on the same page', async () => {
    // The other widgets come first on the page: the builder still hears their first results.
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stagekit-schedule-planner storage="memory" start="2027-02-01" end="2027-03-26" week="mon:company,tue:company,wed:remote,thu:school,fri:off"></stagekit-schedule-planner>
      <stagekit-compensation-checker mode="badge" cao="cao-jeugdzorg" level="hbo" stage-type="practice" hours="32" age="21" location="nl" offered="450" date="2025-01-01"></stagekit-compensation-checker>
      <stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>
    </div>`);
    const el = wrapper.querySelector<Builder>('stagekit-agreement-builder')!;
    await el.updateComplete;
    await goTo(el, 'period');
    await until(() => $$(el, 'button').some((candidate) => accessibleName(candidate) === 'Rooster van de planner op deze pagina overnemen'), 'no "take over the planner" button', { timeout: 8000 });
    await press(el, 'Rooster van de planner op deze pagina overnemen');
    await until(() => el.agreement.fields['period.start'] === '2027-02-01', 'the schedule was not taken over');
    await el.updateComplete;
    expectScheduleFields(el);
    await goTo(el, 'supervision');
    expectContactMoments(el);

    await goTo(el, 'compensation');
    await until(() => $$(el, 'button').some((candidate) => accessibleName(candidate) === 'Uitkomst van de vergoedingscheck op deze pagina overnemen'), 'no "take over the check" button', { timeout: 8000 });
    await press(el, 'Uitkomst van de vergoedingscheck op deze pagina overnemen');
    await until(() => el.agreement.fields['compensation.amount'] === '450', 'the check was not taken over');
    await el.updateComplete;
    const result = await jeugdzorgCheck(450, 21);
    expect(control(el, 'compensation.cao').value).to.equal(result.cao.caoName);
    expect(control(el, 'compensation.hoursBasis').value, "the CAO's full-time basis is not the student's hours").to.equal('');
    expect(flat(control<HTMLTextAreaElement>(el, 'compensation.caoClause').value)).to.contain('€ 400,00');
    expect(el.agreement.sources?.map((known) => known.title)).to.deep.equal([result.cao.source!.title]);
    await expect(el).to.be.accessible();
  });

  it('also offers the results of a planner and checker that were done before the builder was added', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stagekit-schedule-planner storage="memory" start="2027-02-01" end="2027-03-26" week="mon:company,tue:company,wed:remote,thu:school,fri:off"></stagekit-schedule-planner>
      <stagekit-compensation-checker mode="badge" cao="cao-jeugdzorg" level="hbo" stage-type="practice" hours="32" age="21" location="nl" offered="450" date="2025-01-01"></stagekit-compensation-checker>
    </div>`);
    const planner = wrapper.querySelector<StagekitSchedulePlanner>('stagekit-schedule-planner')!;
    await planner.updateComplete;
    const checker = wrapper.querySelector('stagekit-compensation-checker')!;
    await until(() => checker.result() !== undefined, 'the check did not finish', { timeout: 8000 });
    // Only now the builder arrives: the first events are long gone.
    const el = document.createElement('stagekit-agreement-builder');
    el.setAttribute('storage', 'memory');
    wrapper.append(el);
    await el.updateComplete;
    await goTo(el, 'period');
    await press(el, 'Rooster van de planner op deze pagina overnemen');
    await until(() => el.agreement.fields['period.start'] === '2027-02-01', 'the schedule was not taken over');
    await goTo(el, 'compensation');
    await press(el, 'Uitkomst van de vergoedingscheck op deze pagina overnemen');
    await until(() => el.agreement.fields['compensation.amount'] === '450', 'the check was not taken over');
  });

  it('downloads a PDF of two or more pages with the fingerprint on every page and every filled value', async () => {
    const downloads = catchDownloads();
    try {
      const fields = await fullFields('mbo');
      const el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      el.agreement = createAgreement({ regime: 'mbo', fields });
      await el.updateComplete;
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'PDF downloaden');
      await until(() => exports.length > 0, 'no PDF', { timeout: 8000 });
      const { detail } = exports[0]!;
      expect(detail.format).to.equal('pdf');
      expect(detail.fingerprint).to.match(/^[0-9a-f]{64}$/);
      expect(detail.fingerprint).to.equal(fingerprint(el.agreement));
      expect(detail.file).to.be.instanceOf(File);
      expect(detail.file!.type).to.equal('application/pdf');
      expect(detail.file!.name).to.match(/\.pdf$/);
      expect(downloads.links.map((link) => link.name)).to.deep.equal([detail.file!.name]);
      await until(() => /^De PDF is klaar \(\d+ pagina’s\)\.$/.test(statusText(el)), `status: ${statusText(el)}`);

      const pages = await pdfText(detail.file!);
      expect(pages.length).to.be.at.least(2);
      expect(statusText(el)).to.equal(`De PDF is klaar (${pages.length} pagina’s).`);
      pages.forEach((text, index) => {
        expect(text, `page ${index + 1} has the fingerprint`).to.contain(detail.fingerprint);
        expect(text, `page ${index + 1} is numbered`).to.contain(`Pagina ${index + 1} van ${pages.length}`);
      });
      const all = pages.join(' ');
      for (const [field, value] of Object.entries(fields)) {
        const kind = fieldDefinition(field)!.kind;
        if (['text', 'long-text', 'email', 'phone', 'code'].includes(kind)) expect(all, field).to.contain(flat(value));
      }
      // Dates, money, numbers, choices, weekdays and confirmations as the document writes them.
      for (const shown of ['14 mei 2006', '1 februari 2027', '25 juni 2027', '€ 400,00', '32,5', 'Niveau 3', 'bol (beroepsopleidende leerweg)', 'maandag, dinsdag en donderdag', 'Afgesproken', '20 januari 2027', 'Praktijkovereenkomst']) {
        expect(all).to.contain(shown);
      }
      expect(all, 'law complete: no draft notice').not.to.contain('CONCEPT');
    } finally {
      downloads.restore();
    }
  });

  it('prints only the agreement', async () => {
    const print = window.print;
    let printed = 0;
    let printing = false;
    const el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
    window.print = () => {
      printed += 1;
      printing = el.hasAttribute('data-stagekit-printing');
      // A browser sends afterprint when its print dialog closes.
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await setField(el, 'student.name', 'Ayla');
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'Afdrukken');
      expect(printed).to.equal(1);
      expect(printing, 'the builder is marked while printing').to.equal(true);
      expect(el.hasAttribute('data-stagekit-printing')).to.equal(false);
      expect(exports.map((event) => event.detail.format)).to.deep.equal(['print']);
      expect(exports[0]!.detail.fingerprint).to.equal(fingerprint(el.agreement));
      expect(exports[0]!.detail.file).to.equal(undefined);
    } finally {
      window.print = print;
    }
  });

  it('is accessible in every step, with the error summary, and on the last step with the document', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    for (const step of AGREEMENT_STEPS) {
      await goTo(el, step);
      await expect(el, `step ${step}`).to.be.accessible();
    }
    expect(shadow(el).querySelector('article.document')).not.to.equal(null);
    // The saved list with an inline confirmation, and the share link.
    await goTo(el, 'parties');
    await next(el);
    await until(() => summaryLinks(el).length > 0);
    await expect(el, 'with the error summary').to.be.accessible();
    await setField(el, 'student.name', 'Ayla');
    await el.saveNow();
    await el.updateComplete;
    $<HTMLDetailsElement>(el, 'details.saved').open = true;
    await press(el, 'Ayla verwijderen');
    expect(words($(el, '.saved-list [role="alert"]'))).to.contain('Ayla echt verwijderen?');
    await expect(el, 'with the saved list open and a delete to confirm').to.be.accessible();
  });

  it('speaks English with lang="en", and the document language is chosen apart', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" lang="en" regime="mbo"></stagekit-agreement-builder>`);
    expect(words($(el, 'h2'))).to.equal('Make an internship agreement');
    expect($$(el, 'nav.stepper button.step').map((step) => words(step.querySelector('span:not(.number)')))).to.deep.equal([
      'Parties',
      'Programme and goal',
      'Period, hours and workplace',
      'Supervision and agreements',
      'Assessment',
      'Compensation',
      'Rights and rules',
      'Check and sign',
    ]);
    expect(button(el, 'Next step')).to.be.instanceOf(HTMLButtonElement);
    await press(el, 'Next step');
    await until(() => summaryLinks(el).length > 0, 'no summary');
    expect(words($(el, '.error-summary h3'))).to.equal('Something is not right');
    expect(words(summaryLinks(el)[0])).to.contain('is required by law');
    await expect(el, 'English with the error summary').to.be.accessible();

    await setField(el, 'student.name', 'Ayla');
    await goTo(el, 'signing', 'Check and sign');
    expect(button(el, 'Check everything')).to.be.instanceOf(HTMLButtonElement);
    expect(button(el, 'Download PDF')).to.be.instanceOf(HTMLButtonElement);
    // The form is English; a new agreement's document follows the form's language.
    expect($<HTMLSelectElement>(el, '#document-language').value).to.equal('en');
    expect($(el, 'article.document').getAttribute('lang')).to.equal('en');
    await chooseOption(el, '#document-language', 'nl');
    await until(() => shadow(el).querySelector('article.document')?.getAttribute('lang') === 'nl', 'the document did not switch to Dutch');
    expect(words($(el, 'article.document .doc-title'))).to.equal('Praktijkovereenkomst');
    expect(words($(el, 'h2')), 'the form stays English').to.equal('Make an internship agreement');
    expect(el.agreement.documentLanguage).to.equal('nl');
    await expect(el, 'English form, Dutch document').to.be.accessible();

    // And the other way round: a Dutch form with an English document.
    const nl = await builder(html`<stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>`);
    await setField(nl, 'student.name', 'Ayla');
    await goTo(nl, 'signing');
    expect($(nl, 'article.document').getAttribute('lang')).to.equal('nl');
    await chooseOption(nl, '#document-language', 'en');
    await until(() => shadow(nl).querySelector('article.document[lang="en"]') !== null, 'the document did not switch to English');
    const documentText = words($(nl, 'article.document[lang="en"]'));
    expect(documentText).to.contain('Internship agreement');
    expect(documentText).to.contain('Fingerprint');
    expect(documentText).to.contain('Ayla');
    expect(words($(nl, 'h2')), 'the form stays Dutch').to.equal('Stageovereenkomst maken');
    expect(currentStep(nl)).to.contain('Controleren en tekenen');
    await expect(nl, 'Dutch form, English document').to.be.accessible();
  });

  it('makes an amendment as version 2, lists what changed and keeps the fingerprint of version 1', async () => {
    const el = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
    await setFields(el, { 'student.name': 'Ayla', 'company.name': 'Bakkerij Jansen', 'trainer.name': 'Kees' });
    await goTo(el, 'signing');
    const versions = () => words($(el, '[part="versions"]'));
    expect(versions()).to.contain('Dit is versie 1.');
    expect(words($(el, 'article.document .doc-subtitle'))).to.contain('Versie 1');
    const first = fingerprint(el.agreement);
    expect(words($(el, 'article.document .fingerprint'))).to.contain(first);

    await press(el, 'Wijziging maken (nieuwe versie)');
    expect(statusText(el)).to.equal('Versie 2 is gemaakt. Versie 1 blijft bewaard.');
    expect(el.agreement.version).to.equal(2);
    expect(versions()).to.contain('Dit is versie 2.');
    expect(versions()).to.contain('Versie 2: wat is er veranderd sinds versie 1 Nog niets veranderd.');
    expect(versions()).to.contain(`Vingerafdruk van versie 1: ${first}`);
    expect(words($(el, 'article.document .doc-subtitle'))).to.contain('Versie 2');
    const second = fingerprint(el.agreement);
    expect(second, 'the version is part of the content').not.to.equal(first);
    expect(words($(el, 'article.document .fingerprint'))).to.contain(second);

    await goTo(el, 'parties');
    await setFields(el, { 'company.name': 'Bakkerij Smit', 'trainer.name': '', 'student.phone': '0612345678' });
    await goTo(el, 'signing');
    const changes = $$(el, '[part="versions"] ul.changes li').map((item) => words(item));
    expect(changes).to.deep.equal([
      'Telefoonnummer van de student: toegevoegd: "0612345678"',
      'Naam van het bedrijf: "Bakkerij Jansen" is nu "Bakkerij Smit"',
      'Naam van de praktijkopleider: weggehaald (was "Kees")',
    ]);
    // Saved as version 2 with its history; a reload shows the same.
    await el.saveNow();
    el.remove();
    const again = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
    expect(again.agreement.version).to.equal(2);
    expect(again.agreement.history.map((entry) => entry.fingerprint)).to.deep.equal([first]);
    await goTo(again, 'signing');
    expect(words($(again, '[part="versions"]'))).to.contain('Naam van het bedrijf: "Bakkerij Jansen" is nu "Bakkerij Smit"');
    expect(words($(again, 'details.saved'))).to.contain('Ayla · Bakkerij Smit · Praktijkovereenkomst (mbo) · versie 2');
  });

  it('duplicates and deletes saved agreements, deleting only after the inline confirmation', async () => {
    const el = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
    await setFields(el, { 'student.name': 'Ayla', 'company.name': 'Bakkerij' });
    await el.saveNow();
    await el.updateComplete;
    const original = el.agreement;
    const saved = $<HTMLDetailsElement>(el, 'details.saved');
    saved.open = true;
    expect(words($(el, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (1)');
    expect(words($(el, '.saved-list li'))).to.contain('(nu open)');

    await press(el, 'Kopie maken van Ayla · Bakkerij');
    await until(() => el.agreement.id !== original.id, 'no copy was made');
    expect(statusText(el)).to.equal('Er is een kopie gemaakt. Je werkt nu in de kopie.');
    expect(el.agreement.fields).to.deep.equal(original.fields);
    expect(el.agreement.version).to.equal(1);
    await el.saveNow();
    await el.updateComplete;
    expect(words($(el, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (2)');
    // Change the copy for the next student; the original is unchanged.
    await setField(el, 'student.name', 'Bram');
    await el.saveNow();
    await el.updateComplete;
    const items = () => $$(el, '.saved-list li').map((item) => words(item.querySelector('p')));
    expect(items().some((item) => item.startsWith('Bram · Bakkerij'))).to.equal(true);
    expect(items().some((item) => item.startsWith('Ayla · Bakkerij'))).to.equal(true);

    // Delete asks first; "Niet verwijderen" keeps it.
    await press(el, 'Ayla · Bakkerij verwijderen');
    expect(words($(el, '.saved-list [role="alert"]'))).to.equal('Ayla · Bakkerij echt verwijderen? Je kunt dit niet terugdraaien.');
    await press(el, 'Niet verwijderen');
    expect(shadow(el).querySelector('.saved-list [role="alert"]')).to.equal(null);
    expect(items()).to.have.length(2);
    await press(el, 'Ayla · Bakkerij verwijderen');
    await press(el, 'Ja, verwijderen');
    await until(() => items().length === 1, 'the agreement was not deleted');
    expect(statusText(el)).to.equal('Ayla · Bakkerij is verwijderd.');
    expect(items()[0]).to.contain('Bram · Bakkerij');
    expect(el.agreement.fields['student.name'], 'the open copy stays').to.equal('Bram');
    await until(() => focused(el) === $(el, 'details.saved summary'), 'focus did not return to the list');

    // Deleting the open agreement leaves a new, empty one.
    await press(el, 'Bram · Bakkerij verwijderen');
    await press(el, 'Ja, verwijderen');
    await until(() => items().length === 0 && words($(el, 'details.saved')).includes('Er zijn nog geen opgeslagen overeenkomsten.'));
    expect(control(el, 'student.name').value).to.equal('');
    el.remove();
    const again = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
    expect(control(again, 'student.name').value, 'nothing deleted comes back').to.equal('');
    expect(words($(again, 'details.saved summary'))).to.equal('Opgeslagen overeenkomsten (0)');
  });

  it('shows an agreement set as a property, and refuses an invalid one without changing anything', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
    const changes = record<AgreementChangeDetail>(el, 'stagekit-agreement-change');
    const given = withFields(createAgreement({ regime: 'wo', id: 'wo-ayla' }), { 'student.name': 'Ayla', 'programme.level': 'master', 'period.officeDays': 'mon,wed' });
    el.agreement = given;
    await el.updateComplete;
    expect(el.agreement).to.deep.equal(given);
    expect($<HTMLSelectElement>(el, '#regime').value).to.equal('wo');
    expect(control(el, 'student.name').value).to.equal('Ayla');
    expect(changes.at(-1)!.detail.agreement).to.deep.equal(given);
    expect(changes.at(-1)!.detail.completeness.law.total, 'wo has no law clauses').to.equal(0);
    await goTo(el, 'programme');
    expect(control<HTMLSelectElement>(el, 'programme.level').value).to.equal('master');
    await goTo(el, 'period');
    expect($<HTMLInputElement>(el, '#f-period-officeDays-mon').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-period-officeDays-tue').checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#f-period-officeDays-wed').checked).to.equal(true);

    const { errors, stop } = collectErrors();
    try {
      const before = el.agreement;
      const count = changes.length;
      const bad = [
        { ...given, regime: 'mavo' },
        { ...given, fields: { ...given.fields, 'no.such.field': 'x' } },
        { ...given, version: 0 },
        { ...given, id: 'Not An Id!' },
        'not an agreement',
      ];
      for (const value of bad) {
        el.agreement = value as unknown as typeof given;
        await el.updateComplete;
      }
      await until(() => errors.length === bad.length, `expected ${bad.length} errors, got ${errors.length}`);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(bad.map(() => 'invalid-agreement'));
      expect(errors[0]!.detail.message).to.match(/^De overeenkomst die de pagina gaf klopt niet \(.+\)\. Er is niets veranderd\.$/);
      expect(alertText(el)).to.contain('Er is niets veranderd.');
      expect(el.agreement).to.equal(before);
      expect(changes.length, 'no change event').to.equal(count);
      expect($<HTMLInputElement>(el, '#f-period-officeDays-mon').checked).to.equal(true);
    } finally {
      stop();
    }
  });

  it('falls back to mbo with a notice for an unknown regime, and switches regime with the select', async () => {
    const { errors, stop } = collectErrors();
    try {
      const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="xyz"></stagekit-agreement-builder>`);
      await until(() => errors.length > 0, 'no stagekit-error');
      await el.updateComplete;
      expect(errors.map((error) => [error.detail.code, error.detail.message])).to.deep.equal([
        ['invalid-attribute', 'De soort overeenkomst "xyz" bestaat niet. Kies mbo, hbo of wo. De builder gebruikt nu mbo.'],
      ]);
      expect(words($(el, '.notice'))).to.equal('De soort overeenkomst "xyz" bestaat niet. Kies mbo, hbo of wo. De builder gebruikt nu mbo.');
      expect(el.agreement.regime).to.equal('mbo');
      expect($<HTMLSelectElement>(el, '#regime').value).to.equal('mbo');
      expect(control(el, 'company.sbbNumber'), 'an mbo-only field').to.be.instanceOf(HTMLInputElement);
      await expect(el).to.be.accessible();

      await chooseOption(el, '#regime', 'hbo');
      expect(el.agreement.regime).to.equal('hbo');
      expect(shadow(el).querySelector('#f-company-sbbNumber'), 'no mbo-only field in hbo').to.equal(null);
      el.setAttribute('regime', 'wo');
      await el.updateComplete;
      expect(el.agreement.regime).to.equal('wo');
      expect($<HTMLSelectElement>(el, '#regime').value).to.equal('wo');
      expect(shadow(el).querySelector('.notice'), 'the page corrected regime: its notice is gone').to.equal(null);
    } finally {
      stop();
    }
  });

  it('tells about a bad agreement-id in a catalogue sentence, in each language, until the page corrects it', async () => {
    const { errors, stop } = collectErrors();
    try {
      const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="xyz" agreement-id="Stage 2026"></stagekit-agreement-builder>`);
      await until(() => errors.length > 1, 'two stagekit-errors');
      await el.updateComplete;
      const idNotice = 'De instelling agreement-id="Stage 2026" kan niet: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld stage-2026). De builder geeft de overeenkomst een eigen id.';
      expect($$(el, '.notice').map((notice) => words(notice))).to.have.members([idNotice, 'De soort overeenkomst "xyz" bestaat niet. Kies mbo, hbo of wo. De builder gebruikt nu mbo.']);
      expect(errors.map((error) => error.detail.message)).to.include(idNotice);
      el.setAttribute('agreement-id', 'stage-2026');
      await el.updateComplete;
      expect($$(el, '.notice').map((notice) => words(notice))).to.deep.equal(['De soort overeenkomst "xyz" bestaat niet. Kies mbo, hbo of wo. De builder gebruikt nu mbo.']);
      el.setAttribute('regime', 'hbo');
      await el.updateComplete;
      expect($$(el, '.notice')).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
    const { errors: english, stop: stopEnglish } = collectErrors();
    try {
      const el = await builder(html`<stagekit-agreement-builder lang="en" storage="memory" agreement-id="${'X'.repeat(500)}"></stagekit-agreement-builder>`);
      await until(() => english.length > 0, 'a stagekit-error');
      await el.updateComplete;
      expect(words($(el, '.notice'))).to.equal(
        `The setting agreement-id="${'X'.repeat(80)}" cannot be used: use lower-case letters, digits and dashes (for example stage-2026). The builder gives the agreement an id of its own.`,
      );
    } finally {
      stopEnglish();
    }
  });

  it('takes the agreement given before the first render over a saved draft, and announces the first one shown', async () => {
    const first = await builder(html`<stagekit-agreement-builder regime="hbo"></stagekit-agreement-builder>`);
    await setField(first, 'student.name', 'Saved draft');
    await first.saveNow();
    first.remove();

    const shown: CustomEvent<AgreementChangeDetail>[] = [];
    const listener = (event: Event) => shown.push(event as CustomEvent<AgreementChangeDetail>);
    document.addEventListener('stagekit-agreement-change', listener);
    try {
      const given = withFields(createAgreement({ regime: 'hbo' }), { 'student.name': 'Given' });
      const el = await builder(html`<stagekit-agreement-builder regime="hbo" .agreement=${given}></stagekit-agreement-builder>`);
      await until(() => control(el, 'student.name').value !== '', 'nothing shown');
      expect(control(el, 'student.name').value).to.equal('Given');
      expect(el.agreement.id).to.equal(given.id);
      expect(shown.map((event) => event.detail.agreement.fields['student.name'])).not.to.include('Saved draft');
      expect(shown.at(-1)!.detail.agreement.id).to.equal(given.id);
      expect(shown.at(-1)!.detail.completeness.proposal.total).to.be.greaterThan(0);

      // A plain builder announces its (new, empty or restored) agreement once on first render.
      shown.length = 0;
      const plain = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
      expect(shown).to.have.length(1);
      expect(shown[0]!.detail.agreement).to.equal(plain.agreement);
      expect(shown[0]!.detail.completeness.law).to.include({ done: 0, total: lawClauses('mbo').length });
      expect(shown[0]!.detail.completeness.lawComplete).to.equal(false);
    } finally {
      document.removeEventListener('stagekit-agreement-change', listener);
    }
  });

  it('makes a share link that opens the agreement in another builder', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await setFields(el, { 'student.name': 'Ayla', 'company.name': 'Bakkerij' });
    await goTo(el, 'signing');
    const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
    await press(el, 'Link maken');
    await until(() => shadow(el).querySelector('#share-link') !== null, 'no link');
    await until(() => focused(el)?.id === 'share-link', 'the link field did not get focus');
    const link = $<HTMLInputElement>(el, '#share-link').value;
    expect(link).to.contain('#stagekit-agreement=');
    expect(link.startsWith(location.href.split('#')[0]!)).to.equal(true);
    expect(exports.map((event) => [event.detail.format, event.detail.fingerprint])).to.deep.equal([['link', fingerprint(el.agreement)]]);
    await expect(el).to.be.accessible();

    const page = location.href;
    history.replaceState(null, '', link);
    try {
      const other = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await until(() => other.agreement.fields['student.name'] === 'Ayla', 'the link was not opened');
      await other.updateComplete;
      expect(other.agreement.fields).to.deep.equal(el.agreement.fields);
      expect(statusText(other)).to.equal('Een gedeelde overeenkomst is geopend: Ayla · Bakkerij.');
      expect(location.hash, 'the link is taken out of the address').to.equal('');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('checks everything on the last step, and its links and the completeness links lead to the field', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await setField(el, 'student.email', 'not-an-address');
    await goTo(el, 'signing');
    const missingLaw = lawClauses('mbo').length;
    expect(words($(el, '.completeness'))).to.contain(`Verplicht volgens de wet: 0 van ${missingLaw}`);
    await press(el, 'Alles controleren');
    await until(() => summaryLinks(el).length > 0, 'no summary');
    // Every empty law field, and the e-mail address (filled, but wrong; the law does not require it).
    const problemCount = AGREEMENT_STEPS.flatMap((step) => lawFields('mbo', step)).length + 1;
    expect(summaryLinks(el)).to.have.length(problemCount);
    expect(words($(el, '.error-summary p'))).to.equal(`Er zijn nog ${problemCount} fouten in de overeenkomst:`);
    expect(focused(el)).to.equal($(el, '.error-summary'));
    const email = summaryLinks(el).find((link) => link.getAttribute('href') === '#f-student-email')!;
    expect(words(email)).to.contain('E-mailadres van de student');
    expect(words(email)).not.to.contain('verplicht');
    email.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'f-student-email', 'the link did not lead to the e-mail field');
    expect(currentStep(el)).to.contain('Partijen');
    expect(control(el, 'student.email').getAttribute('aria-invalid')).to.equal('true');

    // The completeness panel names what is missing, with links to it.
    const missingLinks = $$<HTMLAnchorElement>(el, '.completeness details a');
    expect(missingLinks.length).to.be.at.least(missingLaw);
    const assessment = missingLinks.find((link) => words(link) === 'Beoordeling (stap 5)')!;
    expect(assessment, 'a link to the assessment clause').to.not.equal(undefined);
    assessment.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'f-assessment-method', 'the completeness link did not lead to the field');
    expect(currentStep(el)).to.contain('Beoordeling');
  });

  it('opens a file with the id of a different saved agreement as a copy, and refuses a file that is too large', async () => {
    const downloads = catchDownloads();
    const { errors, stop } = collectErrors();
    try {
      const el = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
      await setFields(el, { 'student.name': 'Ayla', 'company.name': 'Bakkerij' });
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'Bestand downloaden (.json)');
      await until(() => exports.length > 0);
      const file = exports[0]!.detail.file!;
      const id = el.agreement.id;
      await goTo(el, 'parties');
      await setField(el, 'company.name', 'Bakkerij Smit');
      await el.saveNow();

      await chooseFile(el, '#import-file', file);
      await until(() => el.agreement.fields['company.name'] === 'Bakkerij', 'the file was not opened');
      await el.saveNow();
      await el.updateComplete;
      expect(el.agreement.id, 'opened as a copy').not.to.equal(id);
      expect(statusText(el)).to.contain('Het bestand is als kopie geopend; niets is overschreven.');
      const list = $$(el, '.saved-list li p').map((item) => words(item));
      expect(list.some((item) => item.startsWith('Ayla · Bakkerij Smit'))).to.equal(true);
      expect(list.some((item) => item.startsWith('Ayla · Bakkerij ·'))).to.equal(true);

      const before = el.agreement;
      const huge = new File(['x'.repeat(1_000_001)], 'huge.json', { type: 'application/json' });
      await chooseFile(el, '#import-file', huge);
      await until(() => alertText(el).includes('te groot'), 'no alert for a large file');
      expect(el.agreement).to.equal(before);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-file']);
    } finally {
      stop();
      downloads.restore();
    }
  });

  it('takes over a plan saved by the planner in this browser, and a plan file', async () => {
    const planner = await fixture<StagekitSchedulePlanner>(html`<stagekit-schedule-planner start="2027-02-01" end="2027-03-26" week="mon:company,tue:company,wed:remote,thu:school,fri:off"></stagekit-schedule-planner>`);
    await planner.updateComplete;
    // The planner keeps a plan once the user changed something: give it a name.
    const title = planner.shadowRoot!.querySelector<HTMLInputElement>('#f-title')!;
    title.value = 'Lint Ayla';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    title.dispatchEvent(new Event('change', { bubbles: true }));
    await planner.updateComplete;
    await planner.saveNow();
    planner.remove();
    const el = await builder(html`<stagekit-agreement-builder regime="mbo"></stagekit-agreement-builder>`);
    await goTo(el, 'period');
    await until(() => shadow(el).querySelector('#saved-plan') !== null, 'the saved plan is not offered', { timeout: 5000 });
    expect(words($(el, '#saved-plan option'))).to.equal('Lint Ayla (1 februari 2027 tot 26 maart 2027)');
    await press(el, 'Dit rooster overnemen');
    await until(() => el.agreement.fields['period.start'] === '2027-02-01', 'the saved plan was not taken over');
    await el.updateComplete;
    expectScheduleFields(el);

    const fresh = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await goTo(fresh, 'period');
    const text = planToFile(createPlan({ start: '2027-02-01', end: '2027-03-26', hoursPerDay: 8, model: 'hybrid', week: HYBRID_WEEK }));
    await chooseFile(fresh, '#schedule-file', new File([text], 'rooster.json', { type: 'application/json' }));
    await until(() => fresh.agreement.fields['period.start'] === '2027-02-01', 'the plan file was not taken over');
    await fresh.updateComplete;
    expectScheduleFields(fresh);
    const before = fresh.agreement;
    await chooseFile(fresh, '#schedule-file', new File(['{"nope":1}'], 'rooster.json', { type: 'application/json' }));
    await until(() => alertText(fresh) === 'Dit roosterbestand klopt niet. Er is niets veranderd.', 'no alert for a bad plan file');
    expect(fresh.agreement).to.equal(before);
  });
});
