import type { $ZodIssue } from 'zod/v4/core';
import type { Locale } from './locale.js';
import { validationMessages, type ValidationMessageKey } from './messages/validation.js';
import { translate } from './translate.js';

/** "clause.amounts[0].euros": the place of a problem in a file, as a dataset editor would look for it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

function isKey(key: string): key is ValidationMessageKey {
  return key in validationMessages.nl;
}

/**
 * For a value that fits none of a union's forms, the form it came closest to (fewest problems)
 * tells the editor more than "fits none": `{ status: 'found', amounts: [{ euros: -1 }] }` is a
 * found clause with a negative amount, not a broken "none-found" clause.
 */
function closestIssue(issue: $ZodIssue): $ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const branch = issue.errors.reduce((best, errors) => (errors.length < best.length ? errors : best));
  const inner = branch[0];
  return inner ? closestIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/**
 * Words for a rule that only one widget has (e.g. the agreement's e-mail rule): the widget keeps them
 * in its own messages, so the shared validation catalogue, which every widget downloads, stays small.
 */
export type OwnRuleWords = (key: string, params: Readonly<Record<string, string | number>>) => string | undefined;

/** Only the problem of an issue ("moet een getal zijn van 1 tot en met 60"), for a message next to its field. */
export function describeProblem(rawIssue: $ZodIssue, locale: Locale, ownWords?: OwnRuleWords): string {
  const issue = closestIssue(rawIssue);
  const details = { ...(issue as unknown as Record<string, unknown>), ...((issue as { params?: Record<string, unknown> }).params ?? {}) };
  const params = {
    minimum: String(details.minimum ?? ''),
    maximum: String(details.maximum ?? ''),
    values: Array.isArray(details.values) ? details.values.join(', ') : '',
    keys: Array.isArray(details.keys) ? details.keys.join(', ') : '',
  };
  if (!isKey(issue.message)) {
    const own = ownWords?.(issue.message, params);
    if (own !== undefined) return own;
  }
  const key = isKey(issue.message) ? issue.message : isKey(issue.code) ? issue.code : 'other';
  return translate(validationMessages, locale, key, params);
}

/**
 * A zod issue in the user's language. Rules carry a message key (e.g. 'whole-cents'), so the
 * wording lives here, apart from the rules themselves.
 */
export function describeIssue(rawIssue: $ZodIssue, locale: Locale, ownWords?: OwnRuleWords): string {
  const issue = closestIssue(rawIssue);
  const problem = describeProblem(issue, locale, ownWords);
  const field = formatIssuePath(issue.path);
  return field ? translate(validationMessages, locale, 'issue-at', { field, problem }) : translate(validationMessages, locale, 'issue-root', { problem });
}
