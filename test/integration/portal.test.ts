// The built portal (dist/portal, made by `npm run build:portal`) in Chromium: every page renders
// with its widget, logs no error, asks nothing from another origin and is axe clean; the language
// switch keeps the page; the text works without JavaScript; a page opened before reloads offline.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PORTAL_PAGES, type PortalLanguage } from '../../portal/site/pages.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = process.env.PORTAL_DIR ?? join(ROOT, 'dist/portal');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let server: StaticServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), 'dist/portal is built (npm run build:portal)');
  server = await serveFolder(SITE);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreign: string[];
}

/** Opens a path and records console errors, uncaught errors and requests to other origins. */
async function visit(path: string, options: { javaScript?: boolean; phone?: boolean } = {}): Promise<Visit> {
  // `phone`: the screen Lighthouse's mobile run uses (widgets pick their narrow layout when they start).
  const screen = options.phone ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : {};
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, serviceWorkers: 'block', ...screen });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) foreign.push(request.url());
  });
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  return { page, context, errors, foreign };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  }, AXE_TAGS);
}

/** Waits until the widget's element is defined by the CDN autoloader and has drawn itself. */
async function widgetRendered(page: Page, tag: string): Promise<boolean> {
  return page.evaluate(async (name) => {
    await Promise.race([customElements.whenDefined(name), new Promise((done) => setTimeout(done, 8000))]);
    const element = document.querySelector(name) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    if (!element || !customElements.get(name)) return false;
    await element.updateComplete;
    for (let tries = 0; tries < 80 && !(element.shadowRoot?.textContent ?? '').trim(); tries++) await new Promise((done) => setTimeout(done, 50));
    return (element.shadowRoot?.textContent ?? '').trim().length > 0;
  }, tag);
}

describe('portal pages (Chromium)', () => {
  for (const entry of PORTAL_PAGES) {
    for (const lang of ['nl', 'en'] as const) {
      const path = entry.path[lang];
      it(`/${path} renders in ${lang}${entry.widget ? ` with <${entry.widget}>` : ''}, without errors, same origin only, axe clean`, async () => {
        const { page, context, errors, foreign } = await visit(path);
        try {
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          assert.equal(await page.locator('h1').count(), 1, 'one h1');
          assert.ok(((await page.locator('h1').textContent()) ?? '').trim().length > 0, 'the h1 has text');
          assert.ok(((await page.title()) ?? '').includes('Stagekit'), 'the title names Stagekit');
          const description = await page.getAttribute('meta[name="description"]', 'content');
          assert.ok(description && description.length > 20, 'a meta description');
          if (entry.widget) assert.ok(await widgetRendered(page, entry.widget), `<${entry.widget}> is defined and rendered`);
          const current = page.locator('.site-header nav [aria-current="page"]');
          if (entry.menu === 'main') assert.equal(await current.count(), 1, 'the menu marks this page');
          await page.waitForLoadState('networkidle');
          assert.deepEqual(await axeViolations(page), []);
          assert.deepEqual(foreign, [], 'no request leaves the origin');
          assert.deepEqual(errors, [], 'no console errors');
        } finally {
          await context.close();
        }
      });

      if (entry.widget) {
        it(`/${path} on a phone (412 px, as Lighthouse's mobile run): axe clean, target sizes included`, async () => {
          const { page, context } = await visit(path, { phone: true });
          try {
            assert.ok(await widgetRendered(page, entry.widget!), `<${entry.widget}> is defined and rendered`);
            await page.waitForLoadState('networkidle');
            assert.deepEqual(await axeViolations(page), []);
          } finally {
            await context.close();
          }
        });
      }
    }
  }
});

describe('portal language switch and text without JavaScript (Chromium)', () => {
  const other = (lang: PortalLanguage): PortalLanguage => (lang === 'nl' ? 'en' : 'nl');

  it('the switch on every page leads to the same page in the other language', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const entry of PORTAL_PAGES) {
        for (const lang of ['nl', 'en'] as const) {
          await page.goto(`${server.origin}/${entry.path[lang]}`);
          await page.click('[data-language-switch]');
          await page.waitForLoadState('load');
          assert.equal(new URL(page.url()).pathname, `/${entry.path[other(lang)]}`, `from /${entry.path[lang]}`);
          assert.equal(await page.getAttribute('html', 'lang'), other(lang));
          assert.equal(await page.getAttribute('html', 'data-page'), entry.id);
        }
      }
      // The switch carries the address's #part: both languages name their sections alike.
      const idsIn = async (path: string) => {
        await page.goto(`${server.origin}/${path}`);
        return page.locator('main [id]').evaluateAll((elements) => elements.map((element) => element.id));
      };
      for (const entry of PORTAL_PAGES) assert.deepEqual(await idsIn(entry.path.en), await idsIn(entry.path.nl), `section ids of /${entry.path.nl} and /${entry.path.en}`);
    } finally {
      await context.close();
    }
  });

  it('the switch keeps the address query (e.g. the report form prefill)', async () => {
    const { page, context } = await visit('melden/?prefill-type=below-cao');
    try {
      await page.click('[data-language-switch]');
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/en/report/');
      assert.equal(url.searchParams.get('prefill-type'), 'below-cao');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript every page still shows its text, menu and footer', async () => {
    for (const entry of PORTAL_PAGES) {
      for (const lang of ['nl', 'en'] as const) {
        const { page, context, errors } = await visit(entry.path[lang], { javaScript: false });
        try {
          const main = ((await page.locator('main').innerText()) ?? '').trim();
          assert.ok(main.length > 80, `/${entry.path[lang]} has its text in the HTML`);
          assert.ok((await page.locator('.site-header nav a').count()) >= 5, 'the menu');
          assert.ok((await page.locator('.site-footer a').count()) >= 3, 'the footer links');
          if (entry.widget || entry.autoloader) {
            assert.ok(await page.locator('main .noscript').isVisible(), 'the page says its tool needs JavaScript');
          }
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      }
    }
  });
});

describe('embed configurator snippet (Chromium)', () => {
  it('the copied snippet, pasted into a blank page on another site, renders the configured widget', async () => {
    // The portal host must allow other sites to load its module scripts (CORS), as a CDN does.
    const host = await serveFolder(SITE, { 'Access-Control-Allow-Origin': '*' });
    const blankFolder = mkdtempSync(join(tmpdir(), 'stagekit-intranet-'));
    writeFileSync(join(blankFolder, 'index.html'), '<!doctype html><html lang="nl"><head><title>Intranet</title></head><body></body></html>');
    const elsewhere = await serveFolder(blankFolder);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/insluiten/`, { waitUntil: 'load' });
      const configurator = page.locator('portal-embed-configurator');
      await configurator.locator('#widget-stagekit-cao-lookup').check();
      await configurator.locator('#option-query').fill('horeca');
      await configurator.locator('#option-only-with-clause').check();
      await configurator.locator('#preset-utrecht').check();
      const snippet = configurator.locator('textarea[data-snippet]');
      await page.waitForFunction(
        () => {
          const text = (document.querySelector('portal-embed-configurator')?.shadowRoot?.querySelector('textarea[data-snippet]') as HTMLTextAreaElement | null)?.value ?? '';
          return text.includes('query="horeca"') && text.includes('only-with-clause') && text.includes('--stagekit-');
        },
        null,
        { timeout: 5000 },
      );
      const code = await snippet.inputValue();
      assert.equal((code.match(/<script\b/g) ?? []).length, 1, 'one script tag');
      assert.ok(code.includes(`src="${host.origin}/cdn/autoloader.js"`), 'the script comes from the portal host');
      const primary = /--stagekit-color-primary:\s*([^;"]+)/.exec(code)?.[1]?.trim();
      assert.ok(primary, 'the preset sets the primary colour');

      const blank = await context.newPage();
      const errors: string[] = [];
      blank.on('pageerror', (error) => errors.push(String(error)));
      blank.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await blank.goto(`${elsewhere.origin}/`);
      await blank.setContent(`<!doctype html><html lang="nl"><head><title>Intranet</title></head><body><main>${code}</main></body></html>`, { waitUntil: 'load' });
      assert.ok(await widgetRendered(blank, 'stagekit-cao-lookup'), 'the widget renders');
      const widget = blank.locator('stagekit-cao-lookup');
      assert.equal(await widget.getAttribute('query'), 'horeca');
      assert.equal(await widget.getAttribute('only-with-clause'), '');
      await blank.waitForFunction(() => /Horeca/i.test(document.querySelector('stagekit-cao-lookup')?.shadowRoot?.textContent ?? ''), null, { timeout: 8000 });
      const applied = await widget.evaluate((element) => getComputedStyle(element).getPropertyValue('--stagekit-color-primary').trim());
      assert.equal(applied.toLowerCase(), primary!.toLowerCase(), 'the theme token reaches the widget');
      assert.deepEqual(errors.filter((text) => !text.startsWith('Failed to load resource')), []);
    } finally {
      await context.close();
      await host.close();
      await elsewhere.close();
      rmSync(blankFolder, { recursive: true, force: true });
    }
  });
});

describe('portal offline (Chromium, service worker)', () => {
  it('after a first visit, pages and widgets load offline, and the page says it is offline', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      // The worker installs (and fills its cache) after the first load.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
        }
        return registration.active?.state;
      });
      await context.setOffline(true);

      await page.reload({ waitUntil: 'load' });
      assert.equal(await page.locator('h1').count(), 1, 'the home page reloads offline');
      const notice = page.locator('[data-offline-notice]');
      assert.match((await notice.textContent()) ?? '', /offline/i, 'the page says it is offline');
      assert.equal(await notice.getAttribute('role'), 'status');

      // A widget page never opened before: precached with its widget file and data.
      await page.goto(`${server.origin}/vergoeding/?prefill=1`, { waitUntil: 'load' });
      assert.ok(await widgetRendered(page, 'stagekit-compensation-checker'), 'the checker works offline');
      await page.goto(`${server.origin}/en/cao/`, { waitUntil: 'load' });
      assert.ok(await widgetRendered(page, 'stagekit-cao-lookup'), 'the CAO lookup works offline');

      await context.setOffline(false);
      await page.evaluate(() => dispatchEvent(new Event('online')));
      assert.doesNotMatch((await page.locator('[data-offline-notice]').textContent()) ?? '', /offline/i);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
