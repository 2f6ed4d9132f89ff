import './lit-warnings.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CompensationResult } from '@stagekit/core';
import '../../packages/elements/src/compensation-checker/define.js';
import type { StagekitCompensationChecker } from '../../packages/elements/src/compensation-checker/compensation-checker.js';
import { shareFragment } from '../../packages/elements/src/compensation-checker/share-link.js';
import { record, shadow, words } from './helpers.js';

type Checker = StagekitCompensationChecker;

async function checker(template: ReturnType<typeof html>): Promise<Checker> {
  const el = await fixture<Checker>(template);
  await waitUntil(() => !el.loading, 'rules did not load', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Fills a form field as a user would: value, then `input`/`change`, then leaving it. */
async function fill(el: Checker, name: string, value: string): Promise<void> {
  const field = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]:not([type="radio"])`);
  if (field) {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    field.dispatchEvent(new Event('blur'));
  } else {
    const radio = [...shadow(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)].find((r) => r.value === value)!;
    radio.click();
  }
  await el.updateComplete;
}

const badge = (el: Checker) => words(shadow(el).querySelector('[part~="badge"]'));

describe('<stagekit-compensation-checker mode="badge">', () => {
  it('gives a one-line verdict from attributes only, with the date of the figure, and fires stagekit-check', async () => {
    const checks = record<CompensationResult>(document, 'stagekit-check');
    const el = await fixture<Checker>(html`<stagekit-compensation-checker
      mode="badge"
      cao="cao-jeugdzorg"
      level="hbo"
      stage-type="practice"
      hours="32"
      age="20"
      location="nl"
      offered="300"
      date="2025-01-01"
    ></stagekit-compensation-checker>`);
    await waitUntil(() => checks.length > 0, 'no stagekit-check', { timeout: 8000 });
    expect(checks).to.have.length(1);
    const { detail } = checks[0]!;
    expect(detail.cao.status).to.equal('below');
    expect(detail.cao.minimumMonthly).to.equal(400);
    expect(detail.cao.shortfall).to.equal(100);
    expect(detail.legalRight.wouldApply).to.equal('yes');
    expect(detail.legalRight.inForce).to.be.false;
    expect(detail.employmentRisk.level).to.equal('none');
    expect(detail.sources.some((source) => source.url?.includes('jeugdzorg-werkt.nl'))).to.be.true;
    await el.updateComplete;
    expect(badge(el)).to.contain('Te laag voor Cao Jeugdzorg 2024–2025: minstens € 400,00 per maand bij 32 uur per week');
    expect(badge(el)).to.contain('Bedrag uit 2024');
    expect(!!shadow(el).querySelector('form'), 'no form in a badge').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('prorates by the CAO rule and says when a CAO only advises its day scale', async () => {
    const el = await checker(html`<stagekit-compensation-checker mode="badge" cao="cao-horeca" level="mbo-bol" stage-type="practice"
      hours="24" days="3" age="18" location="nl" offered="240" date="2025-01-01"></stagekit-compensation-checker>`);
    await waitUntil(() => badge(el).includes('Past bij'));
    expect(badge(el)).to.contain('Past bij Cao Horeca: minstens € 233,33 per maand bij 24 uur per week');
    expect(badge(el)).to.contain('(advies van de cao, geen verplicht minimum)');
    const details = words(shadow(el).querySelector('[part="details"]'));
    expect(details).to.contain('advies');
  });

  it('names what is missing instead of giving a verdict', async () => {
    const checks = record(document, 'stagekit-check');
    const el = await checker(html`<stagekit-compensation-checker mode="badge" cao="cao-horeca" level="hbo" offered="abc"></stagekit-compensation-checker>`);
    expect(badge(el)).to.contain('Voor deze check ontbreken gegevens');
    expect(badge(el)).to.contain('hours');
    expect(badge(el)).to.contain('offered');
    expect(checks).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await checker(html`<stagekit-compensation-checker lang="en" mode="badge" cao="cao-jeugdzorg" level="hbo" stage-type="practice"
      hours="16" age="20" location="nl" offered="200" date="2025-01-01"></stagekit-compensation-checker>`);
    await waitUntil(() => badge(el).includes('Fits'));
    expect(badge(el)).to.contain('Fits Cao Jeugdzorg 2024–2025: at least €200.00 a month for 16 hours a week');
  });
});

describe('<stagekit-compensation-checker> (full)', () => {
  it('checks as the user fills in the form, and explains every part', async () => {
    const el = await checker(html`<stagekit-compensation-checker date="2026-03-01" cao="cao-jeugdzorg"></stagekit-compensation-checker>`);
    const checks = record<CompensationResult>(el, 'stagekit-check');
    await expect(el).to.be.accessible();
    await fill(el, 'level', 'hbo');
    await fill(el, 'stageType', 'practice');
    await fill(el, 'weeks', '20');
    await fill(el, 'hours', '32');
    await fill(el, 'age', '22');
    await fill(el, 'location', 'nl');
    await fill(el, 'offered', '250');
    await waitUntil(() => checks.length > 0, 'no stagekit-check');
    const result = words(shadow(el).querySelector('[part="result"]'));
    expect(result).to.contain('De vergoeding is te laag voor Cao Jeugdzorg 2024–2025: minstens € 400,00 per maand, dat is € 150,00 meer.');
    expect(result).to.contain('Voorstel, nog geen wet.');
    expect(result).to.contain('Het plan noemt geen minimumbedrag');
    expect(result).to.contain('We zien geen tekenen dat dit eigenlijk een baan is.');
    expect(result).to.contain('Gemiddelde stagevergoeding hbo in 2025: € 380,00 per maand.');
    await fill(el, 'replacesStaff', 'yes');
    await waitUntil(() => checks.at(-1)!.detail.employmentRisk.level === 'high');
    const risk = words(shadow(el).querySelector('.part.risk'));
    // € 14,71 an hour (1 January 2026) × 32 × 52 / 12 = € 2.039,79
    expect(risk).to.contain('€ 2.039,79 per maand (€ 14,71 per uur × 32 uur per week)');
    expect(risk).to.contain('Nederlandse Arbeidsinspectie');
    expect(risk, 'the 1 January 2026 wage is current on 1 March 2026').not.to.contain('nieuwer bedrag');
    expect(checks.at(-1)!.detail.employmentRisk.minimumWageMonthly).to.equal(2039.79);
    await expect(el).to.be.accessible();
  });

  it('links a verdict worth reporting to the report form with report-url, and nothing else', async () => {
    const el = await checker(html`<stagekit-compensation-checker date="2026-03-01" cao="cao-jeugdzorg" report-url="/melden/?from=vacature"></stagekit-compensation-checker>`);
    const checks = record<CompensationResult>(el, 'stagekit-check');
    for (const [name, value] of [['level', 'hbo'], ['stageType', 'practice'], ['weeks', '20'], ['hours', '32'], ['age', '22'], ['location', 'nl'], ['offered', '450']]) await fill(el, name!, value!);
    await waitUntil(() => checks.length > 0, 'no stagekit-check');
    expect(shadow(el).querySelector('.report-link'), 'the offer meets the CAO: nothing to report').to.equal(null);
    await fill(el, 'offered', '250');
    await waitUntil(() => checks.at(-1)!.detail.cao.status === 'below');
    await el.updateComplete;
    let link = new URL(shadow(el).querySelector<HTMLAnchorElement>('.report-link a')!.href);
    expect(link.pathname).to.equal('/melden/');
    expect(link.searchParams.get('from'), 'the page keeps its own parameters').to.equal('vacature');
    expect(link.searchParams.get('prefill-type')).to.equal('below-cao');
    expect(link.search, 'no answers in the link').not.to.contain('250');
    await fill(el, 'replacesStaff', 'yes');
    await waitUntil(() => checks.at(-1)!.detail.employmentRisk.level === 'high');
    await el.updateComplete;
    link = new URL(shadow(el).querySelector<HTMLAnchorElement>('.report-link a')!.href);
    expect(link.searchParams.get('prefill-type')).to.equal('below-cao,employment-risk');
    el.setAttribute('report-url', 'javascript:alert(1)');
    await el.updateComplete;
    expect(shadow(el).querySelector('.report-link'), 'only http(s) links').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the user choose the CAO with the embedded lookup', async () => {
    const el = await checker(html`<stagekit-compensation-checker date="2025-01-01" .input=${{ level: 'mbo-bol', stageType: 'practice', hours: 40, age: 19, location: 'nl', offered: 800 }}></stagekit-compensation-checker>`);
    const lookup = shadow(el).querySelector('stagekit-cao-lookup')!;
    await waitUntil(() => /\d/.test(words(lookup.shadowRoot?.querySelector('[part="status"]'))), 'lookup did not load', { timeout: 8000 });
    const field = lookup.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    field.focus();
    field.value = 'rijksoverheid';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await lookup.updateComplete;
    const check = oneEvent(el, 'stagekit-check');
    lookup.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    const { detail } = (await check) as CustomEvent<CompensationResult>;
    expect(detail.cao.caoId).to.equal('rijksoverheid-stagiairs');
    expect(detail.cao.status).to.equal('meets');
    expect(detail.cao.minimumMonthly).to.equal(747);
  });

  it('shows a message at each invalid field, a summary on submit, and no verdict', async () => {
    const checks = record(document, 'stagekit-check');
    const el = await checker(html`<stagekit-compensation-checker level="hbo" stage-type="practice" location="nl" hours="90" age="9"
      offered="-5" start="2026-05-01" end="2026-04-01"></stagekit-compensation-checker>`);
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const summary = shadow(el).querySelector('#error-summary')!;
    expect(words(summary)).to.contain('4 dingen');
    expect(words(shadow(el).querySelector('#e-hours'))).to.equal('moet een getal zijn van 1 tot en met 60');
    expect(words(shadow(el).querySelector('#e-age'))).to.contain('12');
    expect(words(shadow(el).querySelector('#e-end'))).to.equal('ligt vóór de begindatum');
    expect(shadow(el).querySelector('[name="hours"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(!!shadow(el).querySelector('[part="result"]'), 'no result').to.be.false;
    expect(checks).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says so at the field when the CAO id is unknown', async () => {
    const el = await checker(html`<stagekit-compensation-checker cao="cao-does-not-exist" level="hbo" stage-type="practice" location="nl" hours="32"
      age="20" offered="100"></stagekit-compensation-checker>`);
    await waitUntil(() => el.caoIsUnknown, 'unknown CAO not detected', { timeout: 8000 });
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(words(shadow(el).querySelector('#e-cao'))).to.equal('De cao "cao-does-not-exist" staat niet in de lijst.');
    expect(!!shadow(el).querySelector('[part="result"]'), 'no result').to.be.false;
  });

  it('restores a shared check from the link, and makes such a link', async () => {
    const values = { level: 'wo', stageType: 'graduation', hours: '40', age: '24', location: 'abroad', offered: '500' } as const;
    const before = location.hash;
    history.replaceState(null, '', shareFragment(values));
    try {
      const el = await checker(html`<stagekit-compensation-checker date="2026-03-01"></stagekit-compensation-checker>`);
      await waitUntil(() => shadow(el).querySelector('[part="result"]'), 'no result from the shared link');
      expect(words(shadow(el).querySelector('.part.right'))).to.contain('zou niet gelden');
      expect(shadow(el).querySelector<HTMLSelectElement>('[name="location"]')!.value).to.equal('abroad');
      const shared = oneEvent(el, 'stagekit-share');
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')][0]!.click();
      const { detail } = (await shared) as CustomEvent<{ url: string }>;
      expect(detail.url).to.contain('#stagekit-check=');
      expect(decodeURIComponent(detail.url)).to.contain('location=abroad');
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('says the minimum wage may be outdated when the reference date is past the next indexation', async () => {
    const el = await checker(html`<stagekit-compensation-checker date="2026-11-24" level="hbo" stage-type="practice" location="nl" hours="40"
      age="25" offered="500" replaces-staff="yes"></stagekit-compensation-checker>`);
    await waitUntil(() => shadow(el).querySelector('.part.risk'));
    const risk = words(shadow(el).querySelector('.part.risk'));
    // € 14,71 × 40 × 52 / 12 = € 2.549,73, from 1 January 2026; 1 July 2026 is not in the data.
    expect(risk).to.contain('€ 2.549,73 per maand');
    expect(risk).to.contain('Let op: het minimumloon is van 1 januari 2026. Er kan al een nieuwer bedrag gelden.');
  });

  it('speaks English with lang="en"', async () => {
    const el = await checker(html`<stagekit-compensation-checker lang="en" level="hbo" stage-type="orientation" location="bes" hours="20" age="19"
      offered="0"></stagekit-compensation-checker>`);
    expect(words(shadow(el).querySelector('h2'))).to.equal('Check the internship compensation');
    const right = words(shadow(el).querySelector('.part.right'));
    expect(right).to.contain('Proposal, not yet law.');
    expect(right).to.contain('not yet certain');
    expect(right).to.contain('Bonaire');
    await expect(el).to.be.accessible();
  });
});
