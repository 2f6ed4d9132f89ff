/**
 * The compensation checker's badge (`mode="badge"`) on a vacancy page, in headless Chromium.
 *
 * Size: a fresh context (empty cache) opens a page with the CDN entry and one badge, waits until the
 * element fired `stagekit-check` and shows its verdict, then until the network is quiet; every
 * JavaScript file it fetched counts, brotli-compressed (quality 11, as in size.ts). The data it
 * fetched is checked too: one CAO record file (raw bytes as served; the bench server does not
 * compress), the rules file, and neither the whole dataset nor the full form's chunk.
 *
 * Render: like render.ts's single-element row, with the badge's attributes, after a warm-up badge
 * has loaded the texts, the rules and the CAO record (shared afterwards).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { originsOf } from './origins.ts';
import { median, ms, percentile, sortedCopy, type Row } from './report.ts';
import { newBenchContext, serveStatic } from './server.ts';
import { brotliSize, kB, waitForQuiet } from './size.ts';

/** "≤ 20 KB brotli", read strictly as 20,000 bytes (like the lookup's 25 KB). */
export const BADGE_LIMIT_BYTES = 20_000;
/** "fetches ≤ 5 KB for one CAO": raw bytes of the CAO data file(s) the badge fetched. */
export const CAO_DATA_LIMIT_BYTES = 5_000;
export const LIMITS = { singleMs: 16 };
const SINGLE_ROUNDS = 40;
const ENTRY = 'compensation-checker.js';
const TAG = 'stagekit-compensation-checker';
const CAO_ID = 'cao-jeugdzorg';
const DATASET_FILE = 'data/cao-dataset.json';
const RULES_FILE = 'data/compensation-rules.json';
const CAO_DIR = 'data/cao/';
/** The badge from the issue: a CAO, and everything the check needs, as attributes. */
export const BADGE_ATTRIBUTES: Record<string, string> = {
  mode: 'badge',
  cao: CAO_ID,
  level: 'hbo',
  'stage-type': 'practice',
  hours: '32',
  age: '20',
  location: 'nl',
  offered: '300',
  lang: 'nl',
};
/** The badge's verdict texts in Dutch (badge.meets / badge.below); anything else is not a verdict. */
const VERDICT = 'Past bij|Te laag';

const attributes = Object.entries(BADGE_ATTRIBUTES)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ');

/** A page with the checker's CDN entry; with one badge, or empty (render adds its own). */
function badgePage(withElement: boolean): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Stagekit bench: badge</title>
<script>globalThis.__checks = []; document.addEventListener('stagekit-check', (event) => globalThis.__checks.push(event.detail));</script>
<script type="module" src="${ENTRY}"></script></head>
<body>${withElement ? `<${TAG} ${attributes}></${TAG}>` : ''}</body>
</html>
`;
}

interface Fetched {
  file: string;
  /** Bytes as transferred (the bench server sends files uncompressed, with their length). */
  raw: number;
  brotli: number;
}

interface BadgeLoad {
  js: Fetched[];
  total: number;
  data: Fetched[];
  fetched: string[];
  verdict: string;
  check: { status: string; caoId: string | null; minimumMonthly: number | null; shortfall: number | null } | null;
}

async function measureBadgePage(browser: Browser, origin: string, cdnDir: string, pageName: string): Promise<BadgeLoad> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    const fetched = new Map<string, number>();
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
      if (url.origin === origin && response.status() === 200) fetched.set(url.pathname.slice(1), Number(response.headers()['content-length'] ?? Number.NaN));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${origin}/${pageName}`);
    await page.waitForFunction(
      ({ tag, verdict }) => {
        const text = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="badge"]')?.textContent ?? '';
        return (globalThis as unknown as { __checks: unknown[] }).__checks.length > 0 && new RegExp(verdict).test(text);
      },
      { tag: TAG, verdict: VERDICT },
      { timeout: 10_000, polling: 50 },
    );
    const shown = await page.evaluate(({ tag }) => {
      const text = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="badge"]')?.textContent ?? '';
      const [detail] = (globalThis as unknown as { __checks: { cao: { status: string; caoId: string | null; minimumMonthly: number | null; shortfall: number | null } }[] }).__checks;
      return { text: text.replace(/\s+/g, ' ').trim(), cao: detail ? detail.cao : null };
    }, { tag: TAG });
    await waitForQuiet(page, () => inflight, () => lastActivity);
    if (errors.length) throw new Error(`page errors in ${pageName}: ${errors.join('; ')}`);

    const measure = async (file: string): Promise<Fetched> => {
      const bytes = await readFile(join(cdnDir, file));
      const sent = fetched.get(file)!;
      if (sent !== bytes.length) throw new Error(`${file}: served ${sent} B, but ${bytes.length} B on disk`);
      return { file, raw: sent, brotli: brotliSize(bytes) };
    };
    const files = [...fetched.keys()].sort();
    const js = await Promise.all(files.filter((file) => file.endsWith('.js')).map(measure));
    js.sort((a, b) => b.brotli - a.brotli);
    const data = await Promise.all(files.filter((file) => file.startsWith('data/')).map(measure));
    const check = shown.cao ? { status: shown.cao.status, caoId: shown.cao.caoId, minimumMonthly: shown.cao.minimumMonthly, shortfall: shown.cao.shortfall } : null;
    return { js, total: js.reduce((sum, file) => sum + file.brotli, 0), data, fetched: files, verdict: shown.text.slice(0, 120), check };
  } finally {
    await context.close();
  }
}

export async function badgeSizeBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, { 'badge-nl.html': badgePage(true) });
  try {
    const load = await measureBadgePage(browser, site.origin, cdnDir, 'badge-nl.html');
    const caoFiles = load.data.filter((file) => file.file.startsWith(CAO_DIR));
    const caoRaw = caoFiles.reduce((sum, file) => sum + file.raw, 0);
    const caoBrotli = caoFiles.reduce((sum, file) => sum + file.brotli, 0);
    const rules = load.data.find((file) => file.file === RULES_FILE);
    const fetchedDataset = load.fetched.includes(DATASET_FILE);
    const fullChunks = load.fetched.filter((file) => /(^|\/)compensation-full[.-]/.test(file));
    const onlyOneCao = caoFiles.length === 1 && caoFiles[0]!.file === `${CAO_DIR}${CAO_ID}.json`;
    const otherData = load.data.filter((file) => file.file !== RULES_FILE && !file.file.startsWith(CAO_DIR)).map((file) => file.file);
    const breakdown = load.js.map((file) => `${file.file} ${kB(file.brotli)}`).join(' + ');
    const perFile = load.js.map((file) => `${file.file} ${kB(file.brotli)} (${kB(file.raw)} raw)`).join(' + ');
    const origins = await originsOf(cdnDir, load.js.map((file) => file.file));
    const rawTotal = load.js.reduce((sum, file) => sum + file.raw, 0);

    const rows: Row[] = [
      {
        section: 'size',
        name: 'Checker badge page in nl: JS downloaded (brotli), until stagekit-check + verdict shown',
        measured: `${kB(load.total)} (${load.total.toLocaleString('en')} B, ${load.js.length} files)`,
        limit: `≤ ${kB(BADGE_LIMIT_BYTES)}`,
        result: load.total <= BADGE_LIMIT_BYTES ? 'PASS' : 'FAIL',
        value: load.total,
        limitValue: BADGE_LIMIT_BYTES,
        unit: 'B',
      },
      {
        section: 'size',
        name: 'Checker badge page: JS files (brotli, and minified raw)',
        measured: perFile,
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: 'Checker badge page: JS by origin, from source maps (minified bytes, share; brotli of each alone)',
        measured: origins
          .slice(0, 5)
          .map((origin) => `${origin.origin} ${kB(origin.raw)} (${Math.round((origin.raw / rawTotal) * 100)}%; br ${kB(origin.brotliAlone)})`)
          .join(' · '),
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: `Checker badge page: no ${DATASET_FILE}, no compensation-full chunk, one CAO file`,
        measured: `dataset fetched: ${fetchedDataset ? 'yes' : 'no'}; full chunks: ${fullChunks.length ? fullChunks.join(', ') : 'none'}; CAO files: ${caoFiles.map((file) => file.file).join(', ') || 'none'}${otherData.length ? `; other data: ${otherData.join(', ')}` : ''}`,
        limit: `no; none; ${CAO_DIR}${CAO_ID}.json`,
        result: !fetchedDataset && fullChunks.length === 0 && onlyOneCao ? 'PASS' : 'FAIL',
      },
      {
        section: 'size',
        name: 'Checker badge page: data fetched for one CAO (raw, as transferred)',
        measured: `${kB(caoRaw)} (${caoRaw.toLocaleString('en')} B; brotli ${kB(caoBrotli)})`,
        limit: `≤ ${kB(CAO_DATA_LIMIT_BYTES)}`,
        result: caoFiles.length > 0 && caoRaw <= CAO_DATA_LIMIT_BYTES ? 'PASS' : 'FAIL',
        value: caoRaw,
        limitValue: CAO_DATA_LIMIT_BYTES,
        unit: 'B',
      },
      {
        section: 'size',
        name: `Checker badge page: rules ${RULES_FILE}`,
        measured: rules ? `${kB(rules.raw)} raw (${rules.raw.toLocaleString('en')} B; brotli ${kB(rules.brotli)})` : 'not fetched',
        limit: '—',
        result: 'info',
        value: rules?.raw,
        unit: 'B',
      },
    ];
    const check = load.check;
    return {
      rows,
      details: { attributes: BADGE_ATTRIBUTES, ...load, rawTotal, origins },
      notes: [
        `size badge: ${breakdown}`,
        `badge verdict: "${load.verdict}" (cao.status ${check?.status ?? '?'}, minimum ${check?.minimumMonthly ?? '?'}, shortfall ${check?.shortfall ?? '?'})`,
      ],
    };
  } finally {
    await site.close();
  }
}

type Checker = HTMLElement & { updateComplete: Promise<unknown> };

export async function badgeRenderBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, { 'badge-render.html': badgePage(false) });
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/badge-render.html`);
    const measured = await page.evaluate(
      async ({ rounds, tag, attributes, verdict }) => {
        const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
        /** Yields to the event loop without setTimeout's clamping. */
        const tick = () =>
          new Promise<void>((done) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done();
            channel.port2.postMessage(0);
          });
        const create = () => {
          const element = document.createElement(tag) as Checker;
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          return element;
        };
        const pattern = new RegExp(verdict);
        const badgeText = (element: Checker) => element.shadowRoot?.querySelector('[part~="badge"]')?.textContent ?? '';
        const shown = (element: Checker) => pattern.test(badgeText(element));
        await customElements.whenDefined(tag);

        // Warm-up: loads the Dutch texts, the rules and the CAO record once (shared afterwards).
        const warm = create();
        document.body.append(warm);
        await warm.updateComplete;
        const deadline = performance.now() + 10_000;
        while (!shown(warm) && performance.now() < deadline) await frame();
        const warmedUp = shown(warm);
        const warmText = badgeText(warm).replace(/\s+/g, ' ').trim();
        warm.remove();
        await frame();

        const single: number[] = [];
        const untilVerdict: number[] = [];
        let verdictAtUpdateComplete = 0;
        let firstText = '';
        for (let i = 0; i < rounds; i++) {
          const element = create();
          const start = performance.now();
          document.body.append(element);
          await element.updateComplete;
          element.getBoundingClientRect();
          single.push(performance.now() - start);
          firstText = badgeText(element).replace(/\s+/g, ' ').trim();
          if (shown(element)) verdictAtUpdateComplete++;
          // Not a budget: the verdict needs the (cached) rules and record, which the element's tasks
          // hand over in later microtasks/tasks. Measured until the verdict text is in the badge.
          while (!shown(element) && performance.now() - start < 5_000) {
            await tick();
            await element.updateComplete;
          }
          element.getBoundingClientRect();
          untilVerdict.push(performance.now() - start);
          element.remove();
          await frame();
          await frame();
        }
        return { warmedUp, warmText, single, untilVerdict, verdictAtUpdateComplete, firstText };
      },
      { rounds: SINGLE_ROUNDS, tag: TAG, attributes: BADGE_ATTRIBUTES, verdict: VERDICT },
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (!measured.warmedUp) throw new Error(`warm-up badge never showed a verdict (shows "${measured.warmText.slice(0, 80)}")`);
    if (!measured.firstText) throw new Error('the measured badge rendered without text');

    const single = sortedCopy(measured.single);
    const untilVerdict = sortedCopy(measured.untilVerdict);
    const singleMedian = median(single);
    const rows: Row[] = [
      {
        section: 'render',
        name: `Checker badge: append → updateComplete + layout, data cached (median of ${SINGLE_ROUNDS})`,
        measured: `${ms(singleMedian)} (p95 ${ms(percentile(single, 0.95))}; verdict already shown in ${measured.verdictAtUpdateComplete}/${SINGLE_ROUNDS})`,
        limit: `≤ ${LIMITS.singleMs} ms`,
        result: singleMedian <= LIMITS.singleMs ? 'PASS' : 'FAIL',
        value: singleMedian,
        limitValue: LIMITS.singleMs,
        unit: 'ms',
      },
      {
        section: 'render',
        name: 'Checker badge: append → verdict shown + layout, data cached',
        measured: `${ms(median(untilVerdict))} (p95 ${ms(percentile(untilVerdict, 0.95))})`,
        limit: '—',
        result: 'info',
        value: median(untilVerdict),
        unit: 'ms',
      },
    ];
    return {
      rows,
      details: {
        attributes: BADGE_ATTRIBUTES,
        single: measured.single,
        untilVerdict: measured.untilVerdict,
        verdictAtUpdateComplete: measured.verdictAtUpdateComplete,
        textAtUpdateComplete: measured.firstText,
        verdict: measured.warmText,
      },
      notes: [],
    };
  } finally {
    await context.close();
    await site.close();
  }
}
