import './lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// The real widgets, defined as on a page: the autoloader watches the document (not shadow roots).
import 'stagekit/autoloader.js';
import { decryptReport, encryptReport, loadReportTools } from '@stagekit/core';
import '../../portal/embed/embed-configurator.js';
import type { PortalEmbedConfigurator } from '../../portal/embed/embed-configurator.js';
import { databaseNames, receiver } from './report-helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const SRC = 'https://cdn.example/stagekit/cdn/autoloader.js';
const DATASET = new URL('../../packages/core/data/cao-dataset.json', import.meta.url).href;

async function configurator(lang = 'nl'): Promise<PortalEmbedConfigurator> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><portal-embed-configurator autoloader-src=${SRC} cao-dataset=${DATASET}></portal-embed-configurator></div>`);
  const el = wrapper.querySelector('portal-embed-configurator')!;
  await el.updateComplete;
  await previewReady(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalEmbedConfigurator, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const has = (el: PortalEmbedConfigurator, selector: string) => !!el.shadowRoot!.querySelector(selector);
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The words of a node in the configurator, '' while it is not there. */
const textOf = (el: PortalEmbedConfigurator, selector: string) => words(el.shadowRoot!.querySelector(selector));
const snippetText = (el: PortalEmbedConfigurator) => {
  const field = $<HTMLTextAreaElement>(el, 'textarea[data-snippet]');
  // The same text as the field's value and as its content: either way of reading it works.
  expect(field.textContent).to.equal(field.value);
  return field.value;
};

/** The snippet as a page gets it: parsed by the browser's own HTML parser. */
function parsed(text: string): { scripts: HTMLScriptElement[]; widget: Element; attributes: Record<string, string> } {
  const template = document.createElement('template');
  template.innerHTML = text;
  const scripts = [...template.content.querySelectorAll('script')];
  const widget = template.content.querySelector('[class], *:not(script)')!;
  const attributes = Object.fromEntries([...widget.attributes].map((attribute) => [attribute.name, attribute.value]));
  return { scripts, widget, attributes };
}

function previewOf(el: PortalEmbedConfigurator): Widget {
  const widget = el.previewElement as Widget | undefined;
  if (!widget) throw new Error('no preview');
  return widget;
}

/** Waits until the preview widget is defined and has rendered. */
async function previewReady(el: PortalEmbedConfigurator): Promise<Widget> {
  await waitUntil(() => el.previewElement && customElements.get(el.previewElement.localName), 'the preview widget was not defined', { timeout: 10_000 });
  const widget = previewOf(el);
  await waitUntil(() => widget.shadowRoot?.childElementCount, 'the preview did not render', { timeout: 10_000 });
  await widget.updateComplete;
  return widget;
}

/** The preview once it has these attributes (text fields wait for a pause in typing). */
async function previewWith(el: PortalEmbedConfigurator, attributes: Record<string, string>): Promise<Widget> {
  await waitUntil(
    () => {
      const widget = el.previewElement;
      return widget && Object.entries(attributes).every(([name, value]) => widget.getAttribute(name) === value);
    },
    `the preview never got ${JSON.stringify(attributes)}`,
    { timeout: 5000 },
  );
  return previewReady(el);
}

async function pick(el: PortalEmbedConfigurator, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}

async function choose(el: PortalEmbedConfigurator, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  expect(select.value, `${selector} has no option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fill(el: PortalEmbedConfigurator, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses "test my endpoint" and waits for its result. */
async function testEndpointNow(el: PortalEmbedConfigurator): Promise<HTMLElement> {
  $(el, '[data-test-endpoint]').click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[data-test-endpoint]').getAttribute('aria-disabled') === 'false' && $(el, '[data-endpoint-result]').dataset.resultKind, 'no result', {
    timeout: 25_000,
  });
  return $(el, '[data-endpoint-result]');
}

function focused(el: PortalEmbedConfigurator): Element | null {
  return el.shadowRoot!.activeElement;
}

function catchDownloads() {
  const click = HTMLAnchorElement.prototype.click;
  const links: { name: string; href: string; text: Promise<string> }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // Read the file at once, as the browser's download does: the link is short-lived on purpose.
    if (this.download) links.push({ name: this.download, href: this.href, text: fetch(this.href).then((response) => response.text()) });
    else click.call(this);
  };
  return { links, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

/** Stands in for the Clipboard API; `fail` makes it refuse (no permission), as some browsers do. */
function stubClipboard({ fail = false } = {}) {
  const written: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  const execCommand = document.execCommand;
  if (fail) document.execCommand = () => false;
  return {
    written,
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
      document.execCommand = execCommand;
    },
  };
}

/** Every value in every IndexedDB store of this origin, as JSON (where the browser can list databases). */
async function everythingInIndexedDb(): Promise<string> {
  const names = (await databaseNames()) ?? ['stagekit'];
  const parts: string[] = [];
  for (const name of names) {
    const db = await new Promise<IDBDatabase | undefined>((resolve) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    });
    if (!db) continue;
    for (const store of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve([]);
      });
      parts.push(JSON.stringify(rows));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('portal-embed-configurator', () => {
  afterEach(async () => {
    await receiver.reset().catch(() => undefined);
  });

  it('starts with the CAO lookup: one script tag, the element in the page’s language, a real widget in the light DOM; axe clean', async () => {
    const el = await configurator();
    const { scripts, widget, attributes } = parsed(snippetText(el));
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(scripts[0]!.getAttribute('src')).to.equal(SRC);
    expect(widget.localName).to.equal('stagekit-cao-lookup');
    expect(attributes).to.deep.equal({ lang: 'nl' });
    expect(el.snippet).to.equal(snippetText(el));
    const preview = previewOf(el);
    expect(preview.localName).to.equal('stagekit-cao-lookup');
    expect(preview.getAttribute('lang')).to.equal('nl');
    // Light DOM (the autoloader does not look into shadow roots), shown through the preview slot.
    expect(preview.parentElement!.parentElement).to.equal(el);
    expect(preview.parentElement!.assignedSlot?.name).to.equal('preview');
    expect(has(el, '[data-snippet-css]')).to.equal(false);
    expect(has(el, '[data-no-tokens]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('picking the checker as a badge and its options updates the preview and the code', async () => {
    const el = await configurator();
    await pick(el, '#widget-stagekit-compensation-checker');
    expect(el.widget).to.equal('stagekit-compensation-checker');
    expect($(el, '[data-options] legend').textContent).to.contain('Vergoeding checken');
    await previewWith(el, { lang: 'nl' });
    expect(previewOf(el).localName).to.equal('stagekit-compensation-checker');
    // The CAO choice lists the dataset's CAOs by name.
    await waitUntil(() => el.shadowRoot!.querySelectorAll('select#option-cao option').length > 30, 'no CAO list', { timeout: 5000 });
    expect(words($(el, 'select#option-cao option[value="cao-horeca"]'))).to.match(/horeca/i);

    await choose(el, '#option-mode', 'badge');
    await choose(el, '#option-cao', 'cao-horeca');
    await choose(el, '#option-level', 'mbo-bol');
    await choose(el, '#option-stage-type', 'practice');
    await fill(el, '#option-hours', '32');
    await fill(el, '#option-age', '19');
    await choose(el, '#option-location', 'nl');
    await fill(el, '#option-offered', '350,50');
    const wanted = { lang: 'nl', mode: 'badge', cao: 'cao-horeca', level: 'mbo-bol', 'stage-type': 'practice', hours: '32', age: '19', location: 'nl', offered: '350,50' };
    expect(parsed(snippetText(el)).attributes).to.deep.equal(wanted);
    const badge = await previewWith(el, wanted);
    await waitUntil(() => badge.shadowRoot?.querySelector('[part~="badge"]'), 'the badge did not render a verdict', { timeout: 8000 });
    expect(words(badge.shadowRoot!.querySelector('[part~="badge"]'))).to.not.equal('');

    // A number the element does not take is said at the field and kept out of the code.
    await fill(el, '#option-hours', '90');
    expect($(el, '#option-hours').getAttribute('aria-invalid')).to.equal('true');
    expect(words($(el, '#option-hours-problem'))).to.contain('Het staat niet in de code');
    expect(parsed(snippetText(el)).attributes).to.not.have.property('hours');
    await fill(el, '#option-hours', '32');
    // The form mode is the element's default: it is left out of the code.
    await choose(el, '#option-mode', 'full');
    expect(parsed(snippetText(el)).attributes).to.not.have.property('mode');
    expect(words($(el, '#option-mode option[value="full"]'))).to.equal('Formulier (standaard)');
    await previewReady(el);
    await expect(el).to.be.accessible();

    // Each widget keeps its own settings.
    await pick(el, '#widget-stagekit-cao-lookup');
    await pick(el, '#widget-stagekit-compensation-checker');
    expect(parsed(snippetText(el)).attributes.cao).to.equal('cao-horeca');
  });

  it('a theme preset changes the tokens in the code, in the CSS rule and in the preview; own colours become "your own choice"', async () => {
    const el = await configurator();
    await pick(el, '#preset-rijkshuisstijl');
    let code = parsed(snippetText(el));
    expect(code.attributes.style).to.contain('--stagekit-color-primary: #154273');
    expect(code.attributes.style).to.contain('--stagekit-radius: 0px');
    expect(code.attributes.style).to.contain("--stagekit-font-family: 'RijksoverheidSansWebText', Verdana, Arial, sans-serif");
    expect($<HTMLTextAreaElement>(el, '[data-snippet-css]').value).to.contain('stagekit-cao-lookup {\n  --stagekit-color-primary: #154273;');
    expect(words($(el, 'section[aria-labelledby="step-code"]'))).to.contain('Content-Security-Policy');
    let preview = previewOf(el);
    expect(getComputedStyle(preview).getPropertyValue('--stagekit-radius').trim()).to.equal('0px');
    expect(preview.getAttribute('style') ?? '').to.contain('--stagekit-color-primary');

    await pick(el, '#preset-utrecht');
    code = parsed(snippetText(el));
    expect(code.attributes.style).to.contain('--stagekit-color-primary: #cc0000');
    preview = previewOf(el);
    expect(getComputedStyle(preview).getPropertyValue('--stagekit-color-primary').trim()).to.equal('#cc0000');
    // The widget's own styles use it: its buttons have the primary colour.
    await waitUntil(() => preview.shadowRoot?.querySelector('button'), 'no lookup button');
    await expect(el).to.be.accessible();

    // A colour chosen by hand: the preset becomes "your own choice"; a bad pair is named.
    const details = $<HTMLDetailsElement>(el, 'details[data-tokens]');
    details.open = true;
    await el.updateComplete;
    await fill(el, '#token-color-primary', '#ffcc00');
    expect($<HTMLInputElement>(el, '#preset-custom').checked).to.equal(true);
    expect(parsed(snippetText(el)).attributes.style).to.contain('--stagekit-color-primary: #ffcc00');
    expect(words($(el, '[data-contrast]'))).to.contain('Te weinig contrast');
    expect(words($(el, '[data-contrast]'))).to.contain('Tekst op de hoofdkleur');
    expect(getComputedStyle(previewOf(el)).getPropertyValue('--stagekit-color-primary').trim()).to.equal('#ffcc00');
    // A good colour by hand: no warning, and (with the details open) axe clean.
    await fill(el, '#token-color-primary', '#005a9c');
    expect(words($(el, '[data-contrast]'))).to.contain('genoeg contrast');
    expect(parsed(snippetText(el)).attributes.style).to.contain('--stagekit-color-primary: #005a9c');
    await fill(el, '#token-font-family', 'Arial; color: red');
    expect(words($(el, '#token-font-family-problem'))).to.contain('Hij staat niet in de code');
    expect(parsed(snippetText(el)).attributes.style).to.not.contain('Arial');
    await fill(el, '#token-font-family', 'Georgia, serif');
    expect(parsed(snippetText(el)).attributes.style).to.contain('--stagekit-font-family: Georgia, serif');
    await expect(el).to.be.accessible();

    await pick(el, '#preset-standard');
    expect(parsed(snippetText(el)).attributes).to.not.have.property('style');
    expect(has(el, '[data-snippet-css]')).to.equal(false);
    expect(has(el, '#preset-custom')).to.equal(false);
    expect(previewOf(el).getAttribute('style') ?? '').to.not.contain('--stagekit');
    expect(words($(el, '[data-contrast]'))).to.contain('genoeg contrast');
  });

  it('copy puts the code on the clipboard and says "Gekopieerd"; without the Clipboard API it selects the code', async () => {
    const el = await configurator();
    await pick(el, '#preset-contrast');
    const clipboard = stubClipboard();
    try {
      $(el, '[data-copy]').click();
      await waitUntil(() => words($(el, '[data-copy-status]')) === 'Gekopieerd', 'no "Gekopieerd"');
      expect(clipboard.written).to.deep.equal([el.snippet]);
      expect($(el, '[data-copy-status]').getAttribute('role')).to.equal('status');
      $(el, '[data-copy-css]').click();
      await waitUntil(() => clipboard.written.length === 2, 'the CSS was not copied');
      expect(clipboard.written[1]).to.equal(el.cssRule);
      expect(clipboard.written[1]).to.match(/^stagekit-cao-lookup \{\n {2}--stagekit-color-primary: #000000;/);
    } finally {
      clipboard.restore();
    }

    const refusing = stubClipboard({ fail: true });
    try {
      $(el, '[data-copy]').click();
      await waitUntil(() => words($(el, '[data-copy-status]')).startsWith('De code is geselecteerd'), 'no "selected" message');
      const field = $<HTMLTextAreaElement>(el, 'textarea[data-snippet]');
      expect(focused(el)).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, el.snippet.length]);
      expect(field.readOnly).to.equal(true);
    } finally {
      refusing.restore();
    }
    await expect(el).to.be.accessible();
  });

  it('values are escaped in the code: pasted into a page they come back exactly, also in the preview', async () => {
    const el = await configurator();
    await pick(el, '#widget-stagekit-report-form');
    const hostile = `Meldpunt "Stage" & <b>co</b>'s \u202e`;
    await fill(el, '#option-meldpunt-name', hostile);
    expect(textOf(el, 'details[data-more] summary')).to.equal('Meer instellingen');
    await fill(el, '#option-exit-url', 'https://example.org/?a=1&b="2"');
    expect(textOf(el, 'details[data-more] summary'), 'the folded settings say how many are set').to.equal('Meer instellingen (1 ingesteld)');
    const { scripts, widget, attributes } = parsed(snippetText(el));
    expect(scripts).to.have.length(1);
    expect(widget.localName).to.equal('stagekit-report-form');
    expect(widget.childElementCount).to.equal(0);
    expect(attributes['meldpunt-name']).to.equal(hostile.trim());
    expect(attributes['exit-url']).to.equal('https://example.org/?a=1&b="2"');
    const preview = await previewWith(el, { 'meldpunt-name': hostile.trim() });
    expect(preview.getAttribute('exit-url')).to.equal('https://example.org/?a=1&b="2"');
  });

  it('test my endpoint: a real receiver takes the marked test report; the result shows the HTTP status and the reference; axe clean', async () => {
    const endpoint = await receiver.start();
    const el = await configurator();
    await pick(el, '#widget-stagekit-report-form');
    await choose(el, '#option-storage', 'memory');
    await fill(el, '#option-endpoint', endpoint);
    await fill(el, '#option-meldpunt-name', 'Meldpunt Testschool');
    const result = await testEndpointNow(el);
    expect(result.dataset.resultKind).to.equal('sent');
    expect(result.getAttribute('role')).to.equal('status');
    expect(words(result)).to.contain('Gelukt (HTTP 200)');
    expect(words(result)).to.match(/Kenmerk: SK-\d+\./);
    const { posts } = await receiver.received();
    expect(posts).to.have.length(1);
    expect(posts[0]!.body.test).to.equal(true);
    expect(posts[0]!.body.format).to.equal('stagekit-report/1');
    expect(posts[0]!.idempotencyKey).to.match(/^test-/);
    expect(posts[0]!.idempotencyKey).to.equal(posts[0]!.body.id);
    expect(posts[0]!.body.report.whatHappened).to.match(/^TESTMELDING/);
    expect((await loadReportTools()).parseReportWire(posts[0]!.body).ok, 'a valid stagekit-report/1 body').to.equal(true);
    await previewWith(el, { endpoint });
    await expect(el).to.be.accessible();
  });

  it('test my endpoint: a clear failure for a server that is down, for a server without CORS, and for an address that is not https', async () => {
    const endpoint = await receiver.start();
    await receiver.stop();
    const el = await configurator();
    await pick(el, '#widget-stagekit-report-form');
    await choose(el, '#option-storage', 'memory');
    await fill(el, '#option-endpoint', endpoint);
    await testEndpointNow(el);
    expect($(el, '[data-endpoint-result]').dataset.resultKind).to.equal('unreachable');
    expect(words($(el, '[data-endpoint-result]'))).to.contain('Geen verbinding met dit adres');

    // The test runner's own server on the other local name: it answers, but sends no CORS headers.
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    other.pathname = new URL(DATASET).pathname;
    await fill(el, '#option-endpoint', other.href);
    expect($(el, '[data-endpoint-result]').dataset.resultKind, 'a new address clears the old result').to.equal(undefined);
    await testEndpointNow(el);
    expect($(el, '[data-endpoint-result]').dataset.resultKind).to.equal('cors');
    expect(words($(el, '[data-endpoint-result]'))).to.contain('CORS');
    expect(words($(el, '[data-endpoint-result]'))).to.contain('Access-Control-Allow-Headers: Content-Type, Idempotency-Key');
    await expect(el).to.be.accessible();

    await fill(el, '#option-endpoint', 'http://meldpunt.example/api');
    expect(words($(el, '#option-endpoint-problem'))).to.contain('https-adres');
    await testEndpointNow(el);
    expect($(el, '[data-endpoint-result]').dataset.resultKind).to.equal('invalid-endpoint');
    expect((await receiver.received()).posts).to.have.length(0);

    await fill(el, '#option-endpoint', '');
    $(el, '[data-test-endpoint]').click();
    await waitUntil(() => words($(el, '[data-endpoint-result]')).includes('Vul eerst het adres in'), 'no "fill in first"');
  });

  it('a key pair: the private key only as a one-time download, the public key in the field and the code, the form accepts it; nothing kept', async () => {
    const el = await configurator();
    await pick(el, '#widget-stagekit-report-form');
    await choose(el, '#option-storage', 'memory');
    const errors: CustomEvent<{ code: string; message: string }>[] = [];
    el.addEventListener('stagekit-error', (event) => errors.push(event as CustomEvent));
    expect(words($(el, '#keys-warning'))).to.contain('maar één keer');
    const downloads = catchDownloads();
    let privateText = '';
    let href = '';
    try {
      $(el, '[data-generate-keys]').click();
      await waitUntil(() => has(el, '[data-download-key]'), 'no download button', { timeout: 5000 });
      await el.updateComplete;
      expect(focused(el)?.matches('[data-download-key]')).to.equal(true);
      expect(words($(el, '[data-key-status]'))).to.contain('Download nu de privésleutel');
      // Before the download the public key is not used yet.
      expect($<HTMLTextAreaElement>(el, '#option-public-key').value).to.equal('');
      await expect(el).to.be.accessible();

      $(el, '[data-download-key]').click();
      await el.updateComplete;
      expect(downloads.links).to.have.length(1);
      const [link] = downloads.links;
      expect(link!.name).to.match(/^stagekit-private-key-stagekit-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
      expect(link!.href).to.match(/^blob:/);
      href = link!.href;
      privateText = await link!.text;
    } finally {
      downloads.restore();
    }
    const privateKey = JSON.parse(privateText) as JsonWebKey & { kid: string };
    expect(privateKey.kty).to.equal('EC');
    expect(privateKey.d).to.be.a('string');
    expect(has(el, '[data-download-key]'), 'one download only').to.equal(false);
    expect(words($(el, '[data-key-status]'))).to.contain('De privésleutel is gedownload');

    // The public key: in the field, in the code (one line), in the preview; the form takes it.
    const field = $<HTMLTextAreaElement>(el, '#option-public-key');
    const publicKey = JSON.parse(field.value) as JsonWebKey & { kid: string };
    expect(publicKey).to.not.have.property('d');
    expect(publicKey.kid).to.equal(privateKey.kid);
    expect(publicKey.x).to.equal(privateKey.x);
    await waitUntil(() => textOf(el, '#option-public-key-problem').includes('De sleutel is goed'), 'the key was not checked');
    const inCode = parsed(snippetText(el)).attributes['public-key']!;
    expect(JSON.parse(inCode)).to.deep.equal(publicKey);
    const preview = await previewWith(el, { 'public-key': inCode });
    await preview.updateComplete;
    expect(errors.filter((event) => event.detail.code === 'invalid-attribute'), 'the report form accepts the key').to.have.length(0);

    // The pair works: encrypted for the public key in the code, opened with the downloaded private key.
    const envelope = await encryptReport(inCode, { hello: 'school' }, [], { id: 'report-embed-0001' });
    expect((await decryptReport(privateKey, envelope)).payload).to.deep.equal({ hello: 'school' });

    // Nothing of the private key is kept: not in the page, not in storage, and the file's link is gone.
    expect(document.documentElement.outerHTML).to.not.contain(privateKey.d!);
    expect(el.shadowRoot!.innerHTML).to.not.contain(privateKey.d!);
    expect(snippetText(el)).to.not.contain(privateKey.d!);
    for (const storage of [localStorage, sessionStorage]) {
      for (let index = 0; index < storage.length; index++) expect(storage.getItem(storage.key(index)!) ?? '').to.not.contain(privateKey.d!);
    }
    expect(await everythingInIndexedDb()).to.not.contain(privateKey.d!);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    let stillThere = true;
    try {
      await (await fetch(href)).text();
    } catch {
      stillThere = false;
    }
    expect(stillThere, 'the download link was released').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a private key pasted into the public-key field is named, and kept out of the code and the preview', async () => {
    const el = await configurator();
    await pick(el, '#widget-stagekit-report-form');
    await choose(el, '#option-storage', 'memory');
    const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    await fill(el, '#option-public-key', JSON.stringify(privateJwk, null, 2));
    expect(words($(el, '#option-public-key-problem'))).to.contain('Dit is een privésleutel');
    expect($(el, '#option-public-key').getAttribute('aria-invalid')).to.equal('true');
    expect(snippetText(el)).to.not.contain(privateJwk.d!);
    expect(parsed(snippetText(el)).attributes).to.not.have.property('public-key');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(previewOf(el).hasAttribute('public-key')).to.equal(false);
    // Discarding a generated pair keeps nothing and says so.
    $(el, '[data-generate-keys]').click();
    await waitUntil(() => has(el, '[data-discard-key]'), 'no discard button', { timeout: 5000 });
    $(el, '[data-discard-key]').click();
    await el.updateComplete;
    expect(words($(el, '[data-key-status]'))).to.contain('weggegooid');
    expect(has(el, '[data-download-key]')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard: arrow keys choose the widget and the style, Tab reaches the copy button, Enter copies', async () => {
    const el = await configurator();
    $<HTMLInputElement>(el, '#widget-stagekit-cao-lookup').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.widget).to.equal('stagekit-compensation-checker');
    expect(focused(el)?.id).to.equal('widget-stagekit-compensation-checker');
    await previewWith(el, { lang: 'nl' });
    expect(previewOf(el).localName).to.equal('stagekit-compensation-checker');

    $<HTMLInputElement>(el, '#preset-standard').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('preset-rijkshuisstijl');
    expect(parsed(snippetText(el)).attributes.style).to.contain('#154273');

    // From the last preset radio, Tab goes on through the page to the copy button.
    const clipboard = stubClipboard();
    try {
      let presses = 0;
      while (!focused(el)?.matches('[data-copy]') && presses++ < 150) await sendKeys({ press: 'Tab' });
      expect(focused(el)?.matches('[data-copy]'), 'Tab reaches the copy button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => words($(el, '[data-copy-status]')) === 'Gekopieerd', 'Enter did not copy');
      expect(clipboard.written).to.deep.equal([el.snippet]);
    } finally {
      clipboard.restore();
    }
  });

  it('follows <html lang>: English words, "Copied", and the widget in English', async () => {
    const el = await configurator('en');
    expect(words($(el, 'h2#step-widget'))).to.equal('1. Choose a widget');
    expect(parsed(snippetText(el)).attributes.lang).to.equal('en');
    expect(previewOf(el).getAttribute('lang')).to.equal('en');
    await choose(el, '#option-lang', '');
    expect(parsed(snippetText(el)).attributes).to.not.have.property('lang');
    await pick(el, '#widget-stagekit-report-form');
    expect(words($(el, '[data-test-endpoint]'))).to.equal('Test my endpoint');
    const clipboard = stubClipboard();
    try {
      $(el, '[data-copy]').click();
      await waitUntil(() => words($(el, '[data-copy-status]')) === 'Copied', 'no "Copied"');
    } finally {
      clipboard.restore();
    }
    await previewReady(el);
    await expect(el).to.be.accessible();
  });

  it('the schedule planner’s week is set per day and written as day:type pairs; the planner takes it', async () => {
    const el = await configurator();
    await pick(el, '#widget-stagekit-schedule-planner');
    await choose(el, '#option-storage', 'memory');
    await choose(el, '#week-mon', 'company');
    await choose(el, '#week-tue', 'company');
    await choose(el, '#week-wed', 'remote');
    await choose(el, '#week-thu', 'school');
    expect(parsed(snippetText(el)).attributes.week).to.equal('mon:company,tue:company,wed:remote,thu:school');
    const errors: Event[] = [];
    el.addEventListener('stagekit-error', (event) => errors.push(event));
    await previewWith(el, { week: 'mon:company,tue:company,wed:remote,thu:school' });
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('without the CAO list it asks for the CAO’s code instead', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><portal-embed-configurator autoloader-src=${SRC} cao-dataset="/no-such-dataset.json"></portal-embed-configurator></div>`);
    const el = wrapper.querySelector('portal-embed-configurator')!;
    await pick(el, '#widget-stagekit-compensation-checker');
    await waitUntil(() => words($(el, '#option-cao-hint')).includes('kon niet laden'), 'no fallback', { timeout: 5000 });
    await fill(el, 'input#option-cao', 'cao-horeca');
    expect(parsed(snippetText(el)).attributes.cao).to.equal('cao-horeca');
  });
});
