import { formatEuros, formatList, formatNumber, formatPartialDate } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { CaoMessageKey } from '../i18n/messages/cao.nl.js';
import type { Translator } from '../i18n/translate.js';
import { eurosToCents } from '../money/money.js';
import type { Source } from '../sources/source.js';
import { amountsFor } from './filter.js';
import type { CaoRecord, ClauseAmount, EducationLevel } from './schema.js';
import { mayBeOutdated } from './staleness.js';

export interface SourceDescription {
  url?: string;
  title: string;
  publisher: string;
  figureDate: string;
  checked: string;
  confidence: string;
  mayBeOutdated: boolean;
}

export interface AmountDescription {
  levels: string;
  amount: string;
  hours: string;
  proration: string;
  /** Structured conditions in plain words (minimum length, exclusions). */
  conditions: string[];
  /** The source's own conditions and context, paraphrased. */
  explanation?: string;
  validity: string;
  source: SourceDescription;
}

/** A record in plain words for one language: what a user reads, with a source for every figure. */
export interface CaoDescription {
  name: string;
  sector: string;
  kind: string;
  article?: string;
  /** One line per amount for result lists, e.g. "mbo, hbo: € 400,00 per maand". */
  summary: string[];
  amounts: AmountDescription[];
  note?: string;
  /** Set when the sources checked show no clause. */
  noClause?: { text: string; hint: string; source: SourceDescription };
}

export interface DescribeOptions {
  locale: Locale;
  /** The lookup's messages in `locale` (see caoCatalog and loadMessages). */
  t: Translator<CaoMessageKey>;
  /** ISO day the figures are judged at (staleness). */
  referenceDate: string;
  level?: EducationLevel;
}

export function describeCao(record: CaoRecord, { locale, t, referenceDate, level }: DescribeOptions): CaoDescription {
  const date = (value: string) => formatPartialDate(value, locale);
  const describeSource = (source: Source, kind: 'amount' | 'none'): SourceDescription => ({
    ...(source.url ? { url: source.url } : {}),
    title: source.title,
    publisher: source.publisher,
    figureDate:
      source.figureDate === null
        ? t('figureDateUnknown')
        : t(kind === 'amount' ? 'figureDate' : 'figureDateNone', { date: date(source.figureDate) }),
    checked: t('checked', { date: date(source.checked) }),
    confidence: t('confidence', { level: t(`confidence.${source.confidence}` as CaoMessageKey) }),
    mayBeOutdated: kind === 'amount' && mayBeOutdated(source, referenceDate),
  });
  const levelsText = (amount: ClauseAmount) => formatList(amount.levels, locale);
  const amountText = (amount: ClauseAmount) =>
    amount.euros === null ? t('amountUnknown') : `${formatEuros(eurosToCents(amount.euros), locale)} ${t(`per.${amount.per}`)}`;

  const base = {
    name: record.name,
    sector: record.sector[locale],
    kind: t(`kind.${record.kind}`),
  };
  if (record.clause.status === 'none-found') {
    const checked = date(record.clause.source.checked);
    return {
      ...base,
      summary: [t('noClauseSummary')],
      amounts: [],
      ...(record.clause.note ? { note: record.clause.note[locale] } : {}),
      noClause: { text: t('noClause', { date: checked }), hint: t('noClauseHint'), source: describeSource(record.clause.source, 'none') },
    };
  }

  const amounts = amountsFor(record, level);
  const describeAmount = (amount: ClauseAmount): AmountDescription => {
    const { conditions, validity, proration } = amount;
    const conditionTexts: string[] = [];
    if (conditions.minMonths) conditionTexts.push(t('minMonths', { count: conditions.minMonths }));
    if (conditions.minTotalHours) conditionTexts.push(t('minTotalHours', { count: formatNumber(conditions.minTotalHours, locale) }));
    if (conditions.minHoursPerWeek) conditionTexts.push(t('minHoursPerWeek', { count: formatNumber(conditions.minHoursPerWeek, locale) }));
    if (conditions.excludedStageTypes.length)
      conditionTexts.push(t('excludedStageTypes', { list: formatList(conditions.excludedStageTypes.map((type) => t(`stageType.${type}`)), locale) }));
    if (conditions.excludedStudents.length)
      conditionTexts.push(t('excludedStudents', { list: formatList(conditions.excludedStudents.map((group) => t(`students.${group}`)), locale) }));

    let prorationText: string;
    switch (proration.rule) {
      case 'days-scale':
        prorationText = t('proration.days-scale', {
          steps: formatList(
            [...proration.steps]
              .sort((a, b) => b.minDays - a.minDays)
              .map((step) => t('prorationStep', { days: step.minDays, share: amount.euros === null ? `${Math.round(step.fraction * 100)}%` : formatEuros(Math.round(eurosToCents(amount.euros) * step.fraction), locale) })),
            locale,
          ),
        });
        break;
      case 'half-day':
        prorationText = t('proration.half-day', { hours: formatNumber(proration.thresholdHours, locale) });
        break;
      default:
        prorationText = t(`proration.${proration.rule}`);
    }

    let validityText = t('validUnknown');
    if (validity.from && validity.to) validityText = t('validFromTo', { from: date(validity.from), to: date(validity.to) });
    else if (validity.from) validityText = t('validFrom', { from: date(validity.from) });
    else if (validity.to) validityText = t('validTo', { to: date(validity.to) });
    if (validity.note) validityText += `. ${validity.note[locale]}`;

    return {
      levels: levelsText(amount),
      amount: amountText(amount),
      hours: amount.hoursPerWeek === null ? t('hoursBasisUnknown') : t('hoursBasis', { hours: formatNumber(amount.hoursPerWeek, locale) }),
      proration: prorationText,
      conditions: conditionTexts,
      ...(conditions.note ? { explanation: conditions.note[locale] } : {}),
      validity: validityText,
      source: describeSource(amount.source, 'amount'),
    };
  };

  return {
    ...base,
    ...(record.clause.article ? { article: record.clause.article } : {}),
    summary: amounts.length
      ? amounts.map((amount) =>
          amount.euros === null
            ? t('amountUnknownLine', { levels: levelsText(amount) })
            : t('amountLine', { levels: levelsText(amount), amount: formatEuros(eurosToCents(amount.euros), locale), per: t(`per.${amount.per}`) }),
        )
      : [t('notForLevel', { level: level ?? '' })],
    amounts: amounts.map(describeAmount),
    ...(record.clause.note ? { note: record.clause.note[locale] } : {}),
  };
}
