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
  type AgreementStep,
  type Regime,
} from '@stagekit/core';
import '../../packages/elements/src/agreement-builder/define.js';
import type { StagekitAgreementBuilder } from '../../packages/elements/src/agreement-builder/agreement-builder.js';
import type { AgreementChangeDetail, AgreementExportDetail } from '../../packages/elements/src/internal/events.js';
import { collectErrors, record, shadow, words } from './helpers.js';

type Builder = StagekitAgreementBuilder;

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
const summaryLinks = (el: Builder) => $$<HTMLAnchorElement>(el, '.error-summary a');

/** The accessible name of a control: aria-label, else its text without the aria-hidden parts. */
function accessibleName(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label) return label;
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return words(copy);
}

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
async function goTo(el: Builder, step: AgreementStep): Promise<void> {
  $$<HTMLButtonElement>(el, 'nav.stepper button.step')[AGREEMENT_STEPS.indexOf(step)]!.click();
  await el.updateComplete;
  await waitUntil(() => currentStep(el).includes(STEP_NL[step]), `did not reach ${step}`);
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
  return `W${index}`;
}

// ---------------------------------------------------------------------------------------------

describe('<stagekit-agreement-builder>', () => {
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
          // Typing into a date field differs per engine and locale: the field is reached with Tab, the date is set.
          await setField(el, field, value);
        } else {
          await sendKeys({ type: value });
        }
        typed[field] = value;
      }
      await tabTo(el, 'form button[type="submit"]');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const following = AGREEMENT_STEPS[AGREEMENT_STEPS.indexOf(step) + 1]!;
      await waitUntil(() => currentStep(el).includes(STEP_NL[following]), `Enter on "Volgende stap" did not leave ${step}`);
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
    await tabTo(el, 'form button.step-check, form .step-actions button:not(.secondary)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => statusText(el).includes('Er staan geen fouten in de overeenkomst.'));
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
  });

  it('validates a step on "Volgende stap": a focused summary with a link per problem, messages at the fields', async () => {
    const el = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    const parties = Object.fromEntries(lawFields('mbo', 'parties').map((field, index) => [field, shortValue(field, index)]));
    await setFields(el, { ...parties, 'student.email': 'ayla-at-example', 'trainer.email': 'kees@' });
    await next(el);
    await waitUntil(() => summaryLinks(el).length > 0, 'no error summary');
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
    await waitUntil(() => focused(el)?.id === 'f-trainer-email', 'the link did not focus the field');
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
    await waitUntil(() => currentStep(el).includes('Opleiding en doel'), 'did not move on');
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    expect(el.agreement.fields['student.email']).to.equal('ayla@example.nl');

    // An end date before the start date.
    await goTo(el, 'period');
    await setFields(el, { 'period.start': '2027-06-01', 'period.end': '2027-02-01', 'period.totalHours': '640', 'period.hoursPerYear': 'Jaar 2: 640 uur' });
    await next(el);
    await waitUntil(() => summaryLinks(el).length > 0, 'no error summary for the dates');
    expect(currentStep(el)).to.contain('Periode, uren en werkplek');
    expect(focused(el)).to.equal($(el, '.error-summary'));
    expect(summaryLinks(el).map((link) => link.getAttribute('href'))).to.deep.equal(['#f-period-end']);
    expect(words(summaryLinks(el)[0])).to.equal('Laatste stagedag ligt vóór de begindatum');
    summaryLinks(el)[0]!.click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'f-period-end', 'the link did not focus the end date');
    expect(control(el, 'period.end').getAttribute('aria-invalid')).to.equal('true');
    expect(words($(el, '#f-period-end-error'))).to.contain('Laatste stagedag');
    await setField(el, 'period.end', '2027-06-25');
    await next(el);
    await waitUntil(() => currentStep(el).includes('Begeleiding en afspraken'), 'did not move on after fixing the end date');
  });

  it('blocks "Volgende stap" on empty fields the law requires in mbo, not in hbo', async () => {
    const mbo = await builder(html`<stagekit-agreement-builder storage="memory" regime="mbo"></stagekit-agreement-builder>`);
    await next(mbo);
    await waitUntil(() => summaryLinks(mbo).length > 0, 'no error summary for empty law fields');
    expect(currentStep(mbo)).to.contain('Partijen');
    const required = lawFields('mbo', 'parties');
    expect(required).to.include.members(['student.name', 'student.email', 'company.sbbNumber']);
    expect(summaryLinks(mbo).map((link) => link.getAttribute('href'))).to.deep.equal(required.map((field) => `#${controlId(field)}`));
    expect(words(summaryLinks(mbo)[0])).to.equal('Naam van de student is verplicht volgens de wet: vul het in');
    expect(words($(mbo, 'nav.stepper button.step[aria-current="step"]'))).to.contain('heeft fouten');

    const hbo = await builder(html`<stagekit-agreement-builder storage="memory" regime="hbo"></stagekit-agreement-builder>`);
    expect(clausesFor('hbo').filter((clause) => clause.status.hbo === 'law')).to.have.length(0);
    for (const step of AGREEMENT_STEPS.slice(0, -1)) {
      await next(hbo);
      const following = AGREEMENT_STEPS[AGREEMENT_STEPS.indexOf(step) + 1]!;
      await waitUntil(() => currentStep(hbo).includes(STEP_NL[following]), `hbo: ${step} did not move on`);
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
    await new Promise((resolve) => setTimeout(resolve, 600));
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
    await waitUntil(() => control(named, 'student.name').value === 'Ayla', 'agreement-id change did not open pok-ayla');
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
      await el.importSchedule(createPlan({ start: '2027-02-01', end: '2027-03-26', hoursPerDay: 8 }));
      await setFields(el, { 'student.name': 'Ayla de Vries', 'student.email': 'ayla@example.nl', 'company.name': 'Bakkerij Jansen', 'company.address': 'Dorpsweg 2\nUtrecht' });
      await goTo(el, 'signing');
      const exports = record<AgreementExportDetail>(el, 'stagekit-agreement-export');
      await press(el, 'Bestand downloaden (.json)');
      await waitUntil(() => exports.length > 0, 'no export event');
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
      await waitUntil(() => fresh.agreement.fields['student.name'] === 'Ayla de Vries', 'the file was not opened');
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
      await waitUntil(() => again.length > 0);
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
      await waitUntil(() => exports.length > 0);
      const original = JSON.parse(await exports[0]!.detail.file!.text());

      const fresh = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await setField(fresh, 'student.name', 'Mine');
      const before = fresh.agreement;
      const refused = async (file: File, message: string) => {
        const count = errors.length;
        await chooseFile(fresh, '#import-file', file);
        await waitUntil(() => alertText(fresh).includes(message), `no alert "${message}" (have "${alertText(fresh)}")`);
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
      await waitUntil(() => badExports.length > 0);
      const target = await builder(html`<stagekit-agreement-builder storage="memory"></stagekit-agreement-builder>`);
      await chooseFile(target, '#import-file', badExports[0]!.detail.file!);
      await waitUntil(() => target.agreement.fields['student.name'] === hostile, 'the hostile file did not open');
      await target.updateComplete;
      expect(control(target, 'student.name').value).to.equal(hostile);
      await goTo(target, 'signing');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const root = shadow(target);
      expect(root.querySelectorAll('img, script, b').length, 'no element from the file').to.equal(0);
      expect(words($(target, 'article.document'))).to.contain(hostile);
      expect(words($(target, 'article.document'))).to.contain('<b>Bold</b> & co');
      expect(words($(target, 'details.saved'))).to.contain(hostile);
      expect(statusText(target)).to.contain(hostile);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    } finally {
      stop();
      downloads.restore();
    }
  });
});
