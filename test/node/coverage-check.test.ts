// The coverage check of `npm test` (scripts/coverage.mjs): it merges the node and the browser reports and
// fails below 90 % lines or branches. Run on a small source tree with hand-made V8-style reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../scripts/coverage.mjs', import.meta.url).pathname;

interface Range {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
const range = (startLine: number, startColumn: number, endLine: number, endColumn: number): Range => ({
  start: { line: startLine, column: startColumn },
  end: { line: endLine, column: endColumn },
});

/** A report for one file as v8-to-istanbul writes it: a statement per line, a one-location branch per block. */
function fileReport(path: string, lineHits: number[], branches: { loc: Range; hits: number }[]) {
  const statementMap: Record<string, Range> = {};
  const s: Record<string, number> = {};
  lineHits.forEach((hits, index) => {
    statementMap[index] = range(index + 1, 0, index + 1, 40);
    s[index] = hits;
  });
  const branchMap: Record<string, unknown> = {};
  const b: Record<string, number[]> = {};
  branches.forEach(({ loc, hits }, index) => {
    branchMap[index] = { type: 'branch', line: loc.start.line, loc, locations: [loc] };
    b[index] = [hits];
  });
  return { path, statementMap, s, fnMap: {}, f: {}, branchMap, b };
}

function sourceTree() {
  const root = mkdtempSync(join(tmpdir(), 'stagekit-coverage-'));
  const src = join(root, 'src');
  mkdirSync(src);
  writeFileSync(join(src, 'pay.ts'), 'export function pay(hours: number) {\n  if (hours > 40) {\n    return 0;\n  }\n  return hours * 10;\n}\n');
  writeFileSync(join(src, 'types.ts'), 'export interface Offer {\n  amount: number;\n}\n');
  return { root, src, pay: join(src, 'pay.ts') };
}

function check(root: string, src: string, reports: object[]) {
  const files = reports.map((report, index) => {
    const file = join(root, `report-${index}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
  const reportDir = join(root, 'out');
  const result = spawnSync(process.execPath, [script, '--sources', src, '--report-dir', reportDir, ...files], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr, reportDir };
}

const wholeFunction = range(1, 0, 6, 1);
const ifBlock = range(2, 18, 4, 3);

describe('coverage check', () => {
  it('fails when lines are below 90 %, and names the metric', () => {
    const { root, src, pay } = sourceTree();
    const report = { [pay]: fileReport(pay, [1, 1, 0, 0, 1, 1], [{ loc: wholeFunction, hits: 1 }]) };
    const { status, output } = check(root, src, [report]);
    assert.equal(status, 1);
    assert.match(output, /coverage lines: 66\.66 % \(4\/6\), minimum 90 % MISSED/);
  });

  it('passes when two reports together cover what each alone does not', () => {
    const { root, src, pay } = sourceTree();
    const overtime = { [pay]: fileReport(pay, [1, 1, 1, 1, 0, 1], [{ loc: wholeFunction, hits: 1 }, { loc: ifBlock, hits: 1 }]) };
    const regular = { [pay]: fileReport(pay, [1, 1, 0, 0, 1, 1], [{ loc: wholeFunction, hits: 1 }, { loc: ifBlock, hits: 0 }]) };
    assert.equal(check(root, src, [overtime]).status, 1);
    const { status, output, reportDir } = check(root, src, [overtime, regular]);
    assert.equal(status, 0, output);
    assert.match(output, /coverage lines: 100\.00 % \(6\/6\), minimum 90 % met/);
    assert.match(output, /coverage branches: 100\.00 % \(2\/2\), minimum 90 % met/);
    const summary = JSON.parse(readFileSync(join(reportDir, 'coverage-summary.json'), 'utf8'));
    assert.equal(summary.total.lines.pct, 100);
  });

  it('counts a block one report left out (V8 omits a block that ran as often as the one around it) as the block around it', () => {
    const { root, src, pay } = sourceTree();
    const lines = [1, 1, 1, 1, 1, 1];
    // The browser ran the if-block as often as the function, so V8 did not list it; the node run never entered it.
    const browser = { [pay]: fileReport(pay, lines, [{ loc: wholeFunction, hits: 3 }]) };
    const node = { [pay]: fileReport(pay, lines, [{ loc: wholeFunction, hits: 1 }, { loc: ifBlock, hits: 0 }]) };
    const { status, output } = check(root, src, [node, browser]);
    assert.equal(status, 0, output);
    assert.match(output, /coverage branches: 100\.00 % \(2\/2\)/);
    // Without the browser's run around it, the block stays uncovered.
    const notRun = { [pay]: fileReport(pay, lines, [{ loc: wholeFunction, hits: 0 }]) };
    assert.match(check(root, src, [node, notRun]).output, /coverage branches: 50\.00 % \(1\/2\), minimum 90 % MISSED/);
  });

  it('counts a file no test loaded as not covered, but not a file of only types', () => {
    const { root, src } = sourceTree();
    const { status, output } = check(root, src, []);
    assert.equal(status, 1);
    assert.match(output, /coverage lines: 0\.00 % \(0\/6\)/);
    assert.match(output, /never loaded by a test: .*pay\.ts/);
    assert.doesNotMatch(output, /never loaded by a test: .*types\.ts/);
  });
});
