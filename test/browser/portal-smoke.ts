// Smoke test of the built portal (dist/portal, made by `npm run build:portal` before the browser
// tests) in every engine the runner drives (Chromium, Firefox ESR, WebKitGTK). Each page is opened
// in a same-origin frame: it renders its text and its widget, and every file it loaded came from
// its own origin. The full checks (console errors, axe, language switch, offline) run in Chromium in
// test/integration/portal.test.ts.
import { expect } from '@open-wc/testing';
import { PORTAL_PAGES } from '../../portal/site/pages.js';

const SITE = '/dist/portal/';

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'portal page';
  frame.style.inlineSize = '1024px';
  frame.style.blockSize = '768px';
  frame.src = `${SITE}${path}`;
  document.body.append(frame);
  // Parsed is enough: the checks read the page's HTML and wait for its widget themselves.
  for (let tries = 0; tries < 160; tries++) {
    const doc = frame.contentDocument;
    if (doc && doc.location.pathname === `${SITE}${path}` && doc.readyState !== 'loading') return frame;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`could not open ${path}`);
}

/** WebKitGTK (MiniBrowser): WebKit without Chrome in its user agent. */
const IS_WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/**
 * Removes a page's frame. In WebKitGTK the page is unloaded first (about:blank), as leaving it
 * does: removing a frame that still held a widget now and then left its web process spinning in a
 * microtask loop (seen with gdb; 1 run in 3). Firefox ESR is the other way round: unloading a
 * framed widget page after earlier files hung it, removing does not; so it is removed directly.
 * Neither happens with top-level navigation, which is what readers do.
 */
async function close(frame: HTMLIFrameElement): Promise<void> {
  if (IS_WEBKIT) {
    const unloaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
    frame.src = 'about:blank';
    await Promise.race([unloaded, new Promise((done) => setTimeout(done, 2000))]);
  }
  frame.remove();
}

async function rendered(frame: HTMLIFrameElement, tag: string): Promise<string> {
  const view = frame.contentWindow as Window & typeof globalThis;
  await Promise.race([view.customElements.whenDefined(tag), new Promise((done) => setTimeout(done, 8000))]);
  const element = frame.contentDocument!.querySelector(tag);
  for (let tries = 0; tries < 100 && !(element?.shadowRoot?.textContent ?? '').trim(); tries++) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return (element?.shadowRoot?.textContent ?? '').trim();
}

/** The smoke tests of every portal page in one language; one file per language keeps each WebKit session short. */
export function smokeTestPortal(lang: 'nl' | 'en'): void {
  describe(`portal (built), smoke, ${lang}`, () => {
    afterEach(async () => {
      for (const frame of document.querySelectorAll('iframe')) await close(frame);
    });

    for (const page of PORTAL_PAGES) {
      it(`/${page.path[lang]} renders${page.widget ? ` <${page.widget}>` : ''} from its own origin`, async () => {
        const frame = await open(page.path[lang]);
        const doc = frame.contentDocument!;
        expect(doc.documentElement.lang).to.equal(lang);
        expect(doc.documentElement.dataset['page']).to.equal(page.id);
        expect(doc.querySelectorAll('h1')).to.have.length(1);
        expect((doc.querySelector('main')?.textContent ?? '').trim().length).to.be.greaterThan(80);
        expect(doc.querySelector<HTMLAnchorElement>('[data-language-switch]')?.getAttribute('hreflang')).to.equal(lang === 'nl' ? 'en' : 'nl');
        if (page.widget) expect(await rendered(frame, page.widget), `<${page.widget}> has drawn itself`).to.not.equal('');
        const view = frame.contentWindow!;
        const files = view.performance.getEntriesByType('resource').map((entry) => entry.name);
        const foreign = files.filter((name) => !name.startsWith('data:') && !name.startsWith('blob:') && new URL(name).origin !== location.origin);
        expect(foreign, 'no file from another origin').to.deep.equal([]);
      });
    }
  });
}
