const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const ASCII = /^[\x00-\x7f]*$/;
const NON_WORD_ASCII = /[^a-z0-9]+/g;

/** Lower case, diacritics removed, punctuation folded to single spaces: "Café-Ëten" → "cafe eten". */
export function normalizeText(text: string): string {
  // Most text is plain ASCII: no decomposition, and a cheaper pattern than Unicode classes.
  if (ASCII.test(text)) return text.toLowerCase().replace(NON_WORD_ASCII, ' ').trim();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/**
 * The words of a text, normalized as by normalizeText. Plain ASCII (most text) takes one pass over
 * the characters; anything else goes through Unicode decomposition first.
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code > 127) return tokenizeUnicode(text);
    const isWordCharacter = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordCharacter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

function tokenizeUnicode(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized ? normalized.split(' ') : [];
}
