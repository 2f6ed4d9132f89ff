import { agreementFromFile, agreementToFile, type AgreementFileResult } from './file.js';
import { SHARE_KEY, type Agreement } from './model.js';

/**
 * A share link carries the whole agreement file in the URL fragment (`#stagekit-agreement=…`),
 * which browsers never send to a server. The file is deflated (CompressionStream, in every current
 * engine) to fit more; links longer than MAX_SHARE_URL_LENGTH break in mail and chat programs, and
 * then the file is the way to share.
 */
export { SHARE_KEY };
export const MAX_SHARE_URL_LENGTH = 8000;

/** The first letter of the payload says how it is packed: z = deflate-raw, j = plain JSON. */
const DEFLATED = 'z';
const PLAIN = 'j';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The share link for a page address, or undefined when it would be too long. */
export async function shareUrl(pageUrl: string, agreement: Agreement): Promise<string | undefined> {
  const base = pageUrl.split('#')[0];
  const json = new TextEncoder().encode(JSON.stringify(agreementToFile(agreement)));
  const payload = canCompress() ? DEFLATED + toBase64Url(await through(json, new CompressionStream('deflate-raw'))) : PLAIN + toBase64Url(json);
  const url = `${base}#${SHARE_KEY}${payload}`;
  return url.length <= MAX_SHARE_URL_LENGTH ? url : undefined;
}

/** The agreement in a fragment, checked like a file; undefined when the fragment has none. */
export async function readShareFragment(hash: string): Promise<AgreementFileResult | undefined> {
  const at = hash.indexOf(SHARE_KEY);
  if (at < 0) return undefined;
  const payload = hash.slice(at + SHARE_KEY.length);
  try {
    if (payload.length > MAX_SHARE_URL_LENGTH) return { ok: false, problem: { kind: 'too-large', maximum: MAX_SHARE_URL_LENGTH } };
    let bytes = fromBase64Url(payload.slice(1));
    if (payload.startsWith(DEFLATED)) bytes = await through(bytes, new DecompressionStream('deflate-raw'));
    else if (!payload.startsWith(PLAIN)) return { ok: false, problem: { kind: 'not-json' } };
    return agreementFromFile(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
}
