/**
 * What the embed configurator offers per widget: the attributes (real names and values from the
 * elements' JSDoc, checked against packages/elements/custom-elements.json by
 * test/node/embed-catalogue.test.ts), their labels and hints in Dutch (B1) and English, and the
 * values they may take. Pure data and pure functions: no Lit, no DOM.
 */
import { DAY_TYPES, formatWeek, parseDecimal, parseWeek, WEEKDAYS, type DayType, type Weekday, type WeekPattern } from '@stagekit/core';

export type Lang = 'nl' | 'en';
export type Text = Readonly<Record<Lang, string>>;

export type WidgetTag = 'stagekit-cao-lookup' | 'stagekit-compensation-checker' | 'stagekit-schedule-planner' | 'stagekit-agreement-builder' | 'stagekit-report-form';

/**
 * How an attribute is set: a choice, free text of a kind, a yes/no switch (a boolean attribute), the
 * planner's standard week (seven day choices), or a CAO from the dataset.
 */
export type OptionKind = 'select' | 'text' | 'number' | 'date' | 'url' | 'email' | 'tel' | 'textarea' | 'boolean' | 'week' | 'cao';

export interface Choice {
  readonly value: string;
  readonly label: Text;
}

export interface WidgetOption {
  /** The attribute, exactly as the element reads it. */
  readonly attribute: string;
  readonly kind: OptionKind;
  readonly label: Text;
  readonly hint?: Text;
  /** For `select`: the values. A value `''` means "not set" (the attribute is left out). */
  readonly choices?: readonly Choice[];
  /** The element's own default (as documented): chosen at the start, and then left out of the code. */
  readonly default?: string;
  /** For `number`. */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /** For text kinds: an example in the field (never a value). */
  readonly placeholder?: string;
  /** The keyboard a phone shows. */
  readonly inputMode?: 'decimal' | 'numeric';
  /** Shown under "More settings": most pages do without. */
  readonly more?: boolean;
}

export interface WidgetInfo {
  readonly tag: WidgetTag;
  readonly name: Text;
  readonly description: Text;
  readonly options: readonly WidgetOption[];
}

const t = (nl: string, en: string): Text => ({ nl, en });
const choice = (value: string, nl: string, en: string): Choice => ({ value, label: t(nl, en) });

const LANG: WidgetOption = {
  attribute: 'lang',
  kind: 'select',
  label: t('Taal van het onderdeel', 'Language of the widget'),
  hint: t('Zonder keuze volgt het onderdeel de taal van je pagina.', 'Without a choice the widget follows the language of your page.'),
  choices: [choice('', 'De taal van de pagina', 'The language of the page'), choice('nl', 'Nederlands', 'Dutch'), choice('en', 'Engels', 'English')],
};

const storage = (nl: string, en: string): WidgetOption => ({
  attribute: 'storage',
  kind: 'select',
  label: t('Bewaren op het apparaat', 'Keeping on the device'),
  hint: t(nl, en),
  choices: [choice('local', 'Bewaren in deze browser', 'Keep in this browser'), choice('memory', 'Niets bewaren', 'Keep nothing')],
  default: 'local',
  more: true,
});

const DATE_HINT = t('Laat leeg voor vandaag.', 'Leave empty for today.');
const YES_NO_UNSET = [choice('', 'Niet ingevuld', 'Not answered'), choice('yes', 'Ja', 'Yes'), choice('no', 'Nee', 'No')];
const question = (attribute: string, nl: string, en: string): WidgetOption => ({ attribute, kind: 'select', label: t(nl, en), choices: YES_NO_UNSET, more: true });

/** The five widgets, in the order of the portal's menu. */
export const WIDGETS: readonly WidgetInfo[] = [
  {
    tag: 'stagekit-cao-lookup',
    name: t('Cao opzoeken', 'CAO lookup'),
    description: t(
      'Zoek een cao en zie wat die zegt over de stagevergoeding, met de bron.',
      'Find a CAO and see what it says about internship compensation, with its source.',
    ),
    options: [
      LANG,
      {
        attribute: 'level',
        kind: 'select',
        label: t('Alleen bedragen voor dit niveau', 'Only amounts for this level'),
        choices: [choice('', 'Alle niveaus', 'All levels'), choice('mbo', 'mbo', 'mbo'), choice('hbo', 'hbo', 'hbo'), choice('wo', 'wo', 'wo')],
      },
      { attribute: 'query', kind: 'text', label: t('Zoektekst bij de start', 'Search text at the start'), placeholder: 'horeca' },
      { attribute: 'only-with-clause', kind: 'boolean', label: t('Alleen cao’s met een regel over stagevergoeding', 'Only CAOs with a rule on internship compensation') },
      storage('Bewaren: recente zoekopdrachten blijven in de browser van de bezoeker.', 'Keep: recent searches stay in the visitor’s browser.'),
      { attribute: 'date', kind: 'date', label: t('Peildatum', 'Reference date'), hint: DATE_HINT, more: true },
      {
        attribute: 'src',
        kind: 'url',
        label: t('Eigen cao-bestand (adres)', 'Your own CAO file (address)'),
        hint: t('Alleen als je een eigen bestand in hetzelfde formaat hebt. Leeg: de cao’s van Stagekit.', 'Only if you have your own file in the same format. Empty: Stagekit’s CAOs.'),
        placeholder: 'https://…/cao-dataset.json',
        more: true,
      },
    ],
  },
  {
    tag: 'stagekit-compensation-checker',
    name: t('Vergoeding checken', 'Compensation checker'),
    description: t(
      'Is de stagevergoeding eerlijk? Als formulier, of als één regel (badge) bij een vacature.',
      'Is the internship compensation fair? As a form, or as one line (badge) next to a vacancy.',
    ),
    options: [
      LANG,
      {
        attribute: 'mode',
        kind: 'select',
        label: t('Vorm', 'Form'),
        hint: t('Badge: één regel met het oordeel, voor een vacature. Vul dan ook de stage hieronder in.', 'Badge: one line with the verdict, for a vacancy. Then also fill in the internship below.'),
        choices: [choice('full', 'Formulier', 'Form'), choice('badge', 'Badge (één regel)', 'Badge (one line)')],
        default: 'full',
      },
      { attribute: 'cao', kind: 'cao', label: t('Cao', 'CAO'), hint: t('De cao van het bedrijf.', 'The company’s CAO.') },
      {
        attribute: 'level',
        kind: 'select',
        label: t('Opleiding', 'Education'),
        choices: [
          choice('', 'Niet ingevuld', 'Not filled in'),
          choice('vo', 'vo (middelbare school)', 'vo (secondary school)'),
          choice('mbo-bol', 'mbo bol', 'mbo bol'),
          choice('mbo-bbl', 'mbo bbl', 'mbo bbl'),
          choice('hbo', 'hbo', 'hbo'),
          choice('wo', 'wo (universiteit)', 'wo (university)'),
        ],
      },
      {
        attribute: 'stage-type',
        kind: 'select',
        label: t('Soort stage', 'Kind of internship'),
        choices: [
          choice('', 'Niet ingevuld', 'Not filled in'),
          choice('orientation', 'Snuffelstage (oriëntatie)', 'Orientation'),
          choice('practice', 'Beroepspraktijk', 'Work placement'),
          choice('graduation', 'Afstudeerstage', 'Graduation internship'),
        ],
      },
      { attribute: 'hours', kind: 'number', label: t('Uren per week', 'Hours a week'), min: 1, max: 60, step: 'any', inputMode: 'decimal' },
      {
        attribute: 'days',
        kind: 'number',
        label: t('Dagen per week', 'Days a week'),
        hint: t('Voor cao’s die met dagen rekenen.', 'For CAOs that count days.'),
        min: 1,
        max: 7,
        step: 1,
        inputMode: 'numeric',
        more: true,
      },
      { attribute: 'weeks', kind: 'number', label: t('Aantal weken', 'Number of weeks'), min: 1, max: 260, step: 1, inputMode: 'numeric', more: true },
      { attribute: 'age', kind: 'number', label: t('Leeftijd van de student', 'Age of the student'), min: 12, max: 80, step: 1, inputMode: 'numeric' },
      {
        attribute: 'location',
        kind: 'select',
        label: t('Waar is de stage?', 'Where is the internship?'),
        choices: [
          choice('', 'Niet ingevuld', 'Not filled in'),
          choice('nl', 'Europees Nederland', 'European Netherlands'),
          choice('bes', 'Bonaire, Sint Eustatius of Saba', 'Bonaire, Sint Eustatius or Saba'),
          choice('abroad', 'Buitenland (ook Aruba, Curaçao, Sint Maarten)', 'Abroad (including Aruba, Curaçao, Sint Maarten)'),
        ],
      },
      {
        attribute: 'offered',
        kind: 'text',
        label: t('Aangeboden vergoeding (euro bruto per maand)', 'Compensation offered (euros gross a month)'),
        hint: t('Bijvoorbeeld 350 of 350,50.', 'For example 350 or 350.50.'),
        inputMode: 'decimal',
        placeholder: '350',
      },
      question('learning-plan', 'Is er een leerplan met doelen?', 'Is there a learning plan with goals?'),
      question('supervisor', 'Is er een vaste begeleider?', 'Is there a named supervisor?'),
      question('replaces-staff', 'Vervangt de student een werknemer?', 'Does the student replace an employee?'),
      question('mainly-productive', 'Is het werk vooral productief werk?', 'Is the work mainly productive?'),
      question('graduated', 'Is de student al afgestudeerd?', 'Has the student already graduated?'),
      question('employment-contract', 'Heeft de bbl-student een arbeidscontract?', 'Does the bbl student have an employment contract?'),
      {
        attribute: 'report-url',
        kind: 'url',
        label: t('Pagina met je meldformulier', 'Page with your report form'),
        hint: t(
          'Als de vergoeding te laag is of het eigenlijk een baan is, linkt het oordeel naar deze pagina.',
          'When the compensation is too low or it is really a job, the verdict links to this page.',
        ),
        placeholder: 'https://…/melden/',
        more: true,
      },
      { attribute: 'date', kind: 'date', label: t('Peildatum', 'Reference date'), hint: DATE_HINT, more: true },
    ],
  },
  {
    tag: 'stagekit-schedule-planner',
    name: t('Stage plannen', 'Schedule planner'),
    description: t(
      'Plan samen de stage: waar de student elke dag is, feestdagen, vakanties en contactmomenten.',
      'Plan the internship together: where the student is each day, public holidays, school holidays and contact moments.',
    ),
    options: [
      LANG,
      { attribute: 'start', kind: 'date', label: t('Eerste stagedag', 'First internship day'), hint: t('Leeg: volgende maandag.', 'Empty: next Monday.') },
      { attribute: 'end', kind: 'date', label: t('Laatste stagedag', 'Last internship day'), hint: t('Leeg: 20 weken na de start.', 'Empty: 20 weeks after the start.') },
      { attribute: 'hours-per-day', kind: 'number', label: t('Uren per werkdag', 'Hours per work day'), min: 0.5, max: 24, step: 'any', default: '8', inputMode: 'decimal' },
      { attribute: 'total-hours', kind: 'number', label: t('Afgesproken uren in totaal', 'Agreed hours in total'), min: 1, max: 10000, step: 'any', inputMode: 'decimal' },
      {
        attribute: 'model',
        kind: 'select',
        label: t('Soort planning', 'Kind of schedule'),
        choices: [
          choice('', 'Uit de standaardweek (anders lint)', 'From the standard week (else lint)'),
          choice('lint', 'Lint: elke week een paar dagen', 'Lint: some days every week'),
          choice('blok', 'Blok: hele weken achter elkaar', 'Blok: whole weeks in a row'),
          choice('hybrid', 'Hybride: ook thuiswerkdagen', 'Hybrid: with remote days'),
          choice('modular', 'Modulair: per periode anders', 'Modular: different per period'),
        ],
      },
      { attribute: 'week', kind: 'week', label: t('Standaardweek', 'Standard week'), hint: t('Dagen die vrij zijn, worden weggelaten.', 'Days off are left out.') },
      storage('Bewaren: concepten blijven in de browser van de bezoeker.', 'Keep: drafts stay in the visitor’s browser.'),
    ],
  },
  {
    tag: 'stagekit-agreement-builder',
    name: t('Overeenkomst maken', 'Agreement builder'),
    description: t(
      'Maak samen de stageovereenkomst of praktijkovereenkomst, met wat de wet vraagt.',
      'Put together the internship agreement or praktijkovereenkomst, with what the law asks.',
    ),
    options: [
      LANG,
      {
        attribute: 'regime',
        kind: 'select',
        label: t('Soort overeenkomst', 'Kind of agreement'),
        choices: [
          choice('mbo', 'mbo: praktijkovereenkomst', 'mbo: praktijkovereenkomst'),
          choice('hbo', 'hbo: stageovereenkomst', 'hbo: internship agreement'),
          choice('wo', 'wo: stageovereenkomst', 'wo: internship agreement'),
        ],
        default: 'mbo',
      },
      storage('Bewaren: overeenkomsten blijven in de browser van de bezoeker.', 'Keep: agreements stay in the visitor’s browser.'),
      {
        attribute: 'agreement-id',
        kind: 'text',
        label: t('Vaste naam voor de overeenkomst', 'Fixed id of the agreement'),
        hint: t('Kleine letters, cijfers en streepjes. Meestal leeg laten.', 'Lower-case letters, digits and dashes. Usually left empty.'),
        placeholder: 'stage-2026-ayla',
        more: true,
      },
    ],
  },
  {
    tag: 'stagekit-report-form',
    name: t('Melden', 'Report form'),
    description: t(
      'Laat studenten discriminatie of misbruik bij een stage melden, bij het meldpunt van je school.',
      'Let students report discrimination or misuse in an internship, to your school’s reporting point.',
    ),
    options: [
      LANG,
      { attribute: 'meldpunt-name', kind: 'text', label: t('Naam van het meldpunt', 'Name of the reporting point'), placeholder: 'Meldpunt stage ROC Voorbeeld' },
      { attribute: 'meldpunt-email', kind: 'email', label: t('E-mailadres van het meldpunt', 'E-mail address of the reporting point'), placeholder: 'meldpunt@school.nl' },
      { attribute: 'meldpunt-phone', kind: 'tel', label: t('Telefoonnummer van het meldpunt', 'Phone number of the reporting point'), placeholder: '010 123 45 67' },
      {
        attribute: 'endpoint',
        kind: 'url',
        label: t('Adres dat meldingen ontvangt (endpoint)', 'Address that receives reports (endpoint)'),
        hint: t(
          'Een https-adres van je school. Zonder adres kan de student de melding mailen, kopiëren of afdrukken.',
          'An https address of your school. Without it the student can e-mail, copy or print the report.',
        ),
        placeholder: 'https://meldpunt.school.nl/api/meldingen',
      },
      {
        attribute: 'public-key',
        kind: 'textarea',
        label: t('Openbare sleutel (voor versleutelen)', 'Public key (for encryption)'),
        hint: t(
          'Een JWK (EC P-256 of RSA). Dan kan alleen jullie meldpunt de meldingen lezen. Plak nooit de privésleutel.',
          'A JWK (EC P-256 or RSA). Then only your reporting point can read the reports. Never paste the private key.',
        ),
      },
      {
        attribute: 'prefill-type',
        kind: 'select',
        label: t('Formulier begint bij', 'The form starts at'),
        choices: [
          choice('', 'De eerste vraag', 'The first question'),
          choice('discrimination', 'Discriminatie', 'Discrimination'),
          choice('misuse', 'Misbruik van een stage', 'Misuse of an internship'),
          choice('underpaid', 'Te weinig of geen vergoeding', 'Too little or no compensation'),
          choice('disguised-job', 'Eigenlijk een baan', 'Really a job'),
          choice('below-cao', 'Oordeel van de check: onder de cao', 'Checker verdict: below the CAO'),
          choice('employment-risk', 'Oordeel van de check: lijkt een baan', 'Checker verdict: looks like a job'),
        ],
        more: true,
      },
      storage('Bewaren: concepten en nog niet verstuurde meldingen blijven in de browser van de student.', 'Keep: drafts and reports not yet sent stay in the student’s browser.'),
      {
        attribute: 'exit-url',
        kind: 'url',
        label: t('Adres voor "Snel weg"', 'Address for "quick exit"'),
        hint: t('Leeg: een lege pagina.', 'Empty: an empty page.'),
        placeholder: 'https://www.google.nl/',
        more: true,
      },
    ],
  },
];

export function widgetInfo(tag: string): WidgetInfo | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}

/** One widget's values as the configurator holds them: attribute → text (`'true'` for a switch that is on). */
export type OptionValues = Readonly<Record<string, string>>;

/** The values a widget starts with: each option's default, and the given language. */
export function initialValues(widget: WidgetInfo, lang?: Lang): Record<string, string> {
  const values: Record<string, string> = {};
  for (const option of widget.options) if (option.default !== undefined) values[option.attribute] = option.default;
  if (lang) values.lang = lang;
  return values;
}

/**
 * The attributes to write, in the catalogue's order: empty values and values equal to the element's
 * default are left out (the element does the same without them); a switch that is on is `true` (an
 * attribute without a value). Text is trimmed; a public key that is JSON is written on one line.
 */
export function attributesFor(widget: WidgetInfo, values: OptionValues): [string, string | true][] {
  const result: [string, string | true][] = [];
  for (const option of widget.options) {
    const raw = values[option.attribute];
    if (raw === undefined) continue;
    if (option.kind === 'boolean') {
      if (raw === 'true') result.push([option.attribute, true]);
      continue;
    }
    let value = raw.trim();
    if (option.attribute === 'public-key') {
      // A private key never goes into the code, the preview or anywhere else on a page.
      if (holdsPrivateKey(value)) continue;
      value = compactJson(value);
    }
    if (!value || value === option.default) continue;
    if (option.kind === 'select' && !option.choices?.some((entry) => entry.value === value)) continue;
    if (option.kind === 'number' && !isValidNumber(option, value)) continue;
    result.push([option.attribute, value]);
  }
  return result;
}

/**
 * Whether a number field's text is a number the element takes (read as the elements read it: `32`,
 * `32,5`, `32.5`; whole numbers where the step is 1), between the option's minimum and maximum.
 */
export function isValidNumber(option: WidgetOption, text: string): boolean {
  const value = parseDecimal(text, 2);
  if (!Number.isFinite(value) || value < 0) return false;
  if (option.step === 1 && !Number.isInteger(value)) return false;
  return (option.min === undefined || value >= option.min) && (option.max === undefined || value <= option.max);
}

/** The JWK members only a private key has (EC `d`, RSA `d p q dp dq qi`, symmetric `k`). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** Whether the text is a JWK with private members: pasted by mistake into the public-key field. */
export function holdsPrivateKey(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return !!value && typeof value === 'object' && PRIVATE_MEMBERS.some((member) => member in (value as object));
  } catch {
    return /"(d|p|q|dp|dq|qi|k)"\s*:/.test(text);
  }
}

/** JSON text on one line (unchanged when it is not JSON). */
export function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export { WEEKDAYS, DAY_TYPES, type Weekday, type DayType };

export const WEEKDAY_LABELS: Readonly<Record<Weekday, Text>> = {
  mon: t('maandag', 'Monday'),
  tue: t('dinsdag', 'Tuesday'),
  wed: t('woensdag', 'Wednesday'),
  thu: t('donderdag', 'Thursday'),
  fri: t('vrijdag', 'Friday'),
  sat: t('zaterdag', 'Saturday'),
  sun: t('zondag', 'Sunday'),
};

export const DAY_TYPE_LABELS: Readonly<Record<DayType, Text>> = {
  company: t('Op het bedrijf', 'At the company'),
  remote: t('Thuis (op afstand)', 'Remote'),
  school: t('Op school', 'At school'),
  off: t('Vrij', 'Off'),
};

/** The planner's `week` attribute as one day type per weekday (days not named are off). */
export function weekFromValue(value: string | undefined): WeekPattern {
  return parseWeek(value ?? '').week;
}

/** The `week` attribute for a day type per weekday: `mon:company,tue:school`; empty when every day is off. */
export function weekValue(week: Partial<Record<Weekday, DayType>>): string {
  const full = Object.fromEntries(WEEKDAYS.map((day) => [day, week[day] ?? 'off'])) as WeekPattern;
  return formatWeek(full);
}

/** A CAO to choose in the configurator: its id (the attribute value) and its name. */
export interface CaoChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The CAOs of a dataset file (the format of packages/core/data/cao-dataset.json), sorted by name;
 * records without a usable id or name are skipped. Only ids and names are read: the widget itself
 * checks the record.
 */
export function caoChoices(dataset: unknown, lang: Lang): CaoChoice[] {
  const records = (dataset as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return [];
  const seen = new Set<string>();
  const choices: CaoChoice[] = [];
  for (const record of records) {
    const { id, name } = (record ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(id) || seen.has(id)) continue;
    if (typeof name !== 'string' || !name.trim()) continue;
    seen.add(id);
    choices.push({ id, name: name.trim() });
  }
  return choices.sort((a, b) => a.name.localeCompare(b.name, lang));
}
