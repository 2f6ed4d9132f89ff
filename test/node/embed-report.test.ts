import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decryptReport, encryptReport, generateReportKeyPair, loadReportTools, ReportCryptoError, type ReportPayload } from '@stagekit/core';
import { TEST_REPORT_ID_PREFIX, testEndpoint, testReport } from '../../portal/embed/endpoint-test.ts';
import { discriminationReport } from '../fixtures/report/helpers.ts';
// @ts-expect-error plain JavaScript example, without type declarations
import { createReceiver } from '../fixtures/report/example-receiver.mjs';

// The embed page's report form tools against core: the key pair (core's generateReportKeyPair) round
// trip, the test marking in the wire format (`"test": true`), and "test my endpoint" against the
// example receiver from the README, over real HTTP on 127.0.0.1.
const tools = await loadReportTools();

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`;
}

test('generateReportKeyPair: a public JWK the form accepts, a private JWK decryptReport takes, one kid', async () => {
  const pair = await generateReportKeyPair();
  assert.match(pair.publicKey.kid, /^stagekit-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
  assert.equal(pair.privateKey.kid, pair.publicKey.kid);
  assert.deepEqual(Object.keys(pair.publicKey).sort(), ['crv', 'kid', 'kty', 'use', 'x', 'y']);
  assert.equal(pair.privateKey.d?.length, 43);
  // What the form does with its `public-key` attribute (a JSON text).
  const info = tools.parsePublicKey(JSON.stringify(pair.publicKey));
  assert.equal(info.alg, 'ECDH-ES-P256-HKDF-SHA256-A256GCM');
  assert.equal(info.kid, pair.publicKey.kid);
  // The private key as the school gets it: the downloaded file's JSON.
  const privateFromFile = JSON.parse(`${JSON.stringify(pair.privateKey, null, 2)}\n`) as JsonWebKey;
  const payload = { report: discriminationReport, attachments: [] };
  const files = [{ id: 'file-1', bytes: new Uint8Array([1, 2, 3, 250]) }];
  const envelope = await encryptReport(JSON.stringify(pair.publicKey), payload, files, { id: 'report-keys-0001' });
  assert.equal(envelope.kid, pair.publicKey.kid);
  const opened = await decryptReport(privateFromFile, envelope);
  assert.deepEqual(opened.payload, payload);
  assert.deepEqual([...opened.files[0]!.bytes], [1, 2, 3, 250]);
  // Two pairs are two keys: the other private key does not open it.
  const other = await generateReportKeyPair({ kid: pair.publicKey.kid });
  await assert.rejects(decryptReport(other.privateKey, envelope), (error: unknown) => error instanceof ReportCryptoError && error.code === 'wrong-key');
  assert.notEqual(other.publicKey.x, pair.publicKey.x);
});

test('generateReportKeyPair: a chosen kid; a kid that cannot be used is refused; the private key is refused as a public one', async () => {
  const pair = await generateReportKeyPair({ kid: 'roc-example-2027' });
  assert.equal(pair.publicKey.kid, 'roc-example-2027');
  for (const kid of ['', 'x'.repeat(201), 'a\nb']) {
    await assert.rejects(generateReportKeyPair({ kid }), (error: unknown) => error instanceof ReportCryptoError && error.code === 'invalid-key', JSON.stringify(kid));
  }
  assert.throws(() => tools.parsePublicKey(JSON.stringify(pair.privateKey)), (error: unknown) => error instanceof ReportCryptoError && error.code === 'private-key');
});

test('wire format: `"test": true` marks a test report, plain or encrypted (outside the envelope); only true is allowed', async () => {
  const created = new Date().toISOString();
  const pair = await generateReportKeyPair();
  for (const publicKey of [undefined, pair.publicKey]) {
    const { body, wire } = await tools.buildReportWire({ id: 'test-wire-0001', created, report: testReport('nl'), test: true, ...(publicKey ? { publicKey } : {}) });
    const json = JSON.parse(body) as Record<string, unknown>;
    assert.equal(json.test, true);
    assert.equal(wire.test, true);
    assert.equal(json.encrypted, publicKey !== undefined);
    const parsed = tools.parseReportWire(body);
    assert.ok(parsed.ok && parsed.wire.test === true, 'a receiver reads the mark');
  }
  const real = await tools.buildReportWire({ id: 'report-wire-0002', created, report: discriminationReport });
  assert.equal('test' in JSON.parse(real.body), false, 'a real report has no mark');
  const { body } = await tools.buildReportWire({ id: 'report-wire-0003', created, report: discriminationReport, test: false });
  assert.equal('test' in JSON.parse(body), false);
  for (const value of [false, 'true', 1]) {
    const parsed = tools.parseReportWire({ ...JSON.parse(real.body), test: value });
    assert.equal(parsed.ok, false, `test: ${JSON.stringify(value)}`);
  }
  const schema = await (await import('@stagekit/core')).reportWireJsonSchema();
  assert.match(JSON.stringify(schema), /"test":\{"type":"boolean","const":true/);
});

test('the test report is valid, anonymous, names no one and says it is a test, in both languages', () => {
  for (const lang of ['nl', 'en'] as const) {
    const report = testReport(lang);
    assert.deepEqual(tools.validateReport(report), []);
    assert.deepEqual(report.contact, { anonymous: true });
    assert.equal(report.company, undefined);
    assert.equal(report.language, lang);
    assert.match(report.whatHappened, lang === 'nl' ? /^TESTMELDING/ : /^TEST REPORT/);
  }
});

test('test my endpoint: the example receiver takes the marked test report, plain and encrypted with a generated key', async () => {
  const pair = await generateReportKeyPair();
  const reports = new Map<string, { receipt: { reference: string }; payload: ReportPayload }>();
  const endpoint = await listen(createReceiver({ privateKey: pair.privateKey, reports }));
  const seen: { body: Record<string, unknown>; key: string | null; init: RequestInit }[] = [];
  const recordingFetch = async (url: string, init: RequestInit) => {
    seen.push({ body: JSON.parse(String(init.body)), key: new Headers(init.headers).get('Idempotency-Key'), init });
    return fetch(url, init);
  };

  const plain = await testEndpoint({ endpoint, lang: 'nl', fetch: recordingFetch });
  assert.equal(plain.kind, 'sent');
  assert.equal(plain.status, 201);
  assert.equal(plain.reference, 'MP-0001');
  assert.equal(plain.message, 'Received. Thank you.');
  assert.equal(plain.encrypted, false);
  assert.ok(plain.id?.startsWith(TEST_REPORT_ID_PREFIX));

  const encrypted = await testEndpoint({ endpoint, lang: 'en', publicKey: JSON.stringify(pair.publicKey, null, 2), fetch: recordingFetch });
  assert.equal(encrypted.kind, 'sent');
  assert.equal(encrypted.reference, 'MP-0002');
  assert.equal(encrypted.encrypted, true);

  assert.equal(seen.length, 2, 'one attempt each, no retries');
  for (const [index, post] of seen.entries()) {
    assert.equal(post.body.test, true);
    assert.equal(post.body.format, 'stagekit-report/1');
    assert.equal(post.key, post.body.id);
    assert.ok(String(post.body.id).startsWith('test-'));
    assert.equal(post.body.encrypted, index === 1);
    // The same request as the form's outbox makes.
    assert.equal(post.init.method, 'POST');
    assert.equal(post.init.credentials, 'omit');
    assert.equal(post.init.redirect, 'error');
  }
  assert.ok(!JSON.stringify(seen[1]!.body).includes('TEST REPORT'), 'the encrypted one is not readable on the way');
  const stored = [...reports.values()];
  assert.equal(stored.length, 2);
  assert.match(stored[0]!.payload.report.whatHappened, /^TESTMELDING/);
  assert.match(stored[1]!.payload.report.whatHappened, /^TEST REPORT/, 'decrypted at the school with the generated private key');
});

test('test my endpoint: refusals, server errors, busy, no server, and what is never sent', async () => {
  const answers: { status: number; body: string; type?: string }[] = [];
  const endpoint = await listen(
    createServer((request, response) => {
      const next = answers.shift() ?? { status: 200, body: '' };
      request.resume();
      request.on('end', () => response.writeHead(next.status, { 'Content-Type': next.type ?? 'application/json' }).end(next.body));
    }),
  );
  answers.push({ status: 422, body: JSON.stringify({ message: 'Not a valid report: test unrecognized_keys' }) });
  assert.deepEqual(await testEndpoint({ endpoint, lang: 'nl' }).then(({ kind, status, message }) => ({ kind, status, message })), {
    kind: 'rejected',
    status: 422,
    message: 'Not a valid report: test unrecognized_keys',
  });
  answers.push({ status: 500, body: 'oops', type: 'text/plain' });
  assert.deepEqual(await testEndpoint({ endpoint, lang: 'nl' }).then(({ kind, status }) => ({ kind, status })), { kind: 'server-error', status: 500 });
  answers.push({ status: 429, body: '' });
  assert.deepEqual(await testEndpoint({ endpoint, lang: 'nl' }).then(({ kind, status }) => ({ kind, status })), { kind: 'throttled', status: 429 });
  answers.push({ status: 200, body: '' });
  const noReference = await testEndpoint({ endpoint, lang: 'nl' });
  assert.equal(noReference.kind, 'sent');
  assert.equal(noReference.status, 200);
  assert.equal(noReference.reference, undefined, 'no reference when the endpoint gave none');

  // A port nobody listens on.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/reports`;
  await new Promise((resolve) => closed.close(resolve));
  assert.equal((await testEndpoint({ endpoint: closedUrl, lang: 'en' })).kind, 'unreachable');

  let calls = 0;
  const counting = async (url: string, init: RequestInit) => {
    calls++;
    return fetch(url, init);
  };
  for (const bad of ['http://meldpunt.example/api', 'ftp://x', 'not a url', '', 'https://user:pw@meldpunt.example/']) {
    assert.equal((await testEndpoint({ endpoint: bad, lang: 'nl', fetch: counting })).kind, 'invalid-endpoint', bad);
  }
  assert.equal((await testEndpoint({ endpoint, lang: 'nl', publicKey: '{"kty":"EC"}', fetch: counting })).kind, 'invalid-key');
  const pair = await generateReportKeyPair();
  assert.equal((await testEndpoint({ endpoint, lang: 'nl', publicKey: JSON.stringify(pair.privateKey), fetch: counting })).kind, 'invalid-key', 'a private key is refused');
  assert.equal(calls, 0, 'nothing was sent for any of these');
});
