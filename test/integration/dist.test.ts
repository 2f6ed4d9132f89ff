// The packages as they are published: `npm pack` both, lint the tarballs (publint, attw), install them
// into apps in a temp folder (test/fixtures/dist) and use them there, in Chromium:
// - a plain page with only the CDN autoloader from the installed tarball;
// - a Vite + React 19 app (property, attributes, `onstagekit-check`), type-checked with `stagekit/jsx`;
// - a Vite + Vue 3 app (`.prop`, attributes, `@stagekit-check`);
// - a page under `Content-Security-Policy: default-src 'self'`;
// - the kit loaded twice, and next to a copy that calls itself another version.
// Needs the packages built (`npm run build`). Run: node --import tsx --test test/integration/dist.test.ts
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveFolder, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const FIXTURE = join(ROOT, 'test/fixtures/dist');
const PACKAGES = { core: join(ROOT, 'packages/core'), elements: join(ROOT, 'packages/elements') };
const CSP = "default-src 'self'";
const OTHER_VERSION = '9.9.9-other';
const STATUS = /\b(meets|below|no-clause|amount-unknown|not-applicable|no-cao)\b/;

interface Run {
  code: number | null;
  output: string;
}

/** Runs a command; never throws (the caller asserts on code and output). */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  // A parent `npm run`/`npm test` exports its own prefix and workspace settings: not for these installs.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_(config_(local_prefix|prefix|global|workspaces?|include_workspace_root)|package_|lifecycle_)/i.test(key)),
  );
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...env, npm_config_update_notifier: 'false', NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: -1, output: `${output}\n${error}` }));
    child.on('close', (code) => done({ code, output }));
  });
}

const installedVersion = (name: string): string => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

let work = '';
let app = '';
const tarballs = { core: '', elements: '' };
let publint: Record<keyof typeof tarballs, Promise<Run>>;
let attw: Record<keyof typeof tarballs, Promise<Run>>;
let typecheck: Promise<Run>;
let server: StaticServer;
let browser: Browser;

before(
  async () => {
    for (const path of ['packages/core/dist/index.js', 'packages/elements/dist/index.js', 'packages/elements/dist/jsx.d.ts', 'packages/elements/cdn/autoloader.js']) {
      assert.ok(existsSync(join(ROOT, path)), `${path} is built (npm run build)`);
    }
    work = mkdtempSync(join(tmpdir(), 'stagekit-dist-'));
    const packs = join(work, 'packs');
    mkdirSync(packs);
    for (const name of ['core', 'elements'] as const) {
      const packed = await run('npm', ['pack', '--json', '--pack-destination', packs], PACKAGES[name]);
      assert.equal(packed.code, 0, `npm pack ${name}:\n${packed.output}`);
      const [packedFile] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as { filename: string }[];
      assert.ok(packedFile, packed.output);
      tarballs[name] = join(packs, packedFile.filename);
    }
    // The linters work on the tarballs while the apps install and build.
    publint = { core: run(join(BIN, 'publint'), ['run', tarballs.core, '--level', 'suggestion'], work), elements: run(join(BIN, 'publint'), ['run', tarballs.elements, '--level', 'suggestion'], work) };
    attw = { core: run(join(BIN, 'attw'), [tarballs.core, '--profile', 'esm-only', '--format', 'json'], work), elements: run(join(BIN, 'attw'), [tarballs.elements, '--profile', 'esm-only', '--format', 'json'], work) };

    app = join(work, 'app');
    cpSync(FIXTURE, app, { recursive: true });
    // The versions the root installed, so the npm cache serves them without the network.
    const from = ['react', 'react-dom', 'vue', '@types/react', '@types/react-dom'].map((name) => `${name}@${installedVersion(name)}`);
    const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarballs.core, tarballs.elements, ...from], app);
    assert.equal(install.code, 0, `npm install in the fixture app:\n${install.output}`);
    assert.ok(existsSync(join(app, 'node_modules/stagekit/cdn/autoloader.js')), 'stagekit is installed from its tarball');

    typecheck = run(join(BIN, 'tsc'), ['-p', join(app, 'react/tsconfig.json')], app);

    const { build } = await import('vite');
    const { default: react } = await import('@vitejs/plugin-react');
    const { default: vue } = await import('@vitejs/plugin-vue');
    for (const [name, plugins] of [
      ['react', [react()]],
      ['vue', [vue({ template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('stagekit-') } } })]],
    ] as const) {
      await build({ root: join(app, name), configFile: false, logLevel: 'error', base: './', plugins: [...plugins], build: { outDir: join(app, name, 'dist'), emptyOutDir: true } });
    }

    // A second "version" of the kit: the installed CDN folder with its version constant changed.
    const version = JSON.parse(readFileSync(join(app, 'node_modules/stagekit/package.json'), 'utf8')).version as string;
    cpSync(join(app, 'node_modules/stagekit/cdn'), join(app, 'cdn-other'), { recursive: true });
    let replaced = 0;
    for (const file of readdirSync(join(app, 'cdn-other')).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(app, 'cdn-other', file), 'utf8');
      const changed = text.replaceAll(`"${version}"`, `"${OTHER_VERSION}"`);
      if (changed !== text) replaced++;
      writeFileSync(join(app, 'cdn-other', file), changed);
    }
    assert.ok(replaced > 0, `the CDN files hold the version constant "${version}"`);

    server = await serveFolder(app, (path) => (path === '/csp.html' ? { 'Content-Security-Policy': CSP } : {}));
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
  await typecheck;
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors (failed requests are in `missing`). */
  errors: string[];
  /** Same-origin paths answered with an error status. */
  missing: string[];
  warnings: string[];
  /** Console messages about the Content Security Policy. */
  csp: string[];
  /** Paths of same-origin requests. */
  requests: string[];
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const visit: Visit = { page, context, errors: [], missing: [], warnings: [], csp: [], requests: [] };
  page.on('pageerror', (error) => visit.errors.push(`uncaught: ${error}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/content.security.policy|refused to/i.test(text)) visit.csp.push(text);
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) visit.errors.push(text);
    if (message.type() === 'warning') visit.warnings.push(text);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.origin) visit.requests.push(url.pathname);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === server.origin && response.status() >= 400 && url.pathname !== '/favicon.ico') visit.missing.push(url.pathname);
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return visit;
}

/** Waits until the checker's badge at `selector` shows a verdict with `status` and returns its text. */
async function badge(page: Page, selector: string, status?: string): Promise<{ status: string; text: string }> {
  await page.waitForFunction(
    ([selector, status, pattern]) => {
      const badge = document.querySelector(selector!)?.shadowRoot?.querySelector('p.badge');
      const found = badge ? new RegExp(pattern!).exec(badge.className)?.[1] : undefined;
      return found !== undefined && (!status || found === status);
    },
    [selector, status, STATUS.source] as const,
    { timeout: 20_000 },
  ).catch(async (error: unknown) => {
    const shown = await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.innerHTML ?? '(no shadow root)', selector);
    throw new Error(`${selector}: no badge${status ? ` "${status}"` : ''} (${String(error).split('\n')[0]}); it shows: ${shown.slice(0, 400)}`);
  });
  return page.evaluate(
    ([selector, pattern]) => {
      const badge = document.querySelector(selector!)!.shadowRoot!.querySelector('p.badge')!;
      return { status: new RegExp(pattern!).exec(badge.className)![1]!, text: (badge.textContent ?? '').replace(/\s+/g, ' ').trim() };
    },
    [selector, STATUS.source] as const,
  );
}

/** The Horeca CAO's monthly minimum for a work week of `days`, from the installed dataset (its own proration steps). */
function horecaMinimum(days: number): number {
  const record = JSON.parse(readFileSync(join(app, 'node_modules/@stagekit/core/data/cao/cao-horeca.json'), 'utf8'));
  const amount = record.records[0].clause.amounts[0] as { euros: number; proration: { steps: { minDays: number; fraction: number }[] } };
  const step = amount.proration.steps.filter((candidate) => days >= candidate.minDays).sort((a, b) => b.minDays - a.minDays)[0]!;
  return Math.round(amount.euros * step.fraction * 100) / 100;
}

/** Checks that a React or Vue fixture's two checkers worked (property and attributes) and reported through its event handler. */
async function assertFrameworkApp(path: string): Promise<void> {
  const { page, context, errors, missing } = await visit(path);
  try {
    const byProperty = await badge(page, '#by-property');
    const byAttributes = await badge(page, '#by-attributes');
    // The property path keeps `days: 3` (a number): the prorated minimum; the attributes say 4 days.
    assert.equal(byProperty.status, 'meets', `set through the input property (3 days, € 300): ${byProperty.text}`);
    assert.equal(byAttributes.status, 'below', `set through attributes (4 days, € 300): ${byAttributes.text}`);
    await page.waitForFunction(() => Object.keys(JSON.parse(document.querySelector('#checks')?.textContent || '{}')).length === 2, null, { timeout: 10_000 });
    const checks = JSON.parse((await page.textContent('#checks')) ?? '{}') as Record<string, { status: string; minimum: number | null; tag: string }>;
    assert.deepEqual(checks, {
      property: { status: 'meets', minimum: horecaMinimum(3), tag: 'stagekit-compensation-checker' },
      attributes: { status: 'below', minimum: horecaMinimum(4), tag: 'stagekit-compensation-checker' },
    });
    // Still live: a new property value from the page re-checks and reports again.
    await page.evaluate(() => {
      const element = document.querySelector('#by-property') as HTMLElement & { input: Record<string, unknown> };
      element.input = { ...element.input, offered: 100 };
    });
    await badge(page, '#by-property', 'below');
    await page.waitForFunction(() => JSON.parse(document.querySelector('#checks')?.textContent || '{}').property?.status === 'below', null, { timeout: 10_000 });
    assert.deepEqual(errors, []);
    // The bundler renamed the dataset and did not copy the one-record files: core must not ask for them.
    assert.deepEqual(missing, []);
  } finally {
    await context.close();
  }
}

describe('the packed tarballs', () => {
  it('publint finds no problem in @stagekit/core', async () => {
    const result = await publint.core;
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /All good!/, result.output);
  });

  it('publint finds no problem in stagekit', async () => {
    const result = await publint.elements;
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /All good!/, result.output);
  });

  // Both packages are ESM-only. attw's `esm-only` profile is the one documented for that: it ignores
  // CJS resolution. We still hold node10 to the strict standard (top-level types/main, typesVersions),
  // so the only problem allowed anywhere is "CJS consumers need a dynamic import" in node16-cjs.
  for (const name of ['core', 'elements'] as const) {
    it(`attw finds no problem in ${name === 'core' ? '@stagekit/core' : 'stagekit'} (esm-only profile; node10 strict too)`, async () => {
      const result = await attw[name];
      assert.equal(result.code, 0, result.output);
      const report = JSON.parse(result.output.slice(result.output.indexOf('{'))) as {
        analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint: string; resolutionKind?: string }[] };
      };
      const beyondEsmOnly = report.analysis.problems.filter((problem) => !(problem.kind === 'CJSResolvesToESM' && problem.resolutionKind === 'node16-cjs'));
      assert.deepEqual(beyondEsmOnly, [], 'problems in node10, node16-esm or bundler resolution');
      assert.ok(Object.keys(report.analysis.entrypoints).includes('.'), 'the root entry point was checked');
      if (name === 'elements') assert.ok(Object.keys(report.analysis.entrypoints).includes('./jsx'), 'stagekit/jsx was checked');
    });
  }

  it('the published .d.ts declare every tag in HTMLElementTagNameMap, and stagekit/jsx types each tag and event', () => {
    const packageDir = join(app, 'node_modules/stagekit');
    const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; declarations?: { tagName?: string; name: string; events?: { name: string }[] }[] }[];
    };
    const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ ...declaration, path: module.path })));
    assert.ok(elements.length >= 5, `the manifest lists the elements (${elements.length})`);
    const jsx = readFileSync(join(packageDir, 'dist/jsx.d.ts'), 'utf8');
    const augmentation = jsx.slice(jsx.indexOf("declare module 'react'"));
    assert.match(augmentation, /namespace JSX \{\s*interface IntrinsicElements \{/);
    for (const element of elements) {
      const declarations = readFileSync(join(packageDir, element.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.d.ts')), 'utf8');
      assert.match(declarations, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'${element.tagName}': ${element.name};`), `${element.tagName} in the published HTMLElementTagNameMap`);
      assert.ok(augmentation.includes(`'${element.tagName}': StagekitElementProps<${element.name}, ${element.name}Props>`), `${element.tagName} in React's JSX.IntrinsicElements`);
      const props = jsx.slice(jsx.indexOf(`export interface ${element.name}Props {`), jsx.indexOf('\n}', jsx.indexOf(`export interface ${element.name}Props {`)));
      for (const event of element.events ?? []) {
        assert.ok(props.includes(`'on${event.name}'?: (event: StagekitEvent<'${event.name}'>) => void;`), `${element.tagName}: on${event.name}`);
      }
    }
    const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    assert.equal(Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies }).some((name) => /^(react|@types\/react)/.test(name)), false, 'no React dependency');
  });

  it('the React fixture type-checks against the generated JSX types, and each @ts-expect-error is a real error', async () => {
    const result = await typecheck;
    // An unused @ts-expect-error is itself an error (TS2578), so exit 0 also proves the mistakes are caught.
    assert.equal(result.code, 0, result.output);
  });
});

describe('the installed packages in Chromium', () => {
  it('a plain page with only the CDN autoloader renders the badge from the installed cdn folder and follows its attributes', async () => {
    const { page, context, errors, missing, requests } = await visit('/cdn.html');
    try {
      const shown = await badge(page, 'stagekit-compensation-checker');
      assert.equal(shown.status, 'meets', shown.text);
      assert.match(shown.text, /Cao Horeca/);
      await page.evaluate(() => document.querySelector('stagekit-compensation-checker')!.setAttribute('offered', '100'));
      assert.equal((await badge(page, 'stagekit-compensation-checker', 'below')).status, 'below');
      // Self-contained: besides the page, only files of the package's cdn/ folder were fetched.
      const outside = requests.filter((path) => path !== '/cdn.html' && !path.startsWith('/node_modules/stagekit/cdn/') && path !== '/favicon.ico');
      assert.deepEqual(outside, []);
      assert.ok(requests.includes('/node_modules/stagekit/cdn/compensation-checker.js'), 'the widget file came from the cdn folder');
      assert.deepEqual(errors, []);
      assert.deepEqual(missing, []);
    } finally {
      await context.close();
    }
  });

  it('Vite + React 19: a property (object with numbers), attributes and onstagekit-check', async () => {
    await assertFrameworkApp('/react/dist/index.html');
  });

  it('Vite + Vue 3: a .prop binding, attributes and @stagekit-check', async () => {
    await assertFrameworkApp('/vue/dist/index.html');
  });

  it(`under "${CSP}" the CDN widgets load, work and cause no CSP violation`, async () => {
    const { page, context, errors, missing, csp } = await visit('/csp.html');
    try {
      const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      assert.equal(policy, CSP, 'the page is served with the policy');
      // The full checker: its form (lazy file, styles) and the embedded lookup, then typing an offer.
      const offered = page.locator('body > stagekit-compensation-checker').locator('input[name="offered"]');
      await offered.waitFor({ timeout: 20_000 });
      await offered.fill('300');
      await page.waitForFunction(() => (window as unknown as { stagekitEvents: { name: string }[] }).stagekitEvents.some((event) => event.name === 'stagekit-check'), null, { timeout: 15_000 });
      // The lookup: search, then choose.
      const search = page.locator('body > stagekit-cao-lookup').locator('input[role="combobox"]');
      await search.fill('horeca');
      const option = page.locator('body > stagekit-cao-lookup').locator('[role="option"]', { hasText: 'Horeca' }).first();
      await option.click({ timeout: 15_000 });
      await page.waitForFunction(() => (window as unknown as { stagekitEvents: { name: string }[] }).stagekitEvents.some((event) => event.name === 'stagekit-cao-select'), null, { timeout: 10_000 });
      await page.waitForTimeout(300);

      const state = await page.evaluate(() => {
        const win = window as unknown as { cspViolations: unknown[]; stagekitEvents: { name: string; tag: string; status?: string; caoName?: string; caoId?: string; code?: string }[] };
        return { violations: [...win.cspViolations], events: [...win.stagekitEvents] };
      });
      assert.deepEqual(state.violations, [], 'securitypolicyviolation events');
      assert.deepEqual(csp, [], 'console messages about the policy');
      assert.deepEqual(errors, []);
      assert.deepEqual(missing, []);
      assert.deepEqual(state.events.filter((event) => event.name === 'stagekit-error'), []);
      const check = [...state.events].reverse().find((event) => event.name === 'stagekit-check');
      assert.equal(check?.tag, 'stagekit-compensation-checker');
      assert.equal(check?.status, 'below', 'Horeca, 4 days, € 300');
      assert.equal(check?.caoName, 'Cao Horeca');
      assert.ok(state.events.some((event) => event.name === 'stagekit-cao-select' && event.tag === 'stagekit-cao-lookup' && event.caoId === 'cao-horeca'), JSON.stringify(state.events));
      const result = await page.locator('body > stagekit-compensation-checker').locator('[part~="result"]').textContent();
      assert.match(result ?? '', /Cao Horeca/, 'the checker shows its result');

      // The listener does see a violation when there is one: an inline script is refused.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.body.append(script);
      });
      await page.waitForFunction(() => (window as unknown as { cspViolations: unknown[] }).cspViolations.length > 0, null, { timeout: 5_000 });
      assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan), undefined, 'the inline script did not run');
    } finally {
      await context.close();
    }
  });

  it('the same autoloader twice: one definition, no warning, no error', async () => {
    const { page, context, errors, missing, warnings, requests } = await visit('/twice-same.html');
    try {
      assert.equal((await badge(page, 'stagekit-compensation-checker')).status, 'meets');
      await page.evaluate(() => document.querySelector('stagekit-compensation-checker')!.setAttribute('offered', '100'));
      await badge(page, 'stagekit-compensation-checker', 'below');
      assert.equal(requests.filter((path) => path === '/node_modules/stagekit/cdn/compensation-checker.js').length, 1, 'the widget file is loaded once');
      assert.deepEqual(errors, []);
      assert.deepEqual(missing, []);
      assert.deepEqual(warnings.filter((text) => /stagekit/i.test(text)), []);
    } finally {
      await context.close();
    }
  });

  it('two versions of the kit on one page: no uncaught error, a warning naming both versions, the widget works', async () => {
    const { page, context, errors, missing, warnings, requests } = await visit('/twice-versions.html');
    try {
      assert.equal((await badge(page, 'stagekit-compensation-checker')).status, 'meets');
      assert.ok(requests.includes('/cdn-other/compensation-checker.js'), 'the other version was loaded');
      const version = JSON.parse(readFileSync(join(app, 'node_modules/stagekit/package.json'), 'utf8')).version as string;
      const clash = warnings.filter((text) => text.includes('<stagekit-compensation-checker>'));
      assert.equal(clash.length, 1, `one warning about the second definition: ${JSON.stringify(warnings)}`);
      const [, first, second] = /already defined by Stagekit (\S+); the copy from Stagekit (\S+) is ignored/.exec(clash[0]!) ?? [];
      assert.deepEqual([first, second].sort(), [version, OTHER_VERSION].sort(), clash[0]);
      const defined = await page.evaluate(() => (customElements.get('stagekit-compensation-checker') as unknown as { version?: string }).version);
      assert.equal(defined, first, 'the version that won is the one the warning names first');
      await page.evaluate(() => document.querySelector('stagekit-compensation-checker')!.setAttribute('offered', '100'));
      await badge(page, 'stagekit-compensation-checker', 'below');
      assert.deepEqual(errors, []);
      assert.deepEqual(missing, []);
    } finally {
      await context.close();
    }
  });
});
