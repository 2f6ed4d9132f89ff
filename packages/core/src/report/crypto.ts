import { newId } from '../storage/new-id.js';
import { fromBase64Url, toBase64Url } from './base64.js';
import {
  ENVELOPE_ALGS,
  ENVELOPE_VERSION,
  ReportCryptoError,
  type EcdhEnvelope,
  type EncryptedFile,
  type EnvelopeAlg,
  type ReportEnvelope,
  type ReportFile,
  type RsaEnvelope,
} from './envelope.js';

/**
 * Encryption of a report for the school, in the browser and in Node 20+ (globalThis.crypto.subtle).
 *
 * Secure context: browsers only offer `crypto.subtle` on HTTPS pages and on http://localhost /
 * 127.0.0.1. On any other page it is `undefined`, and encryptReport throws `insecure-context`. The
 * form must then NOT fall back to sending or storing the report unencrypted when the school gave a
 * `public-key`: it refuses to send (and says so, `crypto.insecure-context`), and offers the
 * e-mail and "copy text" routes instead, which the reporter chooses knowingly.
 */

type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
const utf8 = (text: string): Bytes => encoder.encode(text) as Bytes;

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value || (globalThis as { isSecureContext?: boolean }).isSecureContext === false) {
    throw new ReportCryptoError('insecure-context', 'WebCrypto is not available: the page is not a secure context (HTTPS or localhost)');
  }
  return value;
}

function random(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** The public members of a key the form may use, with its algorithm. */
export interface PublicKeyInfo {
  alg: EnvelopeAlg;
  kid?: string;
  jwk: JsonWebKey;
}

const isB64 = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && /^[A-Za-z0-9_-]+$/.test(value);

/**
 * Reads the school's `public-key` attribute (a JWK, as an object or JSON text) without WebCrypto:
 * EC P-256 for ECDH, or RSA (≥ 2048 bits; `alg` absent or RSA-OAEP-256). A JWK holding private
 * members is refused (`private-key`): a school that pasted its private key must hear it, not have
 * it used.
 */
export function parsePublicKey(input: string | JsonWebKey): PublicKeyInfo {
  let jwk: unknown = input;
  if (typeof input === 'string') {
    try {
      jwk = JSON.parse(input);
    } catch {
      throw new ReportCryptoError('invalid-key', 'the key is not JSON');
    }
  }
  if (!jwk || typeof jwk !== 'object' || Array.isArray(jwk)) throw new ReportCryptoError('invalid-key', 'the key is not a JWK object');
  const key = jwk as Record<string, unknown>;
  if (['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'].some((member) => member in key)) throw new ReportCryptoError('private-key', 'the JWK holds private key members');
  const kid = typeof key.kid === 'string' && key.kid.length > 0 && key.kid.length <= 200 ? key.kid : undefined;
  if (key.use !== undefined && key.use !== 'enc') throw new ReportCryptoError('unsupported-key', 'the key is not for encryption (use)');
  if (key.kty === 'EC') {
    if (key.crv !== 'P-256') throw new ReportCryptoError('unsupported-key', 'only the P-256 curve is supported');
    if (key.alg !== undefined && key.alg !== 'ECDH-ES') throw new ReportCryptoError('unsupported-key', `unsupported alg ${String(key.alg)}`);
    if (!isB64(key.x) || !isB64(key.y)) throw new ReportCryptoError('invalid-key', 'x and y must be base64url');
    return { alg: 'ECDH-ES-P256-HKDF-SHA256-A256GCM', kid, jwk: { kty: 'EC', crv: 'P-256', x: key.x, y: key.y, ext: true } };
  }
  if (key.kty === 'RSA') {
    if (key.alg !== undefined && key.alg !== 'RSA-OAEP-256') throw new ReportCryptoError('unsupported-key', `unsupported alg ${String(key.alg)} (use RSA-OAEP-256)`);
    if (!isB64(key.n) || !isB64(key.e)) throw new ReportCryptoError('invalid-key', 'n and e must be base64url');
    let bits: number;
    try {
      const modulus = fromBase64Url(key.n);
      const leading = modulus.findIndex((byte) => byte !== 0);
      bits = leading < 0 ? 0 : (modulus.length - leading) * 8 - Math.clz32(modulus[leading]!) + 24;
    } catch {
      throw new ReportCryptoError('invalid-key', 'n is not base64url');
    }
    if (bits < 2048) throw new ReportCryptoError('unsupported-key', `an RSA key of ${bits} bits is too short (at least 2048)`);
    return { alg: 'RSA-OAEP-256-A256GCM', kid, jwk: { kty: 'RSA', n: key.n, e: key.e, alg: 'RSA-OAEP-256', ext: true } };
  }
  throw new ReportCryptoError('unsupported-key', `unsupported key type ${String(key.kty)}`);
}

/** A key pair for a school's reporting point, as JWKs: `publicKey` for the form's `public-key`, `privateKey` for decryptReport. */
export interface ReportKeyPair {
  /** EC P-256 public key (`kty`, `crv`, `x`, `y`, `use: "enc"`, `kid`): safe to publish. */
  publicKey: JsonWebKey & { kid: string };
  /** The same with the private member `d`: keep it on the receiver only. */
  privateKey: JsonWebKey & { kid: string };
}

/**
 * Makes a new key pair for the report form's `public-key` and decryptReport: ECDH on P-256 (the
 * form's default algorithm), both halves as JWKs with the same `kid` (default
 * `stagekit-YYYY-MM-DD-<8 hex>`, so a school that changes keys can tell which one a report needs).
 * Nothing is stored: the caller decides where the private key goes (a file on the receiver).
 */
export async function generateReportKeyPair(options: { kid?: string } = {}): Promise<ReportKeyPair> {
  const kid = options.kid ?? `stagekit-${new Date().toISOString().slice(0, 10)}-${Array.from(random(4), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  if (!kid || kid.length > 200 || /[\u0000-\u001f]/.test(kid)) throw new ReportCryptoError('invalid-key', 'the kid must be 1 to 200 characters without control characters');
  const pair = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  if (!jwk.x || !jwk.y || !jwk.d) throw new ReportCryptoError('unsupported-key', 'WebCrypto gave no P-256 key members');
  const publicKey = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, use: 'enc', kid };
  return { publicKey, privateKey: { ...publicKey, d: jwk.d } };
}

function additionalData(envelope: { alg: EnvelopeAlg; kid?: string; id: string }, part: string): Bytes {
  return utf8(`stagekit-report/${ENVELOPE_VERSION}|${envelope.alg}|${envelope.kid ?? ''}|${envelope.id}|${part}`);
}

/** From the content key material: the AES-256-GCM key and the key check value. */
async function contentKeys(material: Bytes): Promise<{ aes: CryptoKey; check: Bytes }> {
  const s = subtle();
  const base = await s.importKey('raw', material, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(`stagekit-report/${ENVELOPE_VERSION}|${info}`) });
  const aes = await s.deriveKey(hkdf('aes-256-gcm'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await s.deriveBits(hkdf('key-check'), base, 256));
  return { aes, check };
}

async function ecdhMaterial(privateKey: CryptoKey, publicKey: CryptoKey, salt: Bytes, epk: { x: string; y: string }): Promise<Bytes> {
  const s = subtle();
  const shared = new Uint8Array(await s.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
  const base = await s.importKey('raw', shared, 'HKDF', false, ['deriveBits']);
  const info = utf8(`stagekit-report/${ENVELOPE_VERSION}|ECDH-ES-P256|${epk.x}.${epk.y}`);
  return new Uint8Array(await s.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, base, 256));
}

/**
 * Encrypts a report (any JSON value; normally `{ report, attachments }`) and its files for the
 * school's public key. `options.id` is the report id, bound into every ciphertext (default: a new id).
 */
export async function encryptReport(
  publicKey: string | JsonWebKey,
  payload: unknown,
  files: readonly ReportFile[] = [],
  options: { id?: string } = {},
): Promise<ReportEnvelope> {
  const s = subtle();
  const info = parsePublicKey(publicKey);
  const id = options.id ?? newId();
  const header = { alg: info.alg, kid: info.kid, id };
  let material: Bytes;
  let keyPart: Pick<EcdhEnvelope, 'epk' | 'salt'> | Pick<RsaEnvelope, 'wrappedKey'>;
  try {
    if (info.alg === 'ECDH-ES-P256-HKDF-SHA256-A256GCM') {
      const recipient = await s.importKey('jwk', info.jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
      const ephemeral = (await s.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
      const exported = await s.exportKey('jwk', ephemeral.publicKey);
      const epk = { kty: 'EC' as const, crv: 'P-256' as const, x: exported.x!, y: exported.y! };
      const salt = random(32);
      material = await ecdhMaterial(ephemeral.privateKey, recipient, salt, epk);
      keyPart = { epk, salt: toBase64Url(salt) };
    } else {
      const recipient = await s.importKey('jwk', info.jwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
      material = random(32);
      keyPart = { wrappedKey: toBase64Url(new Uint8Array(await s.encrypt({ name: 'RSA-OAEP' }, recipient, material))) };
    }
  } catch (error) {
    if (error instanceof ReportCryptoError) throw error;
    throw new ReportCryptoError('invalid-key', `the public key cannot be used: ${(error as Error).message}`);
  }
  const { aes, check } = await contentKeys(material);
  const seal = async (plain: Bytes, part: string) => {
    const iv = random(12);
    const sealed = await s.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(header, part) }, aes, plain);
    return { iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(sealed)) };
  };
  const body = await seal(utf8(JSON.stringify(payload)), 'payload');
  const sealedFiles: EncryptedFile[] = [];
  for (const file of files) sealedFiles.push({ id: file.id, ...(await seal(file.bytes as Bytes, `file|${file.id}`)) });
  return {
    v: ENVELOPE_VERSION,
    alg: info.alg,
    ...(info.kid === undefined ? {} : { kid: info.kid }),
    id,
    ...keyPart,
    check: toBase64Url(check),
    ...body,
    files: sealedFiles,
  } as ReportEnvelope;
}

function bytesOf(value: unknown): Bytes {
  if (typeof value !== 'string') throw new ReportCryptoError('invalid-envelope', 'a binary field is not a string');
  try {
    return fromBase64Url(value);
  } catch {
    throw new ReportCryptoError('invalid-envelope', 'a binary field is not base64url');
  }
}

/** The envelope's own shape, checked without zod (so the receiver needs nothing else). */
function checkEnvelope(value: unknown): ReportEnvelope {
  const envelope = value as { v?: unknown; alg?: unknown; id?: unknown; kid?: unknown; files?: { id?: unknown }[]; epk?: { kty?: unknown; crv?: unknown } } | null;
  const fail = (why: string) => new ReportCryptoError('invalid-envelope', why);
  if (!envelope || typeof envelope !== 'object') throw fail('not an object');
  if (envelope.v !== ENVELOPE_VERSION) throw fail(`unknown envelope version ${String(envelope.v)}`);
  if (!ENVELOPE_ALGS.includes(envelope.alg as EnvelopeAlg)) throw fail(`unknown alg ${String(envelope.alg)}`);
  if (typeof envelope.id !== 'string' || !envelope.id) throw fail('no report id');
  if (envelope.kid !== undefined && typeof envelope.kid !== 'string') throw fail('kid is not a string');
  if (!Array.isArray(envelope.files)) throw fail('no files list');
  for (const file of envelope.files) if (!file || typeof file.id !== 'string') throw fail('a file has no id');
  if (envelope.alg === 'ECDH-ES-P256-HKDF-SHA256-A256GCM' && (!envelope.epk || envelope.epk.kty !== 'EC' || envelope.epk.crv !== 'P-256')) throw fail('no P-256 epk');
  return envelope as unknown as ReportEnvelope;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

async function importPrivateKey(key: JsonWebKey | CryptoKey, alg: EnvelopeAlg): Promise<CryptoKey> {
  const wanted = alg === 'RSA-OAEP-256-A256GCM' ? 'RSA-OAEP' : 'ECDH';
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) {
    if (key.type !== 'private' || key.algorithm.name !== wanted) throw new ReportCryptoError('wrong-key', `the report needs a private ${wanted} key`);
    return key;
  }
  const jwk = key as JsonWebKey;
  if (!jwk || typeof jwk !== 'object' || typeof jwk.d !== 'string') throw new ReportCryptoError('invalid-key', 'the private key is not a private JWK');
  if ((wanted === 'ECDH') !== (jwk.kty === 'EC')) throw new ReportCryptoError('wrong-key', `the report needs a private ${wanted} key`);
  try {
    // Only the members WebCrypto needs: `key_ops` or `use` written for another purpose must not get in the way.
    if (wanted === 'ECDH') return await subtle().importKey('jwk', { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d }, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const { kty, n, e, d, p, q, dp, dq, qi } = jwk;
    return await subtle().importKey('jwk', { kty, n, e, d, p, q, dp, dq, qi, alg: 'RSA-OAEP-256' }, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  } catch (error) {
    if (error instanceof ReportCryptoError) throw error;
    throw new ReportCryptoError('unsupported-key', `the private key cannot be used: ${(error as Error).message}`);
  }
}

export interface DecryptedReport {
  /** The JSON the form encrypted (normally `{ report, attachments }`); check it with the payload schema. */
  payload: unknown;
  files: { id: string; bytes: Uint8Array }[];
}

/**
 * For the school's receiver: opens an envelope with the private key (a private JWK or a CryptoKey).
 * Fails with a ReportCryptoError: `wrong-key` for a key that does not fit, `tampered` for a changed
 * ciphertext, `invalid-envelope` for anything that is not an envelope of this version.
 */
export async function decryptReport(privateKey: JsonWebKey | CryptoKey, value: ReportEnvelope | unknown): Promise<DecryptedReport> {
  const s = subtle();
  const envelope = checkEnvelope(value);
  if (typeof CryptoKey === 'undefined' || !(privateKey instanceof CryptoKey)) {
    const kid = (privateKey as JsonWebKey & { kid?: string })?.kid;
    if (envelope.kid !== undefined && typeof kid === 'string' && kid !== envelope.kid) {
      throw new ReportCryptoError('wrong-key', `the report was encrypted for key ${envelope.kid}, not ${kid}`);
    }
  }
  const key = await importPrivateKey(privateKey, envelope.alg);
  let material: Bytes;
  if (envelope.alg === 'ECDH-ES-P256-HKDF-SHA256-A256GCM') {
    let ephemeral: CryptoKey;
    try {
      ephemeral = await s.importKey('jwk', { kty: 'EC', crv: 'P-256', x: envelope.epk.x, y: envelope.epk.y, ext: true }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    } catch {
      throw new ReportCryptoError('invalid-envelope', 'epk is not a P-256 public key');
    }
    material = await ecdhMaterial(key, ephemeral, bytesOf(envelope.salt), envelope.epk);
  } else {
    try {
      material = new Uint8Array(await s.decrypt({ name: 'RSA-OAEP' }, key, bytesOf(envelope.wrappedKey)));
    } catch (error) {
      if (error instanceof ReportCryptoError) throw error;
      throw new ReportCryptoError('wrong-key', 'the wrapped key does not open with this private key');
    }
  }
  const { aes, check } = await contentKeys(material);
  if (!sameBytes(check, bytesOf(envelope.check))) throw new ReportCryptoError('wrong-key', 'the key check value does not match: another key, or a changed key part');
  const open = async (sealed: { iv: string; ciphertext: string }, part: string): Promise<Uint8Array> => {
    const iv = bytesOf(sealed.iv);
    if (iv.length !== 12) throw new ReportCryptoError('invalid-envelope', 'an iv is not 12 bytes');
    try {
      return new Uint8Array(await s.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(envelope, part) }, aes, bytesOf(sealed.ciphertext)));
    } catch (error) {
      if (error instanceof ReportCryptoError) throw error;
      throw new ReportCryptoError('tampered', `the ${part} does not decrypt: it was changed or damaged`);
    }
  };
  let payload: unknown;
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await open(envelope, 'payload'));
  try {
    payload = JSON.parse(text);
  } catch {
    throw new ReportCryptoError('invalid-envelope', 'the payload is not JSON');
  }
  const files: DecryptedReport['files'] = [];
  for (const file of envelope.files) files.push({ id: file.id, bytes: await open(file, `file|${file.id}`) });
  return { payload, files };
}
