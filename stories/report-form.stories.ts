import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import 'stagekit/report-form/define.js';
import type { StagekitReportForm } from 'stagekit';

/**
 * The public contract of `<stagekit-report-form>`: one arg per attribute plus the three events. Args
 * are named as the Custom Elements Manifest names them (the attribute, and `onStagekit…` for an
 * event), so the Docs table shows one row per attribute with the manifest's description next to the
 * control. An empty arg leaves the attribute off, so the element's own default applies. Every story uses
 * `storage="memory"` unless it says otherwise: stories then share no drafts, and nothing a story
 * types is left in this browser.
 *
 * Later steps are reached as a reporter reaches them: the `play` function clicks the choices, types
 * the text and presses "Volgende stap" (the element has no property to set a whole report). The
 * school's endpoint is the made-up address {@link ENDPOINT}; while a story is shown, `fetch` to it
 * is answered by the story (parameter `receiver`: a status and JSON body, or `down` for no answer),
 * so "Versturen" never leaves the browser. Quick exit (the button, or Shift three times) is
 * cancelled in every story, so the Storybook page stays; the event is logged in the Actions panel.
 */
interface ReportArgs {
  /** `nl` or `en`; empty = follow the page (the "Taal / Language" toolbar). */
  lang?: '' | 'nl' | 'en';
  endpoint?: string;
  'public-key'?: string;
  'meldpunt-name'?: string;
  'meldpunt-email'?: string;
  'meldpunt-phone'?: string;
  storage: 'local' | 'memory' | string;
  'prefill-type'?: string;
  'exit-url'?: string;
  onStagekitReportStatus: (event: CustomEvent) => void;
  onStagekitQuickExit: (event: CustomEvent) => void;
  onStagekitError: (event: CustomEvent) => void;
}

/** How the made-up school answers a POST in a story. */
type ReceiverAnswer = { status: number; body?: unknown } | 'down';

/** The school's receiver in the stories: made up, never contacted (see `interceptFetch`). */
const ENDPOINT = 'https://meldpunt.example.nl/stagekit/meldingen';

/** An EC P-256 public key (the school's): reports are encrypted for it before they are sent. Its private key was thrown away. */
const PUBLIC_KEY = JSON.stringify({
  kty: 'EC',
  crv: 'P-256',
  x: '0w07DvLlYwKyprFdUAews12MBbUEYP5NID857zXHJeY',
  y: 'WfGPaEZckBaswRCqqEqoXvFc8TNG7el9k2_ISKEi9fk',
});

const SCHOOL = { 'meldpunt-name': 'Meldpunt ROC Domstad', 'meldpunt-email': 'meldpunt@rocdomstad.example.nl', 'meldpunt-phone': '030 123 45 67' } as const;

const or = (value: string | undefined) => (value ? value : undefined);

/**
 * Replaces `fetch` for the story's endpoint while the story is shown; everything else goes to the
 * network. Returns the cleanup that `beforeEach` hands back to Storybook.
 */
function interceptFetch(urlPart: string, answer: ReceiverAnswer): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(urlPart)) return realFetch(input, init);
    if (answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(JSON.stringify(answer.body ?? {}), { status: answer.status, headers: { 'Content-Type': 'application/json' } }));
  };
  return () => {
    window.fetch = realFetch;
  };
}

// Using the form as a reporter does ------------------------------------------------------------------

const shadow = (element: HTMLElement) => element.shadowRoot!;

/** The element inside the story's canvas, once it has rendered its texts. */
async function formIn(canvasElement: HTMLElement): Promise<StagekitReportForm> {
  const element = canvasElement.querySelector('stagekit-report-form');
  if (!element) throw new Error('stagekit-report-form is not in the canvas');
  await waitFor(() => expect(shadow(element).querySelector('#step-title')).toBeTruthy());
  await element.updateComplete;
  return element;
}

const stepTitle = (element: HTMLElement) => shadow(element).querySelector('#step-title')?.textContent?.trim() ?? '';

/** Clicks a radio button or checkbox (by its group's name and value), as a user does. */
async function choose(element: StagekitReportForm, name: string, value: string): Promise<void> {
  let input: HTMLInputElement | undefined;
  await waitFor(() => {
    input = [...shadow(element).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((candidate) => candidate.value === value);
    return expect(input).toBeTruthy();
  });
  if (!input!.checked) await userEvent.click(input!);
  await waitFor(() => expect(input!.checked).toBe(true));
}

/** Puts text in a field and fires `input`, as typing does (typing long text key by key is slow). */
async function fill(element: StagekitReportForm, name: string, value: string): Promise<void> {
  const field = shadow(element).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await element.updateComplete;
}

/** Clicks the visible button with this `data-action`. */
async function act(element: StagekitReportForm, action: string): Promise<void> {
  let button: HTMLElement | null = null;
  await waitFor(() => {
    button = shadow(element).querySelector<HTMLElement>(`[data-action="${action}"]`);
    return expect(button).toBeTruthy();
  });
  await userEvent.click(button!);
  await element.updateComplete;
}

/** "Volgende stap" on a step without problems: the next step opens. */
async function next(element: StagekitReportForm): Promise<void> {
  const before = stepTitle(element);
  await act(element, 'next');
  await waitFor(() => expect(stepTitle(element)).not.toBe(before));
}

/** Step 1: discrimination on origin, while looking for a placement, mbo student. */
async function fillWhat(element: StagekitReportForm): Promise<void> {
  await choose(element, 'type', 'discrimination');
  await choose(element, 'grounds', 'origin');
  await choose(element, 'situation', 'search');
  await choose(element, 'reporter', 'student');
  await choose(element, 'level', 'mbo');
}

async function fillDetails(element: StagekitReportForm): Promise<void> {
  await fill(element, 'whatHappened', 'Bij het sollicitatiegesprek zei de manager dat klanten liever iemand van hier willen, en dat ik daarom niet geschikt was.');
  await fill(element, 'whenDate', '2026-03-14');
  await fill(element, 'where', 'Utrecht, hoofdkantoor');
  await fill(element, 'companyName', 'Bakkerij Jansen');
}

async function fillContact(element: StagekitReportForm): Promise<void> {
  await choose(element, 'wishes', 'advice');
  await choose(element, 'wishes', 'school-action');
  await choose(element, 'anonymous', 'no');
  await fill(element, 'name', 'Sam');
  await fill(element, 'email', 'sam@example.nl');
}

/** Steps 1 to 3 filled in, through the advice, to "Controleren en versturen". */
async function fillToSend(element: StagekitReportForm): Promise<void> {
  await fillWhat(element);
  await next(element);
  await fillDetails(element);
  await next(element);
  await fillContact(element);
  await next(element);
  await next(element);
  await waitFor(() => expect(shadow(element).querySelector('.summary')).toBeTruthy());
}

// Meta ----------------------------------------------------------------------------------------------

const meta = {
  title: 'Elements/Report form',
  component: 'stagekit-report-form',
  args: { lang: '', storage: 'memory', onStagekitReportStatus: fn(), onStagekitQuickExit: fn(), onStagekitError: fn() },
  // Descriptions and types come from the manifest; here only the controls (an empty value = attribute left off).
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'] },
    endpoint: { control: 'text' },
    'public-key': { control: 'text' },
    'meldpunt-name': { control: 'text' },
    'meldpunt-email': { control: 'text' },
    'meldpunt-phone': { control: 'text' },
    storage: { control: 'inline-radio', options: ['local', 'memory'] },
    'prefill-type': {
      control: 'select',
      options: ['', 'discrimination', 'misuse', 'underpaid', 'disguised-job', 'below-cao', 'employment-risk', 'below-cao,employment-risk'],
    },
    'exit-url': { control: 'text' },
  },
  parameters: { receiver: { status: 200, body: { reference: 'MP-2026-0042' } } satisfies ReceiverAnswer },
  // `fetch` to the made-up endpoint is answered by the story, never by the network.
  beforeEach: ({ parameters }) => interceptFetch(ENDPOINT, (parameters as { receiver: ReceiverAnswer }).receiver),
  render: (args) => html`<stagekit-report-form
    lang=${ifDefined(or(args.lang))}
    endpoint=${ifDefined(or(args.endpoint))}
    public-key=${ifDefined(or(args['public-key']))}
    meldpunt-name=${ifDefined(or(args['meldpunt-name']))}
    meldpunt-email=${ifDefined(or(args['meldpunt-email']))}
    meldpunt-phone=${ifDefined(or(args['meldpunt-phone']))}
    storage=${args.storage}
    prefill-type=${ifDefined(or(args['prefill-type']))}
    exit-url=${ifDefined(or(args['exit-url']))}
    @stagekit-report-status=${args.onStagekitReportStatus}
    @stagekit-quick-exit=${(event: CustomEvent) => {
      // A story must not leave Storybook: the exit is logged, not followed.
      event.preventDefault();
      args.onStagekitQuickExit(event);
    }}
    @stagekit-error=${args.onStagekitError}
  ></stagekit-report-form>`,
} satisfies Meta<ReportArgs>;

export default meta;
type Story = StoryObj<ReportArgs>;

// Stories -------------------------------------------------------------------------------------------

/** No attributes, Dutch: step 1 of 5 ("Wat is er gebeurd"), quick exit at the top, "what this form protects", keep nothing / delete everything below. */
export const EmptyDutch: Story = {
  name: 'Empty, step 1 (Dutch)',
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await expect(stepTitle(element)).toBe('Wat is er gebeurd');
    await expect(shadow(element).querySelector('[data-action="quick-exit"]')).toBeTruthy();
  },
};

/** `lang="en"`: the form in English, whatever the page language. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await expect(stepTitle(element)).toBe('What happened');
  },
};

/** `prefill-type="below-cao"` (as the compensation checker links to it): a misuse report with "underpaid" ticked, and a notice that says where it came from. */
export const PrefillBelowCao: Story = {
  name: 'Prefilled from the compensation checker (below-cao)',
  args: { lang: 'nl', 'prefill-type': 'below-cao' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await waitFor(() => expect(shadow(element).querySelector<HTMLInputElement>('input[name="type"][value="misuse"]')?.checked).toBe(true));
    await expect(shadow(element).querySelector<HTMLInputElement>('input[name="kinds"][value="underpaid"]')?.checked).toBe(true);
    await expect(shadow(element).querySelector('.notice')).toBeTruthy();
  },
};

/**
 * "Volgende stap" on the empty step 1: the step stays; the error summary lists each missing answer
 * as a link to its group and gets the focus; each group shows its own message.
 */
export const ErrorSummary: Story = {
  name: 'Step 1 with the error summary',
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await act(element, 'next');
    await waitFor(() => expect(shadow(element).activeElement?.classList.contains('error-summary')).toBe(true));
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((link) => link.getAttribute('href'));
    await expect(links).toEqual(['#f-type', '#f-situation', '#f-reporter']);
    await expect(stepTitle(element)).toBe('Wat is er gebeurd');
  },
};

/** Markup, a script, an SQL injection and direction characters typed into step 2: shown as text, nothing runs, no element is made from it. */
export const DetailsWithHostileText: Story = {
  name: 'Step 2 with hostile text',
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillWhat(element);
    await next(element);
    await fill(element, 'whatHappened', '<script>alert("x")</script> <img src=x onerror="alert(1)"> "><svg onload=alert(1)>');
    await fill(element, 'where', "'; DROP TABLE meldingen; --");
    await fill(element, 'companyName', '\u202eevil\u202c {{constructor.constructor("alert(1)")()}}');
    await fill(element, 'witnesses', `javascript:alert(1) ${'W'.repeat(400)}`);
    await expect(shadow(element).querySelector<HTMLTextAreaElement>('[name="whatHappened"]')?.value).toContain('<script>');
    await expect(shadow(element).querySelectorAll('form script, form img, form svg').length).toBe(0);
  },
};

/** Step 4 ("Waar kun je terecht"): the places for discrimination while looking for a placement (mbo), the school's own meldpunt first, each with what it can do and its sources. */
export const Advice: Story = {
  name: 'Step 4: advice',
  args: { lang: 'nl', ...SCHOOL },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillWhat(element);
    // The stepper opens any step; the advice needs only the type and the situation.
    const steps = shadow(element).querySelectorAll<HTMLButtonElement>('nav.stepper button.step');
    await userEvent.click(steps[3]!);
    await waitFor(() => expect(shadow(element).querySelectorAll('[part="routes"] > li').length).toBeGreaterThan(1));
  },
};

/** Step 5 with the school's endpoint and public key: the whole report to check, "Versturen" (encrypted in the browser first), and the other ways next to it. */
export const SendWithEndpoint: Story = {
  name: 'Step 5: send to the school (endpoint, encrypted)',
  args: { lang: 'nl', endpoint: ENDPOINT, 'public-key': PUBLIC_KEY, ...SCHOOL },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillToSend(element);
    await expect(shadow(element).querySelector('[data-action="send"]')).toBeTruthy();
  },
};

/** Step 5 without an endpoint: the report goes another way — a prefilled e-mail to the meldpunt, copy the text, download it, or print it. */
export const SendWithoutEndpoint: Story = {
  name: 'Step 5: no endpoint (e-mail, copy, print)',
  args: { lang: 'nl', 'meldpunt-name': SCHOOL['meldpunt-name'], 'meldpunt-email': SCHOOL['meldpunt-email'] },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillToSend(element);
    await expect(shadow(element).querySelector('[data-action="send"]')).toBeNull();
    for (const action of ['mailto', 'copy-text', 'download-copy', 'print']) await expect(shadow(element).querySelector(`[data-action="${action}"]`)).toBeTruthy();
  },
};

/** The school cannot be reached: the report waits in the outbox (it cannot be changed meanwhile), with the next try and "Nu opnieuw proberen". */
export const Queued: Story = {
  name: 'Waiting to send (school unreachable)',
  args: { lang: 'nl', endpoint: ENDPOINT, ...SCHOOL },
  parameters: { receiver: 'down' satisfies ReceiverAnswer },
  play: async ({ canvasElement, args }) => {
    const element = await formIn(canvasElement);
    await fillToSend(element);
    await act(element, 'send');
    await waitFor(() => expect(shadow(element).querySelector('[data-action="retry"]')).toBeTruthy(), { timeout: 5000 });
    const statuses = () => (args.onStagekitReportStatus as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.status);
    await waitFor(() => expect(statuses()).toContain('queued'));
  },
};

/** The school answers 422 with a reason: the report is kept as a draft, the reason is shown, and "Opnieuw versturen" sends it again under the same id. */
export const Rejected: Story = {
  name: 'Refused by the school (422)',
  args: { lang: 'nl', endpoint: ENDPOINT, ...SCHOOL },
  parameters: { receiver: { status: 422, body: { message: 'Vul ook de naam van je opleiding in, dan kunnen we je sneller helpen.' } } satisfies ReceiverAnswer },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillToSend(element);
    await act(element, 'send');
    await waitFor(() => expect(shadow(element).querySelector('.outbox.rejected .reason')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The school took the report: its reference and message, a copy to download or print, and "Nieuwe melding". */
export const Receipt: Story = {
  name: 'Sent: receipt',
  args: { lang: 'nl', endpoint: ENDPOINT, 'public-key': PUBLIC_KEY, ...SCHOOL },
  parameters: { receiver: { status: 201, body: { reference: 'MP-2026-0042', message: 'We nemen binnen 5 werkdagen contact met je op.' } } satisfies ReceiverAnswer },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillToSend(element);
    await act(element, 'send');
    await waitFor(() => expect(shadow(element).querySelector('[part="receipt"] .reference')?.textContent).toBe('MP-2026-0042'), { timeout: 5000 });
  },
};

/** `storage="local"` with "Niets bewaren op dit apparaat" ticked: the report stays in this page only. */
export const KeepNothing: Story = {
  name: 'Keep nothing on this device',
  args: { lang: 'nl', storage: 'local' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    const box = shadow(element).querySelector<HTMLInputElement>('#keep-nothing')!;
    await userEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
  },
};

/** "Alles wissen" asks first: the question, "Ja, alles wissen" and "Nee, terug" (which gets the focus). */
export const DeleteAllConfirm: Story = {
  name: 'Delete everything: confirm',
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await act(element, 'delete-all');
    await waitFor(() => expect(shadow(element).activeElement?.getAttribute('data-action')).toBe('cancel-delete-all'));
    await expect(shadow(element).querySelector('[data-action="confirm-delete-all"]')).toBeTruthy();
  },
};

/**
 * "Snel weg" (or Shift three times): the form clears the screen at once and fires
 * `stagekit-quick-exit`; on a real page it then goes to `exit-url`. Here the story cancels the
 * event, so the canvas stays, empty (see the Actions panel).
 */
export const QuickExit: Story = {
  name: 'Quick exit (cancelled by the story)',
  args: { lang: 'nl', 'exit-url': 'https://www.weeronline.nl/' },
  play: async ({ canvasElement, args }) => {
    const element = await formIn(canvasElement);
    await act(element, 'quick-exit');
    await waitFor(() => expect(args.onStagekitQuickExit).toHaveBeenCalled());
    await waitFor(() => expect(shadow(element).querySelector('.base')).toBeNull());
  },
};

/**
 * Attributes the form cannot use: an endpoint over plain http, an e-mail address without a domain, a
 * quick-exit address that is not http(s), an unknown start value and a key that is no key. The form
 * still works (e-mail and copy instead of sending, quick exit to an empty page), shows what is
 * wrong, and fires one `stagekit-error` with code `invalid-attribute` per attribute (see the Actions panel).
 */
export const InvalidAttributes: Story = {
  name: 'Invalid attributes',
  args: {
    lang: 'nl',
    endpoint: 'http://meldpunt.example.nl/meldingen',
    'meldpunt-email': 'meldpunt@',
    'exit-url': 'javascript:alert(1)',
    'prefill-type': 'lunch',
    'public-key': '{"kty":"oct"}',
  },
  play: async ({ canvasElement, args }) => {
    await formIn(canvasElement);
    const codes = () => (args.onStagekitError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([event]) => event.detail.code);
    await waitFor(() => expect(codes().filter((code) => code === 'invalid-attribute').length).toBe(5), { timeout: 5000 });
  },
};
