// Coverage of packages/*/src: the node tests (c8) and the Chromium browser tests (web-test-runner) merged
// into one report, checked against the thresholds below. Exits 1 when one is missed.
// Usage: node scripts/coverage.mjs [--sources dir,dir] [--report-dir dir] <istanbul json> [<istanbul json> ...]
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { transformSync } from 'esbuild';

const THRESHOLDS = { lines: 90, branches: 90 };
const { values: options, positionals: inputFiles } = parseArgs({
  allowPositionals: true,
  options: {
    sources: { type: 'string', default: 'packages/core/src,packages/elements/src' },
    'report-dir': { type: 'string', default: 'test-results/coverage' },
  },
});
const REPORT_DIR = options['report-dir'];
mkdirSync(REPORT_DIR, { recursive: true });

const inputs = inputFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const sources = options.sources.split(',').flatMap((root) => listTypeScript(resolve(root)));
// V8 leaves out a block that ran as often as the block around it, so one report may lack a block another
// has: istanbul-lib-coverage (3.2 and later) then adds the hits of the nearest range around it.
const map = libCoverage.createCoverageMap();
for (const input of inputs) map.merge(keepOnly(input, new Set(sources)));

// A source file no test loaded counts, and counts as not covered.
const neverLoaded = sources.filter((file) => !map.files().includes(file) && hasRuntimeCode(file));
for (const file of neverLoaded) map.addFileCoverage(uncoveredFile(file));

const context = libReport.createContext({ dir: REPORT_DIR, coverageMap: map, defaultSummarizer: 'flat' });
for (const reporter of ['json-summary', 'html']) reports.create(reporter).execute(context);
reports.create('text', { skipFull: true, maxCols: 120 }).execute(context);

const summary = map.getCoverageSummary();
let missed = 0;
for (const [metric, minimum] of Object.entries(THRESHOLDS)) {
  const { pct, covered, total } = summary[metric];
  const ok = pct >= minimum;
  if (!ok) missed++;
  console.log(`coverage ${metric}: ${pct.toFixed(2)} % (${covered}/${total}), minimum ${minimum} % ${ok ? 'met' : 'MISSED'}`);
}
if (neverLoaded.length > 0) console.log(`never loaded by a test: ${neverLoaded.map((file) => relative('.', file)).join(', ')}`);
process.exit(missed === 0 ? 0 : 1);

function listTypeScript(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTypeScript(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function keepOnly(input, files) {
  return Object.fromEntries(Object.entries(input).filter(([file]) => files.has(file)));
}

function hasRuntimeCode(file) {
  // Files of only types are erased by the compiler: nothing of them can run.
  return transformSync(readFileSync(file, 'utf8'), { loader: 'ts' }).code.trim() !== '';
}

function uncoveredFile(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const statementMap = {};
  const s = {};
  lines.forEach((text, index) => {
    if (text.trim() === '' || /^\s*(\/\/|\*|\/\*)/.test(text)) return;
    const key = String(Object.keys(statementMap).length);
    statementMap[key] = { start: { line: index + 1, column: 0 }, end: { line: index + 1, column: text.length } };
    s[key] = 0;
  });
  return { path, statementMap, s, fnMap: {}, f: {}, branchMap: {}, b: {} };
}
