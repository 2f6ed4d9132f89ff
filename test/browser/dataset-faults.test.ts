// Datasets as real hosts serve them when things go wrong (test/fixtures/datasets/dataset-faults-middleware.mjs):
// slow, redirected, with the wrong content type, a web page instead of JSON, 10 MB, half of it broken.
import './lit-warnings.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { DATASET_TIMING } from '@stagekit/core';
import '../../packages/elements/src/cao-lookup/define.js';
import { collectErrors, lookup, optionNames, options, shadow, statusText, type, words } from './helpers.js';

/** A fault's address; `take` makes it a new address, since the kit loads each address once per page. */
const fault = (name: string, take = '') => new URL(`/__datasets/${name}${take ? `?take=${take}` : ''}`, location.origin).href;
const alert = (el: Element) => words(shadow(el).querySelector('[role="alert"]'));

describe('<stagekit-cao-lookup> with datasets that go wrong', () => {
  afterEach(() => {
    DATASET_TIMING.timeoutMs = 20_000;
  });

  it('uses JSON served as text/plain (as many hosts do)', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${fault('text-plain.json')}></stagekit-cao-lookup>`, { open: false });
    expect(optionNames(el)).to.have.members(['Cao Horeca', 'Cao Jeugdzorg 2024–2025', 'Cao Provincies']);
  });

  it('follows a redirect to the dataset', async () => {
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${fault('redirect.json')}></stagekit-cao-lookup>`, { open: false });
    expect(optionNames(el)).to.have.length(3);
  });

  it('says the link gives a web page when a host answers with HTML', async () => {
    const { errors, stop } = collectErrors();
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${fault('webpage.json')}></stagekit-cao-lookup>`);
    stop();
    expect(alert(el)).to.contain('de link geeft een webpagina, geen JSON-bestand');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['dataset-not-json']);
    expect(errors[0]!.detail.message).to.contain('webpagina');
    await expect(el).to.be.accessible();
  });

  it('shows the loading state for a slow dataset, then its records', async () => {
    const el = document.createElement('stagekit-cao-lookup');
    el.setAttribute('storage', 'memory');
    el.setAttribute('src', fault('slow.json'));
    document.body.append(el);
    try {
      await waitUntil(() => statusText(el).includes('wordt geladen'), 'no loading status', { timeout: 2000 });
      await waitUntil(() => options(el).length === 3, 'the slow dataset did not arrive', { timeout: 8000 });
    } finally {
      el.remove();
    }
  });

  it('stops waiting after the timeout with a message and "try again", which then loads', async function () {
    this.timeout(20_000);
    DATASET_TIMING.timeoutMs = 2000;
    const { errors, stop } = collectErrors();
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${fault('slow.json', 'timeout')}></stagekit-cao-lookup>`);
    expect(alert(el)).to.contain('na 2 seconden is er nog geen antwoord');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['dataset-timeout']);
    await expect(el).to.be.accessible();
    stop();
    DATASET_TIMING.timeoutMs = 20_000;
    (shadow(el).querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await waitUntil(() => options(el).length === 3, 'try again did not load the dataset', { timeout: 10_000 });
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('says the same in English', async () => {
    DATASET_TIMING.timeoutMs = 1000;
    const el = await lookup(html`<stagekit-cao-lookup lang="en" storage="memory" src=${fault('slow.json', 'english')}></stagekit-cao-lookup>`);
    expect(alert(el)).to.contain('there is still no answer after 1 seconds');
  });

  it('shows the good half of a dataset where every other record is broken, and counts the rest', async () => {
    const { errors, stop } = collectErrors();
    const el = await lookup(html`<stagekit-cao-lookup storage="memory" src=${fault('half-bad.json')}></stagekit-cao-lookup>`, { open: false });
    stop();
    expect(statusText(el)).to.contain("20 cao's");
    const notice = words(shadow(el).querySelector('[part="notice"]'));
    expect(notice).to.contain("20 cao's uit de lijst worden niet getoond");
    expect(shadow(el).querySelectorAll('[part="notice"] li')).to.have.length(11);
    expect(notice).to.contain("En nog 10 andere cao's met een fout.");
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['dataset-records-rejected']);
    await type(el, 'Generated 3');
    expect(optionNames(el)[0]).to.match(/^Cao Generated 3 /);
    await expect(el).to.be.accessible();
  });

  it('loads a 10 MB dataset and finds a record in it', async function () {
    this.timeout(60_000);
    const el = document.createElement('stagekit-cao-lookup');
    el.setAttribute('storage', 'memory');
    el.setAttribute('src', fault('large.json'));
    document.body.append(el);
    try {
      await waitUntil(() => /\d/.test(statusText(el)) || shadow(el).querySelector('[role="alert"]'), 'the 10 MB dataset did not load', { timeout: 50_000 });
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      await type(el, 'Cao Generated 4321');
      expect(optionNames(el)[0]).to.match(/^Cao Generated 4321 /);
    } finally {
      el.remove();
    }
  });
});
