import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import 'stagekit/cao-lookup/define.js';
import type { StagekitCaoLookup } from 'stagekit';

/**
 * The public contract of `<stagekit-cao-lookup>`, one arg per attribute plus the two events. Args are
 * named as the Custom Elements Manifest names them (the attribute, and `onStagekit…` for an event), so
 * the Docs table shows one row per attribute with the manifest's description next to the control.
 * An empty or missing arg leaves the attribute off, so the element's own default applies.
 */
interface CaoLookupArgs {
  /** `nl` or `en`; empty = follow the page (the "Taal / Language" toolbar). */
  lang?: '' | 'nl' | 'en';
  /** Dataset URL; empty = the bundled dataset. */
  src?: string;
  level?: '' | 'mbo' | 'hbo' | 'wo' | string;
  query?: string;
  'only-with-clause': boolean;
  storage: 'local' | 'memory';
  /** Reference date YYYY-MM-DD for "may be outdated"; empty = today. */
  date?: string;
  /** Id of the chosen CAO. */
  value?: string;
  onStagekitCaoSelect: (event: CustomEvent) => void;
  onStagekitError: (event: CustomEvent) => void;
}

/** Story-only datasets, served from `stories/fixtures/` (see `.storybook/main.ts`, `staticDirs`). */
const FIXTURES = {
  partlyBad: 'fixtures/cao-dataset-partly-bad.json',
  notJson: 'fixtures/cao-dataset-not-json.json',
  /** Not in `stories/fixtures/`: the server answers 404. */
  missing: 'fixtures/cao-dataset-missing.json',
  /** Never answered: the Loading story holds its request open. */
  neverLoads: 'fixtures/cao-dataset-never-loads.json',
} as const;

const orUndefined = (value: string | undefined) => (value ? value : undefined);

/** The element inside the story's shadow-free canvas. */
function lookupIn(canvasElement: HTMLElement): StagekitCaoLookup {
  const element = canvasElement.querySelector('stagekit-cao-lookup');
  if (!element) throw new Error('stagekit-cao-lookup is not in the canvas');
  return element;
}

/**
 * Replaces `fetch` for one URL while the story is shown; everything else goes to the network.
 * Returns the cleanup that `beforeEach` hands back to Storybook.
 */
function interceptFetch(urlPart: string, answer: () => Promise<Response>): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.includes(urlPart) ? answer() : realFetch(input, init);
  };
  return () => {
    window.fetch = realFetch;
  };
}

const meta = {
  title: 'Elements/CAO lookup',
  component: 'stagekit-cao-lookup',
  args: {
    lang: '',
    src: '',
    level: '',
    query: '',
    'only-with-clause': false,
    storage: 'local',
    date: '',
    value: '',
    onStagekitCaoSelect: fn(),
    onStagekitError: fn(),
  },
  // Descriptions and types come from the manifest; here only the controls (an empty value = attribute left off).
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    src: { control: 'text' },
    level: { control: 'inline-radio', options: ['', 'mbo', 'hbo', 'wo'] },
    query: { control: 'text' },
    'only-with-clause': { control: 'boolean' },
    storage: { control: 'inline-radio', options: ['local', 'memory'] },
    date: { control: 'text' },
    value: { control: 'text' },
  },
  render: (args) => html`
    <stagekit-cao-lookup
      lang=${ifDefined(orUndefined(args.lang))}
      src=${ifDefined(orUndefined(args.src))}
      level=${ifDefined(orUndefined(args.level))}
      query=${ifDefined(orUndefined(args.query))}
      ?only-with-clause=${args['only-with-clause']}
      storage=${args.storage}
      date=${ifDefined(orUndefined(args.date))}
      value=${ifDefined(orUndefined(args.value))}
      @stagekit-cao-select=${args.onStagekitCaoSelect}
      @stagekit-error=${args.onStagekitError}
    ></stagekit-cao-lookup>
  `,
} satisfies Meta<CaoLookupArgs>;

export default meta;
type Story = StoryObj<CaoLookupArgs>;

/**
 * The widget as a page gets it with no attributes: Dutch texts, the bundled dataset, every CAO
 * listed by name in the fixed-height results area, and the result count in the live region.
 */
export const Default: Story = {};

/** `lang="en"`: every text, sector name and amount format in English. */
export const English: Story = {
  args: { lang: 'en' },
};

/** `query="jeugdzorg"`: a search by sector; the status line says how many CAOs match the query. */
export const WithQuery: Story = {
  args: { query: 'jeugdzorg' },
};

/** `query="jeugdzrog"`: a typing error still finds the Jeugdzorg CAO (typo-tolerant search). */
export const TypoQuery: Story = {
  args: { query: 'jeugdzrog' },
};

/**
 * `level="mbo" only-with-clause`: only CAOs that have an internship-compensation clause, and only
 * the amounts for mbo students. The filter controls inside the widget show the same state.
 */
export const OnlyWithClauseMbo: Story = {
  name: 'Only with clause + level filter',
  args: { level: 'mbo', 'only-with-clause': true },
};

/** `query="xyzxyz"`: nothing matches; the widget says so in words, and the count is 0. */
export const NoResults: Story = {
  args: { query: 'xyzxyz' },
};

/**
 * `value="cao-horeca"`: a chosen CAO. The details panel shows the clause in plain words, every
 * figure next to its source (link, publisher, figure date, last checked, confidence).
 */
export const SelectedCao: Story = {
  name: 'Selected CAO',
  args: { value: 'cao-horeca' },
};

/**
 * `src` points at a dataset with three good and three broken records (a negative amount, an
 * unknown education level `vmbo`, an amount without its source). The good records still work;
 * a visible notice counts the skipped ones and says what is wrong with each. A `stagekit-error`
 * event with code `dataset-records-rejected` is fired (see the Actions panel).
 */
export const PartlyBadDataset: Story = {
  name: 'Partly bad dataset',
  args: { src: FIXTURES.partlyBad },
};

/**
 * `src` points at an HTML page instead of JSON (what a misconfigured server sends). The widget
 * shows an error with `role="alert"` and a "try again" button, and fires `stagekit-error` with
 * code `dataset-not-json`.
 */
export const NotJsonDataset: Story = {
  name: 'Not-JSON dataset',
  args: { src: FIXTURES.notJson },
};

/**
 * `src` points at a file that does not exist (HTTP 404). Error with `role="alert"` and a retry
 * button; `stagekit-error` with code `dataset-unreachable`. The retry really fetches again.
 */
export const UnreachableDataset: Story = {
  name: 'Unreachable dataset (404)',
  args: { src: FIXTURES.missing },
  // Some static servers answer a missing file with their index page (200); make it a real 404.
  beforeEach: () => interceptFetch(FIXTURES.missing, async () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
};

/**
 * The dataset is still on its way: the status line (a live region) says it is loading; the
 * results area appears once the dataset is in. The story holds this one request open for as long
 * as it is shown (it replaces `fetch` for that one URL and puts it back when you leave).
 */
export const Loading: Story = {
  args: { src: FIXTURES.neverLoads },
  beforeEach: () => interceptFetch(FIXTURES.neverLoads, () => new Promise<Response>(() => {})),
};

/**
 * `storage="memory"`: recent searches are kept for this page only; nothing is written to the
 * device (no IndexedDB). The play function searches for "horeca" and picks the first result, so
 * the recent-search button appears.
 */
export const MemoryStorage: Story = {
  name: 'Memory storage',
  args: { storage: 'memory' },
  play: async ({ canvasElement, args }) => {
    const lookup = lookupIn(canvasElement);
    const root = lookup.shadowRoot!;
    // The list stays closed until the user types; wait until the dataset is in (the count is shown).
    await waitFor(() => expect(root.querySelector('[part="status"]')?.textContent).toMatch(/\d/), { timeout: 5000 });
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await userEvent.type(input, 'horeca');
    await waitFor(() => expect(root.querySelectorAll('[role="option"]').length).toBeGreaterThan(0), { timeout: 5000 });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(args.onStagekitCaoSelect).toHaveBeenCalled());
    await waitFor(() => expect(root.querySelector('[part="recent"]')).not.toBeNull());
  },
};

/**
 * `date="2030-01-01"`: judged from 2030, every figure is more than 18 months old, so each one is
 * marked "may be outdated" by a bold text label and an explanation, not by colour alone.
 */
export const OldFigures: Story = {
  name: 'Old figures ("may be outdated")',
  args: { date: '2030-01-01', value: 'cao-jeugdzorg' },
};

/**
 * `level="vmbo"` and `date="1-3-2026"`: values the element cannot use. It ignores them (every level,
 * today's date), and fires one `stagekit-error` with code `invalid-attribute` per value, in the
 * widget's language (see the Actions panel).
 */
export const InvalidAttributes: Story = {
  name: 'Invalid attributes',
  args: { level: 'vmbo', date: '1-3-2026' },
  argTypes: { level: { control: 'text' } },
  play: async ({ canvasElement, args }) => {
    lookupIn(canvasElement);
    const codes = () => (args.onStagekitError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.code);
    await waitFor(() => expect(codes().filter((code) => code === 'invalid-attribute').length).toBe(2));
  },
};
