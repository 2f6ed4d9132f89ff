// Loaded only when something is wrong: most pages never need the validation wording.
import { formatNumber, translate, validationMessages, type Locale, type OwnRuleWords, type ValidationMessageKey } from '@stagekit/core';

export { describeIssue } from '@stagekit/core';

/** The words for one validation rule ("must be a number from 1 to 60"); a widget's own rules first. */
export function describeRule(key: string, locale: Locale, params: Record<string, string | number> = {}, ownWords?: OwnRuleWords): string {
  // Numbers as the reader writes them: "0,5" in Dutch.
  const formatted = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, locale) : value]));
  const all = { minimum: '', maximum: '', values: '', keys: '', ...formatted };
  if (!(key in validationMessages.nl)) {
    const own = ownWords?.(key, all);
    if (own !== undefined) return own;
  }
  const known = (key in validationMessages.nl ? key : 'other') as ValidationMessageKey;
  return translate(validationMessages, locale, known, all);
}
