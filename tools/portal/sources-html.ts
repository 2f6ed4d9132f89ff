import { readFileSync } from 'node:fs';
import type { PortalLanguage } from '../../portal/site/pages.ts';
import { AGREEMENT_SOURCES } from '../../packages/core/src/agreement/sources.ts';
import { describeCao } from '../../packages/core/src/cao/describe.ts';
import type { CaoRecord, ClauseAmount, LocalText } from '../../packages/core/src/cao/schema.ts';
import type { CompensationRules } from '../../packages/core/src/compensation/rules.ts';
import { formatEuros, formatList, formatNumber, formatPartialDate } from '../../packages/core/src/i18n/format.ts';
import { caoMessagesEn } from '../../packages/core/src/i18n/messages/cao.en.ts';
import { caoMessagesNl, type CaoMessageKey } from '../../packages/core/src/i18n/messages/cao.nl.ts';
import { reportMessagesEn } from '../../packages/core/src/i18n/messages/report.en.ts';
import { reportMessagesNl, type ReportMessageKey } from '../../packages/core/src/i18n/messages/report.nl.ts';
import { formatMessage, translator, type Messages } from '../../packages/core/src/i18n/translate.ts';
import { eurosToCents } from '../../packages/core/src/money/money.ts';
import { ROUTE_IDS, ROUTES, type RouteDefinition, type RouteId } from '../../packages/core/src/report/routing.ts';
import { REPORT_SOURCES } from '../../packages/core/src/report/sources.ts';
import { SCHEDULE_RULES, type ScheduleRule } from '../../packages/core/src/schedule/rules.ts';
import type { Source } from '../../packages/core/src/sources/source.ts';

/**
 * The Sources page's list (`<!-- stagekit:sources -->`), built at build time from the kit's own data:
 * every figure a widget can show, grouped by dataset, each with its source (link text: the source's
 * title), the date the figure refers to and the date it was checked; "niet bekend" / "unknown" where
 * the data says unknown. Pure string building: every text from the data is escaped.
 *
 * Deep links (the same ids in both languages): #cao-dataset and one id per record (its own id, e.g.
 * #cao-umc), #minimum-wage and #minimum-wage-<from>, #legal-right, #averages, #report-routes and
 * #route-<id>, #agreement-sources and #agreement-<source id>, #schedule-rules.
 */

/** The bundled CAO dataset file, as the widgets read it (trusted: the tests validate every record). */
export interface CaoDatasetFile {
  version: string;
  date: string;
  title?: LocalText;
  records: CaoRecord[];
}

/** Everything the page lists; `loadSourcesData()` reads the kit's own, tests may pass their own. */
export interface SourcesData {
  cao: CaoDatasetFile;
  rules: CompensationRules;
  routes: Readonly<Record<RouteId, RouteDefinition>>;
  reportSources: Readonly<Record<string, Source>>;
  agreementSources: Readonly<Record<string, Source>>;
  scheduleRules: Readonly<Record<string, ScheduleRule>>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../packages/core/data/${file}`, import.meta.url), 'utf8'));

/** The kit's data: the JSON datasets of packages/core/data and the sourced constants of core (read each time: the dev server shows edits at once). */
export function loadSourcesData(): SourcesData {
  return {
    cao: readJson('cao-dataset.json') as CaoDatasetFile,
    rules: readJson('compensation-rules.json') as CompensationRules,
    routes: ROUTES,
    reportSources: REPORT_SOURCES,
    agreementSources: AGREEMENT_SOURCES,
    scheduleRules: SCHEDULE_RULES,
  };
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const TEXT = {
  nl: {
    toc: 'Op deze pagina',
    unknown: 'niet bekend',
    source: 'Bron',
    sources: 'Bronnen',
    noLink: 'geen link beschikbaar',
    figureDate: 'Datum van het cijfer',
    infoDate: 'Datum van de informatie',
    checked: 'Gecontroleerd',
    confidence: 'Betrouwbaarheid',
    caoIntro: (version: string, date: string, count: number, found: number) =>
      `Versie ${version}, van ${date}. ${count} cao's en regelingen. In ${found} daarvan vonden we een regeling voor stagevergoeding. Bij elk bedrag staat de bron, de datum van het bedrag en wanneer wij het hebben gecontroleerd.`,
    amount: 'Bedrag',
    hours: 'Uren per week waar het bedrag bij hoort',
    hoursValue: (hours: string) => `${hours} uur per week`,
    stale: 'Let op',
    noneFoundTitle: 'Geen regeling gevonden',
    noneFoundIntro: (date: string) =>
      `In deze cao's vonden we geen regeling voor stagevergoeding, in de bronnen die we in ${date} controleerden. Dat is geen bewijs dat er geen regeling is: kijk in de tekst van de cao.`,
    noneFoundCaption: "Cao's zonder gevonden regeling",
    caoName: 'Cao',
    sector: 'Sector',
    wageTitle: 'Wettelijk minimumloon',
    wageIntro: (months: number) =>
      `Het minimumloon is een bedrag per uur, bruto. Het hangt af van je leeftijd. Het bedrag verandert elke ${months} maanden. Bij een echte stage heb je geen recht op het minimumloon. Stagekit gebruikt het om te vergelijken, en om te zien of je "stage" misschien gewoon werk is.`,
    wageIndexation: 'Bron voor hoe vaak het bedrag verandert',
    wageNewer: (date: string) => `Een bedrag van na de periode vanaf ${date} staat niet in onze gegevens: niet bekend.`,
    wageFrom: (date: string) => `Vanaf ${date}`,
    wageCaption: (date: string) => `Minimumloon per uur, bruto, vanaf ${date}`,
    age: 'Leeftijd',
    hourly: 'Per uur',
    hourlyBbl: 'Per uur, met een arbeidscontract bij een bbl-opleiding',
    ageLabel: (age: number) => (age >= 21 ? '21 jaar en ouder' : `${age} jaar`),
    bblSame: 'zelfde als per uur',
    rightTitle: 'Wettelijk recht op stagevergoeding',
    rightIntro: 'Er is een plan voor een wettelijk recht op een stagevergoeding. Zo staat het in onze gegevens:',
    status: 'Status',
    statusText: { proposal: 'Voorstel, nog geen wet', bill: 'Wetsvoorstel, nog geen wet', law: 'Wet' },
    inForce: 'Geldt vanaf',
    minimumAmount: 'Wettelijk minimumbedrag',
    noMinimum: 'Geen: het plan noemt geen minimumbedrag in de wet. De hoogte spreken sectoren en cao’s af.',
    orientationLimit: 'Korte snuffelstages doen niet mee, tot',
    weeks: (weeks: string) => `${weeks} weken`,
    notSet: 'nog niet vastgesteld (niet bekend)',
    expected: 'Verwacht',
    averagesTitle: 'Gemiddelde stagevergoedingen',
    averagesIntro: 'Ter vergelijking: wat studenten gemiddeld krijgen, per maand. Dit is geen recht.',
    averagesCaption: 'Gemiddelde stagevergoeding per maand',
    level: 'Niveau',
    perMonth: 'Per maand',
    year: 'Jaar',
    routesTitle: 'Waar je kunt melden',
    routesIntro:
      'Wat het meldformulier zegt over elke plek waar je kunt melden, met de bronnen. Wat onze bronnen niet zeggen, staat er als "niet bekend".',
    canDo: 'Wat deze plek kan doen:',
    agreementTitle: 'Stageovereenkomst',
    agreementIntro: 'Waar de onderdelen van de stageovereenkomst vandaan komen: de wet, het wetsvoorstel en goede voorbeelden.',
    scheduleTitle: 'Stage plannen',
    scheduleIntro: 'De getallen waar de planner mee controleert. Het zijn adviezen, geen wet.',
    scheduleRule: {
      maxWeekHours: (value: string) => `Meer dan ${value} uur in een week: de planner vraagt je dat te controleren.`,
      contactMoments: (value: string) => `Minstens ${value} contactmomenten per stage, tussen jou, je school en het bedrijf.`,
      contactWindowDays: (value: string) => `Het startgesprek valt in de eerste ${value} dagen, het eindgesprek in de laatste ${value} dagen.`,
    } as Record<string, (value: string) => string>,
    scheduleOther: (key: string, value: string) => `${key}: ${value}`,
    holidays: 'De feestdagen rekent de planner voor elk jaar zelf uit. Of Goede Vrijdag en Bevrijdingsdag (5 mei) vrije dagen zijn, kies je zelf in de planner.',
  },
  en: {
    toc: 'On this page',
    unknown: 'unknown',
    source: 'Source',
    sources: 'Sources',
    noLink: 'no link available',
    figureDate: 'Date of the figure',
    infoDate: 'Date of the information',
    checked: 'Checked',
    confidence: 'Reliability',
    caoIntro: (version: string, date: string, count: number, found: number) =>
      `Version ${version}, of ${date}. ${count} CAOs and regulations. In ${found} of them we found an internship-compensation clause. Every amount has its source, the date of the amount and when we checked it.`,
    amount: 'Amount',
    hours: 'Hours a week the amount is for',
    hoursValue: (hours: string) => `${hours} hours a week`,
    stale: 'Note',
    noneFoundTitle: 'No clause found',
    noneFoundIntro: (date: string) =>
      `In these CAOs we found no internship-compensation clause, in the sources we checked in ${date}. That does not prove there is none: read the text of the CAO.`,
    noneFoundCaption: 'CAOs without a clause found',
    caoName: 'CAO',
    sector: 'Sector',
    wageTitle: 'Statutory minimum wage',
    wageIntro: (months: number) =>
      `The minimum wage is an amount per hour, gross. It depends on your age. The amount changes every ${months} months. In a genuine internship you have no right to the minimum wage. Stagekit uses it to compare, and to see whether your "internship" may really be a job.`,
    wageIndexation: 'Source for how often the amount changes',
    wageNewer: (date: string) => `An amount for after the period from ${date} is not in our data: unknown.`,
    wageFrom: (date: string) => `From ${date}`,
    wageCaption: (date: string) => `Minimum wage per hour, gross, from ${date}`,
    age: 'Age',
    hourly: 'Per hour',
    hourlyBbl: 'Per hour, with an employment contract in a bbl programme',
    ageLabel: (age: number) => (age >= 21 ? '21 and older' : `${age}`),
    bblSame: 'same as per hour',
    rightTitle: 'Legal right to internship compensation',
    rightIntro: 'There is a plan for a legal right to internship compensation. This is what our data says:',
    status: 'Status',
    statusText: { proposal: 'Proposal, not yet law', bill: 'Bill, not yet law', law: 'Law' },
    inForce: 'Applies from',
    minimumAmount: 'Statutory minimum amount',
    noMinimum: 'None: the plan sets no minimum amount in the law. Sectors and CAOs agree on the amount.',
    orientationLimit: 'Short orientation internships are left out, up to',
    weeks: (weeks: string) => `${weeks} weeks`,
    notSet: 'not set yet (unknown)',
    expected: 'Expected',
    averagesTitle: 'Average internship compensation',
    averagesIntro: 'For comparison: what students get on average, per month. This is not a right.',
    averagesCaption: 'Average internship compensation per month',
    level: 'Level',
    perMonth: 'Per month',
    year: 'Year',
    routesTitle: 'Where to report',
    routesIntro: 'What the report form says about each place where you can report, with its sources. What our sources do not say is shown as "unknown".',
    canDo: 'What it can do:',
    agreementTitle: 'Internship agreement',
    agreementIntro: 'Where the parts of the internship agreement come from: the law, the proposed law and good examples.',
    scheduleTitle: 'Planning an internship',
    scheduleIntro: 'The figures the planner checks against. They are advice, not law.',
    scheduleRule: {
      maxWeekHours: (value: string) => `More than ${value} hours in a week: the planner asks you to check.`,
      contactMoments: (value: string) => `At least ${value} contact moments per internship, between you, your school and the company.`,
      contactWindowDays: (value: string) => `The start meeting falls in the first ${value} days, the final meeting in the last ${value} days.`,
    } as Record<string, (value: string) => string>,
    scheduleOther: (key: string, value: string) => `${key}: ${value}`,
    holidays: 'The planner works out the public holidays of every year itself. Whether Good Friday and Liberation Day (5 May) are days off, you choose in the planner.',
  },
} as const;

type Text = (typeof TEXT)[PortalLanguage];

const CAO_MESSAGES: Record<PortalLanguage, Messages<CaoMessageKey>> = { nl: caoMessagesNl, en: caoMessagesEn };
const REPORT_MESSAGES: Record<PortalLanguage, Messages<ReportMessageKey>> = { nl: reportMessagesNl, en: reportMessagesEn };

const isHttpUrl = (url: string | undefined): url is string => url !== undefined && /^https?:\/\/[^\s]+$/i.test(url);

/** Renders one language; ids are checked to be unique, so a deep link never points at two places. */
class Writer {
  private readonly ids = new Set<string>();
  readonly text: Text;
  readonly cao: (key: CaoMessageKey, params?: Record<string, string | number>) => string;

  constructor(readonly lang: PortalLanguage) {
    this.text = TEXT[lang];
    this.cao = translator(CAO_MESSAGES[lang], lang);
  }

  id(value: string): string {
    if (this.ids.has(value)) throw new Error(`portal sources: the id "${value}" is used twice`);
    this.ids.add(value);
    return escapeHtml(value);
  }

  date(value: string | null | undefined): string {
    return value ? escapeHtml(formatPartialDate(value, this.lang)) : this.text.unknown;
  }

  euros(value: number | null | undefined): string {
    return value === null || value === undefined ? this.text.unknown : escapeHtml(formatEuros(eurosToCents(value), this.lang));
  }

  number(value: number): string {
    return escapeHtml(formatNumber(value, this.lang));
  }

  confidence(source: Source): string {
    return escapeHtml(this.cao(`confidence.${source.confidence}` as CaoMessageKey));
  }

  /** The source's title as the link text (or plain, with "no link available"), and its publisher. */
  sourceLink(source: Source): string {
    const title = escapeHtml(source.title);
    const publisher = escapeHtml(source.publisher);
    return isHttpUrl(source.url) ? `<a href="${escapeHtml(source.url)}">${title}</a>, ${publisher}` : `${title}, ${publisher} (${this.text.noLink})`;
  }

  /** The source as dt/dd pairs, for a `<dl>`; `info` when it backs a statement rather than a figure. */
  sourceTerms(source: Source, kind: 'figure' | 'info' = 'figure'): string {
    const t = this.text;
    return [
      `<dt>${t.source}</dt><dd>${this.sourceLink(source)}</dd>`,
      `<dt>${kind === 'figure' ? t.figureDate : t.infoDate}</dt><dd>${this.date(source.figureDate)}</dd>`,
      `<dt>${t.checked}</dt><dd class="checked">${this.date(source.checked)}</dd>`,
      `<dt>${t.confidence}</dt><dd>${this.confidence(source)}</dd>`,
    ].join('');
  }

  /** The source in one line, for lists and table cells. */
  sourceLine(source: Source, kind: 'figure' | 'info' = 'figure'): string {
    const t = this.text;
    return `${this.sourceLink(source)}. ${kind === 'figure' ? t.figureDate : t.infoDate}: ${this.date(source.figureDate)}. <span class="checked">${t.checked}: ${this.date(source.checked)}.</span> ${t.confidence}: ${this.confidence(source)}.`;
  }
}

const section = (w: Writer, id: string, title: string, body: string) =>
  `<section aria-labelledby="${w.id(id)}">\n<h2 id="${escapeHtml(id)}">${escapeHtml(title)}</h2>\n${body}\n</section>`;

const table = (caption: string, captionId: string, head: string[], rows: string[]) =>
  `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${escapeHtml(captionId)}"><table>` +
  `<caption id="${escapeHtml(captionId)}">${caption}</caption>` +
  `<thead><tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.join('\n')}</tbody></table></div>`;

// CAO dataset --------------------------------------------------------------------------------------

function caoAmount(w: Writer, amount: ClauseAmount, description: ReturnType<typeof describeCao>['amounts'][number]): string {
  const t = w.text;
  const terms = [
    `<dt>${escapeHtml(w.cao('levels'))}</dt><dd>${escapeHtml(description.levels)}</dd>`,
    `<dt>${t.amount}</dt><dd>${amount.euros === null ? t.unknown : `${w.euros(amount.euros)} ${escapeHtml(w.cao(`per.${amount.per}`))}`}</dd>`,
    `<dt>${t.hours}</dt><dd>${amount.hoursPerWeek === null ? t.unknown : t.hoursValue(w.number(amount.hoursPerWeek))}</dd>`,
    `<dt>${escapeHtml(w.cao('proration'))}</dt><dd>${escapeHtml(description.proration)}</dd>`,
  ];
  if (description.conditions.length) {
    terms.push(`<dt>${escapeHtml(w.cao('conditions'))}</dt><dd><ul>${description.conditions.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></dd>`);
  }
  if (description.explanation) terms.push(`<dt>${escapeHtml(w.cao('explanation'))}</dt><dd>${escapeHtml(description.explanation)}</dd>`);
  terms.push(`<dt>${escapeHtml(w.cao('validity'))}</dt><dd>${escapeHtml(description.validity)}</dd>`);
  terms.push(w.sourceTerms(amount.source));
  if (amount.euros !== null && description.source.mayBeOutdated) {
    terms.push(`<dt>${t.stale}</dt><dd>${escapeHtml(w.cao('stale'))}. ${escapeHtml(w.cao('staleExplain'))}</dd>`);
  }
  return `<dl>${terms.join('')}</dl>`;
}

function caoSection(w: Writer, data: CaoDatasetFile): string {
  const t = w.text;
  const found = data.records.filter((record) => record.clause.status === 'found');
  const none = data.records.filter((record) => record.clause.status === 'none-found');
  const describe = (record: CaoRecord) => describeCao(record, { locale: w.lang, t: w.cao, referenceDate: data.date });

  const parts = [`<p>${t.caoIntro(escapeHtml(data.version), w.date(data.date), data.records.length, found.length)}</p>`];
  for (const record of found) {
    const description = describe(record);
    const meta = [escapeHtml(description.kind), escapeHtml(description.sector)];
    if (description.article) meta.push(`${escapeHtml(w.cao('article'))}: ${escapeHtml(description.article)}`);
    const amounts = record.clause.status === 'found' ? record.clause.amounts : [];
    parts.push(
      `<h3 id="${w.id(record.id)}">${escapeHtml(record.name)}</h3>`,
      `<p>${meta.join(' · ')}</p>`,
      ...(description.note ? [`<p>${escapeHtml(description.note)}</p>`] : []),
      ...amounts.map((amount, index) => caoAmount(w, amount, description.amounts[index]!)),
    );
  }
  if (none.length) {
    const checked = [...new Set(none.map((record) => (record.clause.status === 'none-found' ? record.clause.source.checked : '')))].filter(Boolean);
    parts.push(
      `<h3 id="${w.id('cao-none-found')}">${t.noneFoundTitle}</h3>`,
      `<p>${t.noneFoundIntro(escapeHtml(formatList(checked.map((date) => formatPartialDate(date, w.lang)), w.lang)))}</p>`,
      table(
        t.noneFoundCaption,
        w.id('cao-none-found-caption'),
        [t.caoName, t.sector, t.source, t.infoDate, t.checked],
        none.map((record) => {
          if (record.clause.status !== 'none-found') return '';
          const source = record.clause.source;
          const note = record.clause.note ? ` ${escapeHtml(record.clause.note[w.lang])}` : '';
          return (
            `<tr><th scope="row" id="${w.id(record.id)}">${escapeHtml(record.name)}</th><td>${escapeHtml(record.sector[w.lang])}${note}</td>` +
            `<td>${w.sourceLink(source)}</td><td>${w.date(source.figureDate)}</td><td class="checked">${w.date(source.checked)}</td></tr>`
          );
        }),
      ),
    );
  }
  return section(w, 'cao-dataset', data.title?.[w.lang] ?? (w.lang === 'nl' ? "Stagevergoedingen in cao's" : 'Internship compensation in CAOs'), parts.join('\n'));
}

// Compensation rules: minimum wage, legal right, averages ---------------------------------------

const AGES = [21, 20, 19, 18, 17, 16, 15] as const;

function wageSection(w: Writer, rules: CompensationRules): string {
  const t = w.text;
  const table_ = rules.minimumWage;
  const periods = [...table_.periods].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const parts = [
    `<p>${t.wageIntro(table_.indexationMonths)}</p>`,
    `<p class="source">${t.wageIndexation}: ${w.sourceLine(table_.indexationSource)}</p>`,
  ];
  if (periods[0]) parts.push(`<p>${t.wageNewer(w.date(periods[0].from))}</p>`);
  for (const period of periods) {
    const id = `minimum-wage-${period.from}`;
    const rows = AGES.map((age) => {
      const key = String(age) as keyof typeof period.hourly;
      const bbl = age >= 18 && age <= 20 ? w.euros(period.bbl[key]) : t.bblSame;
      return `<tr><th scope="row">${t.ageLabel(age)}</th><td>${w.euros(period.hourly[key])}</td><td>${bbl}</td></tr>`;
    });
    parts.push(
      `<h3 id="${w.id(id)}">${t.wageFrom(w.date(period.from))}</h3>`,
      table(t.wageCaption(w.date(period.from)), w.id(`${id}-caption`), [t.age, t.hourly, t.hourlyBbl], rows),
      `<dl>${w.sourceTerms(period.source)}</dl>`,
    );
  }
  return section(w, 'minimum-wage', t.wageTitle, parts.join('\n'));
}

function rightSection(w: Writer, rules: CompensationRules): string {
  const t = w.text;
  const right = rules.legalRight;
  const limit = right.shortOrientationLimitWeeks;
  const terms = [
    `<dt>${t.status}</dt><dd>${t.statusText[right.status]}</dd>`,
    `<dt>${t.inForce}</dt><dd>${w.date(right.inForceFrom)}</dd>`,
    `<dt>${t.minimumAmount}</dt><dd>${t.noMinimum}</dd>`,
    `<dt>${t.orientationLimit}</dt><dd>${limit === null ? t.notSet : t.weeks(w.number(limit))}</dd>`,
    ...(right.expected ? [`<dt>${t.expected}</dt><dd>${escapeHtml(right.expected[w.lang])}</dd>`] : []),
    w.sourceTerms(right.source, 'info'),
  ];
  return section(w, 'legal-right', t.rightTitle, `<p>${t.rightIntro}</p>\n<dl>${terms.join('')}</dl>`);
}

function averagesSection(w: Writer, rules: CompensationRules): string {
  const t = w.text;
  const rows = rules.averages.map(
    (average) =>
      `<tr><th scope="row" id="${w.id(`average-${average.level}`)}">${escapeHtml(average.level)}</th><td>${w.euros(average.euros)}</td>` +
      `<td>${escapeHtml(average.year)}</td><td>${w.sourceLine(average.source)}</td></tr>`,
  );
  return section(
    w,
    'averages',
    t.averagesTitle,
    `<p>${t.averagesIntro}</p>\n${table(t.averagesCaption, w.id('averages-caption'), [t.level, t.perMonth, t.year, t.source], rows)}`,
  );
}

// Report routes, agreement, planner ---------------------------------------------------------------

function routesSection(w: Writer, data: SourcesData): string {
  const t = w.text;
  const messages = REPORT_MESSAGES[w.lang];
  const say = (key: string, params?: Record<string, string | number>) => {
    const message = messages[key as ReportMessageKey];
    if (message === undefined) throw new Error(`portal sources: no report message "${key}"`);
    return escapeHtml(formatMessage(message, w.lang, params));
  };
  const parts = [`<p>${t.routesIntro}</p>`];
  for (const id of ROUTE_IDS) {
    const route = data.routes[id];
    if (!route) continue;
    const facts = [
      say(`route.${id}.handles`),
      ...route.notes.map((note) => say(`route.${id}.${note}`)),
      `${t.canDo} ${escapeHtml(formatList(route.outcomes.map((outcome) => formatMessage(messages[`outcome.${outcome}`], w.lang)), w.lang))}.`,
      route.responseTime === 'unknown' ? say('responseTime.unknown') : say('responseTime.days', { count: route.responseTime.workingDays }),
      say(`anonymousReport.${route.anonymous.report}`),
      say(`anonymousFeedback.${route.anonymous.feedback}`),
    ];
    const sources = route.sources.map((key) => data.reportSources[key]).filter((source): source is Source => source !== undefined);
    parts.push(
      `<h3 id="${w.id(`route-${id}`)}">${say(`route.${id}.name`)}</h3>`,
      `<ul>${facts.map((fact) => `<li>${fact}</li>`).join('')}</ul>`,
      `<p>${t.sources}:</p>`,
      `<ul class="source">${sources.map((source) => `<li>${w.sourceLine(source, 'info')}</li>`).join('')}</ul>`,
    );
  }
  return section(w, 'report-routes', t.routesTitle, parts.join('\n'));
}

function agreementSection(w: Writer, data: SourcesData): string {
  const t = w.text;
  const items = Object.entries(data.agreementSources).map(([key, source]) => `<li id="${w.id(`agreement-${key}`)}">${w.sourceLine(source, 'info')}</li>`);
  return section(w, 'agreement-sources', t.agreementTitle, `<p>${t.agreementIntro}</p>\n<ul class="source">${items.join('\n')}</ul>`);
}

function scheduleSection(w: Writer, data: SourcesData): string {
  const t = w.text;
  const terms = Object.entries(data.scheduleRules).map(([key, rule]) => {
    const value = w.number(rule.value);
    const label = t.scheduleRule[key]?.(value) ?? t.scheduleOther(escapeHtml(key), value);
    return `<dt id="${w.id(`schedule-${key}`)}">${label}</dt><dd class="source">${w.sourceLine(rule.source)}</dd>`;
  });
  return section(w, 'schedule-rules', t.scheduleTitle, `<p>${t.scheduleIntro}</p>\n<dl>${terms.join('')}</dl>\n<p>${t.holidays}</p>`);
}

/** The Sources page's list for one language, generated from the datasets at build time. */
export function renderSources(lang: PortalLanguage, data: SourcesData = loadSourcesData()): string {
  const w = new Writer(lang);
  const t = w.text;
  const sections = [
    caoSection(w, data.cao),
    wageSection(w, data.rules),
    rightSection(w, data.rules),
    averagesSection(w, data.rules),
    routesSection(w, data),
    agreementSection(w, data),
    scheduleSection(w, data),
  ];
  const toc = [...sections.join('').matchAll(/<h2 id="([^"]+)">([^<]*)<\/h2>/g)].map(([, id, title]) => `<li><a href="#${id}">${title}</a></li>`);
  return `<nav aria-label="${t.toc}"><ul>${toc.join('')}</ul></nav>\n${sections.join('\n')}`;
}
