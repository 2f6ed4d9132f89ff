// Loaded only when something is wrong: most pages never need the validation wording.
import { translate, validationMessages, type Locale, type ValidationMessageKey } from '@stagekit/core';

export { describeIssue } from '@stagekit/core';

/** The words for one validation rule ("must be a number from 1 to 60"). */
export function describeRule(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const known = (key in validationMessages.nl ? key : 'other') as ValidationMessageKey;
  return translate(validationMessages, locale, known, { minimum: '', maximum: '', values: '', keys: '', ...params });
}
