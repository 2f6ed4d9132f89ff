// Loaded only when something is wrong: most pages never need the validation wording.
import { formatNumber, translate, validationMessages, type Locale, type ValidationMessageKey } from '@stagekit/core';

export { describeIssue } from '@stagekit/core';

/** The words for one validation rule ("must be a number from 1 to 60"). */
export function describeRule(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const known = (key in validationMessages.nl ? key : 'other') as ValidationMessageKey;
  // Numbers as the reader writes them: "0,5" in Dutch.
  const formatted = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, locale) : value]));
  return translate(validationMessages, locale, known, { minimum: '', maximum: '', values: '', keys: '', ...formatted });
}
