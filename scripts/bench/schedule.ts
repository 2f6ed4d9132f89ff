/**
 * The schedule planner (`<stagekit-schedule-planner>`): its budgets, for a one-year plan.
 *
 * Node: working out a year (createPlan with a few day changes, school holidays and a chosen contact
 * moment, then `buildSchedule`: days, weeks, supervision, totals, warnings), and that year as an
 * `.ics` file with every work and school day (`toICalendar`, `includeWorkdays`). Each call takes
 * about a millisecond, so every call is timed on its own; median and p95 over all rounds, after a
 * warm-up. The plans differ a little per call (one sick day moves), as each edit in the widget makes
 * a new plan object.
 *
 * Size: a fresh context (empty cache) opens a page with the CDN entry (or the autoloader) and one
 * planner in Dutch with the year plan as attributes, waits until the grid shows every day, then until
 * the network is quiet; every JavaScript file it fetched counts, brotli-compressed (quality 11, as in
 * size.ts). The same page then goes on as a user would, and the lazy chunks each step adds are
 * reported (not budgets): a field with a wrong value (issue texts), a valid edit (the draft is saved,
 * and listing saved drafts loads the plan validation), and downloading the `.ics` (calendar tools).
 *
 * Render: in a 1400 px wide page (the element shows the list instead of the grid below 560 px), after a
 * warm-up planner has loaded the Dutch texts: append a planner with the year plan, await
 * `updateComplete`, read `offsetHeight` (layout). Each round checks that the grid shows all 365 days.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  buildSchedule,
  createPlan,
  loadMessages,
  scheduleCatalog,
  toICalendar,
  translator,
  withCalendarEntries,
  withContactMoment,
  withOverride,
  type ICalendarTexts,
  type NewPlanOptions,
  type Schedule,
  type SchedulePlan,
} from '@stagekit/core';
import { originsOf } from './origins.ts';
import { median, ms, percentile, sortedCopy, type Row } from './report.ts';
import { gc } from './search.ts';
import { newBenchContext, serveStatic } from './server.ts';
import { followSession, shownSizeRow, stepFiles, type Step } from './session.ts';
import { brotliSize, kB } from './size.ts';

/** "≤ 30 KB brotli", read strictly as 30,000 bytes (like the lookup's 25 KB and the badge's 20 KB). */
export const PLANNER_LIMIT_BYTES = 30_000;
export const LIMITS = { buildMs: 5, icsMs: 10, renderMs: 50 };

const ENTRY = 'schedule-planner.js';
const AUTOLOADER = 'autoloader.js';
const TAG = 'stagekit-schedule-planner';
const WARMUP_RUNS = 50;
const RUNS = 300;
const RENDER_ROUNDS = 25;
const EDIT_ROUNDS = 20;
const VIEWPORT = { width: 1400, height: 1000 };

/** A hybrid year: three days at the company, one remote, one at school. */
const WEEK = { mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school', sat: 'off', sun: 'off' } as const;
export const YEAR_OPTIONS: NewPlanOptions = {
  id: 'bench-year',
  title: 'Stage 2026–2027',
  start: '2026-09-01',
  end: '2027-08-31',
  hoursPerDay: 8,
  totalHours: 1600,
  model: 'hybrid',
  week: { ...WEEK },
};
/** The same plan as the element's attributes. */
export const YEAR_ATTRIBUTES: Record<string, string> = {
  lang: 'nl',
  start: YEAR_OPTIONS.start,
  end: YEAR_OPTIONS.end,
  'hours-per-day': '8',
  'total-hours': '1600',
  model: 'hybrid',
  week: 'mon:company,tue:company,wed:remote,thu:company,fri:school',
};
/** Days from 2026-09-01 to 2027-08-31, inclusive: the grid must show a button for each. */
const YEAR_DAYS = 365;

/** School holidays of region midden 2026–2027 (as a school would import them) and one school week. */
const CALENDAR = [
  { start: '2026-10-17', end: '2026-10-25', kind: 'holiday', label: 'Herfstvakantie' },
  { start: '2026-12-19', end: '2027-01-03', kind: 'holiday', label: 'Kerstvakantie' },
  { start: '2027-02-20', end: '2027-02-28', kind: 'holiday', label: 'Voorjaarsvakantie' },
  { start: '2027-04-24', end: '2027-05-02', kind: 'holiday', label: 'Meivakantie' },
  { start: '2027-03-15', end: '2027-03-19', kind: 'school-week', label: 'Terugkomweek' },
] as const;

/** The year plan with day changes, the school's calendar and a chosen mid-term talk; `variant` moves one sick day. */
export function yearPlan(variant = 0): SchedulePlan {
  let plan = createPlan(YEAR_OPTIONS);
  plan = withCalendarEntries(plan, CALENDAR.map((entry) => ({ ...entry })));
  const sick = new Date(Date.UTC(2026, 10, 2 + (variant % 20))).toISOString().slice(0, 10);
  plan = withOverride(plan, { date: sick, kind: 'sick' });
  plan = withOverride(plan, { date: '2027-01-15', kind: 'off' });
  plan = withOverride(plan, { date: '2027-03-05', kind: 'extra', type: 'company' });
  plan = withOverride(plan, { date: '2027-06-02', kind: 'swap', with: '2027-06-04' });
  plan = withContactMoment(plan, 'mid', '2027-02-09');
  return plan;
}

async function icsTexts(): Promise<ICalendarTexts> {
  const t = translator(await loadMessages(scheduleCatalog, 'nl'), 'nl');
  return {
    calendarName: t('ics.calendarName', { title: YEAR_OPTIONS.title! }),
    contact: { start: t('contact.start'), mid: t('contact.mid'), final: t('contact.final') },
    contactDescription: t('ics.contactDescription'),
    checkIn: t('ics.checkIn'),
    day: { company: t('type.company'), remote: t('type.remote'), school: t('type.school') },
  };
}

/** Times `run` RUNS times after WARMUP_RUNS, each call alone (milliseconds). */
function timeCalls(run: (index: number) => number): { samples: number[]; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) checksum += run(i);
  gc();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    checksum += run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (i % 100 === 99) gc();
  }
  return { samples, checksum };
}

export async function plannerNodeBench(): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const generate = (index: number) => buildSchedule(yearPlan(index));
  const digest = (schedule: Schedule) => schedule.days.length + schedule.warnings.length + schedule.checkIns.length;
  const build = timeCalls((index) => digest(generate(index)));
  const onlyBuild = (() => {
    const plans = Array.from({ length: 20 }, (_, index) => yearPlan(index));
    return timeCalls((index) => digest(buildSchedule(plans[index % plans.length]!)));
  })();

  const texts = await icsTexts();
  const schedule = generate(0);
  const now = new Date('2026-08-15T10:00:00Z');
  const ics = toICalendar(schedule, { texts, includeWorkdays: true, now });
  const icsTiming = timeCalls(() => toICalendar(schedule, { texts, includeWorkdays: true, now }).length);
  if (build.checksum === 0 || icsTiming.checksum === 0) throw new Error('buildSchedule or toICalendar returned nothing');

  const buildSorted = sortedCopy(build.samples);
  const onlySorted = sortedCopy(onlyBuild.samples);
  const icsSorted = sortedCopy(icsTiming.samples);
  const buildMedian = median(buildSorted);
  const icsMedian = median(icsSorted);
  const events = ics.match(/^BEGIN:VEVENT/gm)?.length ?? 0;
  const icsBytes = Buffer.byteLength(ics);
  const { totals } = schedule;
  const rows: Row[] = [
    {
      section: 'check',
      name: `Planner: one year (${schedule.days.length} days) createPlan + edits + buildSchedule, median of ${RUNS}`,
      measured: `${ms(buildMedian)} (p95 ${ms(percentile(buildSorted, 0.95))})`,
      limit: `≤ ${LIMITS.buildMs} ms`,
      result: buildMedian <= LIMITS.buildMs ? 'PASS' : 'FAIL',
      value: buildMedian,
      limitValue: LIMITS.buildMs,
      unit: 'ms',
    },
    {
      section: 'check',
      name: 'Planner: buildSchedule alone on a ready plan (median · p95)',
      measured: `${ms(median(onlySorted))} · ${ms(percentile(onlySorted, 0.95))}`,
      limit: '—',
      result: 'info',
      value: median(onlySorted),
      unit: 'ms',
    },
    {
      section: 'check',
      name: `Planner: .ics of that year with every work and school day (${events} events, ${kB(icsBytes)}), median of ${RUNS}`,
      measured: `${ms(icsMedian)} (p95 ${ms(percentile(icsSorted, 0.95))})`,
      limit: `≤ ${LIMITS.icsMs} ms`,
      result: icsMedian <= LIMITS.icsMs ? 'PASS' : 'FAIL',
      value: icsMedian,
      limitValue: LIMITS.icsMs,
      unit: 'ms',
    },
  ];
  return {
    rows,
    details: {
      options: YEAR_OPTIONS,
      calendar: CALENDAR,
      runs: RUNS,
      warmup: WARMUP_RUNS,
      buildMs: { median: buildMedian, p95: percentile(buildSorted, 0.95), max: buildSorted[buildSorted.length - 1] },
      buildScheduleOnlyMs: { median: median(onlySorted), p95: percentile(onlySorted, 0.95), max: onlySorted[onlySorted.length - 1] },
      icsMs: { median: icsMedian, p95: percentile(icsSorted, 0.95), max: icsSorted[icsSorted.length - 1] },
      ics: { bytes: icsBytes, events },
      totals,
      warnings: schedule.warnings.map((warning) => warning.code),
    },
    notes: [
      `planner year: ${schedule.days.length} days in ${schedule.weeks.length} weeks, ${totals.plannedHours} of ${totals.agreedHours} hours planned, ${totals.onSiteDays} on site / ${totals.remoteDays} remote / ${totals.schoolDays} school, ${totals.checkIns} check-ins; warnings: ${schedule.warnings.map((warning) => warning.code).join(', ') || 'none'}`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium

const attributeText = Object.entries(YEAR_ATTRIBUTES)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ');

/** A page with the planner's CDN entry (or the autoloader) and, unless `withElement` is false, one planner. */
function plannerPage(script: string, withElement: boolean): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Stagekit bench: schedule planner</title>
<script>globalThis.__errors = []; document.addEventListener('stagekit-error', (event) => globalThis.__errors.push(event.detail));</script>
<script type="module" src="${script}"></script></head>
<body>${withElement ? `<${TAG} ${attributeText}></${TAG}>` : ''}</body>
</html>
`;
}

interface PlannerLoad {
  /** Until the grid shows the year: the budget. */
  shown: Step;
  /** Then, one after the other, as a user goes on. */
  later: Step[];
  gridDays: number;
  pageErrors: string[];
  stagekitErrors: { code: string; message: string }[];
}

/** Counts the grid's day buttons inside the planner (0 while it is loading, or in list view). */
const gridDays = (page: Page) =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('.grid button[data-date]').length ?? 0, TAG);

async function measurePlannerPage(browser: Browser, origin: string, cdnDir: string, pageName: string, session: boolean): Promise<PlannerLoad> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    const session = followSession(page, origin, cdnDir);

    await page.goto(`${origin}/${pageName}`);
    await page.waitForFunction(
      ({ tag, days }) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('.grid button[data-date]').length ?? 0) >= days,
      { tag: TAG, days: YEAR_DAYS },
      { timeout: 15_000, polling: 50 },
    );
    const shown = await session.step('grid shown');
    const days = await gridDays(page);
    const later: Step[] = [];

    if (session) {
      const planner = page.locator(TAG);
      // A wrong value in a field: the rule's wording (issue texts) loads.
      const hours = planner.locator('#f-hoursPerDay');
      await hours.fill('99');
      await hours.press('Tab');
      await planner.locator('#f-hoursPerDay-error').waitFor({ timeout: 10_000 });
      session.touch();
      later.push(await session.step('a field with a wrong value (hours per day 99)'));

      // A valid edit: saved as a draft after a short pause; listing the drafts checks them (plan validation).
      await hours.fill('7.5');
      await hours.press('Tab');
      await planner.locator('[part="saved"] .entries li').first().waitFor({ timeout: 10_000 });
      session.touch();
      later.push(await session.step('a valid edit (draft saved, saved drafts listed)'));

      // Download the .ics with every work day.
      await planner.locator('#include-workdays').check();
      const download = page.waitForEvent('download', { timeout: 10_000 });
      await planner.locator('[part="export"] .actions button').first().click();
      await download;
      session.touch();
      later.push(await session.step('download .ics (with work days)'));
    }

    const stagekitErrors = await page.evaluate(() => (globalThis as unknown as { __errors: { code: string; message: string }[] }).__errors);
    if (session.pageErrors.length) throw new Error(`page errors in ${pageName}: ${session.pageErrors.join('; ')}`);
    return { shown, later, gridDays: days, pageErrors: [...session.pageErrors], stagekitErrors };
  } finally {
    await context.close();
  }
}

export async function plannerSizeBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, {
    'planner-nl.html': plannerPage(ENTRY, true),
    'planner-autoloader-nl.html': plannerPage(AUTOLOADER, true),
  });
  try {
    const direct = await measurePlannerPage(browser, site.origin, cdnDir, 'planner-nl.html', true);
    const autoloader = await measurePlannerPage(browser, site.origin, cdnDir, 'planner-autoloader-nl.html', false);
    for (const load of [direct, autoloader]) {
      if (load.gridDays !== YEAR_DAYS) throw new Error(`the grid shows ${load.gridDays} days, expected ${YEAR_DAYS}`);
    }
    const unexpected = direct.stagekitErrors.concat(autoloader.stagekitErrors);
    if (unexpected.length) throw new Error(`stagekit-error: ${unexpected.map((error) => `${error.code} ${error.message}`).join('; ')}`);

    const plannerFiles = (await readdir(cdnDir)).filter((file) => file.startsWith('schedule-planner') && file.endsWith('.js'));
    const allPlanner = await Promise.all(plannerFiles.map(async (file) => brotliSize(await readFile(join(cdnDir, file)))));
    const allPlannerBrotli = allPlanner.reduce((sum, size) => sum + size, 0);
    const rawTotal = direct.shown.js.reduce((sum, file) => sum + file.raw, 0);
    const origins = await originsOf(cdnDir, direct.shown.js.map((file) => file.file));
    const sessionTotal = direct.shown.brotli + direct.later.reduce((sum, step) => sum + step.brotli, 0);

    const budgetRow = (how: string, load: PlannerLoad): Row => shownSizeRow(`Planner page in nl${how}: JS downloaded (brotli), until the year grid is shown`, load.shown, PLANNER_LIMIT_BYTES);
    const rows: Row[] = [
      budgetRow('', direct),
      budgetRow(' via autoloader.js', autoloader),
      {
        section: 'size',
        name: 'Planner page: JS files (brotli, and minified raw)',
        measured: direct.shown.js.map((file) => `${file.file} ${kB(file.brotli)} (${kB(file.raw)} raw)`).join(' + '),
        limit: '—',
        result: 'info',
      },
      {
        section: 'size',
        name: 'Planner page: JS by origin, from source maps (minified bytes, share; brotli of each alone)',
        measured: origins
          .slice(0, 5)
          .map((origin) => `${origin.origin} ${kB(origin.raw)} (${Math.round((origin.raw / rawTotal) * 100)}%; br ${kB(origin.brotliAlone)})`)
          .join(' · '),
        limit: '—',
        result: 'info',
      },
      ...direct.later.map(
        (step): Row => ({
          section: 'size',
          name: `Planner page, then ${step.step}: lazy JS it adds (brotli)`,
          measured: step.js.length ? `+${kB(step.brotli)}: ${stepFiles(step)}` : 'nothing',
          limit: '—',
          result: 'info',
          value: step.brotli,
          unit: 'B',
        }),
      ),
      {
        section: 'size',
        name: 'Planner page after all of those steps (brotli)',
        measured: `${kB(sessionTotal)}; all schedule-planner*.js in cdn/: ${kB(allPlannerBrotli)} (${plannerFiles.length} files)`,
        limit: '—',
        result: 'info',
        value: sessionTotal,
        unit: 'B',
      },
    ];
    return {
      rows,
      details: { attributes: YEAR_ATTRIBUTES, viewport: VIEWPORT, direct, autoloader, origins, rawTotal, sessionTotal, allPlannerBrotli, plannerFiles },
      notes: [`size planner: ${stepFiles(direct.shown)}`, `size planner via autoloader: ${stepFiles(autoloader.shown)}`],
    };
  } finally {
    await site.close();
  }
}

type Planner = HTMLElement & { updateComplete: Promise<unknown> };

export async function plannerRenderBench(browser: Browser, cdnDir: string): Promise<{ rows: Row[]; details: unknown; notes: string[] }> {
  const site = await serveStatic(cdnDir, { 'planner-render.html': plannerPage(ENTRY, false) });
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/planner-render.html`);
    const measured = await page.evaluate(
      async ({ rounds, editRounds, tag, attributes, days }) => {
        const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
        const create = () => {
          const element = document.createElement(tag) as Planner;
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          element.setAttribute('storage', 'memory');
          return element;
        };
        const gridDays = (element: Planner) => element.shadowRoot?.querySelectorAll('.grid button[data-date]').length ?? 0;
        await customElements.whenDefined(tag);

        // Warm-up: loads the Dutch texts once (shared afterwards).
        const warm = create();
        document.body.append(warm);
        await warm.updateComplete;
        const deadline = performance.now() + 10_000;
        while (gridDays(warm) < days && performance.now() < deadline) await frame();
        const warmedUp = gridDays(warm) === days;
        warm.remove();
        await frame();

        const single: number[] = [];
        const untilFrame: number[] = [];
        const shown: number[] = [];
        let height = 0;
        for (let i = 0; i < rounds; i++) {
          const element = create();
          const start = performance.now();
          document.body.append(element);
          await element.updateComplete;
          height = element.offsetHeight;
          single.push(performance.now() - start);
          shown.push(gridDays(element));
          await frame();
          untilFrame.push(performance.now() - start);
          element.remove();
          await frame();
          await frame();
        }

        // Not a budget: one edit on a shown year (hours per day), until updateComplete + layout.
        const element = create();
        document.body.append(element);
        await element.updateComplete;
        const edit: number[] = [];
        for (let i = 0; i < editRounds; i++) {
          const start = performance.now();
          element.setAttribute('hours-per-day', i % 2 ? '8' : '7.5');
          await element.updateComplete;
          void element.offsetHeight;
          edit.push(performance.now() - start);
          await frame();
        }
        const buttons = element.shadowRoot?.querySelectorAll('button').length ?? 0;
        const nodes = element.shadowRoot?.querySelectorAll('*').length ?? 0;
        element.remove();
        return { warmedUp, single, untilFrame, shown, height, edit, buttons, nodes, width: document.body.clientWidth };
      },
      { rounds: RENDER_ROUNDS, editRounds: EDIT_ROUNDS, tag: TAG, attributes: YEAR_ATTRIBUTES, days: YEAR_DAYS },
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (!measured.warmedUp) throw new Error('warm-up planner never showed the year grid (texts not loaded, or list view?)');
    const notGrid = measured.shown.filter((count) => count !== YEAR_DAYS).length;
    if (notGrid) throw new Error(`${notGrid} of ${RENDER_ROUNDS} rounds did not show ${YEAR_DAYS} days in the grid at updateComplete`);

    const single = sortedCopy(measured.single);
    const untilFrame = sortedCopy(measured.untilFrame);
    const edit = sortedCopy(measured.edit);
    const singleMedian = median(single);
    const rows: Row[] = [
      {
        section: 'render',
        name: `Planner, year grid (${YEAR_DAYS} days, ${measured.width} px): append → updateComplete + layout, texts cached (median of ${RENDER_ROUNDS})`,
        measured: `${ms(singleMedian)} (p95 ${ms(percentile(single, 0.95))})`,
        limit: `≤ ${LIMITS.renderMs} ms`,
        result: singleMedian <= LIMITS.renderMs ? 'PASS' : 'FAIL',
        value: singleMedian,
        limitValue: LIMITS.renderMs,
        unit: 'ms',
      },
      {
        section: 'render',
        name: 'Planner, year grid: append → next animation frame',
        measured: `${ms(median(untilFrame))} (p95 ${ms(percentile(untilFrame, 0.95))})`,
        limit: '—',
        result: 'info',
        value: median(untilFrame),
        unit: 'ms',
      },
      {
        section: 'render',
        name: `Planner, year grid: one edit (hours-per-day) → updateComplete + layout (median of ${EDIT_ROUNDS})`,
        measured: `${ms(median(edit))} (p95 ${ms(percentile(edit, 0.95))})`,
        limit: '—',
        result: 'info',
        value: median(edit),
        unit: 'ms',
      },
    ];
    return {
      rows,
      details: {
        attributes: YEAR_ATTRIBUTES,
        viewport: VIEWPORT,
        single: measured.single,
        untilFrame: measured.untilFrame,
        edit: measured.edit,
        heightPx: measured.height,
        shadowButtons: measured.buttons,
        shadowElements: measured.nodes,
      },
      notes: [`planner render: ${measured.nodes} elements in the shadow root (${measured.buttons} buttons), ${measured.height} px high`],
    };
  } finally {
    await context.close();
    await site.close();
  }
}
