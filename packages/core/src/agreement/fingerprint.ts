import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fieldDefinition } from './fields.js';
import type { Agreement } from './model.js';
import { canonicalText, canonicalValue } from './values.js';

/**
 * The canonical content of an agreement: regime, version, the filled fields and imported sources, each in its
 * canonical spelling, keys sorted, as compact JSON. Key order, whitespace and the document's
 * language do not change it; any change of content does.
 */
export function canonicalContent(content: FingerprintedContent): string {
  const fields: Record<string, string> = {};
  for (const id of Object.keys(content.fields).sort()) {
    const value = canonicalValue(fieldDefinition(id), content.fields[id] ?? '');
    if (value) fields[id] = value;
  }
  // Imported sources are printed in the document's appendix, so they are content too.
  const sources = (content.sources ?? []).map((source) =>
    [source.title, source.publisher, source.figureDate ?? '', source.checked, source.url ?? ''].map((part) => canonicalText(part)),
  );
  return JSON.stringify(sources.length ? { fields, regime: content.regime, sources, version: content.version } : { fields, regime: content.regime, version: content.version });
}

export type FingerprintedContent = Pick<Agreement, 'regime' | 'version' | 'fields' | 'sources'>;

/**
 * SHA-256 of the canonical content, as 64 lower-case hex digits. Computed in plain JavaScript
 * (@noble/hashes), so it is the same in Node and on pages without a secure context, where
 * WebCrypto is missing.
 */
export function fingerprint(content: FingerprintedContent): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalContent(content))));
}
