import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MemoryOutboxStore,
  OUTBOX_TIMING,
  Outbox,
  OutboxError,
  checkEndpoint,
  openOutboxStore,
  retryDelay,
  type OutboxItem,
  type OutboxStore,
} from '@stagekit/core';
import { FakeClock, settle } from '../fixtures/report/helpers.ts';

const ENDPOINT = 'https://meldpunt.school.example/reports';
const body = (id: string, text = 'melding') => JSON.stringify({ format: 'stagekit-report/1', id, text });

type Answer = number | { status: number; body?: string; headers?: Record<string, string> } | 'network' | 'hang';

interface Request {
  at: number;
  url: string;
  key: string;
  body: string;
  init: RequestInit;
}

/**
 * A school's receiver behind a fake fetch: answers from a script (one answer per request, the last
 * one repeats), takes `latency` ms of fake time, keeps a report once per Idempotency-Key, and counts
 * how many requests for one key run at the same time.
 */
function receiver(clock: FakeClock, answers: Answer[], latency = 100) {
  const stored = new Map<string, string>();
  const requests: Request[] = [];
  const active = new Map<string, number>();
  let maxConcurrent = 0;
  const pendingHangs: (() => void)[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const key = (init.headers as Record<string, string>)['Idempotency-Key']!;
    requests.push({ at: clock.now(), url, key, body: String(init.body), init });
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!;
    active.set(key, (active.get(key) ?? 0) + 1);
    maxConcurrent = Math.max(maxConcurrent, active.get(key)!);
    try {
      if (answer === 'hang') {
        await new Promise<void>((resolve, reject) => {
          pendingHangs.push(resolve);
          init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        });
        return new Response(JSON.stringify({ reference: 'LATE-1' }), { status: 200 });
      }
      await new Promise<void>((resolve) => clock.setTimeout(resolve, latency));
      if (answer === 'network') throw new TypeError('fetch failed');
      const { status, body: text = '', headers = {} } = typeof answer === 'number' ? { status: answer } : answer;
      if (status >= 200 && status < 300 && !stored.has(key)) stored.set(key, String(init.body));
      return new Response(text, { status, headers });
    } finally {
      active.set(key, active.get(key)! - 1);
    }
  };
  return { fetch, stored, requests, get maxConcurrent() { return maxConcurrent; }, releaseHangs: () => pendingHangs.splice(0).forEach((resolve) => resolve()) };
}

function outbox(clock: FakeClock, fetch: (url: string, init: RequestInit) => Promise<Response>, store: OutboxStore = new MemoryOutboxStore(), random = () => 0) {
  const changes: OutboxItem[] = [];
  const box = new Outbox({ store, fetch, clock, random, onChange: (item) => changes.push(item) });
  return { box, store, changes, statuses: () => changes.map((item) => item.status) };
}

test('the endpoint must be https, or http on localhost for development', () => {
  for (const ok of ['https://school.example/meldpunt', 'http://localhost:8080/r', 'http://127.0.0.1:3000/reports', 'http://[::1]/x', ' https://x.example/y#frag ']) {
    assert.equal(checkEndpoint(ok).ok, true, ok);
  }
  assert.deepEqual(checkEndpoint('https://x.example/y#frag'), { ok: true, url: 'https://x.example/y' });
  for (const bad of ['http://school.example/meldpunt', 'http://localhost.evil.example/', 'ftp://school.example/', 'javascript:alert(1)', '/relative', '', 'https://user:pw@school.example/', 'http://10.0.0.1/']) {
    assert.deepEqual(checkEndpoint(bad), { ok: false, key: 'report-endpoint' }, bad);
  }
});

test('2xx: sent at once with the report id as Idempotency-Key, no cookies, no redirects; the receipt comes from the answer', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, [{ status: 201, body: JSON.stringify({ reference: 'MP-2026-0042', message: 'Dank je wel.' }), headers: { 'Content-Type': 'application/json' } }]);
  const { box, store, statuses } = outbox(clock, school.fetch);
  const sending = box.enqueue({ id: 'report-0001', endpoint: ENDPOINT, body: body('report-0001') });
  await clock.advance(100);
  const item = await sending;
  assert.equal(item?.status, 'sent');
  assert.deepEqual(item?.receipt, { reference: 'MP-2026-0042', fromServer: true, message: 'Dank je wel.' });
  assert.deepEqual(statuses(), ['queued', 'sent']);
  const [request] = school.requests;
  assert.equal(request!.url, ENDPOINT);
  assert.deepEqual(request!.init.headers, { 'Content-Type': 'application/json', 'Idempotency-Key': 'report-0001' });
  assert.equal(request!.init.method, 'POST');
  assert.equal(request!.init.credentials, 'omit');
  assert.equal(request!.init.redirect, 'error');
  assert.equal(request!.init.referrerPolicy, 'no-referrer');
  assert.equal(request!.body, body('report-0001'));
  const kept = await store.get('report-0001');
  assert.equal(kept?.body, undefined, 'the body leaves the outbox once sent');
  assert.equal(kept?.lease, undefined);
  assert.equal(kept?.done, new Date(clock.now()).toISOString());
});

test('2xx without a JSON reference: the report id is the reference; a hostile reference is cleaned', async () => {
  const clock = new FakeClock();
  const plain = receiver(clock, [{ status: 200, body: 'OK' }]);
  const first = outbox(clock, plain.fetch).box.enqueue({ id: 'report-0002', endpoint: ENDPOINT, body: body('report-0002') });
  await clock.advance(100);
  assert.deepEqual((await first)?.receipt, { reference: 'report-0002', fromServer: false });

  const hostile = receiver(clock, [{ status: 200, body: JSON.stringify({ reference: `<b>A\u202eB</b>\n${'x'.repeat(500)}` }) }]);
  const second = outbox(clock, hostile.fetch).box.enqueue({ id: 'report-0003', endpoint: ENDPOINT, body: body('report-0003') });
  await clock.advance(100);
  const reference = (await second)!.receipt!.reference;
  assert.ok(!/[\u202e\n]/.test(reference));
  assert.equal(Array.from(reference).length, OUTBOX_TIMING.referenceLength);
  assert.ok(reference.startsWith('<b>A B</b> x'), 'kept as text, to be shown as text');
});

test('500, 500, 500, then 200: retried after 2, 4 and 8 s with the same key and body; one report at the receiver', async () => {
  const clock = new FakeClock();
  const start = clock.now();
  const school = receiver(clock, [500, 500, 500, 200]);
  const { box, statuses } = outbox(clock, school.fetch);
  box.start();
  const first = box.enqueue({ id: 'report-0004', endpoint: ENDPOINT, body: body('report-0004') });
  await clock.advance(100);
  const afterFirst = await first;
  assert.equal(afterFirst?.status, 'queued');
  assert.deepEqual(afterFirst?.lastProblem, { kind: 'server', status: 500 });
  assert.equal(afterFirst?.nextAttempt, start + 100 + 2000);
  await clock.advance(60_000);
  assert.deepEqual(
    school.requests.map((request) => request.at - start),
    [0, 2100, 2100 + 100 + 4000, 2100 + 100 + 4000 + 100 + 8000],
  );
  assert.ok(school.requests.every((request) => request.key === 'report-0004' && request.body === body('report-0004')));
  assert.equal(school.stored.size, 1);
  assert.deepEqual(statuses(), ['queued', 'queued', 'queued', 'queued', 'sent']);
  assert.equal((await box.get('report-0004'))?.attempts, 4);
  box.stop();
});

test('backoff: never within 2 s, doubling, at most one attempt per 10 minutes, also with full jitter', async () => {
  assert.deepEqual([1, 2, 3, 4, 5, 9, 10, 11, 30, 1000].map((failures) => retryDelay(failures)), [2000, 4000, 8000, 16000, 32000, 512000, 600000, 600000, 600000, 600000]);
  assert.deepEqual([1, 2, 10].map((failures) => retryDelay(failures, 0.999999)), [2500, 5000, 600000]);
  assert.equal(retryDelay(1, 0, 120_000), 120_000, 'Retry-After is honoured');
  assert.equal(retryDelay(1, 0, 86_400_000), 600_000, 'within the cap');
  assert.equal(retryDelay(3, 0, 10), 8000, 'never shorter than the backoff');

  for (const random of [() => 0, () => 0.999, Math.random]) {
    const clock = new FakeClock();
    const school = receiver(clock, [503], 0);
    const { box } = outbox(clock, school.fetch, new MemoryOutboxStore(), random);
    box.start();
    void box.enqueue({ id: 'report-0005', endpoint: ENDPOINT, body: body('report-0005') });
    await clock.advance(3 * 3600_000);
    const gaps = school.requests.slice(1).map((request, index) => request.at - school.requests[index]!.at);
    assert.ok(gaps.length >= 20, `${gaps.length} attempts in 3 hours`);
    assert.ok(gaps.every((gap) => gap >= 2000 && gap <= 600_000), gaps.join(','));
    assert.equal(gaps.at(-1), 600_000);
    assert.ok(gaps.slice(0, 8).every((gap, index) => index === 0 || gap >= gaps[index - 1]!), 'growing');
    box.stop();
  }
});

test('network errors and timeouts keep the report queued; a timed-out request is aborted', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, ['network', 'hang', 200]);
  const { box } = outbox(clock, school.fetch);
  box.start();
  const first = box.enqueue({ id: 'report-0006', endpoint: ENDPOINT, body: body('report-0006') });
  await clock.advance(100);
  assert.deepEqual((await first)?.lastProblem, { kind: 'network' });
  assert.equal((await first)?.status, 'queued');
  await clock.advance(2000);
  assert.equal(school.requests.length, 2);
  assert.equal(school.requests[1]!.init.signal?.aborted, false);
  await clock.advance(OUTBOX_TIMING.timeoutMs);
  assert.equal(school.requests[1]!.init.signal?.aborted, true, 'the hanging request was aborted');
  const afterTimeout = await box.get('report-0006');
  assert.deepEqual(afterTimeout?.lastProblem, { kind: 'timeout' });
  assert.equal(afterTimeout?.lease, undefined);
  await clock.advance(4000 + 100);
  assert.equal((await box.get('report-0006'))?.status, 'sent');
  box.stop();
});

test('4xx: rejected with the reason from the answer (JSON message, reason, or text without HTML), cut to 300 characters', async () => {
  const cases: [Answer, string][] = [
    [{ status: 422, body: JSON.stringify({ message: 'Vul een datum in.' }), headers: { 'Content-Type': 'application/json' } }, 'Vul een datum in.'],
    [{ status: 400, body: JSON.stringify({ reason: 'Onbekend formaat' }) }, 'Onbekend formaat'],
    [{ status: 400, body: JSON.stringify({ type: 'about:blank', title: 'Bad Request', detail: 'id is missing' }) }, 'id is missing'],
    [{ status: 413, body: '<html><head><style>b{}</style><script>alert(1)</script></head><body><h1>Too large</h1></body></html>', headers: { 'Content-Type': 'text/html' } }, 'Too large'],
    [{ status: 403, body: '' }, ''],
    [{ status: 400, body: 'x'.repeat(5000) }, `${'x'.repeat(OUTBOX_TIMING.reasonLength - 1)}…`],
  ];
  for (const [answer, reason] of cases) {
    const clock = new FakeClock();
    const school = receiver(clock, [answer]);
    const { box, store, statuses } = outbox(clock, school.fetch);
    box.start();
    const sending = box.enqueue({ id: 'report-0007', endpoint: ENDPOINT, body: body('report-0007') });
    await clock.advance(100);
    const item = await sending;
    assert.equal(item?.status, 'rejected');
    assert.deepEqual(item?.rejection, { status: typeof answer === 'object' ? answer.status : 0, reason });
    assert.equal((await store.get('report-0007'))?.body, undefined);
    assert.deepEqual(statuses(), ['queued', 'rejected']);
    await clock.advance(3600_000);
    assert.equal(school.requests.length, 1, 'a rejected report is not retried');
    box.stop();
  }
});

test('408, 425 and 429 are not a rejection: retried later, 429 after its Retry-After', async () => {
  const clock = new FakeClock();
  const start = clock.now();
  const school = receiver(clock, [{ status: 429, headers: { 'Retry-After': '120' } }, 408, 425, 200]);
  const { box } = outbox(clock, school.fetch);
  box.start();
  const first = box.enqueue({ id: 'report-0008', endpoint: ENDPOINT, body: body('report-0008') });
  await clock.advance(100);
  assert.deepEqual((await first)?.lastProblem, { kind: 'throttled', status: 429 });
  assert.equal((await first)?.nextAttempt, start + 100 + 120_000);
  await clock.advance(600_000);
  assert.deepEqual(
    school.requests.map((request) => request.at - start),
    [0, 120_100, 120_100 + 100 + 4000, 120_100 + 100 + 4000 + 100 + 8000],
  );
  assert.equal((await box.get('report-0008'))?.status, 'sent');
  box.stop();
});

test('the same report is never queued under two bodies, never sent again once sent, and may be corrected after a rejection', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, ['network', 422, 200]);
  const { box } = outbox(clock, school.fetch);
  box.start();
  const first = box.enqueue({ id: 'report-0009', endpoint: ENDPOINT, body: body('report-0009') });
  await clock.advance(100);
  await first;
  // Queued: the same body again changes nothing; another body is refused.
  assert.equal((await box.enqueue({ id: 'report-0009', endpoint: ENDPOINT, body: body('report-0009') }))?.attempts, 1);
  await assert.rejects(box.enqueue({ id: 'report-0009', endpoint: ENDPOINT, body: body('report-0009', 'changed') }), (error: OutboxError) => error.code === 'already-queued');
  await assert.rejects(box.enqueue({ id: 'report-0009', endpoint: 'https://other.example/', body: body('report-0009') }), (error: OutboxError) => error.code === 'already-queued');
  // "Try again now" within 2 s of the first attempt waits until those 2 s are over; then 422.
  assert.equal((await box.retryNow('report-0009'))?.status, 'queued');
  await clock.advance(2000);
  assert.equal((await box.get('report-0009'))?.status, 'rejected');
  assert.equal(school.requests[1]!.at - school.requests[0]!.at, 2000);
  // Corrected, queued again under the same id; sent.
  const corrected = box.enqueue({ id: 'report-0009', endpoint: ENDPOINT, body: body('report-0009', 'corrected') });
  assert.equal((await corrected)?.status, 'queued', 'not within 2 s of the rejected attempt');
  await clock.advance(2000);
  assert.equal((await box.get('report-0009'))?.status, 'sent');
  assert.deepEqual(school.requests.map((request) => request.key), ['report-0009', 'report-0009', 'report-0009']);
  assert.equal(school.stored.get('report-0009'), body('report-0009', 'corrected'));
  box.stop();
  await assert.rejects(box.enqueue({ id: 'report-0009', endpoint: ENDPOINT, body: body('report-0009') }), (error: OutboxError) => error.code === 'already-sent');
  await assert.rejects(box.enqueue({ id: 'Report 10', endpoint: ENDPOINT, body: '{}' }), (error: OutboxError) => error.code === 'invalid-id');
  await assert.rejects(box.enqueue({ id: 'report-0010', endpoint: 'http://school.example/', body: '{}' }), (error: OutboxError) => error.code === 'invalid-endpoint');
});

test('"try again now" still waits 2 s after the last attempt', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, ['network', 200], 0);
  const { box } = outbox(clock, school.fetch);
  box.start();
  void box.enqueue({ id: 'report-0011', endpoint: ENDPOINT, body: body('report-0011') });
  await clock.advance(500);
  assert.equal((await box.retryNow('report-0011'))?.status, 'queued');
  assert.equal(school.requests.length, 1, 'not within 2 s');
  await clock.advance(1500);
  assert.equal(school.requests.length, 2);
  assert.equal(school.requests[1]!.at - school.requests[0]!.at, 2000);
  box.stop();
});

test('never two sends of one report at the same time: not in one page, not in two tabs', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, [200], 5000);
  const store = new MemoryOutboxStore();
  const tabA = outbox(clock, school.fetch, store);
  const tabB = outbox(clock, school.fetch, store);
  tabA.box.start();
  tabB.box.start();
  const sending = tabA.box.enqueue({ id: 'report-0012', endpoint: ENDPOINT, body: body('report-0012') });
  await settle();
  // While the first request runs: every way of sending again, in both tabs.
  const others = [tabA.box.flush(), tabA.box.retryNow('report-0012'), tabB.box.flush(), tabB.box.retryNow('report-0012'), tabA.box.enqueue({ id: 'report-0012', endpoint: ENDPOINT, body: body('report-0012') })];
  await clock.advance(60_000);
  await Promise.all([sending, ...others]);
  assert.equal(school.requests.length, 1);
  assert.equal(school.maxConcurrent, 1);
  assert.equal((await store.get('report-0012'))?.status, 'sent');

  // Both tabs wake up for the same due report: one of them sends it.
  const store2 = new MemoryOutboxStore();
  const flaky = receiver(clock, ['network', 200], 1000);
  const a = outbox(clock, flaky.fetch, store2);
  const b = outbox(clock, flaky.fetch, store2);
  const first = a.box.enqueue({ id: 'report-0013', endpoint: ENDPOINT, body: body('report-0013') });
  await clock.advance(1000);
  await first;
  a.box.start();
  b.box.start();
  await clock.advance(60_000);
  assert.equal(flaky.requests.length, 2);
  assert.equal(flaky.maxConcurrent, 1);
  assert.equal((await store2.get('report-0013'))?.status, 'sent');
  a.box.stop();
  b.box.stop();
  tabA.box.stop();
  tabB.box.stop();
});

test('IndexedDB: a queued report and its next attempt survive a reload, and are sent by the next page', async () => {
  const clock = new FakeClock();
  const start = clock.now();
  const school = receiver(clock, ['network', 'network', 200]);
  const opened = await openOutboxStore('local', 'outbox-reload');
  assert.deepEqual([opened.kind, opened.fallback], ['local', false]);
  const page1 = outbox(clock, school.fetch, opened.store);
  page1.box.start();
  const first = page1.box.enqueue({ id: 'report-0014', endpoint: ENDPOINT, body: body('report-0014') });
  await clock.advance(100);
  await first;
  page1.box.stop(); // the page is closed

  const stored = await (await openOutboxStore('local', 'outbox-reload')).store.get('report-0014');
  assert.equal(stored?.status, 'queued');
  assert.equal(stored?.nextAttempt, start + 100 + 2000, 'the next attempt is on disk');
  assert.equal(stored?.body, body('report-0014'));

  // The next visit, an hour later: due at once.
  await clock.advance(3600_000);
  assert.equal(school.requests.length, 1, 'nothing runs while no page is open');
  const page2 = outbox(clock, school.fetch, (await openOutboxStore('local', 'outbox-reload')).store);
  page2.box.start();
  await clock.advance(100);
  assert.equal((await page2.box.get('report-0014'))?.lastProblem?.kind, 'network');
  await clock.advance(4000 + 100);
  const sent = await page2.box.get('report-0014');
  assert.equal(sent?.status, 'sent');
  assert.deepEqual(school.requests.map((request) => request.at - start), [0, 3_600_100, 3_600_100 + 100 + 4000]);
  assert.deepEqual(page2.statuses(), ['queued', 'sent']);
  page2.box.stop();
});

test('a reload while a request runs: the next page waits for the lease to expire, then sends under the same key', async () => {
  const clock = new FakeClock();
  const start = clock.now();
  const school = receiver(clock, ['hang', 200]);
  const store = new MemoryOutboxStore();
  const page1 = outbox(clock, school.fetch, store);
  void page1.box.enqueue({ id: 'report-0015', endpoint: ENDPOINT, body: body('report-0015') });
  await settle();
  page1.box.stop();
  const leased = await store.get('report-0015');
  assert.equal(leased?.lease?.owner, page1.box.owner);

  const page2 = outbox(clock, school.fetch, store);
  page2.box.start();
  await clock.advance(OUTBOX_TIMING.timeoutMs);
  // page 1's own timer aborted its request at 30 s; its lease runs 5 s longer.
  assert.equal(school.requests.length, 1);
  await clock.advance(OUTBOX_TIMING.leaseMarginMs + 2000 + 200);
  assert.equal(school.requests.length, 2);
  assert.ok(school.requests[1]!.at - start >= OUTBOX_TIMING.timeoutMs);
  assert.equal((await store.get('report-0015'))?.status, 'sent');
  assert.equal(school.stored.size, 1);
  page2.box.stop();
});

test('a page that was closed while sending cannot overwrite what the next page did', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, ['hang', 200]);
  const store = new MemoryOutboxStore();
  // page 1's request hangs past its lease and is never aborted (a frozen tab).
  const frozen = new Outbox({ store, fetch: school.fetch, clock: { ...clock, setTimeout: () => 0, clearTimeout: () => undefined }, random: () => 0 });
  const late = frozen.enqueue({ id: 'report-0016', endpoint: ENDPOINT, body: body('report-0016') });
  await settle();
  const page2 = outbox(clock, school.fetch, store);
  page2.box.start();
  await clock.advance(OUTBOX_TIMING.timeoutMs + OUTBOX_TIMING.leaseMarginMs + 200);
  assert.equal((await store.get('report-0016'))?.receipt?.fromServer, false);
  school.releaseHangs(); // the frozen tab wakes up with its late answer
  await late;
  const item = await store.get('report-0016');
  assert.equal(item?.status, 'sent');
  assert.equal(item?.receipt?.reference, 'report-0016', 'the late answer did not overwrite the receipt');
  page2.box.stop();
});

test('remove() forgets a report; the outbox in memory behaves the same as on disk', async () => {
  const clock = new FakeClock();
  const school = receiver(clock, ['network']);
  const opened = await openOutboxStore('memory');
  assert.deepEqual([opened.kind, opened.fallback], ['memory', false]);
  const { box } = outbox(clock, school.fetch, opened.store);
  box.start();
  const first = box.enqueue({ id: 'report-0017', endpoint: ENDPOINT, body: body('report-0017') });
  await clock.advance(100);
  await first;
  await box.remove('report-0017');
  assert.deepEqual(await box.list(), []);
  await clock.advance(3600_000);
  assert.equal(school.requests.length, 1, 'a removed report is not sent');
  box.stop();
});
