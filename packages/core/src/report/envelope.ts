/**
 * The encrypted envelope's shape (types and constants only; the code is in crypto.ts, loaded on
 * demand). Every binary field is base64url without padding.
 *
 * - `ECDH-ES-P256-HKDF-SHA256-A256GCM`: an ephemeral P-256 key (`epk`) agrees a secret with the
 *   school's public key; HKDF-SHA-256 (with `salt`) turns it into the content key material.
 * - `RSA-OAEP-256-A256GCM`: random content key material, encrypted for the school's RSA key with
 *   RSA-OAEP and SHA-256 (`wrappedKey`).
 * In both, HKDF derives from that material the AES-256-GCM key and a key check value (`check`), so
 * a wrong key is told apart from a changed ciphertext. The report JSON and each file are encrypted
 * apart with their own 96-bit `iv`; the additional data binds each ciphertext to the envelope
 * version, algorithm, key id, report id and its part ("payload" or "file|<id>").
 */
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_ALGS = ['ECDH-ES-P256-HKDF-SHA256-A256GCM', 'RSA-OAEP-256-A256GCM'] as const;
export type EnvelopeAlg = (typeof ENVELOPE_ALGS)[number];

export interface EncryptedFile {
  id: string;
  iv: string;
  ciphertext: string;
}

interface EnvelopeCommon {
  v: typeof ENVELOPE_VERSION;
  /** The key id (`kid`) of the school's public key, when its JWK has one. */
  kid?: string;
  /** The report id (also the Idempotency-Key); bound into every ciphertext. */
  id: string;
  check: string;
  iv: string;
  ciphertext: string;
  files: EncryptedFile[];
}

export type EcdhEnvelope = EnvelopeCommon & {
  alg: 'ECDH-ES-P256-HKDF-SHA256-A256GCM';
  epk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  salt: string;
};
export type RsaEnvelope = EnvelopeCommon & { alg: 'RSA-OAEP-256-A256GCM'; wrappedKey: string };
export type ReportEnvelope = EcdhEnvelope | RsaEnvelope;

/** A file to encrypt or a decrypted file: the attachment's id and its bytes. */
export interface ReportFile {
  id: string;
  bytes: Uint8Array;
}

export type ReportCryptoErrorCode =
  /** No WebCrypto: the page is not a secure context (HTTPS or localhost). */
  | 'insecure-context'
  /** The key is not JSON or not a JWK. */
  | 'invalid-key'
  /** A private key was given where the public key belongs (it holds `d`). */
  | 'private-key'
  /** Another key type, curve, algorithm or an RSA key under 2048 bits. */
  | 'unsupported-key'
  /** The private key does not belong to the public key the report was encrypted for. */
  | 'wrong-key'
  /** The right key, but a ciphertext, iv or the additional data was changed. */
  | 'tampered'
  /** Not an envelope of this version. */
  | 'invalid-envelope';

/** Every failure of encryptReport and decryptReport, with a code for the message (`crypto.<code>`). */
export class ReportCryptoError extends Error {
  override readonly name = 'ReportCryptoError';
  constructor(
    readonly code: ReportCryptoErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}
