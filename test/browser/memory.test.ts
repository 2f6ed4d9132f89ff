// Leaks: 1,000 mounts and unmounts of each widget grow the JavaScript heap by less than 2 MB. Only
// Chromium can measure it (window.gc from --expose-gc, exact numbers from --enable-precise-memory-info,
// both in web-test-runner.config.mjs); the other engines skip this file.
import './lit-warnings.js';
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/cao-lookup/define.js';
import '../../packages/elements/src/compensation-checker/define.js';
import '../../packages/elements/src/schedule-planner/define.js';
import '../../packages/elements/src/agreement-builder/define.js';
import '../../packages/elements/src/report-form/define.js';
import type { LitElement } from 'lit';

const CYCLES = 1000;
const LIMIT = 2 * 1024 * 1024;

const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['stagekit-cao-lookup', { storage: 'memory', query: 'horeca' }],
  ['stagekit-compensation-checker', { mode: 'badge', cao: 'cao-jeugdzorg', level: 'mbo-bol', hours: '36', offered: '300', age: '19' }],
  ['stagekit-compensation-checker', { cao: 'cao-jeugdzorg', level: 'mbo-bol', hours: '36', offered: '300', age: '19' }],
  ['stagekit-schedule-planner', { storage: 'memory', start: '2026-09-07', end: '2026-10-02' }],
  ['stagekit-agreement-builder', { storage: 'memory' }],
  ['stagekit-report-form', { storage: 'memory' }],
];

const memory = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
const gc = () => (globalThis as { gc?: () => void }).gc;
const pause = () => new Promise((done) => setTimeout(done, 0));

/** The heap after collecting everything collectable (several rounds: weak maps and finalizers). */
async function settledHeap(): Promise<number> {
  for (let round = 0; round < 4; round++) {
    gc()!();
    await pause();
  }
  return memory()!.usedJSHeapSize;
}

async function mountAndUnmount(tag: string, attributes: Record<string, string>): Promise<void> {
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  el.remove();
}

describe('memory: mounting and unmounting every widget', () => {
  for (const [tag, attributes] of WIDGETS) {
    it(`${tag}${attributes['mode'] ? ` (${attributes['mode']})` : ''}: ${CYCLES} mounts and unmounts grow the heap by less than 2 MB`, async function () {
      if (!gc() || !memory()) this.skip();
      this.timeout(240_000);
      // Warm up: texts, datasets and formatters are loaded and cached once per page, by design.
      for (let cycle = 0; cycle < 20; cycle++) await mountAndUnmount(tag, attributes);
      const before = await settledHeap();
      for (let cycle = 0; cycle < CYCLES; cycle++) await mountAndUnmount(tag, attributes);
      const after = await settledHeap();
      const grown = after - before;
      expect(grown, `heap grew by ${(grown / 1024).toFixed(0)} KiB`).to.be.below(LIMIT);
    });
  }
});
