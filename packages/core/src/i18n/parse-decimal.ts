/**
 * A number as people type it in Dutch or English: "32", "32,5" and "32.5" are all read; anything
 * else (units, words, spaces inside) is NaN, so the caller can say what is wrong.
 * `maxCommaDecimals` guards against an English thousands separator: for money (2) "1,000" is no
 * number rather than one euro. A dot is a decimal point, except before exactly three digits.
 */
export function parseDecimal(text: string, maxCommaDecimals = Number.POSITIVE_INFINITY): number {
  const trimmed = text.trim();
  const match = /^(-?\d+)(?:([.,])(\d+))?$/.exec(trimmed);
  if (!match || (match[2] === ',' && (match[3]?.length ?? 0) > maxCommaDecimals)) return Number.NaN;
  // "1.000" is a thousand to a Dutch reader and one to an English one: refused, never guessed.
  if (match[2] === '.' && match[3]?.length === 3) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}
