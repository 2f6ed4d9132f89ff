import { newId } from '../storage/new-id.js';
import { REPORT_ID_PATTERN } from './model.js';

/**
 * The outbox: a report the reporter sent is kept until the school's endpoint took it, and is never
 * lost, doubled or sent twice at the same time.
 *
 *   draft (the form's drafts store) → queued → sent | rejected
 *
 * - The body (plain or encrypted JSON, fixed when queued) is POSTed with `Idempotency-Key: <report
 *   id>`; every retry sends the same bytes under the same key, so a receiver that honours the key
 *   stores the report once. A queued body cannot be changed: the same report never travels under
 *   two ids, nor two versions under one id while it may already have arrived.
 * - 2xx → sent; the receipt is the JSON body's `reference` (or `receipt`, `id`), else the report id.
 * - Network error, timeout, 408, 425, 429 or 5xx → stays queued; the next attempt is persisted
 *   (`nextAttempt`), after 2 s, 4 s, 8 s … (plus up to 25% jitter), at most 10 minutes apart, and
 *   never within 2 s of the previous one — also after a reload or on the next visit (`start()`).
 * - Other 4xx → rejected, with the response's reason (JSON `message`/`reason`/`detail`/`title`/
 *   `error`, or its text), cleaned and cut to 300 characters; the form keeps the report as a draft,
 *   and a corrected report can be queued again under the same id.
 * - A send is claimed in the store first (a lease, in one transaction), so two tabs, or two calls
 *   in one tab, never send the same report at the same time.
 * Once sent or rejected, the body is deleted from the outbox: only the receipt or reason remains.
 */

export const OUTBOX_TIMING = {
  /** The first retry, and the shortest time between two attempts of one report. */
  minIntervalMs: 2_000,
  /** The longest wait between attempts: one attempt per 10 minutes at most. */
  maxIntervalMs: 600_000,
  /** A request without an answer after this long counts as a timeout. */
  timeoutMs: 30_000,
  /** A lease outlives the request by this much, so a lease of a closed tab expires soon after. */
  leaseMarginMs: 5_000,
  /** Longest receipt reference and rejection reason kept. */
  referenceLength: 100,
  reasonLength: 300,
} as const;

/** Time, injected so tests (and the bench) control it. */
export interface OutboxClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: OutboxClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type OutboxStatus = 'queued' | 'sent' | 'rejected';
/** The states of `stagekit-report-status`: a draft has not been queued yet. */
export type ReportStatus = 'draft' | OutboxStatus;

export type OutboxProblem = 'network' | 'timeout' | 'server' | 'throttled';

export interface OutboxReceipt {
  /** The school's reference, or the report id when it gave none. */
  reference: string;
  /** True when the reference came from the school's answer. */
  fromServer: boolean;
  message?: string;
}

export interface OutboxItem {
  /** The report id, sent as Idempotency-Key. */
  id: string;
  status: OutboxStatus;
  endpoint: string;
  /** The JSON text to POST; deleted once sent or rejected. */
  body?: string;
  /** When it was queued (ISO). */
  queued: string;
  /** Attempts since it was queued. */
  attempts: number;
  /** Start of the last attempt (epoch ms). */
  lastAttempt?: number;
  /** Not before (epoch ms); persisted, so a reload keeps the backoff. */
  nextAttempt?: number;
  /** A send in progress, by this or another tab; expires at `until` (epoch ms). */
  lease?: { owner: string; until: number };
  lastProblem?: { kind: OutboxProblem; status?: number };
  receipt?: OutboxReceipt;
  rejection?: { status: number; reason: string };
  /** When it was sent or rejected (ISO). */
  done?: string;
}

/** Where outbox items live: IndexedDB (outbox-store.ts) or memory. */
export interface OutboxStore {
  get(id: string): Promise<OutboxItem | undefined>;
  list(): Promise<OutboxItem[]>;
  /**
   * In one transaction: reads the item, lets `change` (synchronous) return the new item or
   * undefined for "leave it", writes it. Resolves to the item as stored afterwards.
   */
  update(id: string, change: (current: OutboxItem | undefined) => OutboxItem | undefined): Promise<OutboxItem | undefined>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

export class MemoryOutboxStore implements OutboxStore {
  private readonly items = new Map<string, OutboxItem>();

  async get(id: string): Promise<OutboxItem | undefined> {
    const item = this.items.get(id);
    return item && structuredClone(item);
  }

  async list(): Promise<OutboxItem[]> {
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  async update(id: string, change: (current: OutboxItem | undefined) => OutboxItem | undefined): Promise<OutboxItem | undefined> {
    const current = this.items.get(id);
    const next = change(current && structuredClone(current));
    if (next) this.items.set(id, structuredClone(next));
    const stored = this.items.get(id);
    return stored && structuredClone(stored);
  }

  async delete(id: string): Promise<void> {
    this.items.delete(id);
  }

  async clear(): Promise<void> {
    this.items.clear();
  }
}

export type EndpointCheck = { ok: true; url: string } | { ok: false; key: 'report-endpoint' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The school's endpoint must be HTTPS; plain http only on this machine (localhost, 127.0.0.1, [::1])
 * for development. No user name or password in the address. The message key is for the
 * `invalid-attribute` error.
 */
export function checkEndpoint(value: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, key: 'report-endpoint' };
  }
  if (url.username || url.password) return { ok: false, key: 'report-endpoint' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return { ok: false, key: 'report-endpoint' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/**
 * The wait before the next attempt after `failures` failed attempts (1, 2, …): 2 s doubling, plus up
 * to 25% jitter, at most 10 minutes; a server's Retry-After is honoured within the same bounds.
 */
export function retryDelay(failures: number, random = 0, retryAfterMs?: number): number {
  const base = OUTBOX_TIMING.minIntervalMs * 2 ** Math.max(0, Math.min(failures - 1, 20));
  let delay = Math.min(base * (1 + 0.25 * Math.min(Math.max(random, 0), 1)), OUTBOX_TIMING.maxIntervalMs);
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) delay = Math.max(delay, Math.min(retryAfterMs, OUTBOX_TIMING.maxIntervalMs));
  return Math.max(Math.round(delay), OUTBOX_TIMING.minIntervalMs);
}

const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text from the school's server, made safe to show as text: no control or direction characters, one line, cut to `maximum`. */
export function cleanServerText(value: unknown, maximum: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const characters = Array.from(text);
  return characters.length > maximum ? `${characters.slice(0, maximum - 1).join('').trimEnd()}…` : text;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function receiptFrom(text: string, id: string): OutboxReceipt {
  const json = parseJson(text);
  const reference = json && cleanServerText([json.reference, json.receipt, json.id].find((value) => typeof value === 'string' && value.trim()), OUTBOX_TIMING.referenceLength);
  const message = json && cleanServerText(json.message, OUTBOX_TIMING.reasonLength);
  return { reference: reference ?? id, fromServer: reference !== undefined, ...(message ? { message } : {}) };
}

export function reasonFrom(text: string, contentType: string): string {
  const json = parseJson(text);
  if (json) {
    for (const key of ['message', 'reason', 'detail', 'title', 'error']) {
      const reason = cleanServerText(json[key], OUTBOX_TIMING.reasonLength);
      if (reason) return reason;
    }
  }
  let plain = text.slice(0, 20_000);
  if (/html|xml/i.test(contentType) || /^\s*</.test(plain)) {
    plain = plain.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  }
  return cleanServerText(plain, OUTBOX_TIMING.reasonLength) ?? '';
}

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : date - now;
}

type Outcome =
  | { kind: 'sent'; receipt: OutboxReceipt }
  | { kind: 'rejected'; status: number; reason: string }
  | { kind: 'retry'; problem: OutboxProblem; status?: number; retryAfterMs?: number };

export type OutboxFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface OutboxOptions {
  store: OutboxStore;
  /** Default: the page's fetch. */
  fetch?: OutboxFetch;
  clock?: OutboxClock;
  /** 0 ≤ random() < 1, for the jitter. */
  random?: () => number;
  timeoutMs?: number;
  /** Every change of an item (queued, each retry, sent, rejected): for `stagekit-report-status`. */
  onChange?: (item: OutboxItem) => void;
  /** A failure of the store during a background retry (e.g. IndexedDB closed): for `stagekit-error`. */
  onError?: (error: unknown) => void;
}

export type OutboxErrorCode = 'invalid-endpoint' | 'invalid-id' | 'already-sent' | 'already-queued';

export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  constructor(readonly code: OutboxErrorCode) {
    super(code);
  }
}

const iso = (time: number) => new Date(time).toISOString();

function withoutBody(item: OutboxItem): OutboxItem {
  const { body: _body, lease: _lease, nextAttempt: _next, ...rest } = item;
  return rest;
}

export class Outbox {
  /** Identifies this page's leases. */
  readonly owner = newId();
  private readonly store: OutboxStore;
  private readonly fetch: OutboxFetch;
  private readonly clock: OutboxClock;
  private readonly random: () => number;
  private readonly timeoutMs: number;
  private readonly onChange?: (item: OutboxItem) => void;
  private readonly onError?: (error: unknown) => void;
  private readonly inFlight = new Map<string, Promise<OutboxItem | undefined>>();
  private timer: unknown;
  private running = false;

  constructor(options: OutboxOptions) {
    this.store = options.store;
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.timeoutMs = options.timeoutMs ?? OUTBOX_TIMING.timeoutMs;
    this.onChange = options.onChange;
    this.onError = options.onError;
  }

  /**
   * Picks up what an earlier page left queued and keeps retrying until `stop()`. Returns at once;
   * each change is told through `onChange`.
   */
  start(): void {
    this.running = true;
    this.kick();
  }

  private kick(): void {
    this.flush().catch((error: unknown) => this.onError?.(error));
  }

  /** Stops the timer (the element left the page). Requests in flight finish. */
  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  get(id: string): Promise<OutboxItem | undefined> {
    return this.store.get(id);
  }

  list(): Promise<OutboxItem[]> {
    return this.store.list();
  }

  /**
   * draft → queued, and a first attempt at once; resolves to the item after that attempt. Queueing
   * the same body again is a no-op; another body for a queued or sent id is refused.
   */
  async enqueue(input: { id: string; endpoint: string; body: string }): Promise<OutboxItem | undefined> {
    const endpoint = checkEndpoint(input.endpoint);
    if (!endpoint.ok) throw new OutboxError('invalid-endpoint');
    if (!REPORT_ID_PATTERN.test(input.id)) throw new OutboxError('invalid-id');
    const now = this.clock.now();
    let conflict: OutboxErrorCode | undefined;
    let created = false;
    await this.store.update(input.id, (current) => {
      if (current?.status === 'sent') conflict = 'already-sent';
      else if (current?.status === 'queued') {
        if (current.body !== input.body || current.endpoint !== endpoint.url) conflict = 'already-queued';
      } else {
        created = true;
        const earliest = current?.lastAttempt === undefined ? now : Math.max(now, current.lastAttempt + OUTBOX_TIMING.minIntervalMs);
        return {
          id: input.id,
          status: 'queued',
          endpoint: endpoint.url,
          body: input.body,
          queued: iso(now),
          attempts: 0,
          ...(current?.lastAttempt === undefined ? {} : { lastAttempt: current.lastAttempt }),
          nextAttempt: earliest,
        };
      }
      return undefined;
    });
    if (conflict) throw new OutboxError(conflict);
    if (created) {
      const queued = await this.store.get(input.id);
      if (queued) this.onChange?.(queued);
    }
    return this.attempt(input.id);
  }

  /** Sends every queued report that is due (e.g. when the browser comes back online). */
  async flush(): Promise<void> {
    const now = this.clock.now();
    const due = (await this.store.list()).filter((item) => item.status === 'queued' && dueAt(item) <= now);
    await Promise.all(due.map((item) => this.attempt(item.id)));
    await this.reschedule();
  }

  /** The reporter asked to try again: now, or 2 s after the last attempt if that is later. */
  async retryNow(id: string): Promise<OutboxItem | undefined> {
    const now = this.clock.now();
    await this.store.update(id, (current) =>
      current?.status === 'queued' ? { ...current, nextAttempt: Math.max(now, (current.lastAttempt ?? -Infinity) + OUTBOX_TIMING.minIntervalMs) } : undefined,
    );
    const result = await this.attempt(id);
    await this.reschedule();
    return result;
  }

  /** Forgets a report (after the receipt was kept, or "delete everything"). */
  async remove(id: string): Promise<void> {
    await this.store.delete(id);
    await this.reschedule();
  }

  /** One attempt, or the one already running for this id in this page. */
  private attempt(id: string): Promise<OutboxItem | undefined> {
    let running = this.inFlight.get(id);
    if (!running) {
      running = (async () => {
        try {
          return await this.send(id);
        } finally {
          this.inFlight.delete(id);
          await this.reschedule();
        }
      })();
      this.inFlight.set(id, running);
    }
    return running;
  }

  private async send(id: string): Promise<OutboxItem | undefined> {
    const now = this.clock.now();
    let claimed = false;
    const item = await this.store.update(id, (current) => {
      if (!current || current.status !== 'queued' || current.body === undefined || dueAt(current) > now) return undefined;
      claimed = true;
      return { ...current, attempts: current.attempts + 1, lastAttempt: now, lease: { owner: this.owner, until: now + this.timeoutMs + OUTBOX_TIMING.leaseMarginMs } };
    });
    if (!claimed || !item) return item;
    const outcome = await this.post(item);
    const done = this.clock.now();
    let applied = false;
    const next = await this.store.update(id, (current) => {
      // Deleted meanwhile ("delete everything"), or no longer ours: leave it.
      if (!current || current.status !== 'queued' || current.lease?.owner !== this.owner) return undefined;
      applied = true;
      if (outcome.kind === 'sent') return { ...withoutBody(current), status: 'sent', receipt: outcome.receipt, done: iso(done) };
      if (outcome.kind === 'rejected') return { ...withoutBody(current), status: 'rejected', rejection: { status: outcome.status, reason: outcome.reason }, done: iso(done) };
      const { lease: _lease, ...rest } = current;
      return {
        ...rest,
        nextAttempt: done + retryDelay(current.attempts, this.random(), outcome.retryAfterMs),
        lastProblem: { kind: outcome.problem, ...(outcome.status === undefined ? {} : { status: outcome.status }) },
      };
    });
    if (applied && next) this.onChange?.(next);
    return next;
  }

  private async post(item: OutboxItem): Promise<Outcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = this.clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const response = await this.fetch(item.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.id },
        body: item.body,
        signal: controller.signal,
        // No cookies, no referrer, no cache, no redirect to elsewhere.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'error',
        mode: 'cors',
      });
      const text = await response.text();
      const status = response.status;
      if (status >= 200 && status < 300) return { kind: 'sent', receipt: receiptFrom(text, item.id) };
      if (status === 408) return { kind: 'retry', problem: 'timeout', status };
      if (status === 425 || status === 429) return { kind: 'retry', problem: 'throttled', status, retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), this.clock.now()) };
      if (status >= 400 && status < 500) return { kind: 'rejected', status, reason: reasonFrom(text, response.headers.get('Content-Type') ?? '') };
      return { kind: 'retry', problem: 'server', status, retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), this.clock.now()) };
    } catch {
      return { kind: 'retry', problem: timedOut ? 'timeout' : 'network' };
    } finally {
      this.clock.clearTimeout(timer);
    }
  }

  /** One timer for the earliest due report. */
  private async reschedule(): Promise<void> {
    if (!this.running) return;
    const items = await this.store.list();
    const now = this.clock.now();
    const next = Math.min(...items.filter((item) => item.status === 'queued' && !this.inFlight.has(item.id)).map(dueAt));
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running || next === Infinity) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, Math.min(Math.max(0, next - now), OUTBOX_TIMING.maxIntervalMs));
  }
}

/** The earliest time a queued item may be attempted: its backoff, any lease, and 2 s after the last attempt. */
function dueAt(item: OutboxItem): number {
  if (item.body === undefined) return Infinity;
  return Math.max(item.nextAttempt ?? 0, item.lease?.until ?? 0, (item.lastAttempt ?? -Infinity) + OUTBOX_TIMING.minIntervalMs);
}
