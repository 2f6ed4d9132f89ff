import { formatDateTime, formatList, formatNumber, formatPartialDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { ReportMessageKey } from '../i18n/messages/report.nl.js';
import { translator, type Messages } from '../i18n/translate.js';
import type { AttachmentMeta, Report } from './model.js';
import type { ReportStatus } from './outbox.js';

/**
 * The plain-text copy of a report: for "copy text" (to paste into another body's form), the body of
 * the prefilled e-mail, and the receipt the reporter keeps (the element also prints it). Plain text
 * only: what the reporter typed is copied as typed, never interpreted.
 */
export interface ReportTextOptions {
  /** The report id. */
  id: string;
  /** When it was made (ISO). */
  created: string;
  /** The school's reference, when it gave one. */
  reference?: string;
  status?: ReportStatus;
  /** The meldpunt's name, when sent. */
  sentTo?: string;
  attachments?: readonly AttachmentMeta[];
  /** For the time of `created`; default Europe/Amsterdam. */
  timeZone?: string;
}

export function formatFileSize(bytes: number, locale: Locale, messages: Messages<ReportMessageKey>): string {
  const t = translator(messages, locale);
  if (bytes < 1024) return t('text.size.bytes', { size: formatNumber(bytes, locale) });
  if (bytes < 1024 * 1024) return t('text.size.kb', { size: formatNumber(Math.round((bytes / 1024) * 10) / 10, locale) });
  return t('text.size.mb', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale) });
}

export function formatCreated(created: string, locale: Locale, timeZone = 'Europe/Amsterdam'): string {
  const date = new Date(created);
  if (Number.isNaN(date.getTime())) return created;
  return formatDateTime(date, locale, timeZone);
}

export function reportText(report: Report, messages: Messages<ReportMessageKey>, locale: Locale, options: ReportTextOptions): string {
  const t = translator(messages, locale);
  const lines: string[] = [t('text.title'), '='.repeat(t('text.title').length), ''];
  const line = (label: ReportMessageKey, value: string | undefined) => lines.push(`${t(label)}: ${value ?? t('text.notGiven')}`);
  const block = (label: ReportMessageKey, value: string | undefined) => {
    lines.push('', `${t(label)}:`, value ?? t('text.notGiven'));
  };

  line('text.reference', options.reference ?? options.id);
  line('text.created', formatCreated(options.created, locale, options.timeZone));
  if (options.status) line('text.status', t(`status.${options.status}`));
  if (options.sentTo) line('text.sentTo', options.sentTo);
  lines.push('');
  line('text.type', t(`type.${report.type}`));
  if (report.type === 'discrimination') line('text.grounds', formatList(report.grounds.map((ground) => t(`ground.${ground}`)), locale));
  else line('text.kinds', formatList(report.kinds.map((kind) => t(`kind.${kind}`)), locale));
  if (report.otherDetail) line('text.otherDetail', report.otherDetail);
  line('text.situation', t(`situation.${report.situation}`));
  if (report.level) line('text.level', t(`level.${report.level}`));
  line('text.reporter', t(`reporter.${report.reporter}`));
  const when = [report.when?.date ? formatPartialDate(report.when.date, locale) : undefined, report.when?.description].filter(Boolean).join(', ');
  line('text.when', when || undefined);
  line('text.where', report.where);
  line('text.company', report.company ? [report.company.name, report.company.location].filter(Boolean).join(', ') : undefined);
  block('text.whatHappened', report.whatHappened);
  if (report.witnesses) block('text.witnesses', report.witnesses);
  lines.push('');
  line('text.wishes', formatList(report.wishes.map((wish) => t(`wish.${wish}`)), locale));
  if (report.contact.anonymous) line('text.contact', t('text.anonymous'));
  else {
    lines.push(`${t('text.contact')}:`);
    if (report.contact.name) lines.push(`  ${t('text.name')}: ${report.contact.name}`);
    if (report.contact.email) lines.push(`  ${t('text.email')}: ${report.contact.email}`);
    if (report.contact.phone) lines.push(`  ${t('text.phone')}: ${report.contact.phone}`);
  }
  if (report.prefill) line('text.prefill', formatList(report.prefill.verdicts.map((verdict) => t(`prefill.${verdict}`)), locale));
  const attachments = options.attachments ?? [];
  if (!attachments.length) line('text.attachments', t('text.noAttachments'));
  else {
    lines.push(`${t('text.attachments')}:`);
    for (const file of attachments) {
      lines.push(`  - ${file.name} (${formatFileSize(file.size, locale, messages)}; SHA-256 ${file.sha256})`, `    ${t(`metadata.${file.metadata}`)}`);
    }
  }
  lines.push('', t('text.footer'));
  return lines.join('\n');
}
