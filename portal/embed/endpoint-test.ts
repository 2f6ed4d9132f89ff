/**
 * "Test my endpoint": sends one clearly marked test report to a school's endpoint, exactly as the
 * report form sends a real one — the same wire format (core's buildReportWire, encrypted when a
 * public key is given), the same request (core's Outbox: POST, JSON, `Idempotency-Key`, no
 * cookies, no referrer, no redirects) — and says what came back. One attempt, no retries, nothing
 * stored (an in-memory outbox that is dropped afterwards).
 *
 * The marking, so a receiver can tell: the body has `"test": true` (outside any encryption; in the
 * wire schema `stagekit-report/1` since this change), the report id starts with `test-` (real ids
 * are UUIDs, which never do), and the report's text says it is a test. No extra header: a header
 * the receiver does not allow in CORS would make the test fail where real reports work.
 *
 * Pure logic: no Lit, no DOM (fetch and WebCrypto only; also runs in Node).
 */
import { checkEndpoint, loadReportTools, MemoryOutboxStore, newId, Outbox, type OutboxFetch, type Report } from '@stagekit/core';
import type { Lang } from './widget-options.js';

export type EndpointTestKind =
  /** 2xx: the endpoint took the report. */
  | 'sent'
  /** 4xx (not 408/425/429): the endpoint refused it, with its reason. */
  | 'rejected'
  /** 5xx: the server failed; the form would try again later. */
  | 'server-error'
  /** 408, 425, 429: busy; the form would try again later. */
  | 'throttled'
  /** No answer in time. */
  | 'timeout'
  /** The server answers, but the browser may not read the answer: CORS is not set up for this site. */
  | 'cors'
  /** No connection at all: wrong address, server down, no internet, or a certificate problem. */
  | 'unreachable'
  /** Not an https address (http only on localhost). */
  | 'invalid-endpoint'
  /** The public key cannot be used; nothing was sent. */
  | 'invalid-key'
  /** The page is not https, so the browser cannot encrypt; nothing was sent. */
  | 'insecure-context';

export interface EndpointTestResult {
  readonly kind: EndpointTestKind;
  /** The test report's id (also its Idempotency-Key), when one was made. */
  readonly id?: string;
  /** The HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** The receipt reference the endpoint gave (only when it gave one). */
  readonly reference?: string;
  /** The endpoint's message (2xx) or reason (4xx), cleaned for showing as text. */
  readonly message?: string;
  /** Whether the report was encrypted with the public key. */
  readonly encrypted: boolean;
}

export interface EndpointTestOptions {
  readonly endpoint: string;
  /** The public-key attribute's value (JWK JSON); empty: a plain report. */
  readonly publicKey?: string;
  /** The language the test report is written in. */
  readonly lang: Lang;
  readonly fetch?: OutboxFetch;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

export const TEST_REPORT_ID_PREFIX = 'test-';

const TEXT = {
  nl: {
    what: 'TESTMELDING – dit is geen echte melding. Verstuurd met "Test mijn endpoint" op de Stagekit-pagina Insluiten, om te zien of dit adres meldingen ontvangt. Je kunt deze melding weggooien.',
    other: 'Test van het endpoint',
  },
  en: {
    what: 'TEST REPORT – this is not a real report. Sent with "Test my endpoint" on the Stagekit Embed page, to see whether this address receives reports. You can throw this report away.',
    other: 'Endpoint test',
  },
} as const;

/** The test report: valid in `stagekit-report/1`, anonymous, naming no one, and saying it is a test. */
export function testReport(lang: Lang): Report {
  return {
    type: 'misuse',
    kinds: ['other'],
    otherDetail: TEXT[lang].other,
    situation: 'during',
    reporter: 'staff',
    whatHappened: TEXT[lang].what,
    wishes: ['register'],
    contact: { anonymous: true },
    language: lang,
  };
}

export async function testEndpoint(options: EndpointTestOptions): Promise<EndpointTestResult> {
  const checked = checkEndpoint(options.endpoint ?? '');
  const publicKey = options.publicKey?.trim() || undefined;
  const encrypted = publicKey !== undefined;
  if (!checked.ok) return { kind: 'invalid-endpoint', encrypted };
  const id = `${TEST_REPORT_ID_PREFIX}${newId()}`.slice(0, 64);
  const created = (options.now?.() ?? new Date()).toISOString();
  const tools = await loadReportTools();
  let body: string;
  try {
    ({ body } = await tools.buildReportWire({ id, created, report: testReport(options.lang), test: true, ...(publicKey ? { publicKey } : {}) }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { kind: code === 'insecure-context' ? 'insecure-context' : 'invalid-key', id, encrypted };
  }

  const realFetch: OutboxFetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  let status: number | undefined;
  const outbox = new Outbox({
    store: new MemoryOutboxStore(),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    fetch: async (url, init) => {
      const response = await realFetch(url, init);
      status = response.status;
      return response;
    },
  });
  // Not started: one attempt, and no timer for a retry.
  const item = await outbox.enqueue({ id, endpoint: checked.url, body });
  await outbox.remove(id);

  if (item?.status === 'sent') {
    const receipt = item.receipt;
    return {
      kind: 'sent',
      id,
      encrypted,
      ...(status === undefined ? {} : { status }),
      ...(receipt?.fromServer ? { reference: receipt.reference } : {}),
      ...(receipt?.message ? { message: receipt.message } : {}),
    };
  }
  if (item?.status === 'rejected' && item.rejection) {
    return { kind: 'rejected', id, encrypted, status: item.rejection.status, ...(item.rejection.reason ? { message: item.rejection.reason } : {}) };
  }
  const problem = item?.lastProblem;
  if (problem?.kind === 'server') return { kind: 'server-error', id, encrypted, ...(problem.status === undefined ? {} : { status: problem.status }) };
  if (problem?.kind === 'throttled') return { kind: 'throttled', id, encrypted, ...(problem.status === undefined ? {} : { status: problem.status }) };
  if (problem?.kind === 'timeout') return { kind: 'timeout', id, encrypted, ...(problem.status === undefined ? {} : { status: problem.status }) };
  // A network error: fetch says no more (on purpose). One look tells a closed door from a locked one.
  return { kind: (await reachable(checked.url, realFetch)) ? 'cors' : 'unreachable', id, encrypted };
}

/**
 * Whether the server answers at all: a plain GET the browser does not have to show us (`no-cors`,
 * so no preflight). If it gets an answer while the POST did not, the POST failed on CORS.
 */
async function reachable(url: string, fetcher: OutboxFetch): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    await fetcher(url, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
