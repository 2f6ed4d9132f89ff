// `npm test`: builds the packages and the portal, type-checks, runs the node tests and the browser tests in
// Chromium, Firefox ESR and WebKitGTK, checks the coverage of packages/ (node + Chromium, at least 90 % of
// lines and branches), and ends with one line "N passed, N failed" over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, env = {}) => {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
};

let passed = 0;
let failed = 0;
rmSync('test-results/summary.txt', { force: true });

const build = run('npm', ['run', '--silent', 'build']);
if (build.status !== 0) {
  console.log('\nThe build failed, so no test could run.');
  finish(0, 1);
}

const portal = run('npm', ['run', '--silent', 'build:portal']);
if (portal.status !== 0) {
  console.log('The portal build failed (counted as one failure).');
  failed++;
}

const typecheck = run('npm', ['run', '--silent', 'typecheck']);
if (typecheck.status !== 0) {
  console.log('Type check failed (counted as one failure).');
  failed++;
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/node.tap', { force: true });
rmSync('test-results/coverage', { recursive: true, force: true });
const NODE_COVERAGE = 'test-results/coverage/node/coverage-final.json';
const BROWSER_COVERAGE = 'test-results/coverage/browser/coverage-final.json';
const nodeFiles = readdirSync('test/node').filter((file) => file.endsWith('.test.ts')).map((file) => join('test/node', file));
// c8 records V8's coverage of every node process the test runner starts.
const c8 = ['node_modules/c8/bin/c8.js', '--reporter=json', '--report-dir=test-results/coverage/node', '--temp-directory=test-results/coverage/node-v8', '--include=packages/*/src/**'];
const node = run('node', [...c8, 'node', '--import', 'tsx', '--conditions=stagekit-source', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/node.tap', ...nodeFiles]);
const tap = existsSync('test-results/node.tap') ? readFileSync('test-results/node.tap', 'utf8') : '';
const nodePass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
const nodeFail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? (node.status === 0 ? 0 : 1));
console.log(`node: ${nodePass} passed, ${nodeFail} failed`);
passed += nodePass;
failed += nodeFail + (node.status !== 0 && nodeFail === 0 ? 1 : 0);

// Integration tests: the built portal and the packed tarballs in real apps, driven from Node.
const integrationFiles = existsSync('test/integration') ? readdirSync('test/integration').filter((file) => file.endsWith('.test.ts')).map((file) => join('test/integration', file)) : [];
if (integrationFiles.length > 0) {
  rmSync('test-results/integration.tap', { force: true });
  const integration = run('bash', ['scripts/with-webkit-driver.sh', 'node', '--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/integration.tap', ...integrationFiles]);
  const integrationTap = existsSync('test-results/integration.tap') ? readFileSync('test-results/integration.tap', 'utf8') : '';
  const integrationPass = Number(/^# pass (\d+)/m.exec(integrationTap)?.[1] ?? 0);
  const integrationFail = Number(/^# fail (\d+)/m.exec(integrationTap)?.[1] ?? (integration.status === 0 ? 0 : 1));
  console.log(`integration: ${integrationPass} passed, ${integrationFail} failed`);
  passed += integrationPass;
  failed += integrationFail + (integration.status !== 0 && integrationFail === 0 ? 1 : 0);
}

const countFile = join(mkdtempSync(join(tmpdir(), 'stagekit-wtr-')), 'count.json');
const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
const wtr = run('bash', ['scripts/with-webkit-driver.sh', 'npx', 'web-test-runner', '--static-logging'], { BROWSERS: browsers, WTR_COUNT_FILE: countFile, WTR_COVERAGE: '1' });
const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : { passed: 0, failed: 1 };
console.log(`browsers (${browsers}): ${counts.passed} passed, ${counts.failed} failed`);
passed += counts.passed;
failed += counts.failed + (wtr.status !== 0 && counts.failed === 0 ? 1 : 0);

// Coverage needs both reports: Chromium is the engine that reports it.
if (browsers.split(',').includes('chromium')) {
  const reports = [NODE_COVERAGE, BROWSER_COVERAGE];
  const missing = reports.filter((file) => !existsSync(file));
  const coverage = missing.length === 0 ? run('node', ['scripts/coverage.mjs', ...reports]) : { status: 1 };
  if (missing.length > 0) console.log(`Coverage could not be checked, a report is missing: ${missing.join(', ')} (counted as one failure).`);
  else if (coverage.status !== 0) console.log('Coverage is below its minimum (counted as one failure). The report: test-results/coverage/index.html');
  if (coverage.status !== 0) failed++;
} else {
  console.log(`Coverage not checked: it is measured in Chromium, and BROWSERS=${browsers}.`);
}

finish(passed, failed);

/** Prints the closing line and keeps a copy for CI, which prints it last. */
function finish(passedCount, failedCount) {
  const line = `${passedCount} passed, ${failedCount} failed`;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/summary.txt', `${line}\n`);
  console.log(`\n${line}`);
  process.exit(failedCount === 0 ? 0 : 1);
}
