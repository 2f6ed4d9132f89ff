import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, fn, waitFor } from 'storybook/test';
import 'stagekit/compensation-checker/define.js';
import type { StagekitCompensationChecker } from 'stagekit';

/**
 * The public contract of `<stagekit-compensation-checker>`: one arg per attribute, the `input`
 * property and the events. Args are named as the Custom Elements Manifest names them (the attribute,
 * and `onStagekit…` for an event), so the Docs table shows one row per attribute with the manifest's
 * description next to the control. An empty arg leaves the attribute off. The reference date is fixed
 * per story so that the verdicts do not change with the day the story is opened.
 */
interface CheckerArgs {
  lang?: '' | 'nl' | 'en';
  mode: 'full' | 'badge';
  src?: string;
  'report-url'?: string;
  date?: string;
  cao?: string;
  level?: string;
  'stage-type'?: string;
  start?: string;
  end?: string;
  weeks?: string;
  hours?: string;
  days?: string;
  age?: string;
  location?: string;
  offered?: string;
  'employment-contract'?: string;
  'learning-plan'?: string;
  supervisor?: string;
  'replaces-staff'?: string;
  'mainly-productive'?: string;
  graduated?: string;
  /** Set as the `input` property (not an attribute) when given. */
  input?: Record<string, unknown>;
  onStagekitCheck: (event: CustomEvent) => void;
  onStagekitError: (event: CustomEvent) => void;
  /** `stagekit-share` (the "share" button of the full form). Not in the manifest: the element has no `@fires` tag for it. */
  onStagekitShare: (event: CustomEvent) => void;
}

const or = (value: string | undefined) => (value ? value : undefined);

/** The element inside the story's canvas. */
function checkerIn(canvasElement: HTMLElement): StagekitCompensationChecker {
  const element = canvasElement.querySelector('stagekit-compensation-checker');
  if (!element) throw new Error('stagekit-compensation-checker is not in the canvas');
  return element;
}

/** The `detail` of every `stagekit-check` / `stagekit-error` so far (the args are `fn()` spies). */
const details = (spy: (event: CustomEvent) => void) =>
  (spy as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail as Record<string, unknown>);

const yesNo = { control: 'inline-radio', options: ['', 'yes', 'no'] } as const;
const text = { control: 'text' } as const;

const meta = {
  title: 'Elements/Compensation checker',
  component: 'stagekit-compensation-checker',
  args: { lang: '', mode: 'full', date: '2026-03-01', onStagekitCheck: fn(), onStagekitError: fn(), onStagekitShare: fn() },
  // Descriptions and types come from the manifest; here only the controls (an empty value = attribute left off).
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    mode: { control: 'inline-radio', options: ['full', 'badge'] },
    src: text,
    'report-url': text,
    date: text,
    cao: text,
    level: { control: 'select', options: ['', 'vo', 'mbo-bol', 'mbo-bbl', 'hbo', 'wo'] },
    'stage-type': { control: 'select', options: ['', 'orientation', 'practice', 'graduation'] },
    start: text,
    end: text,
    weeks: text,
    hours: text,
    days: text,
    age: text,
    location: { control: 'select', options: ['', 'nl', 'bes', 'abroad'] },
    offered: text,
    'employment-contract': yesNo,
    'learning-plan': yesNo,
    supervisor: yesNo,
    'replaces-staff': yesNo,
    'mainly-productive': yesNo,
    graduated: yesNo,
    input: { control: 'object' },
    onStagekitShare: { table: { category: 'events' }, description: '`stagekit-share`: the user made a share link; `detail.url` (answers in the URL fragment only).' },
  },
  render: (args) => html`<stagekit-compensation-checker
    lang=${ifDefined(or(args.lang))}
    mode=${args.mode}
    src=${ifDefined(or(args.src))}
    report-url=${ifDefined(or(args['report-url']))}
    date=${ifDefined(or(args.date))}
    cao=${ifDefined(or(args.cao))}
    level=${ifDefined(or(args.level))}
    stage-type=${ifDefined(or(args['stage-type']))}
    start=${ifDefined(or(args.start))}
    end=${ifDefined(or(args.end))}
    weeks=${ifDefined(or(args.weeks))}
    hours=${ifDefined(or(args.hours))}
    days=${ifDefined(or(args.days))}
    age=${ifDefined(or(args.age))}
    location=${ifDefined(or(args.location))}
    offered=${ifDefined(or(args.offered))}
    employment-contract=${ifDefined(or(args['employment-contract']))}
    learning-plan=${ifDefined(or(args['learning-plan']))}
    supervisor=${ifDefined(or(args.supervisor))}
    replaces-staff=${ifDefined(or(args['replaces-staff']))}
    mainly-productive=${ifDefined(or(args['mainly-productive']))}
    graduated=${ifDefined(or(args.graduated))}
    ${ref((element) => {
      // Only a given input is set: the property then wins over the attributes.
      if (element && args.input) (element as StagekitCompensationChecker).input = args.input;
    })}
    @stagekit-check=${args.onStagekitCheck}
    @stagekit-error=${args.onStagekitError}
    @stagekit-share=${args.onStagekitShare}
  ></stagekit-compensation-checker>`,
} satisfies Meta<CheckerArgs>;

export default meta;
type Story = StoryObj<CheckerArgs>;

const vacancy = { cao: 'cao-jeugdzorg', level: 'hbo', 'stage-type': 'practice', hours: '32', age: '20', location: 'nl' } as const;

/** Badge on a vacancy page: the offer meets the CAO (€ 400 at 32 hours a week). */
export const BadgeMeets: Story = { args: { mode: 'badge', ...vacancy, offered: '400' } };

/** Badge: the offer is below the CAO, with the shortfall in the details. */
export const BadgeBelow: Story = { args: { mode: 'badge', ...vacancy, offered: '300' } };

/** Badge: Horeca at 3 days a week, where the CAO parties only advise the day scale. */
export const BadgeAdvisoryScale: Story = {
  args: { mode: 'badge', cao: 'cao-horeca', level: 'mbo-bol', 'stage-type': 'practice', hours: '24', days: '3', age: '18', location: 'nl', offered: '240' },
};

/** Badge: a CAO whose sources show no clause. */
export const BadgeNoClause: Story = { args: { mode: 'badge', ...vacancy, cao: 'cao-metalektro', offered: '300' } };

/** Badge with missing attributes: it names them instead of guessing. */
export const BadgeIncomplete: Story = { args: { mode: 'badge', cao: 'cao-horeca', level: 'hbo' } };

/** The empty form. */
export const EmptyForm: Story = { args: {} };

/** A filled form with a verdict below the CAO. */
export const FilledBelow: Story = { args: { ...vacancy, weeks: '20', offered: '250' } };

/** The answers point to a job, not an internship: the minimum wage that would be owed is shown. */
export const LooksLikeAJob: Story = { args: { ...vacancy, weeks: '20', offered: '250', 'replaces-staff': 'yes', 'learning-plan': 'no' } };

/** bbl student with an employment contract: the planned right would not apply; the bbl scale is used. */
export const BblWithContract: Story = {
  args: { level: 'mbo-bbl', 'stage-type': 'practice', hours: '32', age: '19', location: 'nl', offered: '900', 'employment-contract': 'yes', 'mainly-productive': 'yes' },
};

/** An orientation stage on Bonaire: whether the planned right applies is uncertain (the limit is not set). */
export const OrientationOnBonaire: Story = { args: { level: 'hbo', 'stage-type': 'orientation', weeks: '3', hours: '20', age: '19', location: 'bes', offered: '0' } };

/** Invalid input from attributes: messages at the fields (press "Check de vergoeding" to see them all). */
export const InvalidInput: Story = { args: { level: 'hbo', 'stage-type': 'practice', location: 'nl', hours: '90', age: '9', offered: 'abc' } };

/** A CAO id that is in no dataset. */
export const UnknownCao: Story = { args: { ...vacancy, cao: 'cao-does-not-exist', offered: '300' } };

/** English. */
export const English: Story = { args: { lang: 'en', ...vacancy, weeks: '20', offered: '250' } };

/** A reference date long after the newest minimum-wage figure: the figure is marked as possibly outdated. */
export const OutdatedFigures: Story = { args: { ...vacancy, date: '2028-01-01', offered: '300', 'replaces-staff': 'yes' } };

/**
 * `report-url` set (the page of the school's report form): a verdict below the CAO links there with
 * `?prefill-type=below-cao`, so the report starts from this verdict (the answers stay out of the link).
 */
export const WithReportLink: Story = {
  name: 'Below the CAO, with a link to the report form',
  args: { ...vacancy, weeks: '20', offered: '250', 'report-url': 'https://meldpunt.example.nl/melden/' },
  play: async ({ canvasElement }) => {
    const element = checkerIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector<HTMLAnchorElement>('.report-link a')?.href).toContain('prefill-type=below-cao'), { timeout: 5000 });
  },
};

/** `start` and `end` instead of `weeks`: the length is worked out from the dates (a graduation internship of a graduate, `graduated="yes"`). */
export const DatesAndGraduated: Story = {
  name: 'Dates instead of weeks, graduated student',
  args: { level: 'hbo', 'stage-type': 'graduation', start: '2026-02-02', end: '2026-06-26', hours: '36', age: '23', location: 'nl', offered: '600', graduated: 'yes' },
};

/** The `input` property (camelCase keys, booleans for the questions) instead of attributes: the page sets the whole input at once. */
export const InputProperty: Story = {
  name: 'Input as a property',
  args: {
    input: { cao: 'cao-jeugdzorg', level: 'hbo', stageType: 'practice', weeks: 20, hours: 32, age: 20, location: 'nl', offered: 450, learningPlan: true, supervisor: true },
  },
  play: async ({ canvasElement, args }) => {
    checkerIn(canvasElement);
    await waitFor(() => expect(details(args.onStagekitCheck).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/**
 * `src` points at a dataset that does not exist (HTTP 404): the element shows an alert with "try
 * again" instead of a verdict, and fires `stagekit-error` with code `dataset-unreachable`.
 */
export const DatasetUnreachable: Story = {
  name: 'Dataset unreachable (404)',
  args: { mode: 'badge', ...vacancy, offered: '300', src: 'fixtures/cao-dataset-missing.json' },
  beforeEach: () => {
    // Some static servers answer a missing file with their index page (200); make it a real 404.
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return url.includes('cao-dataset-missing') ? Promise.resolve(new Response('Not found', { status: 404 })) : realFetch(input, init);
    };
    return () => {
      window.fetch = realFetch;
    };
  },
  play: async ({ canvasElement, args }) => {
    const element = checkerIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector('[role="alert"] button')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(details(args.onStagekitError).map((detail) => detail['code'])).toContain('dataset-unreachable'));
  },
};
