import './lit-warnings.js';
import { expect, html, fixture, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaoRecord } from '@stagekit/core';
import { StagekitCaoLookup } from '../../packages/elements/src/cao-lookup/cao-lookup.js';
import { collectErrors, datasetUrl, input, interceptFetch, lookup, optionNames, options, press, record, settled, shadow, statusText, text, type, words } from './helpers.js';

describe('<stagekit-cao-lookup>', () => {
  it('loads the bundled dataset and lists every CAO with a count', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    expect(options(el).length).to.be.greaterThan(29);
    expect(statusText(el)).to.match(/^\d+ cao's gevonden$/);
    expect(statusText(el)).to.equal(`${options(el).length} cao's gevonden`);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('starts with the list closed and opens it when the user turns to the search field', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`, { open: false });
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(options(el)).to.have.length(0);
    expect(statusText(el)).to.match(/^\d+ cao's gevonden$/);
    await expect(el).to.be.accessible();
    input(el).focus();
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).length).to.be.greaterThan(29);
  });

  it('shows the results at once when the page gives a query', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" query="horeca"></stagekit-cao-lookup>`, { open: false });
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(optionNames(el)[0]).to.equal('Cao Horeca');
  });

  it('finds the intended CAO for names, sectors, typos and missing diacritics', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    const cases: [string, string][] = [
      ['horeca', 'Cao Horeca'],
      ['kinderopvang', 'Cao Kinderopvang'],
      ['gehandicaptenzorg', 'Cao Gehandicaptenzorg 2021–2024'],
      ['jeugdzrog', 'Cao Jeugdzorg 2024–2025'],
      ['cafe', 'Cao Horeca'],
    ];
    for (const [query, expected] of cases) {
      await type(el, query);
      expect(optionNames(el)[0], query).to.equal(expected);
    }
    await type(el, 'ziekenhuis');
    expect(optionNames(el).slice(0, 2)).to.include('Cao Ziekenhuizen');
    expect(statusText(el)).to.contain('"ziekenhuis"');
  });

  it('shows each result with its sector and clause summary, and says so when no clause was found', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" query="jeugdzorg"></stagekit-cao-lookup>`);
    const first = words(options(el)[0]);
    expect(first).to.contain('Jeugdzorg');
    expect(first).to.contain('mbo, hbo en wo: € 400,00 per maand');
    await type(el, 'supermarkt');
    expect(words(options(el)[0])).to.contain('Geen regeling voor stagevergoeding gevonden');
  });

  it('is fully usable with the keyboard: arrows, Enter, Escape', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    const selected = record<{ cao: CaoRecord }>(el, 'stagekit-cao-select');
    await type(el, 'horeca');
    await press(el, 'ArrowDown');
    const active = options(el)[0]!;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(active.id);
    expect(active.classList.contains('active')).to.be.true;
    await press(el, 'Enter');
    expect(el.value).to.equal('cao-horeca');
    expect(selected).to.have.length(1);
    expect(selected[0]!.detail.cao.id).to.equal('cao-horeca');
    expect(selected[0]!.detail.cao.clause.status).to.equal('found');
    expect(selected[0]!.bubbles && selected[0]!.composed).to.be.true;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('Cao Horeca');
    // Escape on a collapsed list clears the search; on an open list it collapses it.
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('reacts to real key presses from the browser', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    input(el).focus();
    await sendKeys({ type: 'kinderopvang' });
    await el.updateComplete;
    expect(optionNames(el)[0]).to.equal('Cao Kinderopvang');
    await sendKeys({ press: 'ArrowDown' });
    const selection = oneEvent(el, 'stagekit-cao-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selection) as CustomEvent<{ cao: CaoRecord }>;
    expect(event.detail.cao.id).to.equal('cao-kinderopvang');
  });

  it('shows the chosen clause in plain words with the source of every figure', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" date="2025-06-01"></stagekit-cao-lookup>`);
    await type(el, 'jeugdzorg');
    options(el)[0]!.click();
    await el.updateComplete;
    const details = shadow(el).querySelector('[part="details"]')!;
    const shown = words(details);
    expect(shown).to.contain('€ 400,00 per maand');
    expect(shown).to.contain('32 uur per week');
    expect(shown).to.contain('naar verhouding minder');
    expect(shown).to.contain('een oriëntatie- of snuffelstage');
    expect(shown).to.contain('Gecontroleerd: november 2026');
    expect(shown).to.contain('Datum van het bedrag: 2024');
    expect(shown).to.contain('Betrouwbaarheid: vrij hoog');
    const link = details.querySelector<HTMLAnchorElement>('a[href^="https://"]')!;
    expect(link.href).to.contain('jeugdzorg-werkt.nl');
    expect(!!details.querySelector('[part="stale"]'), 'element present').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('marks figures older than 18 months at the reference date as possibly outdated', async () => {
    // The Jeugdzorg figure is dated "2024": at the latest 31 December 2024, so stale after 30 June 2026.
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" value="cao-jeugdzorg" date="2026-07-01"></stagekit-cao-lookup>`);
    const stale = shadow(el).querySelector('[part="details"] [part="stale"]');
    expect(words(stale)).to.contain('Mogelijk verouderd');
    el.date = '2026-06-30';
    await el.updateComplete;
    expect(!!shadow(el).querySelector('[part="details"] [part="stale"]'), 'element present').to.be.false;
  });

  it('says explicitly when the sources checked show no clause', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" value="cao-metalektro"></stagekit-cao-lookup>`);
    const details = words(shadow(el).querySelector('[part="details"]'));
    expect(details).to.contain('Geen regeling voor stagevergoeding gevonden in de bronnen die zijn gecontroleerd in november 2026.');
    await expect(el).to.be.accessible();
  });

  it('says "amount unknown" for a clause without an amount', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" value="cao-kinderopvang" lang="en"></stagekit-cao-lookup>`);
    expect(words(shadow(el).querySelector('[part="details"]'))).to.contain('Amount unknown');
  });

  it('filters to CAOs with a clause, and to an education level', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    const all = options(el).length;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="filters"] button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(!!shadow(el).querySelector('input[type="checkbox"]'), 'controls hidden while closed').to.be.false;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const checkbox = shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.click();
    await el.updateComplete;
    expect(el.onlyWithClause).to.be.true;
    expect(options(el).length).to.be.lessThan(all);
    expect(options(el).every((option) => !words(option).includes('Geen regeling'))).to.be.true;
    expect(optionNames(el)).to.include('Cao Horeca');
    const level = shadow(el).querySelector<HTMLSelectElement>('select')!;
    level.value = 'wo';
    level.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.level).to.equal('wo');
    expect(optionNames(el)).not.to.include('Cao Horeca');
    expect(optionNames(el)).to.include('Cao Universitair Medische Centra');
    expect(words(toggle)).to.equal('Filters (2 aan)');
    await expect(el).to.be.accessible();
  });

  it('takes level and only-with-clause from attributes', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" level="mbo" only-with-clause query="zorg"></stagekit-cao-lookup>`);
    // The page set filters, so they are shown.
    expect(shadow(el).querySelector('[part="filters"] button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector<HTMLSelectElement>('select')!.value).to.equal('mbo');
    expect(shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.be.true;
    expect(optionNames(el)).to.include('Cao Ziekenhuizen');
    expect(optionNames(el)).not.to.include('Cao GGZ');
    expect(words(options(el)[0])).to.contain('mbo');
  });

  it('tells the user about an unknown level and carries on with all levels', async () => {
    const { errors, stop } = collectErrors();
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" level="phd"></stagekit-cao-lookup>`);
    await waitUntil(() => errors.length > 0);
    stop();
    expect(errors[0]!.detail.code).to.equal('invalid-attribute');
    expect(text(el)).to.contain('Het opleidingsniveau "phd" bestaat niet');
    expect(options(el).length).to.be.greaterThan(29);
    // A corrected level takes the notice away; a long bad value is quoted by its first 80 characters.
    el.setAttribute('level', 'hbo');
    await el.updateComplete;
    expect(text(el)).not.to.contain('bestaat niet');
    el.setAttribute('level', 'x'.repeat(100_000));
    await waitUntil(() => text(el).includes('bestaat niet'));
    const notice = shadow(el).querySelector('.notice')!.textContent!.trim();
    expect(notice).to.equal(`Het opleidingsniveau "${'x'.repeat(80)}" bestaat niet. Je ziet nu alle niveaus.`);
  });

  it('says so when nothing matches', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    await type(el, 'xyzxyzxyz');
    expect(options(el)).to.have.length(0);
    expect(statusText(el)).to.equal('0 cao\'s gevonden voor "xyzxyzxyz"');
    expect(text(el)).to.contain('Geen cao gevonden voor "xyzxyzxyz"');
    await expect(el).to.be.accessible();
  });

  it('keeps the results area the same height while typing (no layout shift)', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory"></stagekit-cao-lookup>`);
    const height = () => el.getBoundingClientRect().height;
    const before = height();
    for (const query of ['h', 'ho', 'hor', 'xyzxyz', 'zorg']) {
      await type(el, query);
      expect(height(), query).to.equal(before);
    }
  });

  it('speaks English with lang="en", and follows the language of an ancestor', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" lang="en"></stagekit-cao-lookup>`);
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Search for a CAO');
    expect(statusText(el)).to.match(/^\d+ CAOs found$/);
    await type(el, 'supermarkt');
    expect(words(options(el)[0])).to.contain('No internship-compensation clause found');
    await expect(el).to.be.accessible();

    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><stagekit-cao-lookup storage="memory"></stagekit-cao-lookup></div>`);
    const inner = wrapper.querySelector('stagekit-cao-lookup')!;
    await inner.updateComplete;
    expect(shadow(inner).querySelector('label')!.textContent).to.equal('Search for a CAO');
    wrapper.setAttribute('lang', 'nl');
    await waitUntil(() => shadow(inner).querySelector('label')?.textContent === 'Zoek een cao');
  });

  it('uses a school\'s own dataset from src, and shows its records right away', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${datasetUrl('small.json')}></stagekit-cao-lookup>`, { open: false });
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(optionNames(el)).to.have.members(['Cao Horeca', 'Cao Jeugdzorg 2024–2025', 'Cao Provincies']);
  });

  it('skips bad records of a dataset, lists them in a notice and still shows the good ones', async () => {
    const { errors, stop } = collectErrors();
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${datasetUrl('partly-bad.json')}></stagekit-cao-lookup>`);
    await waitUntil(() => errors.some((event) => event.detail.code === 'dataset-records-rejected'));
    stop();
    expect(optionNames(el)).to.have.members(['Cao Horeca', 'Cao Jeugdzorg 2024–2025']);
    const notice = words(shadow(el).querySelector('[part="notice"]'));
    expect(notice).to.contain("5 cao's uit de lijst worden niet getoond");
    expect(notice).to.contain('Nummer 2 (cao-gehandicaptenzorg): clause.amounts[0].euros moet een getal zijn van 0 tot en met 100000');
    expect(notice).to.contain('Nummer 4 (cao-umc): clause.amounts[0].levels[0]');
    expect(notice).to.contain('(cao-hoveniers): clause.amounts[0].source.url mist een link naar de bron');
    expect(notice).to.contain('(cao-kinderopvang): clause.amounts[0].validity.from is geen geldige datum');
    expect(notice).to.contain('Nummer 7:');
    const rejected = errors.find((event) => event.detail.code === 'dataset-records-rejected')!;
    expect(rejected.detail.message).to.contain("5 cao's");
    await expect(el).to.be.accessible();
  });

  for (const [name, file, expected] of [
    ['not JSON', 'not-json.json', 'geen JSON-bestand'],
    ['not reachable (404)', 'does-not-exist.json', 'kon niet worden geladen'],
    ['not a CAO dataset', 'not-a-dataset.json', 'geen cao-dataset van Stagekit'],
  ] as const) {
    it(`shows a clear error with a retry button when the dataset is ${name}`, async () => {
      const { errors, stop } = collectErrors();
      const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${datasetUrl(file)}></stagekit-cao-lookup>`);
      await waitUntil(() => errors.length > 0);
      stop();
      const error = shadow(el).querySelector('[role="alert"]')!;
      expect(words(error)).to.contain(expected);
      expect(errors[0]!.detail.message).to.contain(expected);
      expect(error.querySelector('button')!.textContent).to.equal('Opnieuw proberen');
      await expect(el).to.be.accessible();
    });
  }

  it('loads again when the user presses retry, and keeps keyboard focus in the widget', async () => {
    const url = datasetUrl('small.json') + '?retry';
    const offline = interceptFetch(url, (call, real) => (call === 0 ? Promise.reject(new TypeError('Failed to fetch')) : real(url)));
    try {
      const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${url}></stagekit-cao-lookup>`);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!;
      retry.focus();
      retry.click();
      await waitUntil(() => options(el).length === 3, 'retry did not load the dataset');
      expect(!!shadow(el).querySelector('[role="alert"]'), 'error gone').to.be.false;
      expect(shadow(el).activeElement === input(el), 'focus on the search field').to.be.true;
      expect(offline.calls).to.equal(2);
    } finally {
      offline.restore();
    }
  });

  it('does not jump when the dataset arrives', async () => {
    const url = datasetUrl('small.json') + '?slow';
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = interceptFetch(url, (_call, real) => gate.then(() => real(url)));
    try {
      const el = await fixture<StagekitCaoLookup>(html`<stagekit-cao-lookup storage="memory" src=${url}></stagekit-cao-lookup>`);
      expect(statusText(el)).to.equal("De lijst met cao's wordt geladen…");
      const loadingHeight = el.getBoundingClientRect().height;
      release();
      await waitUntil(() => settled(el));
      expect(statusText(el)).to.equal("3 cao's gevonden");
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    } finally {
      slow.restore();
    }
  });

  it('fits 320 px of width without sideways scrolling (reflow)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><stagekit-cao-lookup storage="memory" value="cao-horeca"></stagekit-cao-lookup></div>`,
    );
    const el = wrapper.querySelector('stagekit-cao-lookup')!;
    await waitUntil(() => shadow(el).querySelector('[part="details"]'));
    for (const node of [el, ...shadow(el).querySelectorAll<HTMLElement>('[part="filters"], [part="details"], [role="listbox"], .facts')]) {
      expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth + 1);
    }
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('survives a second definition of the same tag', async () => {
    expect(() => StagekitCaoLookup.define('stagekit-cao-lookup')).not.to.throw();
    class Imposter extends StagekitCaoLookup {}
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => Imposter.define('stagekit-cao-lookup')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('stagekit-cao-lookup')).to.equal(StagekitCaoLookup);
    expect(String(warnings[0]?.[0])).to.contain('already defined');
    // Loading the define module again is also harmless.
    await import('../../packages/elements/src/cao-lookup/define.js?again' as string);
  });

  it('exposes stable parts and reads theme tokens', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" style="--stagekit-color-primary: rgb(1, 2, 3)"></stagekit-cao-lookup>`);
    for (const part of ['base', 'input', 'filters', 'status', 'listbox', 'option']) {
      expect(!!shadow(el).querySelector(`[part~="${part}"]`), part).to.be.true;
    }
    el.value = 'cao-horeca';
    await el.updateComplete;
    const details = shadow(el).querySelector('[part="details"]')!;
    expect(getComputedStyle(details).borderTopColor).to.equal('rgb(1, 2, 3)');
  });
});
