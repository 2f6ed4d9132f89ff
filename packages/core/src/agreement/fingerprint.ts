import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fieldDefinition } from './fields.js';
import type { AgreementFields, Regime } from './model.js';
import { canonicalValue } from './values.js';

/**
 * The canonical content of an agreement: regime, version and the filled fields, each in its
 * canonical spelling, keys sorted, as compact JSON. Key order, whitespace and the document's
 * language do not change it; any change of content does.
 */
export function canonicalContent(content: { regime: Regime; version: number; fields: AgreementFields }): string {
  const fields: Record<string, string> = {};
  for (const id of Object.keys(content.fields).sort()) {
    const value = canonicalValue(fieldDefinition(id), content.fields[id] ?? '');
    if (value) fields[id] = value;
  }
  return JSON.stringify({ fields, regime: content.regime, version: content.version });
}

/**
 * SHA-256 of the canonical content, as 64 lower-case hex digits. Computed in plain JavaScript
 * (@noble/hashes), so it is the same in Node and on pages without a secure context, where
 * WebCrypto is missing.
 */
export function fingerprint(content: { regime: Regime; version: number; fields: AgreementFields }): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalContent(content))));
}
