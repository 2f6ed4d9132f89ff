import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, fn, waitFor } from 'storybook/test';
import { createPlan, withCalendarEntries, withContactMoment, withOverride, withPeriodAdded, withPeriodChanged, type SchedulePlan } from '@stagekit/core';
import 'stagekit/schedule-planner/define.js';
import type { StagekitSchedulePlanner } from 'stagekit';

/**
 * The public contract of `<stagekit-schedule-planner>`: one arg per attribute, the `plan` property
 * and the two events. Args are named as the Custom Elements Manifest names them (the attribute, and
 * `onStagekit…` for an event), so the Docs table shows one row per attribute with the manifest's
 * description next to the control. An empty arg leaves the attribute off, so the element's own
 * default applies.
 * Every story uses `storage="memory"` unless you switch it: stories then do not share drafts, and a
 * reload shows the story as written (with `local`, a draft from the same attributes comes back).
 */
interface PlannerArgs {
  /** `nl` or `en`; empty = follow the page (the "Taal / Language" toolbar). */
  lang?: '' | 'nl' | 'en';
  start?: string;
  end?: string;
  'hours-per-day'?: string;
  'total-hours'?: string;
  model?: '' | 'lint' | 'blok' | 'hybrid' | 'modular' | string;
  week?: string;
  storage: 'local' | 'memory';
  /** Set as the `plan` property (not an attribute) when given. */
  plan?: SchedulePlan;
  onStagekitScheduleChange: (event: CustomEvent) => void;
  onStagekitError: (event: CustomEvent) => void;
}

const or = (value: string | undefined) => (value ? value : undefined);

/** The element inside the story's canvas. */
function plannerIn(canvasElement: HTMLElement): StagekitSchedulePlanner {
  const element = canvasElement.querySelector('stagekit-schedule-planner');
  if (!element) throw new Error('stagekit-schedule-planner is not in the canvas');
  return element;
}

const planner = (args: PlannerArgs) => html`<stagekit-schedule-planner
  lang=${ifDefined(or(args.lang))}
  start=${ifDefined(or(args.start))}
  end=${ifDefined(or(args.end))}
  hours-per-day=${ifDefined(or(args['hours-per-day']))}
  total-hours=${ifDefined(or(args['total-hours']))}
  model=${ifDefined(or(args.model))}
  week=${ifDefined(or(args.week))}
  storage=${args.storage}
  ${ref((element) => {
    // Only a given plan is set: setting `plan` to undefined would be refused as an invalid plan.
    if (element && args.plan) (element as StagekitSchedulePlanner).plan = args.plan;
  })}
  @stagekit-schedule-change=${args.onStagekitScheduleChange}
  @stagekit-error=${args.onStagekitError}
></stagekit-schedule-planner>`;

const meta = {
  title: 'Elements/Schedule planner',
  component: 'stagekit-schedule-planner',
  args: { lang: '', storage: 'memory', onStagekitScheduleChange: fn(), onStagekitError: fn() },
  // Descriptions and types come from the manifest; here only the controls (an empty value = attribute left off).
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    start: { control: 'text' },
    end: { control: 'text' },
    'hours-per-day': { control: 'text' },
    'total-hours': { control: 'text' },
    model: { control: 'select', options: ['', 'lint', 'blok', 'hybrid', 'modular'] },
    week: { control: 'text' },
    storage: { control: 'inline-radio', options: ['local', 'memory'] },
    plan: { control: 'object' },
  },
  render: planner,
} satisfies Meta<PlannerArgs>;

export default meta;
type Story = StoryObj<PlannerArgs>;

/** No attributes: a lint plan of 20 weeks from next Monday, 8 hours a day (the dates follow today). */
export const Default: Story = {};

/** Lint: company Monday to Wednesday, school Thursday and Friday, one autumn term; the agreed 504 hours are met. */
export const LintPlan: Story = {
  name: 'Lint plan',
  args: { model: 'lint', start: '2026-09-07', end: '2027-01-29', 'hours-per-day': '8', 'total-hours': '504' },
};

/** Blok: full weeks at the company from February to June (40 hours a week). */
export const BlokPlan: Story = {
  name: 'Blok plan',
  args: { model: 'blok', start: '2027-02-01', end: '2027-06-25', 'hours-per-day': '8', 'total-hours': '808' },
};

/** Hybrid: three company days, one remote day and a school day; remote days in the first (onboarding) week become company days. */
export const HybridPlan: Story = {
  name: 'Hybrid plan',
  args: { model: 'hybrid', start: '2026-09-01', end: '2027-01-29', week: 'mon:company,tue:company,wed:remote,thu:company,fri:school', 'total-hours': '696' },
};

/** Two modular projects with their own names and dates, given as the `plan` property. */
const modularPlan = (() => {
  let plan = createPlan({ id: 'story-modular', title: 'Twee projecten', start: '2027-02-01', end: '2027-06-25', hoursPerDay: 8, model: 'modular' });
  plan = withPeriodChanged(plan, 'p1', { end: '2027-03-26', name: 'Project A: webshop' });
  plan = withPeriodAdded(plan, 'modular');
  plan = withPeriodChanged(plan, 'p2', { start: '2027-03-29', end: '2027-06-25', name: 'Project B: klantportaal' });
  return plan;
})();

export const ModularPlan: Story = {
  name: 'Modular plan (two projects)',
  args: { plan: modularPlan },
  play: async ({ canvasElement }) => {
    const element = plannerIn(canvasElement);
    await waitFor(() => expect(element.plan.periods.map((period) => period.name)).toEqual(['Project A: webshop', 'Project B: klantportaal']));
  },
};

/** `total-hours` far above what the dates allow: warnings say how many hours are missing and when they would be reached. */
export const WithWarnings: Story = {
  name: 'With warnings (too many hours agreed)',
  args: { model: 'lint', start: '2027-02-01', end: '2027-06-25', 'total-hours': '1200' },
};

/** Nine hours a day on five company days: 45 hours a week, above the 40-hour limit. */
export const OverFortyHours: Story = {
  name: 'Over 40 hours a week',
  args: { model: 'blok', start: '2027-02-01', end: '2027-06-25', 'hours-per-day': '9', week: 'mon:company,tue:company,wed:company,thu:company,fri:company' },
};

/** `lang="en"`: every text, date and number in English. */
export const English: Story = {
  args: { lang: 'en', model: 'hybrid', start: '2026-09-01', end: '2027-01-29', week: 'mon:company,tue:company,wed:remote,thu:company,fri:school', 'total-hours': '696' },
};

/**
 * Attributes the element cannot use: an impossible date, hours that are not a number, an unknown
 * model and a week with an unknown day. Each is named in a notice, replaced by its default, and
 * reported as a `stagekit-error` with code `invalid-attribute` (see the Actions panel).
 */
export const BadAttributes: Story = {
  name: 'Bad attributes',
  args: { start: '2026-13-01', 'hours-per-day': 'acht', model: 'stage', week: 'mon:company,xyz:school' },
  play: async ({ canvasElement }) => {
    const element = plannerIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll('.notice').length).toBeGreaterThanOrEqual(4));
  },
};

/** In a 400 px column the planner starts with the list of weeks instead of the grid (it needs 560 px for the grid). */
export const ListView: Story = {
  name: 'List view (narrow column)',
  args: { model: 'hybrid', start: '2026-09-01', end: '2026-11-27', week: 'mon:company,tue:company,wed:remote,thu:company,fri:school' },
  render: (args) => html`<div style="inline-size: 400px; max-inline-size: 100%">${planner(args)}</div>`,
  play: async ({ canvasElement }) => {
    const element = plannerIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector('ol.list')).toBeTruthy());
  },
};

/** The school's holidays and a school week, day changes (sick, a day off, an extra day, a swap) and a chosen contact moment, as the `plan` property. */
const calendarPlan = (() => {
  let plan = createPlan({
    id: 'story-calendar',
    title: 'Stage met schoolkalender',
    start: '2026-09-01',
    end: '2027-01-29',
    hoursPerDay: 8,
    totalHours: 600,
    model: 'hybrid',
    week: { mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school', sat: 'off', sun: 'off' },
  });
  plan = withCalendarEntries(plan, [
    { start: '2026-10-17', end: '2026-10-25', kind: 'holiday', label: 'Herfstvakantie' },
    { start: '2026-12-19', end: '2027-01-03', kind: 'holiday', label: 'Kerstvakantie' },
    { start: '2026-11-16', end: '2026-11-20', kind: 'school-week', label: 'Terugkomweek' },
  ]);
  plan = withOverride(plan, { date: '2026-09-29', kind: 'sick' });
  plan = withOverride(plan, { date: '2026-10-09', kind: 'off' });
  plan = withOverride(plan, { date: '2026-11-06', kind: 'extra', type: 'company' });
  plan = withOverride(plan, { date: '2026-12-02', kind: 'swap', with: '2026-12-04' });
  plan = withContactMoment(plan, 'mid', '2026-11-10');
  return plan;
})();

export const CalendarAndOverrides: Story = {
  name: 'School calendar and day changes',
  args: { plan: calendarPlan },
  play: async ({ canvasElement }) => {
    const element = plannerIn(canvasElement);
    await waitFor(() => expect(element.plan.calendar.length).toBe(3));
  },
};

/**
 * A `plan` property that is not a plan (an end before the start, a model that does not exist): the
 * element keeps its own plan, says in a notice what is wrong (at most three problems), and fires
 * `stagekit-error` with code `invalid-plan` (see the Actions panel).
 */
export const InvalidPlan: Story = {
  name: 'Invalid plan property',
  args: { plan: { ...createPlan({ id: 'story-invalid', title: 'Kapot plan', start: '2027-02-01', end: '2027-06-25', hoursPerDay: 8, model: 'lint' }), end: '2026-01-01', model: 'stage' } as unknown as SchedulePlan },
  play: async ({ canvasElement, args }) => {
    const element = plannerIn(canvasElement);
    const codes = () => (args.onStagekitError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.code);
    await waitFor(() => expect(codes()).toContain('invalid-plan'), { timeout: 5000 });
    await waitFor(() => expect(element.plan.id).not.toBe('story-invalid'));
  },
};
