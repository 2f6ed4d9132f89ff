/**
 * A prefilled e-mail to the school's meldpunt (`meldpunt-email`), for when there is no endpoint. Mail
 * programs and browsers cut or refuse long mailto: links (limits of about 2,000 characters are
 * common), so the whole URL is kept within `maxLength` (default 1,800 characters, encoded): a body
 * that does not fit is cut at a line or word break and ends with a note saying so (use "copy text"
 * for the rest). Line breaks are written as CRLF (%0D%0A), as RFC 6068 asks.
 *
 * The element must say that an e-mail is not anonymous (`mailto.notAnonymous`): it leaves from the
 * reporter's own address.
 */
export const MAILTO_MAX_LENGTH = 1800;

const EMAIL = /^[^\s@<>()?&#%"',;:\\]+@[^\s@<>()?&#%"',;:\\]+\.[^\s@<>()?&#%"',;:\\]{2,}$/;

export function isMailAddress(value: string): boolean {
  // No lone surrogate (\p{Cs} with the u flag): it cannot be written in a mailto: link (encodeURIComponent throws).
  return value.length <= 200 && EMAIL.test(value) && !/\p{Cs}/u.test(value);
}

const encode = (text: string) => encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));

export interface MailtoInput {
  to: string;
  subject: string;
  body: string;
  /** Appended after a cut body, on its own line. */
  truncatedNote: string;
  maxLength?: number;
}

export interface MailtoResult {
  url: string;
  truncated: boolean;
  /** Characters of the body kept (code points). */
  kept: number;
}

/** Undefined when `to` is not a plain e-mail address (the attribute is then reported as invalid). */
export function reportMailto(input: MailtoInput): MailtoResult | undefined {
  const to = input.to.trim();
  if (!isMailAddress(to)) return undefined;
  const max = input.maxLength ?? MAILTO_MAX_LENGTH;
  const head = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=`;
  let subject = Array.from(input.subject);
  const build = (subjectText: string, body: string) => `${head}${encode(subjectText)}&body=${encode(body)}`;
  const characters = Array.from(input.body);
  const full = build(input.subject, input.body);
  if (full.length <= max) return { url: full, truncated: false, kept: characters.length };

  const withNote = (count: number) => {
    const kept = characters.slice(0, count).join('').trimEnd();
    return `${kept}${kept ? '\n\n' : ''}${input.truncatedNote}`;
  };
  // A subject so long that not even the note fits: shorten the subject first.
  while (subject.length > 0 && build(subject.join(''), withNote(0)).length > max) subject = subject.slice(0, Math.max(0, subject.length - 10));
  const subjectText = subject.join('');
  // The longest prefix of the body that fits (binary search over code points; encoding grows with the text).
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (build(subjectText, withNote(middle)).length <= max) low = middle;
    else high = middle - 1;
  }
  // Prefer to cut at a line break or a space, if one is near.
  let cut = low;
  for (let i = low; i > Math.max(0, low - 80); i--) {
    if (/\s/.test(characters[i - 1] ?? '') || /\s/.test(characters[i] ?? '')) {
      cut = i;
      break;
    }
  }
  const url = build(subjectText, withNote(cut));
  return { url: url.length <= max ? url : build(subjectText, withNote(low)), truncated: true, kept: cut };
}
