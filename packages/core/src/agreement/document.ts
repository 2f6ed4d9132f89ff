import { isValidIsoDate } from '../dates/partial-date.js';
import { formatEuros, formatList, formatNumber, formatPartialDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import type { AgreementMessageKey } from '../i18n/messages/agreement.nl.js';
import type { Translator } from '../i18n/translate.js';
import { eurosToCents } from '../money/money.js';
import type { Source } from '../sources/source.js';
import { AGREEMENT_STEPS, clauseFields, clausesFor, SIGNING_FIELDS, type ClauseStatus } from './catalogue.js';
import { clauseApplies, completeness, isMinorAtStart } from './completeness.js';
import { AGREEMENT_WEEKDAYS, fieldDefinition, fieldOptions, type FieldDefinition } from './fields.js';
import { fingerprint } from './fingerprint.js';
import { shiftsLiabilityToStudent } from './liability.js';
import { REGIMES, type Agreement } from './model.js';
import { AGREEMENT_SOURCES } from './sources.js';
import { isWeekdayList, readMoney, readWeekdays } from './values.js';

/**
 * The agreement as a document in one language: what the print view and the PDF both show, built
 * once so they cannot differ. Every filled field appears with its label; an empty clause says so.
 */
export interface DocumentLine {
  label: string;
  value: string;
}

export interface DocumentClause {
  id: string;
  number: number;
  title: string;
  status: ClauseStatus;
  statusLabel: string;
  lines: DocumentLine[];
  /** Fixed text of the clause (e.g. where to report), and warnings about what was written. */
  notes: string[];
  empty: boolean;
}

export interface DocumentSection {
  title: string;
  clauses: DocumentClause[];
}

export interface DocumentSignature {
  role: string;
  name: string;
}

export interface DocumentSource {
  number: number;
  text: string;
  url?: string;
}

export interface AgreementDocument {
  language: Locale;
  title: string;
  subtitle: string;
  versionLine: string;
  fingerprint: string;
  fingerprintLine: string;
  /** Set while a clause the law requires is still empty. */
  draftNotice?: string;
  intro: string;
  /** Said under a clause nobody filled in yet. */
  emptyClause: string;
  sections: DocumentSection[];
  signatureTitle: string;
  signingLine: string;
  signatures: DocumentSignature[];
  signatureLabels: { name: string; date: string; signature: string };
  sourcesTitle: string;
  sources: DocumentSource[];
  /** "Page {page} of {pages}" with the fingerprint: printed on every page. */
  pageFooter: (page: number, pages: number) => string;
}

export type DocumentTranslator = Translator<AgreementMessageKey>;

const allOptions = (field: FieldDefinition): string[] => REGIMES.flatMap((regime) => fieldOptions(field, regime));

/** A value as the document prints it: dates, money and choices in the document's language. */
export function displayValue(field: FieldDefinition | undefined, value: string, t: DocumentTranslator, locale: Locale): string {
  if (!field) return value;
  switch (field.kind) {
    case 'date':
      return isValidIsoDate(value) ? formatPartialDate(value, locale) : value;
    case 'money': {
      const euros = readMoney(value);
      return Number.isFinite(euros) ? formatEuros(eurosToCents(euros), locale) : value;
    }
    case 'number': {
      const number = parseDecimal(value);
      return Number.isFinite(number) ? formatNumber(number, locale) : value;
    }
    case 'choice':
      // Only the options have words; any other value (from a file or another regime) is shown as typed.
      return allOptions(field).includes(value) ? t(`option.${field.id}.${value}` as AgreementMessageKey) : value;
    case 'weekdays':
      // In week order, as the fingerprint reads them: the same content prints the same words.
      return isWeekdayList(value)
        ? formatList(AGREEMENT_WEEKDAYS.filter((day) => readWeekdays(value).includes(day)).map((day) => t(`weekday.${day}` as AgreementMessageKey)), locale)
        : value;
    case 'confirm':
      return value === 'yes' ? t('doc.agreed') : value;
    default:
      return value;
  }
}

function sourceText(source: Source, t: DocumentTranslator, locale: Locale): string {
  const date = source.figureDate ? formatPartialDate(source.figureDate, locale) : t('doc.noDate');
  return `${source.title}. ${source.publisher}. ${date}; ${t('doc.checked', { date: formatPartialDate(source.checked, locale) })}.`;
}

/** Builds the document in the agreement's document language (`t` speaks that language). */
export function buildDocument(agreement: Agreement, t: DocumentTranslator): AgreementDocument {
  const locale = agreement.documentLanguage;
  const { regime, fields } = agreement;
  const print = fingerprint(agreement);
  const sources: DocumentSource[] = [];
  const sourceNumbers = new Map<Source, number>();
  const cite = (source: Source) => {
    let number = sourceNumbers.get(source);
    if (!number) {
      number = sources.length + 1;
      sourceNumbers.set(source, number);
      sources.push({ number, text: sourceText(source, t, locale), url: source.url });
    }
    return number;
  };

  let number = 0;
  const sections: DocumentSection[] = [];
  for (const step of AGREEMENT_STEPS) {
    const clauses: DocumentClause[] = [];
    for (const clause of clausesFor(regime).filter((candidate) => candidate.step === step)) {
      if (!clauseApplies(clause, fields) && !clauseFields(clause, regime).some((id) => fields[id])) continue;
      const status = clause.status[regime]!;
      const lines = clauseFields(clause, regime)
        .filter((id) => (fields[id] ?? '').trim())
        .map((id) => ({ label: t(`field.${id}` as AgreementMessageKey), value: displayValue(fieldDefinition(id), fields[id]!, t, locale) }));
      const notes: string[] = [];
      if (clause.id === 'legal-position') notes.push(t('doc.legalPosition'));
      if (clause.id === 'complaints') notes.push(t(regime === 'mbo' ? 'doc.routesMbo' : 'doc.routesHigher'));
      if (clause.id === 'termination' && regime === 'mbo') notes.push(t('doc.replacementMbo'));
      if (clause.id === 'insurance-liability' && shiftsLiabilityToStudent(fields['liability.terms'] ?? '')) notes.push(t('doc.liabilityFlag'));
      const citations = clause.sources.map((id) => cite(AGREEMENT_SOURCES[id])).join(', ');
      number += 1;
      clauses.push({
        id: clause.id,
        number,
        title: t(`clause.${clause.id}` as AgreementMessageKey),
        status,
        statusLabel: `${t(`status.${status}` as AgreementMessageKey)} [${citations}]`,
        lines,
        notes,
        empty: lines.length === 0,
      });
    }
    if (clauses.length) sections.push({ title: t(`step.${step}` as AgreementMessageKey), clauses });
  }
  // Figures brought in from other widgets (the CAO's minimum) keep their sources.
  for (const source of agreement.sources ?? []) cite(source);

  const signatures: DocumentSignature[] = [
    { role: t('doc.signStudent'), name: fields['student.name'] ?? '' },
    ...(isMinorAtStart(fields) || fields['guardian.name'] ? [{ role: t('doc.signGuardian'), name: fields['guardian.name'] ?? '' }] : []),
    { role: t('doc.signSchool'), name: fields['school.representative'] ?? fields['school.name'] ?? '' },
    { role: t('doc.signCompany'), name: fields['company.representative'] ?? fields['company.name'] ?? '' },
  ];
  const [placeId, dateId] = SIGNING_FIELDS;
  const place = fields[placeId] ?? '';
  const date = fields[dateId] ? displayValue(fieldDefinition(dateId), fields[dateId], t, locale) : '';
  const fingerprintLine = t('doc.fingerprint', { fingerprint: print });
  return {
    language: locale,
    title: t(regime === 'mbo' ? 'doc.titleMbo' : 'doc.titleHigher'),
    subtitle: t(`regime.${regime}` as AgreementMessageKey),
    versionLine: t('doc.version', { version: agreement.version }),
    fingerprint: print,
    fingerprintLine,
    draftNotice: completeness(regime, fields).lawComplete ? undefined : t('doc.draft'),
    intro: t('doc.intro'),
    emptyClause: t('doc.empty'),
    sections,
    signatureTitle: t('doc.signatures'),
    signingLine: t('doc.signedAt', { place: place || '…………', date: date || '…………' }),
    signatures,
    signatureLabels: { name: t('doc.signName'), date: t('doc.signDate'), signature: t('doc.signSignature') },
    sourcesTitle: t('doc.sources'),
    sources,
    pageFooter: (page, pages) => `${t('doc.page', { page, pages })} · ${fingerprintLine}`,
  };
}
