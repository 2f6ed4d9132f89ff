/**
 * Follows one page as a user goes through it, step by step, and says which JavaScript files each step
 * fetched from the bench server (brotli, quality 11, as in size.ts). Shared by the widget benchmarks
 * that measure a first view and the lazy parts that later steps add (planner, agreement builder).
 */
import type { Row } from './report.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { brotliSize, kB, waitForQuiet } from './size.ts';

export interface Fetched {
  file: string;
  raw: number;
  brotli: number;
}

export interface Step {
  step: string;
  /** JavaScript files this step fetched that earlier steps did not. */
  js: Fetched[];
  brotli: number;
}

export interface Session {
  /** Waits until the network is quiet, then takes the JavaScript fetched since the last step. */
  step(name: string): Promise<Step>;
  /** Counts as network activity: call it after an action, so `step` waits its full quiet time after it. */
  touch(): void;
  /** Every file fetched from `origin` so far (path without the leading slash), in order. */
  readonly fetched: readonly string[];
  /** Uncaught errors of the page. */
  readonly pageErrors: readonly string[];
}

/** Starts following `page`; call it before `page.goto`. Files are read from `cdnDir` to measure them. */
export function followSession(page: Page, origin: string, cdnDir: string): Session {
  const fetched: string[] = [];
  const pageErrors: string[] = [];
  let inflight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inflight++;
    lastActivity = Date.now();
  });
  const settle = () => {
    inflight--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', settle);
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && response.status() === 200) fetched.push(url.pathname.slice(1));
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const seen = new Set<string>();
  return {
    fetched,
    pageErrors,
    touch: () => {
      lastActivity = Date.now();
    },
    step: async (name: string): Promise<Step> => {
      await waitForQuiet(page, () => inflight, () => lastActivity);
      const fresh = fetched.filter((file) => file.endsWith('.js') && !seen.has(file));
      for (const file of fresh) seen.add(file);
      const js = await Promise.all(
        [...new Set(fresh)].sort().map(async (file) => {
          const bytes = await readFile(join(cdnDir, file));
          return { file, raw: bytes.length, brotli: brotliSize(bytes) };
        }),
      );
      js.sort((a, b) => b.brotli - a.brotli);
      return { step: name, js, brotli: js.reduce((sum, file) => sum + file.brotli, 0) };
    },
  };
}

/** "file 1.2 kB + file 0.3 kB", or "nothing". */
export const stepFiles = (step: Step) => step.js.map((file) => `${file.file} ${kB(file.brotli)}`).join(' + ') || 'nothing';

/** The size budget row of a widget page: the JS (brotli) a page downloaded until the widget showed, against its limit. */
export function shownSizeRow(name: string, shown: Step, limitBytes: number): Row {
  return {
    section: 'size',
    name,
    measured: `${kB(shown.brotli)} (${shown.brotli.toLocaleString('en')} B, ${shown.js.length} files)`,
    limit: `≤ ${kB(limitBytes)}`,
    result: shown.brotli <= limitBytes ? 'PASS' : 'FAIL',
    value: shown.brotli,
    limitValue: limitBytes,
    unit: 'B',
  };
}
