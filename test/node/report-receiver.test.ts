import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { MemoryOutboxStore, Outbox, loadReportTools, type Report } from '@stagekit/core';
import { HOSTILE_TEXTS, discriminationReport, misuseReport } from '../fixtures/report/helpers.ts';
// @ts-expect-error plain JavaScript example, without type declarations
import { createReceiver } from '../fixtures/report/example-receiver.mjs';

// The whole road in Node, with the real fetch and a real HTTP receiver on 127.0.0.1: prepare a photo,
// build the wire body (encrypted or plain), queue it in the outbox, and read it back at the school.
const tools = await loadReportTools();
const subtle = globalThis.crypto.subtle;
const pair = (await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
const publicJwk = { ...(await subtle.exportKey('jwk', pair.publicKey)), kid: 'school-2026' };
const privateJwk = { ...(await subtle.exportKey('jwk', pair.privateKey)), kid: 'school-2026' };
const other = (await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
const otherPublic = await subtle.exportKey('jwk', other.publicKey);

interface Stored {
  receipt: { reference: string };
  payload: { report: Report; attachments: { id: string; sha256: string; metadata: string }[] };
  files: { id: string; bytes: Uint8Array }[];
}
const reports = new Map<string, Stored>();
const server = createReceiver({ privateKey: privateJwk, reports });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`;
after(() => server.close());

const photo = new Uint8Array(readFileSync(new URL('../fixtures/report/photo-gps-be.jpg', import.meta.url)));
const created = () => new Date().toISOString();

test('an encrypted report with a photo arrives once, decrypts, and the photo has no location', async () => {
  const attachment = tools.prepareAttachment({ id: 'file-1', name: 'IMG_0042.jpg', type: 'image/jpeg', bytes: photo });
  const report = { ...discriminationReport, whatHappened: HOSTILE_TEXTS.join('\n') } as Report;
  const { body } = await tools.buildReportWire({ id: 'report-e2e-0001', created: created(), report, attachments: [attachment], publicKey: publicJwk });
  const outbox = new Outbox({ store: new MemoryOutboxStore() });
  const item = await outbox.enqueue({ id: 'report-e2e-0001', endpoint, body });
  assert.equal(item?.status, 'sent');
  assert.deepEqual(item?.receipt, { reference: 'MP-0001', fromServer: true, message: 'Received. Thank you.' });
  const stored = reports.get('report-e2e-0001')!;
  assert.deepEqual(stored.payload.report, report, 'hostile text arrives as the text it was');
  assert.equal(stored.payload.attachments[0]!.metadata, 'removed');
  assert.equal(tools.sha256Hex(stored.files[0]!.bytes), stored.payload.attachments[0]!.sha256);
  const again = tools.stripMetadata(stored.files[0]!.bytes);
  assert.deepEqual([again.removed, again.orientation], [['APP1 Exif'], 6], 'only the minimal orientation block is left');
  assert.equal(Buffer.from(stored.files[0]!.bytes).indexOf('Stagekit Testcamera'), -1);
});

test('the same report posted again (a retry after a lost answer) is stored once and gets the same receipt', async () => {
  const { body } = await tools.buildReportWire({ id: 'report-e2e-0002', created: created(), report: misuseReport, publicKey: publicJwk });
  const first = await new Outbox({ store: new MemoryOutboxStore() }).enqueue({ id: 'report-e2e-0002', endpoint, body });
  // Another page that never heard the answer sends the same body under the same key.
  const second = await new Outbox({ store: new MemoryOutboxStore() }).enqueue({ id: 'report-e2e-0002', endpoint, body });
  assert.equal(first?.receipt?.reference, second?.receipt?.reference);
  assert.equal([...reports.keys()].filter((key) => key === 'report-e2e-0002').length, 1);
  assert.equal(reports.size, 2);
});

test('a plain report (no public key) arrives with its files', async () => {
  const attachment = tools.prepareAttachment({ id: 'file-1', name: 'rooster.pdf', type: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 rooster') });
  const { body } = await tools.buildReportWire({ id: 'report-e2e-0003', created: created(), report: misuseReport, attachments: [attachment] });
  const item = await new Outbox({ store: new MemoryOutboxStore() }).enqueue({ id: 'report-e2e-0003', endpoint, body });
  assert.equal(item?.status, 'sent');
  const stored = reports.get('report-e2e-0003')!;
  assert.equal(new TextDecoder().decode(stored.files[0]!.bytes), '%PDF-1.7 rooster');
  assert.equal(stored.payload.attachments[0]!.metadata, 'not-removed');
});

test('a report the school cannot open or accept is rejected with its reason, and can be corrected under the same id', async () => {
  const { body } = await tools.buildReportWire({ id: 'report-e2e-0004', created: created(), report: misuseReport, publicKey: otherPublic });
  const outbox = new Outbox({ store: new MemoryOutboxStore() });
  const rejected = await outbox.enqueue({ id: 'report-e2e-0004', endpoint, body });
  assert.equal(rejected?.status, 'rejected');
  assert.deepEqual(rejected?.rejection, { status: 422, reason: 'Cannot open the report (wrong-key).' });
  assert.equal(reports.has('report-e2e-0004'), false);

  const notAReport = await new Outbox({ store: new MemoryOutboxStore() }).enqueue({ id: 'report-e2e-0005', endpoint, body: '{"format":"stagekit-report/1"}' });
  assert.equal(notAReport?.status, 'rejected');
  assert.match(notAReport!.rejection!.reason, /^Not a valid report: /);

  // Corrected (the right key), queued again under the same id 2 s later: accepted.
  const fixed = await tools.buildReportWire({ id: 'report-e2e-0004', created: created(), report: misuseReport, publicKey: publicJwk });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const sent = await outbox.enqueue({ id: 'report-e2e-0004', endpoint, body: fixed.body });
  assert.equal(sent?.status, 'sent');
  assert.deepEqual(reports.get('report-e2e-0004')?.payload.report, misuseReport);
});

test('a receiver that is down: the report stays queued with a network problem', async () => {
  const down = createReceiver({ privateKey: privateJwk });
  await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
  const port = (down.address() as AddressInfo).port;
  await new Promise<void>((resolve) => down.close(() => resolve()));
  const { body } = await tools.buildReportWire({ id: 'report-e2e-0006', created: created(), report: misuseReport });
  const item = await new Outbox({ store: new MemoryOutboxStore() }).enqueue({ id: 'report-e2e-0006', endpoint: `http://127.0.0.1:${port}/reports`, body });
  assert.equal(item?.status, 'queued');
  assert.deepEqual(item?.lastProblem, { kind: 'network' });
  assert.ok(item!.nextAttempt! - Date.now() >= 1000);
});
