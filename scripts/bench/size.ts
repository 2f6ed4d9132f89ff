/**
 * Budget A: what a page that shows and uses the lookup in one language downloads, brotli-compressed.
 * Measured in a real browser, so lazily imported chunks count only when the page really loads them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Row } from './report.ts';
import { lookupPage, newBenchContext, serveStatic } from './server.ts';

/** "≤ 25 KB brotli", read strictly as 25,000 bytes. */
export const LOOKUP_LIMIT_BYTES = 25_000;
const DATASET_FILE = 'data/cao-dataset.json';
/** A typo query, as a user types it; the first result is then chosen. */
const QUERY = 'jeugdzrog';

export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

interface PageLoad {
  js: { file: string; brotli: number; raw: number }[];
  total: number;
  fetchedDataset: boolean;
  shownDetails: string;
}

/** Opens `page` in a fresh context (empty cache), types a typo query, chooses the first result. */
async function measurePage(browser: Browser, origin: string, cdnDir: string, pageName: string): Promise<PageLoad> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
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
      if (url.origin === origin && response.status() === 200) fetched.add(url.pathname.slice(1));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${origin}/${pageName}`);
    await page.evaluate(async () => {
      await customElements.whenDefined('stagekit-cao-lookup');
      const element = document.querySelector('stagekit-cao-lookup') as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
    });
    const input = page.locator('stagekit-cao-lookup input[part="input"]');
    await input.click();
    await input.pressSequentially(QUERY, { delay: 15 });
    const option = page.locator('stagekit-cao-lookup [role="option"]').first();
    await option.click({ timeout: 10_000 });
    const details = page.locator('stagekit-cao-lookup [part="details"]');
    await details.waitFor({ timeout: 10_000 });
    const shownDetails = ((await details.textContent()) ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    await waitForQuiet(page, () => inflight, () => lastActivity);
    if (errors.length) throw new Error(`page errors in ${pageName}: ${errors.join('; ')}`);

    const js = await Promise.all(
      [...fetched]
        .filter((file) => file.endsWith('.js'))
        .sort()
        .map(async (file) => {
          const bytes = await readFile(join(cdnDir, file));
          return { file, brotli: brotliSize(bytes), raw: bytes.length };
        }),
    );
    js.sort((a, b) => b.brotli - a.brotli);
    return { js, total: js.reduce((sum, file) => sum + file.brotli, 0), fetchedDataset: fetched.has(DATASET_FILE), shownDetails };
  } finally {
    await context.close();
  }
}

/** Waits until no request has been in flight for 400 ms, so late lazy imports are counted too. */
export async function waitForQuiet(page: Page, inflight: () => number, lastActivity: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (inflight() <= 0 && Date.now() - lastActivity() >= 400) return;
    await page.waitForTimeout(100);
  }
}

const breakdown = (load: PageLoad) => load.js.map((file) => `${file.file} ${kB(file.brotli)}`).join(' + ');

export async function sizeBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, {
    'size-nl.html': lookupPage('nl'),
    'size-en.html': lookupPage('en'),
    'size-autoloader-nl.html': lookupPage('nl', 'autoloader.js'),
    // A school's own dataset (any `src`) is validated in the browser: this page also loads the validators.
    'size-src-nl.html': lookupPage('nl', 'cao-lookup.js', true, `${DATASET_FILE}?school`),
  });
  try {
    const nl = await measurePage(browser, site.origin, cdnDir, 'size-nl.html');
    const en = await measurePage(browser, site.origin, cdnDir, 'size-en.html');
    const autoloader = await measurePage(browser, site.origin, cdnDir, 'size-autoloader-nl.html');
    const withSrc = await measurePage(browser, site.origin, cdnDir, 'size-src-nl.html');

    const files = await listFiles(cdnDir);
    const allJs = await Promise.all(
      files.filter((file) => file.endsWith('.js')).map(async (file) => ({ file, content: await readFile(join(cdnDir, file)) })),
    );
    const allJsBrotli = allJs.reduce((sum, { content }) => sum + brotliSize(content), 0);
    const datasetBytes = await readFile(join(cdnDir, DATASET_FILE));
    const datasetBrotli = brotliSize(datasetBytes);

    // Distinctive strings of the dataset: every record id, quoted as it is in the JSON.
    const dataset = JSON.parse(datasetBytes.toString('utf8')) as { records: { id: string }[] };
    const ids = dataset.records.map((record) => record.id);
    const inlined = ids.filter((id) => allJs.some(({ content }) => content.includes(`"${id}"`) || content.includes(`'${id}'`)));
    const notInlined = inlined.length === 0 && !allJs.some(({ content }) => content.includes('"cao-jeugdzorg"'));
    const fetchedLazily = nl.fetchedDataset && en.fetchedDataset;

    const lookupRow = (lang: string, load: PageLoad): Row => ({
      section: 'size',
      name: `Lookup page in ${lang}: JS downloaded (brotli), typing + choosing a result`,
      measured: `${kB(load.total)} (${load.total.toLocaleString('en')} B, ${load.js.length} files)`,
      limit: `≤ ${kB(LOOKUP_LIMIT_BYTES)}`,
      result: load.total <= LOOKUP_LIMIT_BYTES ? 'PASS' : 'FAIL',
      value: load.total,
      limitValue: LOOKUP_LIMIT_BYTES,
      unit: 'B',
    });
    const rows: Row[] = [
      lookupRow('nl', nl),
      lookupRow('en', en),
      {
        ...lookupRow('nl', withSrc),
        name: "Lookup page in nl with a school's own dataset (src): JS incl. the validators, typing + choosing",
      },
      {
        section: 'size',
        name: 'Dataset not inlined into JS, fetched lazily',
        measured: `${inlined.length} of ${ids.length} record ids in ${allJs.length} JS files; ${DATASET_FILE} fetched: ${fetchedLazily ? 'yes' : 'no'}`,
        limit: '0 ids in JS; JSON fetched',
        result: notInlined && fetchedLazily ? 'PASS' : 'FAIL',
      },
      {
        section: 'size',
        name: 'Lookup page in nl via autoloader.js (brotli)',
        measured: `${kB(autoloader.total)} (${autoloader.js.length} files)`,
        limit: '—',
        result: 'info',
        value: autoloader.total,
        unit: 'B',
      },
      {
        section: 'size',
        name: 'All JS in cdn/ (brotli)',
        measured: `${kB(allJsBrotli)} (${allJs.length} files)`,
        limit: '—',
        result: 'info',
        value: allJsBrotli,
        unit: 'B',
      },
      {
        section: 'size',
        name: `Bundled dataset ${DATASET_FILE} (brotli)`,
        measured: `${kB(datasetBrotli)} (${kB(datasetBytes.length)} raw, ${ids.length} records)`,
        limit: '—',
        result: 'info',
        value: datasetBrotli,
        unit: 'B',
      },
    ];
    return {
      rows,
      details: { query: QUERY, nl, en, autoloader, allJsBrotli, datasetBrotli, datasetRaw: datasetBytes.length, inlinedIds: inlined },
      notes: [`size nl: ${breakdown(nl)}`, `size en: ${breakdown(en)}`],
    };
  } finally {
    await site.close();
  }
}
