/**
 * `npm run bench`: measures every performance budget once, prints one table, writes it to
 * dist/bench/results.json and dist/bench/results.md, and exits non-zero when a budget is exceeded.
 * Run after `npm run build` (the npm script does that): it measures the built CDN folder. The portal
 * budgets (Lighthouse per page, the home page's transfer) build the portal first (see portal.ts).
 *
 * `--only=key,key` runs only those sections (keys as printed while running, e.g.
 * `--only=portal-build,portal-transfer,portal-lighthouse`); the table is then printed and written to
 * dist/bench/partial-results.{json,md}, never to results.{json,md} (which the README table is taken from).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { agreementSizeBench, agreementTimingBench } from './agreement.ts';
import { badgeRenderBench, badgeSizeBench } from './badge.ts';
import { checkBench } from './check.ts';
import { buildPortal, LIGHTHOUSE_SECTION, portalLighthouseBench, portalTransferBench } from './portal.ts';
import { markdownTable, type Row } from './report.ts';
import { renderBench } from './render.ts';
import { reportEncryptBench, reportFormSizeBench, reportOutboxBench } from './report-form.ts';
import { plannerNodeBench, plannerRenderBench, plannerSizeBench } from './schedule.ts';
import { searchBench } from './search.ts';
import { launchChromium } from './server.ts';
import { sizeBench } from './size.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CDN = join(ROOT, 'packages/elements/cdn');
const CORE = join(ROOT, 'packages/core');
const OUT = join(ROOT, 'dist/bench');
const PORTAL = join(ROOT, 'dist/portal');
/** `--only=a,b`: the section keys to run; undefined runs everything. */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map((key) => key.trim())
  .filter(Boolean);

interface Section {
  rows: Row[];
  details: unknown;
  notes: string[];
}

const started = performance.now();
const rows: Row[] = [];
const notes: string[] = [];
const details: Record<string, unknown> = {};

/** Runs one benchmark; its rows go under `name` in the table, its details under `key` in the JSON. */
async function section(name: Row['section'], run: () => Section | Promise<Section>, key: string = name): Promise<void> {
  if (only && !only.includes(key)) return;
  const start = performance.now();
  process.stderr.write(`bench: ${key}…`);
  try {
    const result = await run();
    rows.push(...result.rows);
    notes.push(...result.notes);
    details[key] = result.details;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    rows.push({ section: name, name: 'could not be measured', measured: message.split('\n')[0]!.slice(0, 160), limit: '—', result: 'ERROR' });
    details[key] = { error: error instanceof Error ? error.stack : message };
  }
  process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}

for (const entry of ['cao-lookup.js', 'compensation-checker.js', 'schedule-planner.js', 'agreement-builder.js', 'report-form.js', 'autoloader.js']) {
  if (!existsSync(join(CDN, entry))) {
    console.error(`bench: ${CDN}/${entry} is missing; run \`npm run build\` first (\`npm run bench\` does).`);
    process.exit(2);
  }
}

const loadBefore = loadavg()[0]!;
// Node first, while no browser is running, so the two do not compete for the two cores.
await section('search', searchBench);
await section('check', () => checkBench(CORE));
await section('check', plannerNodeBench, 'planner-build');
await section('storage', reportOutboxBench, 'report-outbox');
// The portal is built here, before any browser runs; its two budgets below need the build.
let portalBuild: string | Error = new Error('the portal was not built (add portal-build to --only)');
await section('size', () => {
  try {
    portalBuild = buildPortal(ROOT);
  } catch (error) {
    portalBuild = error instanceof Error ? error : new Error(String(error));
    throw portalBuild;
  }
  return { rows: [], details: { build: portalBuild }, notes: [`portal: built with ${portalBuild}`] };
}, 'portal-build');
const withPortal = (run: () => Promise<Section>) => () => {
  if (portalBuild instanceof Error) throw portalBuild;
  return run();
};

let browser: Browser | undefined;
let chromiumVersion = 'not started';
try {
  browser = await launchChromium();
  chromiumVersion = browser.version();
} catch (error) {
  chromiumVersion = `failed to start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
const withBrowser = (run: (browser: Browser) => Promise<Section>) => () => {
  if (!browser) throw new Error(`Chromium ${chromiumVersion}`);
  return run(browser);
};
await section('size', withBrowser((b) => sizeBench(b, CDN)));
await section('size', withBrowser((b) => badgeSizeBench(b, CDN)), 'badge-size');
await section('size', withBrowser((b) => plannerSizeBench(b, CDN)), 'planner-size');
await section('size', withBrowser((b) => agreementSizeBench(b, CDN)), 'agreement-size');
await section('size', withBrowser((b) => reportFormSizeBench(b, CDN)), 'report-form-size');
await section('render', withBrowser((b) => renderBench(b, CDN)));
await section('render', withBrowser((b) => badgeRenderBench(b, CDN)), 'badge-render');
await section('render', withBrowser((b) => plannerRenderBench(b, CDN)), 'planner-render');
await section('render', withBrowser((b) => agreementTimingBench(b, CDN)), 'agreement-pdf-autosave');
await section('check', withBrowser((b) => reportEncryptBench(b, CDN)), 'report-encrypt');
await section('size', withPortal(withBrowser((b) => portalTransferBench(b, PORTAL))), 'portal-transfer');
await browser?.close();
// Lighthouse starts its own Chromium per page; nothing else runs meanwhile (2 cores).
await section(LIGHTHOUSE_SECTION, withPortal(() => portalLighthouseBench(PORTAL, join(OUT, 'lighthouse'))), 'portal-lighthouse');

const order: Row['section'][] = ['size', LIGHTHOUSE_SECTION, 'search', 'check', 'render', 'storage'];
rows.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
const runtime = (performance.now() - started) / 1000;
const cpu = cpus();
const environment = {
  node: process.version,
  chromium: chromiumVersion,
  cpu: `${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length}`,
  load: `${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
  date: new Date().toISOString(),
  runtimeSeconds: Number(runtime.toFixed(1)),
};
const envLine = `Node ${environment.node} · Chromium ${environment.chromium} · ${environment.cpu} · load avg ${environment.load} · ${environment.date} · bench ${runtime.toFixed(0)} s`;
const failed = rows.filter((row) => row.result === 'FAIL' || row.result === 'ERROR');
const markdown = `${markdownTable(rows)}\n\n${envLine}\n`;

const resultsName = only ? 'partial-results' : 'results';
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, `${resultsName}.md`), markdown);
await writeFile(join(OUT, `${resultsName}.json`), `${JSON.stringify({ environment, only, passed: failed.length === 0, rows, notes, details }, null, 2)}\n`);

console.log(`\n${markdown}`);
for (const note of notes) console.log(note);
console.log(`\n${failed.length ? `${failed.length} budget(s) exceeded or not measured` : 'all budgets met'}${only ? ` (only ${only.join(', ')})` : ''}; results in ${join('dist/bench', `${resultsName}.json`)} and ${resultsName}.md`);
process.exitCode = failed.length ? 1 : 0;
