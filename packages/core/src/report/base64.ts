/**
 * base64url without padding (RFC 4648 §5), the encoding of every binary field in the report wire
 * format and the envelope. Uses the engine's `Uint8Array.prototype.toBase64` where it exists (recent
 * browsers), else `btoa` in chunks: both are fast enough for 20 MB of attachments.
 */
type WithBase64 = Uint8Array & { toBase64?: (options: { alphabet: 'base64url'; omitPadding: boolean }) => string };
type Uint8ArrayWithFrom = typeof Uint8Array & { fromBase64?: (text: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => Uint8Array };

const CHUNK = 0x8000;
export const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes, { alphabet: 'base64url', omitPadding: true });
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws a `TypeError` on anything that is not base64url (no padding, no whitespace). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL_PATTERN.test(text) || text.length % 4 === 1) throw new TypeError('not base64url');
  const native = (Uint8Array as Uint8ArrayWithFrom).fromBase64;
  if (typeof native === 'function') return native(text, { alphabet: 'base64url', lastChunkHandling: 'loose' }) as Uint8Array<ArrayBuffer>;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The length of the base64url text (no padding) for a number of bytes. */
export function base64UrlLength(byteCount: number): number {
  const rest = byteCount % 3;
  return Math.floor(byteCount / 3) * 4 + (rest ? rest + 1 : 0);
}
