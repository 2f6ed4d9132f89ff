import type { Locale } from '../i18n/locale.js';
import type { ReportMessageKey } from '../i18n/messages/report.nl.js';
import { validationMessages, type ValidationMessageKey } from '../i18n/messages/validation.js';
import { formatMessage, type Messages } from '../i18n/translate.js';
import { REPORT_RULES, type ReportRule } from './model.js';

/**
 * The words for a problem found by validateReport or parseReportWire ("moet ingevuld zijn"): the
 * report's own rules from the report messages (`rule.<key>`), shared ones from the validation
 * catalogue. The form puts the field's label in front.
 */
export function reportProblemText(
  issue: { key: string; params?: Readonly<Record<string, string | number>> },
  messages: Messages<ReportMessageKey>,
  locale: Locale,
): string {
  const params = { minimum: '', maximum: '', values: '', keys: '', ...(issue.params ?? {}) };
  if ((REPORT_RULES as readonly string[]).includes(issue.key)) return formatMessage(messages[`rule.${issue.key as ReportRule}`], locale, params);
  const key = (issue.key in validationMessages.nl ? issue.key : 'other') as ValidationMessageKey;
  return formatMessage(validationMessages[locale][key], locale, params);
}
