// Crash safety (issue 8): what a user types into a widget is on disk within one second. Chromium is
// killed (SIGKILL to its whole process group: no pagehide, no unload, nothing flushed) one second after
// the last keystroke, then started again on the same profile; the widget gives back what was typed.
// On the built portal (dist/portal), as a user meets the widgets.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveFolder, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = process.env.PORTAL_DIR ?? join(ROOT, 'dist/portal');
/** The promise under test: typed text is on disk this long after the last keystroke. */
const ON_DISK_WITHIN_MS = 1000;

let server: StaticServer;

before(async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), 'dist/portal is built (npm run build:portal)');
  server = await serveFolder(SITE);
});

after(async () => {
  await server?.close();
});

interface Running {
  process: ChildProcess;
  browser: Browser;
}

/** Chromium on a profile folder, started as a user would (not through Playwright's launcher, which would close it gently). */
async function start(profile: string): Promise<Running> {
  const child = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolveEndpoint, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolveEndpoint(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium ended (${code}): ${seen.slice(-500)}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

/** The crash: every Chromium process of this run is killed at once, with no chance to save. */
async function kill(running: Running): Promise<void> {
  const ended = new Promise((resolveEnd) => running.process.once('exit', resolveEnd));
  process.kill(-running.process.pid!, 'SIGKILL');
  await ended;
}

async function open(running: Running, path: string): Promise<Page> {
  const context = running.browser.contexts()[0]!;
  const page = await context.newPage();
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  return page;
}

const pause = (ms: number) => new Promise((resolvePause) => setTimeout(resolvePause, ms));

interface Case {
  widget: string;
  path: string;
  /** Gets the widget to a text field and types into it, key by key; leaves the focus there. */
  type(page: Page, text: string): Promise<void>;
  /** After the restart: the text the widget gives back. */
  readBack(page: Page): Promise<string>;
}

const CASES: Case[] = [
  {
    widget: 'schedule planner',
    path: 'planning/',
    type: (page, text) => page.locator('stagekit-schedule-planner #f-title').pressSequentially(text, { delay: 15 }),
    readBack: async (page) => {
      const title = page.locator('stagekit-schedule-planner #f-title');
      await title.waitFor();
      await page.waitForFunction(() => !!document.querySelector('stagekit-schedule-planner')?.shadowRoot?.querySelector<HTMLInputElement>('#f-title')?.value, null, { timeout: 10_000 }).catch(() => undefined);
      return title.inputValue();
    },
  },
  {
    widget: 'agreement builder',
    path: 'overeenkomst/',
    type: (page, text) => page.locator('stagekit-agreement-builder #f-student-name').pressSequentially(text, { delay: 15 }),
    readBack: async (page) => {
      const name = page.locator('stagekit-agreement-builder #f-student-name');
      await name.waitFor();
      await page.waitForFunction(() => !!document.querySelector('stagekit-agreement-builder')?.shadowRoot?.querySelector<HTMLInputElement>('#f-student-name')?.value, null, { timeout: 10_000 }).catch(() => undefined);
      return name.inputValue();
    },
  },
  {
    widget: 'report form',
    path: 'melden/',
    type: async (page, text) => {
      const form = page.locator('stagekit-report-form');
      for (const [name, value] of [['type', 'discrimination'], ['grounds', 'origin'], ['situation', 'search'], ['level', 'mbo'], ['reporter', 'student']]) {
        await form.locator(`input[name="${name}"][value="${value}"]`).check();
      }
      await form.locator('[data-action="next"]').click();
      await form.locator('textarea[name="whatHappened"]').pressSequentially(text, { delay: 15 });
    },
    // The form does not open a saved report by itself (someone else may use the device): it offers it.
    readBack: async (page) => {
      const form = page.locator('stagekit-report-form');
      await form.locator('[part="saved"] button[data-action="open-draft"]').click({ timeout: 10_000 });
      const story = form.locator('textarea[name="whatHappened"]');
      if (!(await story.isVisible())) await form.locator('[data-action="next"]').click();
      return story.inputValue({ timeout: 10_000 });
    },
  },
];

describe('crash safety (Chromium killed one second after typing)', () => {
  for (const { widget, path, type, readBack } of CASES) {
    it(`${widget}: what was typed is back after the browser was killed`, async () => {
      const profile = mkdtempSync(join(tmpdir(), 'stagekit-crash-'));
      let running: Running | undefined;
      try {
        running = await start(profile);
        const page = await open(running, path);
        const text = `Getypt vlak voor de crash ${Date.now()}`;
        await type(page, text);
        await pause(ON_DISK_WITHIN_MS);
        await kill(running);
        running = undefined;

        running = await start(profile);
        const again = await open(running, path);
        assert.equal(await readBack(again), text);
      } finally {
        if (running) await kill(running).catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
