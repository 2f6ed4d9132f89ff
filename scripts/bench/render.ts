/**
 * Budget C: first render in headless Chromium. One element: from `append` until `updateComplete`
 * has resolved (which includes its language's texts) and layout is done. A hundred elements
 * appended at once: until their second animation frame.
 */
import type { Browser } from 'playwright-core';
import { median, ms, percentile, sortedCopy, type Row } from './report.ts';
import { lookupPage, newBenchContext, serveStatic } from './server.ts';

const SINGLE_ROUNDS = 40;
const MANY_ROUNDS = 15;
const MANY = 100;
export const LIMITS = { singleMs: 16, manyMs: 100 };

type Lookup = HTMLElement & { updateComplete: Promise<unknown> };

export async function renderBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, { 'render.html': lookupPage('nl', 'cao-lookup.js', false) });
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/render.html`);
    const measured = await page.evaluate(
      async ({ singleRounds, manyRounds, many }) => {
        const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
        /** Yields to the event loop without setTimeout's clamping. */
        const tick = () =>
          new Promise<void>((done) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done();
            channel.port2.postMessage(0);
          });
        const create = () => {
          const element = document.createElement('stagekit-cao-lookup') as Lookup;
          element.setAttribute('lang', 'nl');
          return element;
        };
        await customElements.whenDefined('stagekit-cao-lookup');
        // Loaded = the result count is shown (the list itself opens when the user turns to the field).
        const loaded = (element: Lookup) => /\d/.test(element.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '');

        // Warm-up: loads the Dutch texts and the dataset once (both are shared afterwards).
        const warm = create();
        document.body.append(warm);
        await warm.updateComplete;
        const deadline = performance.now() + 10_000;
        while (!loaded(warm) && performance.now() < deadline) await frame();
        const warmedUp = loaded(warm);
        warm.remove();
        await frame();

        const single: number[] = [];
        const untilResults: number[] = [];
        let singleText = '';
        for (let i = 0; i < singleRounds; i++) {
          const element = create();
          const start = performance.now();
          document.body.append(element);
          await element.updateComplete;
          element.getBoundingClientRect();
          single.push(performance.now() - start);
          singleText = element.shadowRoot?.querySelector('label')?.textContent ?? '';
          // Not a budget: `updateComplete` resolves while the widget still says "loading"; the loaded
          // state (from the already loaded, shared dataset) follows in a later task. Measured for the record.
          while (!loaded(element) && performance.now() - start < 5_000) {
            await tick();
            await element.updateComplete;
          }
          element.getBoundingClientRect();
          untilResults.push(performance.now() - start);
          element.remove();
          await frame();
          await frame();
        }

        const hundred: number[] = [];
        let rendered = 0;
        for (let i = 0; i < manyRounds; i++) {
          const fragment = document.createDocumentFragment();
          const elements = Array.from({ length: many }, create);
          fragment.append(...elements);
          const start = performance.now();
          document.body.append(fragment);
          await frame();
          await frame();
          hundred.push(performance.now() - start);
          rendered = elements.filter((element) => element.shadowRoot?.querySelector('label')?.textContent).length;
          for (const element of elements) element.remove();
          await frame();
          await frame();
        }
        return { warmedUp, single, untilResults, singleText, hundred, rendered };
      },
      { singleRounds: SINGLE_ROUNDS, manyRounds: MANY_ROUNDS, many: MANY },
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (!measured.warmedUp) throw new Error('warm-up element never showed its result count (dataset not loaded?)');
    if (!measured.singleText) throw new Error('the measured element rendered without text');

    const single = sortedCopy(measured.single);
    const hundred = sortedCopy(measured.hundred);
    const singleMedian = median(single);
    const hundredMedian = median(hundred);
    const withResults = sortedCopy(measured.untilResults);
    const rows: Row[] = [
      {
        section: 'render',
        name: `1 element: append → updateComplete + layout (median of ${SINGLE_ROUNDS})`,
        measured: `${ms(singleMedian)} (p95 ${ms(percentile(single, 0.95))})`,
        limit: `≤ ${LIMITS.singleMs} ms`,
        result: singleMedian <= LIMITS.singleMs ? 'PASS' : 'FAIL',
        value: singleMedian,
        limitValue: LIMITS.singleMs,
        unit: 'ms',
      },
      {
        section: 'render',
        name: '1 element: append → loaded state (result count) + layout, dataset already cached',
        measured: `${ms(median(withResults))} (p95 ${ms(percentile(withResults, 0.95))})`,
        limit: '—',
        result: 'info',
        value: median(withResults),
        unit: 'ms',
      },
      {
        section: 'render',
        name: `${MANY} elements at once: append → 2nd animation frame (median of ${MANY_ROUNDS})`,
        measured: `${ms(hundredMedian)} (p95 ${ms(percentile(hundred, 0.95))}; ${measured.rendered}/${MANY} with text)`,
        limit: `≤ ${LIMITS.manyMs} ms`,
        result: hundredMedian <= LIMITS.manyMs && measured.rendered === MANY ? 'PASS' : 'FAIL',
        value: hundredMedian,
        limitValue: LIMITS.manyMs,
        unit: 'ms',
      },
    ];
    return { rows, details: { single: measured.single, untilResults: measured.untilResults, hundred: measured.hundred, renderedWithText: measured.rendered }, notes: [] };
  } finally {
    await context.close();
    await site.close();
  }
}
