/**
 * Budgets for the built portal (dist/portal), served the way a production host serves it: brotli.
 *
 * Lighthouse: Lighthouse 13's default config (mobile: Moto G Power screen, simulated throttling of
 * 150 ms RTT, 1.6 Mbps and a 4× slower CPU) on the home page and on every page that shows a widget
 * (portal/site/pages.ts: `widget`), in Dutch, plus the English home page. Each page is run three
 * times (`STAGEKIT_BENCH_LIGHTHOUSE_RUNS`), each run in a fresh headless Chromium started by the
 * Lighthouse CLI (`CHROME_PATH`, `--headless=new --no-sandbox`); the row shows the run with the median
 * performance score (as Lighthouse's own `computeMedianRun` picks it), and all runs' performance
 * scores. Budgets: performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 95. Every weighted
 * audit that lost points is listed in the notes and the JSON, with the elements or URLs; for a
 * performance miss also the layout shifts and long tasks behind it. The median run's full report is
 * kept in dist/bench/lighthouse/<page>-<lang>.json (open it in the Lighthouse viewer).
 *
 * Transfer: the Dutch home page in a fresh Playwright context (empty cache), until the network has
 * been quiet for 500 ms after `load`; every request the page itself makes counts (document, CSS, JS,
 * fonts, icons, failed ones too) with its bytes on the wire (DevTools' `encodedDataLength`: response
 * headers + brotli body). The service worker registers on `load` and then downloads its precache in
 * the worker: that is measured separately (from the server's log, until the worker controls the
 * page) and is not part of the 60 KB budget.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PORTAL_PAGES, type PortalLanguage } from '../../portal/site/pages.ts';
import type { Row } from './report.ts';
import { CHROMIUM_PATH, newBenchContext } from './server.ts';
import { kB } from './size.ts';

/** Lighthouse category scores (0–100) that a page must reach. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const;
type Category = keyof typeof LIGHTHOUSE_BUDGETS;
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGETS) as Category[];
const CATEGORY_LABEL: Record<Category, string> = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };

/** "≤ 60 KB brotli in total", read strictly as 60,000 bytes (like the other size budgets). */
export const HOME_TRANSFER_LIMIT_BYTES = 60_000;

/** The Lighthouse rows' section. report.ts's `Row['section']` does not list it yet (that file is not this one's to change), hence the cast. */
export const LIGHTHOUSE_SECTION = 'lighthouse' as Row['section'];

interface Section {
  rows: Row[];
  details: unknown;
  notes: string[];
}

// Build -------------------------------------------------------------------------------------------

/**
 * Builds the portal so the bench measures the current sources. With a Storybook build already in
 * dist/storybook only `vite build` runs (a few seconds; no measured page depends on the Storybook,
 * it is only copied to /storybook/); without one, the whole `npm run build:portal` (Storybook first).
 * `STAGEKIT_BENCH_PORTAL_BUILD=0` measures dist/portal as it is.
 */
export function buildPortal(root: string): string {
  if (process.env['STAGEKIT_BENCH_PORTAL_BUILD'] === '0') {
    if (!existsSync(join(root, 'dist/portal/index.html'))) throw new Error('dist/portal is missing and STAGEKIT_BENCH_PORTAL_BUILD=0');
    return 'dist/portal as found (STAGEKIT_BENCH_PORTAL_BUILD=0: not rebuilt)';
  }
  const withStorybook = existsSync(join(root, 'dist/storybook/index.html'));
  const [command, args, how] = withStorybook
    ? (['npx', ['vite', 'build'], '`npx vite build` (dist/storybook existed and was copied in as it was)'] as const)
    : (['npm', ['run', 'build:portal'], '`npm run build:portal` (no dist/storybook yet: Storybook build, then vite build)'] as const);
  const run = spawnSync(command, [...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`portal build failed (${command} ${args.join(' ')}): ${`${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-5).join(' / ')}`);
  return how;
}

// Server ------------------------------------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
/** Text formats a host compresses; images, fonts and PDFs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt', '.xml', '.webmanifest', '.ics']);

export interface Served {
  path: string;
  status: number;
  /** Bytes on the wire for this response: status line, headers and (compressed) body. */
  wire: number;
  body: number;
  encoding: 'br' | 'identity';
  /** `Referer` of the request: a service worker's own fetches carry the worker script's URL. */
  referer: string;
  /** `Service-Worker: script` marks the browser's fetch of a worker script. */
  serviceWorkerScript: boolean;
}

export interface PortalServer {
  origin: string;
  readonly log: Served[];
  close(): Promise<void>;
}

/**
 * A static server for dist/portal that answers like a production host: brotli (quality 11, cached
 * per file, as a host that pre-compresses at deploy time) for text when the browser accepts it,
 * `Vary: Accept-Encoding`, a year of caching for Vite's hashed /assets/ and `no-cache` for the rest,
 * `index.html` for a folder, a redirect from `/cao` to `/cao/`, and 404 for anything else. It logs
 * every response with its bytes on the wire.
 */
export async function servePortal(dir: string): Promise<PortalServer> {
  const base = resolve(dir);
  const compressed = new Map<string, { mtime: number; bytes: Buffer }>();
  const log: Served[] = [];

  const send = (request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer, encoding: Served['encoding']) => {
    const socket = response.socket as Socket;
    const before = socket.bytesWritten;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.on('finish', () =>
      log.push({
        path,
        status,
        wire: socket.bytesWritten - before,
        body: body.length,
        encoding,
        referer: request.headers.referer ?? '',
        serviceWorkerScript: request.headers['service-worker'] === 'script',
      }),
    );
    response.writeHead(status, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      let file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) return send(request, response, 404, { 'content-type': TYPES['.txt']! }, Buffer.from('not found'), 'identity');
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!path.endsWith('/')) return send(request, response, 301, { location: `${path}/${url.search}`, 'content-type': TYPES['.txt']! }, Buffer.from('moved'), 'identity');
        file = join(file, 'index.html');
        path += 'index.html';
      }
      if (!existsSync(file) || !statSync(file).isFile()) return send(request, response, 404, { 'content-type': TYPES['.txt']!, 'cache-control': 'no-cache' }, Buffer.from('not found'), 'identity');
      const extension = extname(file).toLowerCase();
      const headers: Record<string, string> = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const raw = await readFile(file);
      const acceptsBrotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (!COMPRESSIBLE.has(extension)) return send(request, response, 200, headers, raw, 'identity');
      headers['vary'] = 'Accept-Encoding';
      if (!acceptsBrotli) return send(request, response, 200, headers, raw, 'identity');
      const mtime = statSync(file).mtimeMs;
      let cached = compressed.get(file);
      if (!cached || cached.mtime !== mtime) {
        cached = { mtime, bytes: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) };
        compressed.set(file, cached);
      }
      return send(request, response, 200, { ...headers, 'content-encoding': 'br' }, cached.bytes, 'br');
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': TYPES['.txt']! });
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

// Pages -------------------------------------------------------------------------------------------

export interface MeasuredPage {
  id: string;
  lang: PortalLanguage;
  /** Path in the site, '' for the home page. */
  path: string;
  widget?: string;
}

/** The Dutch home page, every Dutch page that shows a widget, and the English home page. */
export function lighthousePages(): MeasuredPage[] {
  const pages = PORTAL_PAGES.filter((page) => page.id === 'home' || page.widget).map((page) => ({ id: page.id, lang: 'nl' as const, path: page.path.nl, widget: page.widget }));
  const home = PORTAL_PAGES.find((page) => page.id === 'home')!;
  return [...pages, { id: home.id, lang: 'en', path: home.path.en }];
}

const pageLabel = (page: MeasuredPage) => `/${page.path} (${page.id}, ${page.lang}${page.widget ? `, ${page.widget}` : ''})`;

// Lighthouse --------------------------------------------------------------------------------------

/** The parts of a Lighthouse result (LHR) this bench reads. */
interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  numericValue?: number;
  details?: { type?: string; items?: Record<string, unknown>[] };
}
interface Lhr {
  lighthouseVersion: string;
  environment?: { hostUserAgent?: string; benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<string, LhrAudit>;
  configSettings: { formFactor: string; throttlingMethod: string; throttling: Record<string, number> };
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  weight: number;
  displayValue?: string;
  /** What the audit points at: elements (selector and HTML), URLs, console messages. */
  items: string[];
}

export interface LighthousePageResult {
  page: string;
  url: string;
  /** The median run's scores. */
  scores: Record<Category, number | null>;
  /** Performance score of every run, in run order. */
  performanceRuns: (number | null)[];
  /** Lighthouse's CPU benchmark of every run (higher is faster; a loaded machine scores lower and its TBT grows). */
  benchmarkIndex: (number | null)[];
  /** What lies behind a performance miss: layout shifts (element, score) and long tasks (script, ms). */
  diagnostics: string[];
  report?: string;
  metrics: Record<string, string>;
  failing: FailingAudit[];
  runWarnings: string[];
  seconds: number;
}

const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Runs the Lighthouse CLI once on `url` (default config: mobile, simulated throttling); resolves with its JSON result. */
async function runLighthouse(url: string, outFile: string): Promise<Lhr> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
    '--max-wait-for-load=60000',
  ];
  const stderr: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0 || !existsSync(outFile)) throw new Error(`lighthouse exited ${code}: ${stderr.join('').trim().split('\n').slice(-3).join(' / ')}`);
  return JSON.parse(await readFile(outFile, 'utf8')) as Lhr;
}

/** A few words per item a failing audit points at. */
function describeItem(item: Record<string, unknown>): string {
  const node = item['node'] as { selector?: string; snippet?: string; nodeLabel?: string; explanation?: string } | undefined;
  if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}${node.explanation ? ` — ${node.explanation.replace(/\s+/g, ' ')}` : ''}`.trim();
  const parts = ['source', 'description', 'url', 'label', 'reason', 'issueType', 'failureReason', 'value']
    .map((key) => item[key])
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    .map(String);
  return parts.join(' — ').replace(/\s+/g, ' ').slice(0, 300);
}

function failingAudits(lhr: Lhr): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'informative') continue;
      if (audit.score !== null && audit.score >= 1) continue;
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue ?? audit.explanation ?? audit.errorMessage,
        items: (audit.details?.items ?? []).slice(0, 5).map(describeItem).filter(Boolean),
      });
    }
  }
  return failing;
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));

/** The layout shifts, long tasks and LCP element of a run, in a few words each. */
function performanceDiagnostics(lhr: Lhr): string[] {
  const lines: string[] = [];
  const items = (id: string) => lhr.audits[id]?.details?.items ?? [];
  for (const item of items('layout-shifts').slice(0, 4)) {
    const node = item['node'] as { selector?: string; nodeLabel?: string } | undefined;
    lines.push(`layout shift ${Number(item['score'] ?? 0).toFixed(3)} at ${node?.selector ?? '?'} ("${(node?.nodeLabel ?? '').split('\n')[0]!.slice(0, 60)}")`);
  }
  for (const item of items('long-tasks').slice(0, 4)) lines.push(`long task ${Math.round(Number(item['duration'] ?? 0))} ms at ${Math.round(Number(item['startTime'] ?? 0))} ms: ${String(item['url'] ?? '?').replace(/^https?:\/\/[^/]+/, '')}`);
  const lcp = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find((entry) => entry['type'] === 'node') as { selector?: string } | undefined;
  if (lcp?.selector) lines.push(`LCP element ${lcp.selector} (${lhr.audits['largest-contentful-paint']?.displayValue ?? '?'})`);
  return lines;
}

/** Runs per page; the run with the median performance score is the one reported. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env['STAGEKIT_BENCH_LIGHTHOUSE_RUNS'] ?? 3) || 3);

/** `reportDir`: where the median run's JSON report of each page is kept (omit to keep none). */
export async function portalLighthouseBench(portalDir: string, reportDir?: string): Promise<Section> {
  const site = await servePortal(portalDir);
  const work = await mkdtemp(join(tmpdir(), 'stagekit-lighthouse-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  const results: LighthousePageResult[] = [];
  let settings: Lhr['configSettings'] | undefined;
  let version = '';
  try {
    for (const [index, page] of lighthousePages().entries()) {
      const url = `${site.origin}/${page.path}`;
      const start = performance.now();
      const runs: { lhr: Lhr; file: string }[] = [];
      try {
        for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
          const file = join(work, `page-${index}-run-${run}.json`);
          runs.push({ lhr: await runLighthouse(url, file), file });
        }
      } catch (error) {
        rows.push({ section: LIGHTHOUSE_SECTION, name: `${pageLabel(page)}: could not be measured`, measured: (error instanceof Error ? error.message : String(error)).slice(0, 160), limit: '—', result: 'ERROR' });
        continue;
      }
      const performanceRuns = runs.map((run) => score(run.lhr.categories['performance']?.score));
      const byPerformance = [...runs].sort((a, b) => (a.lhr.categories['performance']?.score ?? -1) - (b.lhr.categories['performance']?.score ?? -1));
      const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
      const lhr = median.lhr;
      let report: string | undefined;
      if (reportDir) {
        await mkdir(reportDir, { recursive: true });
        report = join(reportDir, `${page.id}-${page.lang}.json`);
        await copyFile(median.file, report);
      }
      settings ??= lhr.configSettings;
      version ||= lhr.lighthouseVersion;
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr.categories[category]?.score)])) as Record<Category, number | null>;
      const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? 'n/a']));
      const failing = failingAudits(lhr);
      const missed = CATEGORIES.filter((category) => scores[category] === null || scores[category]! < LIGHTHOUSE_BUDGETS[category]);
      const diagnostics = missed.includes('performance') ? performanceDiagnostics(lhr) : [];
      const result: LighthousePageResult = {
        page: pageLabel(page),
        url: `/${page.path}`,
        scores,
        performanceRuns,
        benchmarkIndex: runs.map((run) => run.lhr.environment?.benchmarkIndex ?? null),
        metrics,
        failing,
        diagnostics,
        report,
        runWarnings: [...new Set(runs.flatMap((run) => run.lhr.runWarnings))],
        seconds: Number(((performance.now() - start) / 1000).toFixed(1)),
      };
      results.push(result);

      // The row names the audits that cost the most (score under 90); the notes list every one.
      const failedIds = [...new Set(failing.filter((audit) => missed.includes(audit.category) && (audit.score === null || audit.score < 0.9)).map((audit) => audit.id))];
      const runsText = runs.length > 1 ? `performance in ${runs.length} runs: ${performanceRuns.map((value) => value ?? 'n/a').join(', ')}` : '';
      const extra = [runsText, failedIds.length ? `lost points: ${failedIds.join(', ')}` : ''].filter(Boolean).join('; ');
      rows.push({
        section: LIGHTHOUSE_SECTION,
        name: `${pageLabel(page)}: performance, accessibility, best practices, SEO`,
        measured: `${CATEGORIES.map((category) => scores[category] ?? 'n/a').join(' / ')}${extra ? ` (${extra})` : ''}`,
        limit: `≥ ${CATEGORIES.map((category) => LIGHTHOUSE_BUDGETS[category]).join(' / ')}`,
        result: lhr.runtimeError ? 'ERROR' : missed.length ? 'FAIL' : 'PASS',
        value: scores.performance ?? undefined,
        limitValue: LIGHTHOUSE_BUDGETS.performance,
        unit: 'score',
      });
      if (lhr.runtimeError) notes.push(`lighthouse ${pageLabel(page)}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of result.runWarnings) notes.push(`lighthouse ${pageLabel(page)}: warning: ${warning.replace(/\s+/g, ' ').replace(/ Learn more.*$/, '')}`);
      for (const audit of failing) {
        const where = audit.items.length ? `: ${audit.items.join(' | ')}` : '';
        notes.push(`lighthouse ${pageLabel(page)}: ${CATEGORY_LABEL[audit.category]} lost points on ${audit.id} ("${audit.title}", score ${score(audit.score) ?? 'n/a'}, weight ${audit.weight}${audit.displayValue ? `, ${audit.displayValue}` : ''})${where}`);
      }
      if (diagnostics.length) notes.push(`lighthouse ${pageLabel(page)}: behind the performance score: ${diagnostics.join('; ')}`);
    }
  } finally {
    await site.close();
    await rm(work, { recursive: true, force: true });
  }
  const indexes = results.flatMap((result) => result.benchmarkIndex).filter((value): value is number => value !== null);
  if (indexes.length) notes.unshift(`lighthouse: CPU benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)} over ${indexes.length} runs (machine load avg ${loadavg()[0]!.toFixed(2)} at the end); total blocking time is simulated from the CPU time observed here, so a busy machine lowers the performance score.`);
  if (settings) {
    const t = settings.throttling;
    notes.unshift(
      `lighthouse ${version}: default config (${settings.formFactor}, ${settings.throttlingMethod} throttling: ${t['rttMs']} ms RTT, ${((t['throughputKbps'] ?? 0) / 1000).toFixed(1)} Mbps, CPU ×${t['cpuSlowdownMultiplier']}), ${LIGHTHOUSE_RUNS} run(s) per page, each in a fresh headless Chromium (${CHROMIUM_PATH}), the run with the median performance score shown; scores are performance / accessibility / best practices / SEO; the portal is served with brotli (quality 11) by scripts/bench/portal.ts's static server, like a production host.`,
    );
  }
  return { rows, details: { budgets: LIGHTHOUSE_BUDGETS, runs: LIGHTHOUSE_RUNS, settings, pages: results }, notes };
}

// Home page transfer ------------------------------------------------------------------------------

interface PageRequest {
  url: string;
  type: string;
  status: number;
  /** Bytes on the wire (headers + encoded body), as DevTools counts them. */
  transfer: number;
  encoding: string;
  failed?: string;
}

export async function portalTransferBench(browser: Browser, portalDir: string): Promise<Section> {
  const site = await servePortal(portalDir);
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map<string, PageRequest>();
    let inflight = 0;
    let lastActivity = Date.now();
    let redirects = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      const previous = requests.get(event.requestId);
      if (previous && event.redirectResponse) {
        // A redirect keeps the request id: keep the redirect's own response as an entry of its own.
        requests.set(`${event.requestId}:redirect-${++redirects}`, { ...previous, status: event.redirectResponse.status, transfer: event.redirectResponse.encodedDataLength, encoding: 'identity' });
      }
      if (!previous) inflight++;
      lastActivity = Date.now();
      requests.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', status: 0, transfer: 0, encoding: '' });
    });
    cdp.on('Network.responseReceived', (event) => {
      const entry = requests.get(event.requestId);
      if (!entry) return;
      entry.status = event.response.status;
      entry.type = event.type;
      const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]));
      entry.encoding = headers['content-encoding'] ?? 'identity';
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = requests.get(event.requestId);
      if (!entry) return;
      entry.transfer = event.encodedDataLength;
      inflight--;
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      const entry = requests.get(event.requestId);
      if (!entry) return;
      entry.failed = event.errorText;
      inflight--;
      lastActivity = Date.now();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(inflight <= 0 && Date.now() - lastActivity >= 500)) await page.waitForTimeout(100);
    const pageRequests = [...requests.values()];
    const pageTotal = pageRequests.reduce((sum, entry) => sum + entry.transfer, 0);
    const pageLogged = site.log.length;

    // The service worker registers on `load`, downloads its precache while installing, then takes
    // control of the page (clientsClaim): wait for that, then for its downloads to end.
    const controlled = await page
      .evaluate(
        () =>
          new Promise<boolean>((done) => {
            if (navigator.serviceWorker.controller) return done(true);
            navigator.serviceWorker.addEventListener('controllerchange', () => done(true));
            setTimeout(() => done(false), 20_000);
          }),
      )
      .catch(() => false);
    let count = -1;
    while (count !== site.log.length) {
      count = site.log.length;
      await page.waitForTimeout(750);
    }
    const fromWorker = (entry: Served) => entry.serviceWorkerScript || entry.referer.endsWith('/sw.js');
    const worker = site.log.filter((entry, index) => fromWorker(entry) || index >= pageLogged);
    const workerScripts = worker.filter((entry) => entry.serviceWorkerScript || (entry.referer.endsWith('/sw.js') && /^\/workbox-[\w-]+\.js$/.test(entry.path)));
    const precache = worker.filter((entry) => !workerScripts.includes(entry) && entry.referer.endsWith('/sw.js'));
    /** Requests of the page itself that came after the quiet period (none expected). */
    const late = worker.filter((entry) => !fromWorker(entry));
    const sum = (entries: Served[], key: 'wire' | 'body') => entries.reduce((total, entry) => total + entry[key], 0);
    // The server's view of the page's own requests, to check the browser's count against.
    const serverPage = site.log.filter((entry, index) => index < pageLogged && !fromWorker(entry));

    const byType = new Map<string, number>();
    for (const entry of pageRequests) byType.set(entry.type, (byType.get(entry.type) ?? 0) + entry.transfer);
    const typeText = [...byType.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([type, bytes]) => `${type} ${kB(bytes)}`)
      .join(', ');
    const notBrotli = pageRequests.filter((entry) => entry.encoding !== 'br' && entry.status === 200 && !/\.(woff2|png|jpe?g|webp|avif|ico)$/.test(new URL(entry.url).pathname));

    const rows: Row[] = [
      {
        section: 'size',
        name: 'Portal home page (nl): everything the page transfers before any widget is used (brotli, headers included)',
        measured: `${kB(pageTotal)} (${pageTotal.toLocaleString('en')} B, ${pageRequests.length} requests: ${typeText})`,
        limit: `≤ ${kB(HOME_TRANSFER_LIMIT_BYTES)}`,
        result: pageTotal <= HOME_TRANSFER_LIMIT_BYTES ? 'PASS' : 'FAIL',
        value: pageTotal,
        limitValue: HOME_TRANSFER_LIMIT_BYTES,
        unit: 'B',
      },
      {
        section: 'size',
        name: 'Portal home page (nl): service worker precache after load (not in the budget above)',
        measured: controlled
          ? `${kB(sum(precache, 'wire'))} (${precache.length} files; worker scripts ${kB(sum(workerScripts, 'wire'))} in ${workerScripts.length} files)`
          : `the worker did not take control within 20 s (${precache.length} precache files seen, ${kB(sum(precache, 'wire'))})`,
        limit: '—',
        result: 'info',
        value: sum(precache, 'wire'),
        unit: 'B',
      },
    ];
    const notes = [
      `portal transfer: home page requests ${pageRequests.map((entry) => `${new URL(entry.url).pathname} ${entry.status || entry.failed} ${entry.encoding} ${kB(entry.transfer)}`).join(', ')}`,
      `portal transfer: bytes on the wire from Chromium's DevTools protocol (encodedDataLength: response headers + brotli body), fresh context (empty cache), until the network was quiet for 500 ms after load; the server's own count for the same requests is ${kB(sum(serverPage, 'wire'))}. The service worker (sw.js, registered on load) then downloads its precache in the worker: ${precache.length} files, ${kB(sum(precache, 'wire'))} on the wire (${kB(sum(precache, 'body'))} brotli bodies), plus ${kB(sum(workerScripts, 'wire'))} of worker scripts — counted from the server's log, not in the 60 kB budget.`,
    ];
    if (late.length) notes.push(`portal transfer: the page made ${late.length} more requests after the quiet period (not counted): ${late.map((entry) => entry.path).join(', ')}`);
    if (notBrotli.length) notes.push(`portal transfer: not compressed: ${notBrotli.map((entry) => new URL(entry.url).pathname).join(', ')}`);
    if (consoleErrors.length) notes.push(`portal transfer: console errors on the home page: ${consoleErrors.join(' | ')}`);
    return {
      rows,
      details: {
        page: { total: pageTotal, requests: pageRequests, serverCount: sum(serverPage, 'wire') },
        serviceWorker: { controlled, scripts: workerScripts, precache, precacheWire: sum(precache, 'wire'), precacheBodies: sum(precache, 'body') },
        late,
        consoleErrors,
      },
      notes,
    };
  } finally {
    await context.close();
    await site.close();
  }
}
