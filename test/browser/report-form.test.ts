import './lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decryptReport, REPORT_FORMAT } from '@stagekit/core';
import '../../packages/elements/src/report-form/define.js';
import { deleteDatabase, readStore, receiver, sleep } from './report-helpers.js';

/**
 * <stagekit-report-form> as a reporter uses it, sending to a real HTTP receiver on 127.0.0.1 (the
 * test runner's plugin test/fixtures/report/receiver-plugin.mjs, one per browser): plain and
 * encrypted reports, a receiver that is down or fails, a reload while a report waits, a refusal,
 * anonymity, quick exit, "delete everything", hostile text, accessibility and the keyboard.
 */

/** The element's public surface, as the issue promises it. */
type Form = HTMLElement & { reportId: string; saveNow(): Promise<void>; updateComplete: Promise<boolean> };

interface Receipt {
  reference: string;
  fromServer: boolean;
  message?: string;
}
interface StatusDetail {
  id: string;
  status: 'draft' | 'queued' | 'sent' | 'rejected';
  receipt?: Receipt;
  reason?: string;
  httpStatus?: number;
}
interface ErrorDetail {
  code: string;
  message: string;
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** waitUntil with room for a busy machine (its default is one second). */
const until = async (predicate: () => unknown, message?: string | (() => string), timeout = 5000) => {
  try {
    await waitUntil(predicate, typeof message === 'string' ? message : undefined, { timeout, interval: 50 });
  } catch (error) {
    if (typeof message === 'function') throw new Error(`Timeout: ${message()}`);
    throw error;
  }
};
/** Long enough for three retries with backoff (2 s, 4 s, 8 s plus up to 25% jitter) on a busy machine. */
const DELIVERY_TIMEOUT = 30_000;

const STEPS_NL = ['Wat is er gebeurd', 'Wanneer en waar', 'Wat wil je', 'Waar kun je terecht', 'Controleren en versturen'];
const STEPS_EN = ['What happened', 'When and where', 'What you want', 'Where you can go', 'Check and send'];

// ---------------------------------------------------------------------------------------------
// Reading and using the form as a user does.
// ---------------------------------------------------------------------------------------------

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
/** Text with all white space as single spaces. */
const words = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const isVisible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;

/** Every match in the shadow root. */
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** The first visible match (else the first match); throws when nothing matches. */
function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const all = $$<T>(el, selector);
  const found = all.find(isVisible) ?? all[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const has = (el: Element, selector: string) => $$(el, selector).some(isVisible);

/** For failure messages: the parts in the shadow root, with the ones not on screen marked. */
const parts = (el: Element) => $$(el, '[part]').map((node) => `${node.getAttribute('part')}${isVisible(node) ? '' : ' (hidden)'}`).join(', ');

async function receiptShown(el: Form, message = 'no receipt'): Promise<HTMLElement> {
  await until(() => has(el, '[part="receipt"]'), () => `${message} (parts: ${parts(el)}; status: ${statusText(el)})`);
  return $(el, '[part="receipt"]');
}

/** The step on screen: the visible `<form part="form">`. */
function currentForm(el: Element): HTMLFormElement | undefined {
  const forms = $$<HTMLFormElement>(el, 'form[part="form"]');
  return forms.find(isVisible) ?? forms[0];
}

const stepTitle = (el: Element) => words(currentForm(el)?.querySelector('h2'));
const statusText = (el: Element) => words(shadow(el).querySelector('[part="status"]'));
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

async function atStep(el: Form, index: number, names = STEPS_NL): Promise<void> {
  await until(() => stepTitle(el).includes(names[index]!), `not at step ${index + 1} "${names[index]}" (at "${stepTitle(el)}")`);
}

async function form(template: ReturnType<typeof html>, names = STEPS_NL): Promise<Form> {
  const el = await fixture<Form>(template);
  await el.updateComplete;
  await atStep(el, 0, names);
  return el;
}

/** Types into a text field as a user does (`input`, then `change` when leaving it). */
async function setText(el: Form, name: string, value: string): Promise<void> {
  const node = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  node.value = value;
  node.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Ticks (or unticks) a checkbox or picks a radio button by clicking it. */
async function choose(el: Form, name: string, value: string, on = true): Promise<void> {
  let input: HTMLInputElement | undefined;
  await until(() => (input = $$<HTMLInputElement>(el, `input[name="${name}"]`).find((candidate) => candidate.value === value)), `no ${name}=${value}`);
  if (input!.checked !== on) input!.click();
  await el.updateComplete;
  expect(input!.checked, `${name}=${value}`).to.equal(on);
}

async function act(el: Form, action: string): Promise<void> {
  let button: HTMLElement | undefined;
  await until(() => (button = $$(el, `[data-action="${action}"]`).find(isVisible)), `no visible [data-action="${action}"]`);
  button!.click();
  await el.updateComplete;
}

/** "Next step", and on to the following step. */
async function next(el: Form, names = STEPS_NL): Promise<void> {
  const from = names.findIndex((name) => stepTitle(el).includes(name));
  await act(el, 'next');
  await atStep(el, from + 1, names);
  expect(has(el, '[part="error-summary"]'), `no error summary after step ${from + 1}`).to.equal(false);
}

/** "Next step" on a step with problems: the error summary, and the step stays. */
async function nextRefused(el: Form, names = STEPS_NL): Promise<HTMLElement> {
  const before = stepTitle(el);
  await act(el, 'next');
  await until(() => has(el, '[part="error-summary"]'), `no error summary on "${before}"`);
  expect(stepTitle(el), 'the step stays').to.equal(before);
  expect(names.some((name) => before.includes(name))).to.equal(true);
  return $(el, '[part="error-summary"]');
}

interface Answers {
  type?: 'discrimination' | 'misuse';
  items?: string[];
  situation?: 'search' | 'during';
  level?: 'mbo' | 'hbo' | 'wo' | 'other';
  reporter?: 'student' | 'witness' | 'staff';
  whatHappened?: string;
  whenDate?: string;
  where?: string;
  companyName?: string;
  wishes?: string[];
  contact?: { anonymous: true } | { anonymous: false; name?: string; email?: string; phone?: string };
  file?: File;
}

const DEFAULT_TEXT = 'De manager zei dat klanten liever iemand van hier willen.';

async function fillWhat(el: Form, answers: Answers = {}): Promise<void> {
  const type = answers.type ?? 'discrimination';
  await choose(el, 'type', type);
  for (const item of answers.items ?? (type === 'discrimination' ? ['origin'] : ['underpaid'])) await choose(el, type === 'discrimination' ? 'grounds' : 'kinds', item);
  await choose(el, 'situation', answers.situation ?? 'search');
  await choose(el, 'level', answers.level ?? 'mbo');
  await choose(el, 'reporter', answers.reporter ?? 'student');
}

async function fillDetails(el: Form, answers: Answers = {}): Promise<void> {
  await setText(el, 'whatHappened', answers.whatHappened ?? DEFAULT_TEXT);
  await setText(el, 'whenDate', answers.whenDate ?? '2025-03-14');
  if (answers.where) await setText(el, 'where', answers.where);
  if (answers.companyName) await setText(el, 'companyName', answers.companyName);
  if (answers.file) await chooseFile(el, answers.file);
}

async function fillContact(el: Form, answers: Answers = {}): Promise<void> {
  for (const wish of answers.wishes ?? ['advice']) await choose(el, 'wishes', wish);
  const contact = answers.contact ?? { anonymous: false, name: 'Sam', email: 'sam@example.nl' };
  await choose(el, 'anonymous', contact.anonymous ? 'yes' : 'no');
  if (!contact.anonymous) {
    if (contact.name) await setText(el, 'name', contact.name);
    if (contact.email) await setText(el, 'email', contact.email);
    if (contact.phone) await setText(el, 'phone', contact.phone);
  }
}

/** Fills steps 1 to 3 with a valid report and goes on to step 5 ("Controleren en versturen"). */
async function fillToSend(el: Form, answers: Answers = {}, names = STEPS_NL): Promise<void> {
  await fillWhat(el, answers);
  await next(el, names);
  await fillDetails(el, answers);
  await next(el, names);
  await fillContact(el, answers);
  await next(el, names);
  await next(el, names);
  await atStep(el, 4, names);
}

async function chooseFile(el: Form, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"][name="files"]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await until(() => $$(el, '[part="files"] li').some((item) => words(item).includes(file.name)), `${file.name} is not listed`);
}

async function fixtureFile(name: string, type: string): Promise<File> {
  const bytes = await (await fetch(new URL(`../fixtures/report/${name}`, import.meta.url))).arrayBuffer();
  return new File([bytes], name, { type });
}

/** Collects the events of one type fired by an element. */
function record<T>(target: EventTarget, name: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  target.addEventListener(name, (event) => seen.push(event as CustomEvent<T>));
  return seen;
}

async function statusOf(events: CustomEvent<StatusDetail>[], status: StatusDetail['status'], timeout = 5000, id?: string): Promise<StatusDetail> {
  await until(
    () => events.some((event) => event.detail.status === status && (!id || event.detail.id === id)),
    `no stagekit-report-status "${status}" (saw: ${events.map((event) => event.detail.status).join(', ') || 'none'})`,
    timeout,
  );
  return events.find((event) => event.detail.status === status && (!id || event.detail.id === id))!.detail;
}

const reportDrafts = async () => (await readStore<{ kind: string }>('drafts')).filter((row) => row.kind === 'report');

/** Characters the reporter typed, as base64url decoded. */
function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** WebKitGTK's WebDriver drops the second of two equal keys in a row: typed values must not have any. */
function typed(value: string): string {
  for (let index = 1; index < value.length; index++) if (value[index] === value[index - 1]) throw new Error(`"${value}" repeats "${value[index]}"`);
  return value;
}

/** The space bar: Firefox's WebDriver BiDi knows no key named "Space"; a literal space works in all three. */
const SPACE = ' ';

/**
 * Types text as keys. WebKitGTK's WebDriver drops spaces inside a typed string and the second of two
 * equal keys in a row, so each word is typed on its own and spaces are pressed.
 */
async function typeKeys(text: string): Promise<void> {
  typed(text);
  const parts = text.split(' ');
  for (const [index, part] of parts.entries()) {
    if (index > 0) await sendKeys({ press: SPACE });
    if (part) await sendKeys({ type: part });
  }
}

/** Presses Tab until the form's focused control matches `selector`. */
async function tabTo(el: Form, selector: string, limit = 80): Promise<HTMLElement> {
  for (let presses = 0; presses < limit; presses++) {
    const now = focused(el);
    if (now?.matches(selector)) return now;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (at ${focused(el)?.outerHTML.slice(0, 80) ?? 'nothing'})`);
}

async function generateEcdh() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { publicJwk: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y }, privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey) };
}

async function generateRsa() {
  const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { publicJwk: { kty: pub.kty, n: pub.n, e: pub.e, alg: 'RSA-OAEP-256' }, privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey) };
}

// Hostile text: markup that would run if it were ever parsed as HTML, and a very long word.
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const LONG = `${SCRIPT}${IMG}${'W'.repeat(10_000 - SCRIPT.length - IMG.length)}`;

/** A quick exit must never leave the test page: every one is stopped, whatever a test does. */
const stopQuickExit = (event: Event) => event.preventDefault();

// ---------------------------------------------------------------------------------------------

describe('<stagekit-report-form>', function () {
  // Retries wait 2, 4 and 8 s; axe and the keyboard are slow with three browsers on two cores.
  this.timeout(40_000);
  let endpoint = '';

  before(() => window.addEventListener('stagekit-quick-exit', stopQuickExit, true));
  after(() => window.removeEventListener('stagekit-quick-exit', stopQuickExit, true));

  beforeEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
    await receiver.reset();
    endpoint = await receiver.start();
    delete window.__pwned;
  });
  afterEach(async () => {
    fixtureCleanup();
    await receiver.reset();
    await deleteDatabase();
  });

  it('the test receiver answers, refuses, is down and up again on the same address', async () => {
    const post = (key: string, body: unknown) =>
      fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });
    expect(endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+\/reports$/);
    expect(await (await post('key-aaaaaaaa', { a: 1 })).json()).to.deep.equal({ reference: 'SK-1' });
    expect(await (await post('key-aaaaaaaa', { a: 1 })).json(), 'a retry gets the same reference').to.deep.equal({ reference: 'SK-1' });
    await receiver.script({ status: 503, body: 'busy', headers: { 'Retry-After': '3' } }, { status: 422, body: { message: 'Vul de datum in' } });
    const busy = await post('key-bbbbbbbb', { b: 1 });
    expect([busy.status, busy.headers.get('Retry-After'), await busy.text()]).to.deep.equal([503, '3', 'busy']);
    const refused = await post('key-bbbbbbbb', { b: 1 });
    expect([refused.status, await refused.json()]).to.deep.equal([422, { message: 'Vul de datum in' }]);
    expect(await (await post('key-bbbbbbbb', { b: 1 })).json()).to.deep.equal({ reference: 'SK-2' });
    const got = await receiver.received();
    expect(got.posts.map((item) => item.idempotencyKey)).to.deep.equal(['key-aaaaaaaa', 'key-aaaaaaaa', 'key-bbbbbbbb', 'key-bbbbbbbb', 'key-bbbbbbbb']);
    expect(got.stored.map((item) => [item.idempotencyKey, item.reference])).to.deep.equal([['key-aaaaaaaa', 'SK-1'], ['key-bbbbbbbb', 'SK-2']]);
    expect(got.posts[0]!.body).to.deep.equal({ a: 1 });
    await receiver.stop();
    let down = false;
    await post('key-cccccccc', {}).catch(() => (down = true));
    expect(down, 'a network error while the receiver is down').to.equal(true);
    expect(await receiver.start()).to.equal(endpoint);
    expect(await (await post('key-cccccccc', { c: 1 })).json()).to.deep.equal({ reference: 'SK-3' });
  });

  it('sends a plain report: stored once with the right fields, a status event with the reference, a receipt', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint} meldpunt-name="Meldpunt Testschool"></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    const photo = await fixtureFile('photo-gps-le.jpg', 'image/jpeg');
    await fillToSend(el, { items: ['origin', 'religion'], where: 'Utrecht, hoofdkantoor', companyName: 'Bakkerij Jansen', file: photo, wishes: ['advice', 'school-action'] });
    const id = el.reportId;
    expect(id).to.match(/^[a-z0-9][a-z0-9-]{7,63}$/);
    await act(el, 'send');
    const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    expect(sent.id).to.equal(id);
    expect(sent.receipt).to.include({ reference: 'SK-1', fromServer: true });

    const { posts, stored } = await receiver.received();
    expect(stored.length, 'stored once').to.equal(1);
    expect(posts.length).to.equal(1);
    expect(posts[0]!.idempotencyKey).to.equal(id);
    expect(posts[0]!.contentType).to.match(/^application\/json/);
    const body = stored[0]!.body;
    expect(body).to.include({ format: REPORT_FORMAT, id, encrypted: false });
    expect(Date.parse(body.created), 'created is a time').to.be.a('number').and.not.NaN;
    expect(body.report).to.deep.include({
      type: 'discrimination',
      grounds: ['origin', 'religion'],
      situation: 'search',
      level: 'mbo',
      reporter: 'student',
      whatHappened: DEFAULT_TEXT,
      where: 'Utrecht, hoofdkantoor',
      wishes: ['advice', 'school-action'],
      language: 'nl',
    });
    expect(body.report.when).to.deep.equal({ date: '2025-03-14' });
    expect(body.report.company).to.deep.equal({ name: 'Bakkerij Jansen' });
    expect(body.report.contact).to.deep.equal({ anonymous: false, name: 'Sam', email: 'sam@example.nl' });
    // The photo travels without the place and the person in it.
    expect(body.attachments).to.have.length(1);
    expect(body.attachments[0]).to.include({ name: 'photo-gps-le.jpg', type: 'image/jpeg', metadata: 'removed' });
    const bytes = fromBase64Url(body.attachments[0].data);
    expect(bytes.length).to.equal(body.attachments[0].size);
    const latin = String.fromCharCode(...bytes);
    for (const marker of ['Jan Jansen', 'Utrecht', 'Stagekit Testcamera']) expect(latin, marker).not.to.contain(marker);

    // The receipt shows the school's reference.
    await receiptShown(el);
    expect(words($(el, '[part="receipt"] [data-reference]'))).to.equal('SK-1');
    expect($(el, '[part="receipt"] [data-reference]').getAttribute('data-reference')).to.equal('SK-1');
    for (const action of ['download-copy', 'print', 'new-report']) expect(has(el, `[part="receipt"] [data-action="${action}"]`), action).to.equal(true);
    await expect(el).to.be.accessible();
    // Sent: only the receipt stays on the device, not the report.
    const outbox = await readStore<{ id: string; body?: string; status: string }>('outbox');
    for (const item of outbox) expect(item.body, 'a sent report is not kept in the outbox').to.equal(undefined);
    // The status region says it was sent (last: the checks above run even when this fails).
    // Short messages are live; the outbox details beside them are not, so a retry every few seconds is not read out again and again.
    expect(shadow(el).querySelector('[part="status"] [role="status"]'), 'the status has a live region').to.not.equal(null);
    await until(() => /verstuurd/i.test(statusText(el)), () => `[part="status"] does not say "verstuurd" after a 2xx (it says: "${statusText(el)}")`);
  });

  it('lists an added photo with the status of its hidden data', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    await fillWhat(el);
    await next(el);
    await chooseFile(el, await fixtureFile('photo-gps-le.jpg', 'image/jpeg'));
    const item = $$(el, '[part="files"] li').find((li) => words(li).includes('photo-gps-le.jpg'))!;
    expect(words(item)).to.contain('Verborgen gegevens, zoals de plek waar de foto is gemaakt, zijn verwijderd.');
  });

  for (const kind of ['ECDH P-256', 'RSA-OAEP 2048'] as const) {
    it(`sends a report encrypted for the school's ${kind} key: only the private key opens it`, async () => {
      const { publicJwk, privateJwk } = kind === 'ECDH P-256' ? await generateEcdh() : await generateRsa();
      const el = await form(html`<stagekit-report-form endpoint=${endpoint} public-key=${JSON.stringify(publicJwk)}></stagekit-report-form>`);
      const statuses = record<StatusDetail>(el, 'stagekit-report-status');
      const secret = 'Mijn begeleider zei dat ik mijn hoofddoek af moest doen.';
      await fillToSend(el, { whatHappened: secret });
      expect(words(currentForm(el))).to.contain('Je melding wordt op dit apparaat versleuteld. Alleen het meldpunt kan hem lezen.');
      const id = el.reportId;
      await act(el, 'send');
      const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
      expect(sent.receipt?.reference).to.equal('SK-1');
      const { posts, stored } = await receiver.received();
      expect(stored.length).to.equal(1);
      expect(posts[0]!.idempotencyKey).to.equal(id);
      const body = stored[0]!.body;
      expect(body).to.include({ format: REPORT_FORMAT, id, encrypted: true });
      expect(body).not.to.have.property('report');
      expect(body).not.to.have.property('attachments');
      expect(JSON.stringify(body), 'the text is not readable on the wire').not.to.contain('hoofddoek');
      expect(body.envelope.alg).to.equal(kind === 'ECDH P-256' ? 'ECDH-ES-P256-HKDF-SHA256-A256GCM' : 'RSA-OAEP-256-A256GCM');
      const opened = await decryptReport(privateJwk, body.envelope);
      const payload = opened.payload as { report: { whatHappened: string; grounds: string[]; contact: unknown } };
      expect(payload.report.whatHappened).to.equal(secret);
      expect(payload.report.grounds).to.deep.equal(['origin']);
      expect(payload.report.contact).to.deep.equal({ anonymous: false, name: 'Sam', email: 'sam@example.nl' });
      // Another key does not open it.
      const other = kind === 'ECDH P-256' ? await generateEcdh() : await generateRsa();
      let refused = false;
      await decryptReport(other.privateJwk, body.envelope).catch(() => (refused = true));
      expect(refused, 'another private key does not open the envelope').to.equal(true);
    });
  }

  it('keeps a report queued while the receiver is down and delivers it exactly once when it is up', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillToSend(el);
    const id = el.reportId;
    await receiver.stop();
    await act(el, 'send');
    const queued = await statusOf(statuses, 'queued', 10_000);
    expect(queued.id).to.equal(id);
    await until(() => statusText(el).includes('Wacht om verstuurd te worden'), `the status does not say it waits (${statusText(el)})`);
    expect(statusText(el), 'the next attempt is shown with a time').to.match(/\d{1,2}[:.]\d{2}/);
    const waiting = (await readStore<{ id: string; status: string; body?: string }>('outbox')).find((item) => item.id === id);
    expect(waiting?.status, 'the report waits in the IndexedDB outbox').to.equal('queued');
    expect(waiting?.body, 'with the body to send').to.be.a('string');
    await expect(el).to.be.accessible();
    await sleep(3000);
    expect(statuses.some((event) => event.detail.status === 'sent')).to.equal(false);

    expect(await receiver.start()).to.equal(endpoint);
    const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    expect(sent.id).to.equal(id);
    const { posts, stored } = await receiver.received();
    expect(stored.length, 'delivered exactly once').to.equal(1);
    expect(stored[0]!.idempotencyKey).to.equal(id);
    expect(posts.length).to.be.greaterThan(0);
    expect(new Set(posts.map((post) => post.idempotencyKey))).to.deep.equal(new Set([id]));
    await receiptShown(el);
    expect(words($(el, '[part="receipt"] [data-reference]'))).to.equal('SK-1');
  });

  it('retries after 500 three times with growing waits: four posts, one stored report', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillToSend(el);
    const id = el.reportId;
    const error = { status: 500, body: { message: 'Interne fout' } };
    await receiver.script(error, error, error);
    await act(el, 'send');
    await statusOf(statuses, 'queued', 10_000);
    await until(() => statusText(el).includes('Wacht om verstuurd te worden'), `the status does not say it waits (${statusText(el)})`);
    const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    expect(sent.receipt?.reference).to.equal('SK-1');
    const { posts, stored } = await receiver.received();
    expect(stored.length).to.equal(1);
    expect(posts.length, 'three failures and one success').to.equal(4);
    expect(new Set(posts.map((post) => post.idempotencyKey))).to.deep.equal(new Set([id]));
    expect(new Set(posts.map((post) => JSON.stringify(post.body))).size, 'every retry sends the same bytes').to.equal(1);
    const gaps = posts.slice(1).map((post, index) => post.at - posts[index]!.at);
    for (const gap of gaps) expect(gap, `gaps ${gaps.join(', ')} ms`).to.be.at.least(1900);
    // 2 s, then 4 s, then 8 s (plus jitter).
    expect(gaps[1], `gaps ${gaps.join(', ')} ms`).to.be.at.least(3800);
    expect(gaps[2], `gaps ${gaps.join(', ')} ms`).to.be.at.least(7600);
  });

  it('honours Retry-After of a 429 answer, then delivers', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillToSend(el);
    await receiver.script({ status: 429, body: { message: 'Te veel verzoeken' }, headers: { 'Retry-After': '4' } });
    await act(el, 'send');
    await statusOf(statuses, 'queued', 10_000);
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    const { posts, stored } = await receiver.received();
    expect(stored.length).to.equal(1);
    expect(posts.length).to.equal(2);
    expect(posts[1]!.at - posts[0]!.at, 'the wait the server asked for').to.be.at.least(3900);
  });

  it('sends a report once when "send" is pressed twice quickly', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillToSend(el);
    const button = $(el, 'button[data-action="send"]');
    button.click();
    button.click();
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    await sleep(2500);
    const { posts, stored } = await receiver.received();
    expect(stored.length).to.equal(1);
    expect(posts.length, 'one POST').to.equal(1);
    expect(statuses.filter((event) => event.detail.status === 'sent').length, 'one "sent" event').to.equal(1);
  });

  it('after a reload, a queued report is retried by the new form without opening it, and delivered once', async () => {
    const secret = 'Na mijn vraag over de vergoeding mocht ik niet meer komen.';
    const first = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const firstStatuses = record<StatusDetail>(first, 'stagekit-report-status');
    await fillToSend(first, { whatHappened: secret });
    const id = first.reportId;
    await receiver.stop();
    await act(first, 'send');
    await statusOf(firstStatuses, 'queued', 10_000);
    // "Reload": the form goes away, the receiver stays down a while.
    fixtureCleanup();
    await sleep(3000);
    expect((await readStore<{ id: string; status: string }>('outbox')).map((item) => [item.id, item.status]), 'the report survives the reload').to.deep.equal([[id, 'queued']]);

    const second = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(second, 'stagekit-report-status');
    expect(second.reportId, 'the new form starts a new report').not.to.equal(id);
    expect(words(shadow(second)), 'the queued report is not opened on screen').not.to.contain(secret);
    await receiver.start();
    const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT, id);
    expect(sent.receipt?.reference).to.equal('SK-1');
    const { posts, stored } = await receiver.received();
    expect(stored.length, 'delivered exactly once').to.equal(1);
    expect(stored[0]!.idempotencyKey).to.equal(id);
    expect(new Set(posts.map((post) => post.idempotencyKey))).to.deep.equal(new Set([id]));
    expect(stored[0]!.body.report.whatHappened).to.equal(secret);
    expect(words(shadow(second)), 'still not opened after delivery').not.to.contain(secret);
    await until(async () => {
      const item = (await readStore<{ id: string; status: string; body?: string }>('outbox')).find((row) => row.id === id);
      return !item || (item.status === 'sent' && item.body === undefined);
    }, 'the sent report is still kept in the outbox');
  });

  it('shows a 422 refusal with the reason, keeps the report as a draft, and sends it again', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    const secret = 'Ik moest elke dag tot negen uur blijven.';
    await fillToSend(el, { whatHappened: secret });
    const id = el.reportId;
    await receiver.script({ status: 422, body: { message: 'Vul de datum in' } });
    await act(el, 'send');
    const rejected = await statusOf(statuses, 'rejected', 10_000);
    expect(rejected.id).to.equal(id);
    expect(rejected.httpStatus).to.equal(422);
    expect(rejected.reason).to.contain('Vul de datum in');
    await until(() => statusText(el).includes('Vul de datum in'), `the reason is not in the status (${statusText(el)})`);
    expect(statusText(el)).to.contain('422');
    expect(has(el, '[part="receipt"]')).to.equal(false);
    expect((await receiver.received()).stored.length, 'a refusal stores nothing').to.equal(0);
    await expect(el).to.be.accessible();

    // The draft is kept, on screen and on the device.
    await el.saveNow();
    expect(words(currentForm(el)), 'the summary still shows the text').to.contain(secret);
    const drafts = await reportDrafts();
    expect(drafts.length, 'the refused report is kept as a draft').to.equal(1);
    expect(JSON.stringify(drafts), 'with its text').to.contain(secret);
    await act(el, 'back');
    await act(el, 'back');
    await act(el, 'back');
    await atStep(el, 1);
    expect($<HTMLTextAreaElement>(el, 'textarea[name="whatHappened"]').value).to.equal(secret);

    // The school accepts it now.
    await next(el);
    await next(el);
    await next(el);
    await act(el, 'send');
    const sent = await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    expect(sent.id).to.equal(id);
    const { posts, stored } = await receiver.received();
    expect(posts.length).to.equal(2);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.idempotencyKey).to.equal(id);
    expect(stored[0]!.body.report.whatHappened).to.equal(secret);
    await receiptShown(el, 'no receipt after sending again');
  });

  it('sends an anonymous report without name or contact details, and says nobody can answer', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillWhat(el);
    await next(el);
    await fillDetails(el);
    await next(el);
    await choose(el, 'wishes', 'register');
    await choose(el, 'anonymous', 'no');
    await setText(el, 'name', 'Sam');
    await setText(el, 'email', 'sam@example.nl');
    await choose(el, 'anonymous', 'yes');
    const visibleText = words(currentForm(el));
    expect(visibleText).to.contain('Dan kan niemand je antwoorden: je hoort niets over wat er met je melding gebeurt.');
    expect(has(el, 'input[name="email"]'), 'no e-mail field when anonymous').to.equal(false);
    expect(has(el, 'input[name="name"]'), 'no name field when anonymous').to.equal(false);
    await next(el);
    await next(el);
    await act(el, 'send');
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    const { stored } = await receiver.received();
    const report = stored[0]!.body.report;
    expect(report.contact).to.deep.equal({ anonymous: true });
    expect(JSON.stringify(stored[0]!.body), 'the name and e-mail typed before are not sent').not.to.match(/sam@example\.nl|"Sam"/);
    await receiptShown(el);
    expect(words($(el, '[part="receipt"]'))).to.contain('Het meldpunt kan je daarom geen antwoord geven.');
  });

  it('quick exit clears the form from the screen first, then fires a cancelable event', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const secret = 'Geheim verhaal over mijn stagebegeleider';
    await fillWhat(el);
    await next(el);
    await setText(el, 'whatHappened', secret);
    const inShadow = () => words(shadow(el)).includes(secret) || $$<HTMLInputElement>(el, 'input, textarea').some((node) => node.value.includes(secret));
    expect(inShadow()).to.equal(true);
    let seen: { cancelable: boolean; clearedBefore: boolean } | undefined;
    el.addEventListener('stagekit-quick-exit', (event) => {
      seen = { cancelable: event.cancelable, clearedBefore: !inShadow() };
      event.preventDefault();
    });
    $(el, 'button[data-action="quick-exit"]').click();
    await until(() => seen, 'no stagekit-quick-exit event');
    expect(seen!.cancelable, 'the event can be cancelled').to.equal(true);
    expect(seen!.clearedBefore, 'the form was cleared before the event').to.equal(true);
    await el.updateComplete;
    expect(inShadow(), 'the text is gone from the shadow root').to.equal(false);
  });

  it('"delete everything" empties the outbox, the files and the report drafts in IndexedDB', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillToSend(el);
    await receiver.stop();
    await act(el, 'send');
    await statusOf(statuses, 'queued', 10_000);
    // A second form on the page with a draft and a file.
    const other = await form(html`<stagekit-report-form></stagekit-report-form>`);
    await fillWhat(other);
    await next(other);
    await setText(other, 'whatHappened', 'Een tweede melding met een bestand.');
    await chooseFile(other, await fixtureFile('screenshot-meta.png', 'image/png'));
    await other.saveNow();
    await el.saveNow();
    expect((await readStore('outbox')).length, 'before: the queued report').to.equal(1);
    expect((await readStore('reportFiles')).length, 'before: the file').to.be.at.least(1);
    expect((await reportDrafts()).length, 'before: a draft').to.be.at.least(1);

    await act(el, 'delete-all');
    await act(el, 'confirm-delete-all');
    await until(async () => (await readStore('outbox')).length === 0 && (await readStore('reportFiles')).length === 0 && (await reportDrafts()).length === 0, 'not everything was deleted', 8000);
    await el.updateComplete;
    await other.updateComplete;
    // Nothing is written back afterwards, and the queued report is not sent.
    await receiver.start();
    await sleep(3000);
    expect((await readStore('outbox')).length).to.equal(0);
    expect((await readStore('reportFiles')).length).to.equal(0);
    expect((await reportDrafts()).length).to.equal(0);
    expect((await receiver.received()).posts.length, 'the deleted report is not sent').to.equal(0);
  });

  it('shows hostile text as text: nothing runs, no element is made from it, the long word does not widen the form', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px; overflow: auto">
      <stagekit-report-form endpoint=${endpoint}></stagekit-report-form>
    </div>`);
    const el = box.querySelector<Form>('stagekit-report-form')!;
    await el.updateComplete;
    await atStep(el, 0);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    const safe = (where: string) => {
      expect(window.__pwned, `script ran (${where})`).to.equal(undefined);
      expect($$(el, 'script').length, `a script element (${where})`).to.equal(0);
      expect($$(el, 'img').length, `an img element (${where})`).to.equal(0);
      expect($$(el, '[onerror], [onload]').length, `an event handler attribute (${where})`).to.equal(0);
      expect(el.getBoundingClientRect().width, `the form is wider than its box (${where})`).to.be.at.most(361);
      expect(box.scrollWidth, `the form overflows its box (${where})`).to.be.at.most(box.clientWidth + 1);
    };

    await choose(el, 'type', 'discrimination');
    await choose(el, 'grounds', 'other');
    await choose(el, 'situation', 'during');
    await choose(el, 'reporter', 'witness');
    await setText(el, 'otherDetail', LONG);
    await nextRefused(el);
    safe('step 1, too long');
    await setText(el, 'otherDetail', `${SCRIPT} ${IMG}`);
    await next(el);

    const details = ['whatHappened', 'whenDate', 'whenDescription', 'where', 'companyName', 'companyLocation', 'witnesses'];
    for (const name of details) await setText(el, name, LONG);
    await sleep(100);
    safe('step 2, 10,000 characters everywhere');
    await nextRefused(el);
    safe('step 2, error summary');
    await setText(el, 'whenDate', IMG);
    for (const name of ['whenDescription', 'where', 'companyLocation']) await setText(el, name, IMG);
    for (const name of ['companyName', 'witnesses']) await setText(el, name, SCRIPT);
    await nextRefused(el);
    safe('step 2, invalid date');
    await setText(el, 'whenDate', '2025-03');
    await next(el);

    await choose(el, 'wishes', 'advice');
    await choose(el, 'anonymous', 'no');
    for (const name of ['name', 'email', 'phone']) await setText(el, name, LONG);
    await nextRefused(el);
    safe('step 3, too long');
    await setText(el, 'name', IMG);
    await setText(el, 'email', SCRIPT);
    await setText(el, 'phone', IMG);
    await nextRefused(el);
    safe('step 3, invalid e-mail and phone');
    await setText(el, 'email', 'a@example.nl');
    await setText(el, 'phone', '');
    await next(el);
    await next(el);
    safe('step 5, summary');
    const summary = words(currentForm(el));
    expect(summary, 'the markup is shown as text').to.contain(SCRIPT);
    expect(summary).to.contain(IMG);
    expect(summary).to.contain('W'.repeat(200));

    await act(el, 'send');
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    safe('receipt');
    const report = (await receiver.received()).stored[0]!.body.report;
    expect(report.whatHappened, 'sent exactly as typed').to.equal(LONG);
    expect(report.otherDetail).to.equal(`${SCRIPT} ${IMG}`);
    expect(report.when).to.deep.equal({ date: '2025-03', description: IMG });
    expect(report.company).to.deep.equal({ name: SCRIPT, location: IMG });
    expect(report.contact).to.deep.equal({ anonymous: false, name: IMG, email: 'a@example.nl' });
    await sleep(200);
    expect(window.__pwned).to.equal(undefined);
  });

  it('is accessible on every step, with an error summary, and after sending', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint} meldpunt-name="Meldpunt Testschool" meldpunt-email="meldpunt@example.nl" meldpunt-phone="030 123 45 67"></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await expect(el).to.be.accessible();
    const summary = await nextRefused(el);
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.length, 'a link per problem').to.be.at.least(3);
    await expect(el).to.be.accessible();
    // Each link leads to its field: following the first one focuses that control.
    for (const link of links) {
      const target = shadow(el).getElementById(link.getAttribute('href')!.replace(/^#/, ''));
      expect(target, `the target of "${words(link)}"`).to.not.equal(null);
    }
    const first = links[0]!;
    const target = shadow(el).getElementById(first.getAttribute('href')!.replace(/^#/, ''))!;
    first.click();
    await el.updateComplete;
    await until(() => focused(el) === target, () => `"${words(first)}" did not focus its field (focus: ${focused(el)?.outerHTML.slice(0, 80) ?? 'nothing'})`);
    await fillWhat(el);
    await expect(el).to.be.accessible();
    await next(el);
    await fillDetails(el);
    await expect(el).to.be.accessible();
    await next(el);
    await fillContact(el);
    await expect(el).to.be.accessible();
    await next(el);
    await until(() => $$(el, '[part="routes"] > li').length > 0, 'no routing advice');
    for (const route of $$(el, '[part="routes"] > li')) expect(route.querySelectorAll('a[href]').length, `sources of ${words(route).slice(0, 40)}`).to.be.at.least(1);
    await expect(el).to.be.accessible();
    await next(el);
    $(el, 'details[part="protects"]').setAttribute('open', '');
    await expect(el).to.be.accessible();
    await act(el, 'send');
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    await receiptShown(el);
    await expect(el).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard only', async () => {
    const el = await form(html`<stagekit-report-form endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    (document.activeElement as HTMLElement | null)?.blur();
    // Step 1: Space picks a radio button, the arrow keys move in the group.
    await tabTo(el, 'input[name="type"]');
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await until(() => $$<HTMLInputElement>(el, 'input[name="type"]').find((input) => input.value === 'misuse')?.checked, 'ArrowDown did not pick "misuse"');
    await tabTo(el, 'input[name="kinds"][value="underpaid"]');
    await sendKeys({ press: SPACE });
    await tabTo(el, 'input[name="situation"]');
    await sendKeys({ press: SPACE });
    await tabTo(el, 'input[name="reporter"]');
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    await tabTo(el, 'button[data-action="next"]');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 1);

    // Step 2: typed text (never two equal characters in a row: WebKitGTK's driver drops the second).
    const story = typed('Ik krijg te weinig geld bij vijftig uren werk.');
    await tabTo(el, 'textarea[name="whatHappened"]');
    await typeKeys(story);
    await tabTo(el, 'input[name="whenDate"]');
    await typeKeys('2025-03');
    await el.updateComplete;
    await tabTo(el, 'button[data-action="next"]');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 2);

    // Step 3: Space ticks a checkbox.
    await tabTo(el, 'input[name="wishes"][value="register"]');
    await sendKeys({ press: SPACE });
    await tabTo(el, 'input[name="anonymous"]');
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    await until(() => $$<HTMLInputElement>(el, 'input[name="anonymous"]').find((input) => input.value === 'yes')?.checked, 'Space did not pick "anonymous"');
    await tabTo(el, 'button[data-action="next"]');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 3);
    await tabTo(el, 'button[data-action="next"]');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 4);
    await tabTo(el, 'button[data-action="send"]');
    await sendKeys({ press: 'Enter' });
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    const report = (await receiver.received()).stored[0]!.body.report;
    expect(report).to.deep.include({ type: 'misuse', kinds: ['underpaid'], situation: 'search', reporter: 'student', whatHappened: story, wishes: ['register'] });
    expect(report.when).to.deep.equal({ date: '2025-03' });
    expect(report.contact).to.deep.equal({ anonymous: true });
  });

  it('speaks English with lang="en"', async () => {
    const el = await form(html`<stagekit-report-form lang="en" endpoint=${endpoint}></stagekit-report-form>`, STEPS_EN);
    const all = () => words(shadow(el));
    expect(words($(el, 'button[data-action="next"]'))).to.equal('Next step');
    expect(words($(el, 'button[data-action="quick-exit"]'))).to.equal('Quick exit');
    expect(all()).to.contain('What do you want to report?');
    expect(all()).not.to.contain('Volgende stap');
    expect(all()).not.to.contain('Snel weg');
    const summary = await nextRefused(el, STEPS_EN);
    expect(words(summary)).to.contain('Something is not right yet');
    await fillToSend(el, {}, STEPS_EN);
    expect(words(currentForm(el))).to.contain('Send report');
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await act(el, 'send');
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    expect((await receiver.received()).stored[0]!.body.report.language).to.equal('en');
    await receiptShown(el);
    expect(words($(el, '[part="receipt"]'))).to.contain('Your report has been sent');
  });

  it('prefill-type="below-cao" starts with misuse and "underpaid" ticked', async () => {
    const el = await form(html`<stagekit-report-form prefill-type="below-cao"></stagekit-report-form>`);
    const checked = (name: string) => $$<HTMLInputElement>(el, `input[name="${name}"]`).filter((input) => input.checked).map((input) => input.value);
    expect(checked('type')).to.deep.equal(['misuse']);
    expect(checked('kinds')).to.deep.equal(['underpaid']);
    expect(words(currentForm(el))).to.contain('de vergoeding is lager dan in de cao');
  });

  it('refuses an endpoint that is not https: an invalid-attribute error, no send button, e-mail and copy remain', async () => {
    const errors: CustomEvent<ErrorDetail>[] = [];
    const listener = (event: Event) => errors.push(event as CustomEvent<ErrorDetail>);
    document.addEventListener('stagekit-error', listener);
    try {
      const el = await form(html`<stagekit-report-form endpoint="http://example.com/x" meldpunt-email="meldpunt@example.nl"></stagekit-report-form>`);
      await until(() => errors.some((event) => event.detail.code === 'invalid-attribute'), 'no invalid-attribute error');
      const error = errors.find((event) => event.detail.code === 'invalid-attribute')!;
      expect(error.detail.message).to.contain('http://example.com/x');
      expect(error.detail.message, 'in Dutch').to.contain('niet veilig');
      await fillToSend(el);
      expect(has(el, 'button[data-action="send"]'), 'no send button').to.equal(false);
      // The e-mail link: followed (the mail program is not opened here), it carries the report.
      const mail = $<HTMLAnchorElement>(el, 'a[data-action="mailto"]');
      expect(mail.getAttribute('href')).to.match(/^mailto:meldpunt@example\.nl(\?|$)/);
      const followed: string[] = [];
      mail.addEventListener('click', (event) => {
        followed.push(mail.href);
        event.preventDefault();
      });
      mail.click();
      await until(() => followed.some((href) => href.includes('body=')), `the e-mail has no text (${followed.join(' | ')})`);
      const href = followed.find((candidate) => candidate.includes('body='))!;
      expect(href).to.match(/^mailto:meldpunt@example\.nl\?subject=/);
      expect(decodeURIComponent(href)).to.contain(DEFAULT_TEXT);
      for (const action of ['copy-text', 'download-copy', 'print']) expect(has(el, `button[data-action="${action}"]`), action).to.equal(true);
      await sleep(500);
      expect((await receiver.received()).posts.length).to.equal(0);
    } finally {
      document.removeEventListener('stagekit-error', listener);
    }
  });

  it('storage="memory" writes nothing to IndexedDB, also while a report waits', async () => {
    const el = await form(html`<stagekit-report-form storage="memory" endpoint=${endpoint}></stagekit-report-form>`);
    const statuses = record<StatusDetail>(el, 'stagekit-report-status');
    await fillWhat(el);
    await next(el);
    await fillDetails(el, { file: await fixtureFile('photo-gps-le.jpg', 'image/jpeg') });
    await el.saveNow();
    await next(el);
    await fillContact(el);
    await next(el);
    await next(el);
    await receiver.stop();
    await act(el, 'send');
    await statusOf(statuses, 'queued', 10_000);
    await el.saveNow();
    await until(() => statusText(el).includes('Wacht om verstuurd te worden'), `the status does not say it waits (${statusText(el)})`);
    for (const store of ['drafts', 'outbox', 'reportFiles']) expect(await readStore(store), store).to.deep.equal([]);
    // What the form says about it must be true: nothing survives closing the page. (Collected, so
    // that one wrong sentence does not hide the other checks.)
    const untrue: string[] = [];
    if (statusText(el).includes('ook als je de pagina sluit')) untrue.push(`the status promises the report survives closing the page: "${statusText(el)}"`);
    if (!statusText(el).includes('Sluit deze pagina niet')) untrue.push('the status does not warn "Sluit deze pagina niet"');
    if (!$<HTMLInputElement>(el, 'input[name="keepNothing"]').checked) untrue.push('"Niets bewaren op dit apparaat" is not ticked');
    await receiver.start();
    await statusOf(statuses, 'sent', DELIVERY_TIMEOUT);
    for (const store of ['drafts', 'outbox', 'reportFiles']) expect(await readStore(store), store).to.deep.equal([]);
    expect(untrue).to.deep.equal([]);
  });

  it('does not open a saved draft after a reload, but offers it in the list', async () => {
    const secret = 'Een concept dat niet vanzelf open mag gaan.';
    const first = await form(html`<stagekit-report-form></stagekit-report-form>`);
    await fillWhat(first);
    await next(first);
    await setText(first, 'whatHappened', secret);
    await first.saveNow();
    const id = first.reportId;
    fixtureCleanup();
    const second = await form(html`<stagekit-report-form></stagekit-report-form>`);
    await until(() => has(second, '[part="saved"] button[data-action="open-draft"]'), 'the saved draft is not offered');
    expect(words(shadow(second))).not.to.contain(secret);
    expect(second.reportId).not.to.equal(id);
    await act(second, 'open-draft');
    await until(() => second.reportId === id, 'the draft did not open');
    await atStep(second, 0).catch(() => undefined);
    const text = () => $$<HTMLTextAreaElement>(second, 'textarea[name="whatHappened"]')[0]?.value ?? '';
    if (!text()) {
      await act(second, 'next');
      await atStep(second, 1);
    }
    expect(text()).to.equal(secret);
  });
});
