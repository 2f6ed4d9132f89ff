import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ReportCryptoError, decryptReport, encryptReport, fromBase64Url, loadReportTools, toBase64Url, type ReportEnvelope } from '@stagekit/core';
import { discriminationReport, misuseReport } from '../fixtures/report/helpers.ts';

const tools = await loadReportTools();
const subtle = globalThis.crypto.subtle;

async function ecKeys(kid?: string) {
  const pair = (await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const publicJwk = { ...(await subtle.exportKey('jwk', pair.publicKey)), ...(kid ? { kid } : {}) };
  const privateJwk = { ...(await subtle.exportKey('jwk', pair.privateKey)), ...(kid ? { kid } : {}) };
  return { publicJwk, privateJwk, privateKey: pair.privateKey };
}

async function rsaKeys(bits = 2048, kid?: string) {
  const pair = (await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt'])) as CryptoKeyPair;
  const publicJwk = { ...(await subtle.exportKey('jwk', pair.publicKey)), ...(kid ? { kid } : {}) };
  const privateJwk = { ...(await subtle.exportKey('jwk', pair.privateKey)), ...(kid ? { kid } : {}) };
  return { publicJwk, privateJwk, privateKey: pair.privateKey };
}

const [ec, ec2, rsa, rsa2] = await Promise.all([ecKeys('school-2026'), ecKeys(), rsaKeys(2048, 'rsa-1'), rsaKeys(2048)]);
const payload = { report: discriminationReport, attachments: [] };
const files = [
  { id: 'file-1', bytes: new Uint8Array([0, 1, 2, 3, 255]) },
  { id: 'file-2', bytes: new Uint8Array(0) },
  { id: 'file-3', bytes: new Uint8Array(300_000).map((_, i) => (i * 7) % 256) },
];

async function rejectsWith(promise: Promise<unknown>, code: string, what: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ReportCryptoError, `${what}: ${String(error)}`);
    assert.equal(error.code, code, `${what}: ${error.message}`);
    return true;
  });
}

type Loose = Record<string, any>;
const clone = (envelope: ReportEnvelope) => structuredClone(envelope) as unknown as Loose;
/** Flips one bit in a base64url field. */
function flip(value: string, at = 5): string {
  const bytes = fromBase64Url(value);
  bytes[Math.min(at, bytes.length - 1)]! ^= 0x01;
  return toBase64Url(bytes);
}

for (const [name, keys] of [
  ['ECDH P-256', ec],
  ['RSA-OAEP-256', rsa],
] as const) {
  test(`${name}: encrypt → decrypt gives back the payload and every file, with the public JWK as object or JSON text`, async () => {
    for (const publicKey of [keys.publicJwk, JSON.stringify(keys.publicJwk)]) {
      const envelope = await encryptReport(publicKey, payload, files, { id: 'report-crypto-01' });
      assert.equal(envelope.v, 1);
      assert.equal(envelope.id, 'report-crypto-01');
      assert.equal(envelope.alg, name === 'ECDH P-256' ? 'ECDH-ES-P256-HKDF-SHA256-A256GCM' : 'RSA-OAEP-256-A256GCM');
      assert.equal(envelope.kid, name === 'ECDH P-256' ? 'school-2026' : 'rsa-1');
      assert.ok(!JSON.stringify(envelope).includes('Bakkerij'), 'nothing readable');
      for (const privateKey of [keys.privateJwk, keys.privateKey]) {
        const opened = await decryptReport(privateKey, JSON.parse(JSON.stringify(envelope)));
        assert.deepEqual(opened.payload, payload);
        assert.deepEqual(
          opened.files.map((file) => [file.id, createHash('sha256').update(file.bytes).digest('hex')]),
          files.map((file) => [file.id, createHash('sha256').update(file.bytes).digest('hex')]),
        );
      }
    }
  });

  test(`${name}: a wrong key fails with wrong-key, a changed ciphertext with tampered`, async () => {
    const envelope = await encryptReport(keys.publicJwk, payload, files, { id: 'report-crypto-02' });
    const other = name === 'ECDH P-256' ? ec2 : rsa2;
    await rejectsWith(decryptReport(other.privateJwk, envelope), 'wrong-key', 'another private JWK');
    await rejectsWith(decryptReport(other.privateKey, envelope), 'wrong-key', 'another CryptoKey');
    await rejectsWith(decryptReport((name === 'ECDH P-256' ? rsa : ec).privateJwk, envelope), 'wrong-key', 'a key of the other kind');
    await rejectsWith(decryptReport(keys.publicJwk, envelope), 'invalid-key', 'the public key');

    const changes: (readonly [string, (e: Loose) => void, string])[] = [
      ['payload ciphertext', (e) => (e.ciphertext = flip(e.ciphertext)), 'tampered'],
      ['payload tag', (e) => (e.ciphertext = flip(e.ciphertext, 10_000)), 'tampered'],
      ['payload iv', (e) => (e.iv = flip(e.iv)), 'tampered'],
      ['a file', (e) => (e.files[0].ciphertext = flip(e.files[0].ciphertext)), 'tampered'],
      ['files swapped', (e) => ([e.files[0].ciphertext, e.files[2].ciphertext] = [e.files[2].ciphertext, e.files[0].ciphertext]), 'tampered'],
      ['file renamed', (e) => (e.files[1].id = 'file-9'), 'tampered'],
      ['report id', (e) => (e.id = 'report-crypto-99'), 'tampered'],
      ['key check', (e) => (e.check = flip(e.check)), 'wrong-key'],
      ['version', (e) => (e.v = 2), 'invalid-envelope'],
      ['alg', (e) => (e.alg = 'A128KW'), 'invalid-envelope'],
      ['not base64url', (e) => (e.iv = 'not base64!'), 'invalid-envelope'],
      ...(name === 'ECDH P-256'
        ? ([
            ['salt', (e: Loose) => (e.salt = flip(e.salt)), 'wrong-key'],
            ['epk not on the curve', (e: Loose) => (e.epk.x = flip(e.epk.x, 31)), 'invalid-envelope'],
          ] as const)
        : ([['wrapped key', (e: Loose) => (e.wrappedKey = flip(e.wrappedKey)), 'wrong-key']] as const)),
    ];
    for (const [what, change, code] of changes) {
      const copy = clone(envelope);
      change(copy);
      await rejectsWith(decryptReport(keys.privateJwk, copy as unknown as ReportEnvelope), code, what);
    }
    await rejectsWith(decryptReport(keys.privateJwk, 'not an envelope'), 'invalid-envelope', 'a string');
  });
}

test('each encryption is fresh: new iv, new ephemeral key or wrapped key, different ciphertext', async () => {
  const a = await encryptReport(ec.publicJwk, payload, [], { id: 'report-crypto-03' });
  const b = await encryptReport(ec.publicJwk, payload, [], { id: 'report-crypto-03' });
  assert.notEqual(a.iv, b.iv);
  assert.notEqual(a.ciphertext, b.ciphertext);
  assert.ok(a.alg === 'ECDH-ES-P256-HKDF-SHA256-A256GCM' && b.alg === a.alg && a.epk.x !== b.epk.x);
  const c = await encryptReport(rsa.publicJwk, payload);
  const d = await encryptReport(rsa.publicJwk, payload);
  assert.ok(c.alg === 'RSA-OAEP-256-A256GCM' && d.alg === c.alg && c.wrappedKey !== d.wrappedKey);
  assert.notEqual(c.id, d.id, 'a new report id when none is given');
});

test('a key id that does not match is a wrong key before any decryption', async () => {
  const envelope = await encryptReport(ec.publicJwk, payload, [], { id: 'report-crypto-04' });
  await rejectsWith(decryptReport({ ...ec.privateJwk, kid: 'school-2025' } as JsonWebKey, envelope), 'wrong-key', 'another kid');
});

test('keys the form must refuse: private, too short, other curves and algorithms, not a JWK', async () => {
  const rsa1024 = await rsaKeys(1024);
  const p384 = (await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits'])) as CryptoKeyPair;
  const cases: [unknown, string][] = [
    [ec.privateJwk, 'private-key'],
    [rsa.privateJwk, 'private-key'],
    [rsa1024.publicJwk, 'unsupported-key'],
    [await subtle.exportKey('jwk', p384.publicKey), 'unsupported-key'],
    [{ ...rsa.publicJwk, alg: 'RSA-OAEP' }, 'unsupported-key'],
    [{ ...ec.publicJwk, use: 'sig' }, 'unsupported-key'],
    [{ kty: 'oct', k: 'AAAA' }, 'private-key'],
    [{ kty: 'OKP', crv: 'X25519', x: 'AAAA' }, 'unsupported-key'],
    ['{"kty": "EC"', 'invalid-key'],
    ['[1, 2]', 'invalid-key'],
    [{ kty: 'EC', crv: 'P-256', x: 'not base64!', y: 'AAAA' }, 'invalid-key'],
    [{ kty: 'EC', crv: 'P-256', x: toBase64Url(new Uint8Array(32).fill(1)), y: toBase64Url(new Uint8Array(32).fill(2)) }, 'invalid-key'],
  ];
  for (const [key, code] of cases) {
    await rejectsWith(encryptReport(key as JsonWebKey, payload), code, JSON.stringify(key).slice(0, 60));
  }
  const info = tools.parsePublicKey(JSON.stringify({ ...rsa.publicJwk, key_ops: ['encrypt'], use: 'enc' }));
  assert.deepEqual(Object.keys(info.jwk).sort(), ['alg', 'e', 'ext', 'kty', 'n'], 'only the public members are used');
});

test('outside a secure context there is no encryption, and it says so', async () => {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext');
  Object.defineProperty(globalThis, 'isSecureContext', { value: false, configurable: true });
  try {
    await rejectsWith(encryptReport(ec.publicJwk, payload), 'insecure-context', 'http page');
    await assert.rejects(tools.buildReportWire({ id: 'report-crypto-05', created: '2026-11-24T09:00:00.000Z', report: misuseReport, publicKey: ec.publicJwk }), ReportCryptoError);
  } finally {
    if (saved) Object.defineProperty(globalThis, 'isSecureContext', saved);
    else delete (globalThis as { isSecureContext?: boolean }).isSecureContext;
  }
});

test('an encrypted wire body: only format, id and time in the clear; the receiver decrypts and checks it', async () => {
  const photo = tools.prepareAttachment({ id: 'file-1', name: 'foto.jpg', type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) });
  const { wire, body } = await tools.buildReportWire({ id: 'report-crypto-06', created: '2026-11-24T09:00:00.000Z', report: discriminationReport, attachments: [photo], publicKey: rsa.publicJwk });
  assert.equal(wire.encrypted, true);
  assert.deepEqual(Object.keys(JSON.parse(body)), ['format', 'id', 'created', 'encrypted', 'envelope']);
  for (const secret of ['Bakkerij', 'sam@example.nl', 'foto.jpg', 'origin']) assert.ok(!body.includes(secret), secret);

  // The receiver's side, as in the README example.
  const received = tools.parseReportWire(body);
  assert.ok(received.ok && received.wire.encrypted);
  if (!received.ok || !received.wire.encrypted) return;
  const opened = await decryptReport(rsa.privateJwk, received.wire.envelope);
  const payloadCheck = tools.parseReportPayload(opened.payload);
  assert.ok(payloadCheck.ok);
  if (!payloadCheck.ok) return;
  assert.deepEqual(payloadCheck.payload.report, discriminationReport);
  assert.equal(payloadCheck.payload.attachments[0]!.name, 'foto.jpg');
  assert.equal(tools.sha256Hex(opened.files[0]!.bytes), payloadCheck.payload.attachments[0]!.sha256);

  const mixed = structuredClone(JSON.parse(body));
  mixed.envelope.id = 'report-crypto-07';
  const refused = tools.parseReportWire(mixed);
  assert.ok(!refused.ok && refused.issues.some((issue) => issue.key === 'envelope-id'));
});

test('5 MB of attachments encrypt in well under a second in Node (the 300 ms budget is measured in Chromium by the bench)', async () => {
  const big = [
    { id: 'file-1', bytes: globalThis.crypto.getRandomValues(new Uint8Array(65_536)) },
    { id: 'file-2', bytes: new Uint8Array(5 * 1024 * 1024 - 65_536).fill(7) },
  ];
  await encryptReport(ec.publicJwk, payload, big); // warm-up
  const started = performance.now();
  const envelope = await encryptReport(ec.publicJwk, payload, big, { id: 'report-crypto-08' });
  const took = performance.now() - started;
  assert.ok(took < 1500, `${took.toFixed(0)} ms`);
  const opened = await decryptReport(ec.privateKey, envelope);
  assert.equal(opened.files[1]!.bytes.length, big[1]!.bytes.length);
});
