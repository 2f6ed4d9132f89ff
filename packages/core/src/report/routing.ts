import type { ReportMessageKey } from '../i18n/messages/report.nl.js';
import type { Source } from '../sources/source.js';
import type { MisuseKind, ReportLevel, ReportType, Situation, Wish } from './model.js';
import { REPORT_SOURCES, type ReportSourceId } from './sources.js';

/**
 * Where a reporter can go, and what each place can do. Every statement carries its sources (domain
 * research §4, §3.1, §3.2; read November 2026). What the research did not find — most response
 * times, whether an anonymous report gets an answer — is `unknown` here and "not known" on screen:
 * never a guess.
 */
export const ROUTE_IDS = [
  'school-meldpunt',
  'vertrouwenspersoon',
  'sbb-meldpunt',
  'sbb-complaint',
  'job-meldpunt',
  'discriminatie-nl',
  'college',
  'arbeidsinspectie',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** What a route can do for the reporter or against the company. Message key: `outcome.<id>`. */
export const ROUTE_OUTCOMES = [
  'register',
  'listen-refer',
  'advice',
  'support',
  'help-complaint',
  'mediation',
  'talk-to-company',
  'investigate',
  'legal-opinion',
  'replacement-placement',
  'suspend-recognition',
  'withdraw-recognition',
  'fine',
  'back-pay',
] as const;
export type RouteOutcome = (typeof ROUTE_OUTCOMES)[number];

/** The outcomes that are sanctions against the company. */
export const SANCTIONS: readonly RouteOutcome[] = ['suspend-recognition', 'withdraw-recognition', 'fine', 'back-pay'];

/** yes / no / not known from the sources. */
export type Tri = 'yes' | 'no' | 'unknown';

export interface RouteDefinition {
  id: RouteId;
  /** Who may use it; `all` also covers witnesses and people outside education. */
  levels: 'all' | readonly ReportLevel[];
  /** Reached through the school, not by the student directly. */
  viaSchool: boolean;
  handlesDiscrimination: boolean;
  handlesKinds: readonly MisuseKind[];
  /** Only during the placement (a complaint about a company the student is placed at). */
  duringOnly: boolean;
  outcomes: readonly RouteOutcome[];
  anonymous: {
    /** Can a report be made without a name? */
    report: Tri;
    /** Does an anonymous reporter hear back? */
    feedback: Tri;
  };
  /** Stated response time, or unknown. */
  responseTime: { workingDays: number } | 'unknown';
  /** Extra facts with their own message key (`route.<id>.<fact>`). */
  notes: readonly string[];
  sources: readonly ReportSourceId[];
}

const ALL_KINDS: readonly MisuseKind[] = [
  'too-many-hours',
  'no-supervision',
  'unfit-tasks',
  'replacing-staff',
  'underpaid',
  'disguised-job',
  'unsafe-work',
  'harassment',
  'sexual-harassment',
  'other',
];

const unknownAnonymity = { report: 'unknown', feedback: 'unknown' } as const;

export const ROUTES: Readonly<Record<RouteId, RouteDefinition>> = {
  'school-meldpunt': {
    id: 'school-meldpunt',
    levels: 'all',
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: ALL_KINDS,
    duringOnly: false,
    // Stagepact: a low-threshold meldpunt with support and aftercare at every mbo school; the school
    // talks with the company; WEB 7.2.9: the school arranges a replacement placement (mbo).
    outcomes: ['support', 'talk-to-company', 'replacement-placement'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['mboRequired', 'higherAsked', 'misuse'],
    sources: ['stagepactMeldpunt', 'lsvbMeldpunt', 'lsvbVisie', 'webReplacement'],
  },
  vertrouwenspersoon: {
    id: 'vertrouwenspersoon',
    levels: 'all',
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: ALL_KINDS,
    duringOnly: false,
    // The research names the vertrouwenspersoon together with the school's meldpunt (support and aftercare); nothing more.
    outcomes: ['support'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['sameRow'],
    sources: ['stagepactMeldpunt', 'lsvbMeldpunt'],
  },
  'sbb-meldpunt': {
    id: 'sbb-meldpunt',
    levels: ['mbo'],
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: [],
    duringOnly: false,
    outcomes: ['investigate', 'withdraw-recognition', 'replacement-placement'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['since2017', 'fewReports'],
    sources: ['sbbMeldpunt', 'sbbMeldpuntFigures'],
  },
  'sbb-complaint': {
    id: 'sbb-complaint',
    levels: ['mbo'],
    viaSchool: true,
    handlesDiscrimination: false,
    handlesKinds: ['unsafe-work', 'harassment', 'sexual-harassment', 'no-supervision'],
    duringOnly: true,
    outcomes: ['investigate', 'suspend-recognition', 'withdraw-recognition'],
    anonymous: unknownAnonymity,
    responseTime: { workingDays: 3 },
    notes: ['firstTalk', 'responseToSchool'],
    sources: ['sbbComplaint'],
  },
  'job-meldpunt': {
    id: 'job-meldpunt',
    levels: ['mbo'],
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: [],
    duringOnly: false,
    outcomes: ['register', 'listen-refer'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['oldSource'],
    sources: ['jobMeldpunt'],
  },
  'discriminatie-nl': {
    id: 'discriminatie-nl',
    levels: 'all',
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: [],
    duringOnly: false,
    outcomes: ['help-complaint', 'advice', 'mediation', 'register'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['free', 'coverage', 'central'],
    sources: ['adv', 'advLaw'],
  },
  college: {
    id: 'college',
    levels: 'all',
    viaSchool: false,
    handlesDiscrimination: true,
    handlesKinds: [],
    duringOnly: false,
    outcomes: ['register', 'legal-opinion'],
    anonymous: { report: 'yes', feedback: 'unknown' },
    responseTime: 'unknown',
    notes: ['intake', 'notAnonymousProcedure', 'nonBinding'],
    sources: ['college', 'equalTreatmentGrounds'],
  },
  arbeidsinspectie: {
    id: 'arbeidsinspectie',
    levels: 'all',
    viaSchool: false,
    handlesDiscrimination: false,
    // Replacing staff is one of the signs that the "internship" is really a job (Asscher criteria).
    handlesKinds: ['underpaid', 'disguised-job', 'replacing-staff'],
    duringOnly: false,
    outcomes: ['investigate', 'fine', 'back-pay'],
    anonymous: unknownAnonymity,
    responseTime: 'unknown',
    notes: ['onlyJob'],
    sources: ['arbeidsinspectie', 'arbeidsinspectieKamervragen', 'arbeidsinspectieLimit', 'asscher', 'lsvbVisie'],
  },
};

/** Which wishes an outcome serves. */
const OUTCOME_WISHES: Readonly<Record<RouteOutcome, readonly Wish[]>> = {
  register: ['register'],
  'listen-refer': ['advice'],
  advice: ['advice'],
  support: ['advice'],
  'help-complaint': ['advice'],
  mediation: ['mediation'],
  'talk-to-company': ['school-action'],
  investigate: [],
  'legal-opinion': [],
  'replacement-placement': ['school-action'],
  'suspend-recognition': [],
  'withdraw-recognition': [],
  fine: [],
  'back-pay': [],
};

/** Why a route is shown with a condition the reporter must check. Message key: `condition.<id>`. */
export type RouteCondition = 'mbo-only' | 'via-school' | 'school-not-configured' | 'higher-education-meldpunt';

/** Why a route fits this case. Message key: `reason.<id>`. */
export type RouteReason = 'discrimination' | 'kind' | 'close' | 'confidential' | 'job-signs';

export interface RouteCase {
  type: ReportType;
  kinds?: readonly MisuseKind[];
  situation: Situation;
  /** Unknown when not asked yet: routes for mbo only are then shown with the condition `mbo-only`. */
  level?: ReportLevel;
  wishes?: readonly Wish[];
  /** True when the embedding school configured its meldpunt (name, e-mail, phone or endpoint). */
  schoolConfigured?: boolean;
}

export interface RouteAdvice {
  route: RouteDefinition;
  reasons: RouteReason[];
  conditions: RouteCondition[];
  /** The reporter's wishes this route can serve. */
  matchesWishes: Wish[];
  /** The sanctions among its outcomes (empty: the sources name none). */
  sanctions: RouteOutcome[];
  sources: Source[];
}

function levelFits(route: RouteDefinition, level: ReportLevel | undefined): 'yes' | 'no' | 'maybe' {
  if (route.levels === 'all') return 'yes';
  if (level === undefined) return 'maybe';
  return route.levels.includes(level) ? 'yes' : 'no';
}

function handles(route: RouteDefinition, input: RouteCase): RouteReason[] {
  if (input.situation === 'search' && route.duringOnly) return [];
  if (input.type === 'discrimination') return route.handlesDiscrimination ? ['discrimination'] : [];
  const kinds = input.kinds?.length ? input.kinds : (['other'] as const);
  const matching = kinds.filter((kind) => route.handlesKinds.includes(kind));
  if (!matching.length) return [];
  if (route.id === 'arbeidsinspectie') return ['job-signs'];
  return ['kind'];
}

/**
 * The routes for one case, best first: the school's own meldpunt first (closest, and where this form
 * sends to), then the routes that serve more of the reporter's wishes, then the table's order. A
 * route for mbo only is left out for hbo, wo and `other`, and shown with a condition when the level
 * is not known.
 */
export function routeAdvice(input: RouteCase): RouteAdvice[] {
  const wishes = input.wishes ?? [];
  const advice: RouteAdvice[] = [];
  for (const id of ROUTE_IDS) {
    const route = ROUTES[id];
    const fit = levelFits(route, input.level);
    if (fit === 'no') continue;
    const reasons = handles(route, input);
    if (!reasons.length) continue;
    if (id === 'school-meldpunt') reasons.push('close');
    if (id === 'vertrouwenspersoon') reasons.push('confidential');
    const conditions: RouteCondition[] = [];
    if (fit === 'maybe') conditions.push('mbo-only');
    if (route.viaSchool) conditions.push('via-school');
    if (id === 'school-meldpunt' && !input.schoolConfigured) conditions.push('school-not-configured');
    if (id === 'school-meldpunt' && (input.level === 'hbo' || input.level === 'wo') && input.type === 'discrimination') conditions.push('higher-education-meldpunt');
    const served = new Set(route.outcomes.flatMap((outcome) => OUTCOME_WISHES[outcome]));
    advice.push({
      route,
      reasons,
      conditions,
      matchesWishes: wishes.filter((wish) => served.has(wish)),
      sanctions: route.outcomes.filter((outcome) => SANCTIONS.includes(outcome)),
      sources: route.sources.map((source) => REPORT_SOURCES[source]),
    });
  }
  const order = (entry: RouteAdvice) => ROUTE_IDS.indexOf(entry.route.id);
  return advice.sort(
    (a, b) =>
      Number(b.route.id === 'school-meldpunt') - Number(a.route.id === 'school-meldpunt') ||
      b.matchesWishes.length - a.matchesWishes.length ||
      order(a) - order(b),
  );
}

/** The message keys of a route's texts, for the form and the plain-text copy. */
export function routeMessageKeys(route: RouteDefinition): {
  name: ReportMessageKey;
  handles: ReportMessageKey;
  notes: ReportMessageKey[];
  outcomes: ReportMessageKey[];
  anonymousReport: ReportMessageKey;
  anonymousFeedback: ReportMessageKey;
} {
  return {
    name: `route.${route.id}.name`,
    handles: `route.${route.id}.handles`,
    notes: route.notes.map((note) => `route.${route.id}.${note}` as ReportMessageKey),
    outcomes: route.outcomes.map((outcome) => `outcome.${outcome}` as const),
    anonymousReport: `anonymousReport.${route.anonymous.report}`,
    anonymousFeedback: `anonymousFeedback.${route.anonymous.feedback}`,
  };
}
