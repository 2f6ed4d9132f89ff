import { COMPENSATION_FIELDS, type FieldValues } from '@stagekit/core';

/**
 * A check can be shared as a link: its answers travel in the URL fragment (`#stagekit-check=…`),
 * which browsers never send to a server.
 */
const KEY = 'stagekit-check=';

export function shareFragment(values: FieldValues): string {
  const params = new URLSearchParams();
  for (const field of COMPENSATION_FIELDS) {
    const value = values[field];
    if (value) params.set(field, value);
  }
  return `#${KEY}${encodeURIComponent(params.toString())}`;
}

/** The answers in a fragment; unknown names are ignored, anything malformed gives nothing. */
export function readSharedFields(hash: string): FieldValues {
  const at = hash.indexOf(KEY);
  if (at < 0) return {};
  try {
    const params = new URLSearchParams(decodeURIComponent(hash.slice(at + KEY.length)));
    const values: FieldValues = {};
    for (const field of COMPENSATION_FIELDS) {
      const value = params.get(field);
      if (value !== null && value.length <= 200) values[field] = value;
    }
    return values;
  } catch {
    return {};
  }
}
