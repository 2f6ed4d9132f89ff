import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MISUSE_KINDS,
  REPORT_LEVELS,
  REPORT_SOURCES,
  REPORT_TYPES,
  ROUTES,
  ROUTE_IDS,
  SITUATIONS,
  loadMessages,
  reportCatalog,
  routeAdvice,
  routeMessageKeys,
  sourceSchema,
  type MisuseKind,
  type ReportLevel,
  type RouteAdvice,
  type RouteCase,
} from '@stagekit/core';

const [nl, en] = await Promise.all([loadMessages(reportCatalog, 'nl'), loadMessages(reportCatalog, 'en')]);
const LEVELS: (ReportLevel | undefined)[] = [...REPORT_LEVELS, undefined];
const JOB_KINDS: MisuseKind[] = ['underpaid', 'disguised-job', 'replacing-staff'];

/** Every case the form can ask about: type × situation × level, and for misuse each kind alone. */
function allCases(): RouteCase[] {
  const cases: RouteCase[] = [];
  for (const situation of SITUATIONS) {
    for (const level of LEVELS) {
      cases.push({ type: 'discrimination', situation, level });
      for (const kind of MISUSE_KINDS) cases.push({ type: 'misuse', kinds: [kind], situation, level });
    }
  }
  return cases;
}

const ids = (advice: RouteAdvice[]) => advice.map((entry) => entry.route.id);
const label = (c: RouteCase) => `${c.type}${c.kinds ? `(${c.kinds.join(',')})` : ''} ${c.situation} ${c.level ?? 'level unknown'}`;

test('every type × situation × level gets routes, each with valid sources and texts in both languages', () => {
  const cases = allCases();
  assert.equal(cases.length, SITUATIONS.length * LEVELS.length * (1 + MISUSE_KINDS.length));
  for (const input of cases) {
    const advice = routeAdvice(input);
    assert.ok(advice.length >= 2, label(input));
    assert.equal(advice[0]!.route.id, 'school-meldpunt', `${label(input)}: the school first`);
    assert.ok(ids(advice).includes('vertrouwenspersoon'), label(input));
    assert.equal(new Set(ids(advice)).size, advice.length, 'each route once');
    for (const entry of advice) {
      assert.ok(entry.sources.length > 0, `${entry.route.id} has sources`);
      for (const source of entry.sources) assert.ok(sourceSchema.safeParse(source).success, `${entry.route.id}: ${source.title}`);
      assert.ok(entry.reasons.length > 0, `${entry.route.id} says why`);
    }
  }
  for (const id of ROUTE_IDS) {
    const keys = routeMessageKeys(ROUTES[id]);
    for (const key of [keys.name, keys.handles, keys.anonymousReport, keys.anonymousFeedback, ...keys.notes, ...keys.outcomes]) {
      assert.ok(nl[key] && en[key], `${id}: ${key}`);
    }
  }
});

test('SBB and JOB only for mbo: shown with a condition when the level is not known, never for hbo, wo or other', () => {
  for (const input of allCases()) {
    const advice = routeAdvice(input);
    const mboOnly = advice.filter((entry) => entry.route.levels !== 'all');
    assert.deepEqual(
      mboOnly.map((entry) => entry.route.id).filter((id) => !['sbb-meldpunt', 'sbb-complaint', 'job-meldpunt'].includes(id)),
      [],
      'only SBB and JOB are limited to a level',
    );
    if (input.level === 'hbo' || input.level === 'wo' || input.level === 'other') assert.deepEqual(mboOnly, [], label(input));
    for (const entry of mboOnly) {
      assert.equal(entry.conditions.includes('mbo-only'), input.level === undefined, label(input));
    }
    const sbb = ids(advice).includes('sbb-meldpunt');
    assert.equal(sbb, input.type === 'discrimination' && (input.level === 'mbo' || input.level === undefined), `${label(input)}: SBB meldpunt`);
  }
});

test('the Arbeidsinspectie for underpayment and a disguised job (and replacing staff), never for discrimination', () => {
  for (const input of allCases()) {
    const present = ids(routeAdvice(input)).includes('arbeidsinspectie');
    const expected = input.type === 'misuse' && JOB_KINDS.includes(input.kinds![0]!);
    assert.equal(present, expected, label(input));
  }
  const [inspectie] = routeAdvice({ type: 'misuse', kinds: ['underpaid'], situation: 'during', level: 'hbo' }).filter((entry) => entry.route.id === 'arbeidsinspectie');
  assert.deepEqual(inspectie!.reasons, ['job-signs']);
  assert.deepEqual(inspectie!.sanctions, ['fine', 'back-pay']);
  assert.ok(inspectie!.sources.some((source) => source.url === 'https://www.inspectieszw.nl/onderwerpen/stagevergoeding'));
  // It cannot judge whether an allowance is "fitting": the route says so, with its source.
  assert.match(String(nl['route.arbeidsinspectie.onlyJob']), /passend/);
  assert.ok(inspectie!.sources.some((source) => /passend/.test(source.title)));
});

test('discrimination goes to Discriminatie.nl and the College too; misuse does not', () => {
  for (const input of allCases()) {
    const routes = ids(routeAdvice(input));
    const discrimination = input.type === 'discrimination';
    assert.equal(routes.includes('discriminatie-nl'), discrimination, label(input));
    assert.equal(routes.includes('college'), discrimination, label(input));
  }
});

test('the routing table, case by case', () => {
  const table: [RouteCase, string[]][] = [
    [{ type: 'discrimination', situation: 'search', level: 'mbo' }, ['school-meldpunt', 'vertrouwenspersoon', 'sbb-meldpunt', 'job-meldpunt', 'discriminatie-nl', 'college']],
    [{ type: 'discrimination', situation: 'during', level: 'hbo' }, ['school-meldpunt', 'vertrouwenspersoon', 'discriminatie-nl', 'college']],
    [{ type: 'misuse', kinds: ['no-supervision'], situation: 'during', level: 'mbo' }, ['school-meldpunt', 'vertrouwenspersoon', 'sbb-complaint']],
    [{ type: 'misuse', kinds: ['no-supervision'], situation: 'search', level: 'mbo' }, ['school-meldpunt', 'vertrouwenspersoon']],
    [{ type: 'misuse', kinds: ['sexual-harassment', 'underpaid'], situation: 'during', level: 'mbo' }, ['school-meldpunt', 'vertrouwenspersoon', 'sbb-complaint', 'arbeidsinspectie']],
    [{ type: 'misuse', kinds: ['disguised-job'], situation: 'during', level: 'wo' }, ['school-meldpunt', 'vertrouwenspersoon', 'arbeidsinspectie']],
    [{ type: 'misuse', kinds: ['too-many-hours'], situation: 'during', level: 'other' }, ['school-meldpunt', 'vertrouwenspersoon']],
  ];
  for (const [input, expected] of table) assert.deepEqual(ids(routeAdvice(input)), expected, label(input));
});

test('wishes: routes that serve more of them come first (after the school), and say which', () => {
  const mediation = routeAdvice({ type: 'discrimination', situation: 'during', level: 'hbo', wishes: ['mediation', 'advice'] });
  assert.deepEqual(ids(mediation), ['school-meldpunt', 'discriminatie-nl', 'vertrouwenspersoon', 'college']);
  assert.deepEqual(mediation[1]!.matchesWishes, ['mediation', 'advice']);
  assert.deepEqual(mediation[0]!.matchesWishes, ['advice']);
  const register = routeAdvice({ type: 'discrimination', situation: 'search', level: 'mbo', wishes: ['register'] });
  assert.deepEqual(register.filter((entry) => entry.matchesWishes.includes('register')).map((entry) => entry.route.id), ['job-meldpunt', 'discriminatie-nl', 'college']);
});

test('conditions: the school not configured, hbo/wo meldpunt, SBB complaint through the school', () => {
  const notConfigured = routeAdvice({ type: 'discrimination', situation: 'search', level: 'wo' })[0]!;
  assert.deepEqual(notConfigured.conditions, ['school-not-configured', 'higher-education-meldpunt']);
  assert.deepEqual(routeAdvice({ type: 'discrimination', situation: 'search', level: 'mbo', schoolConfigured: true })[0]!.conditions, []);
  const complaint = routeAdvice({ type: 'misuse', kinds: ['unsafe-work'], situation: 'during' }).find((entry) => entry.route.id === 'sbb-complaint')!;
  assert.deepEqual(complaint.conditions, ['mbo-only', 'via-school']);
});

test('what the sources do not say stays unknown: response times, anonymity, feedback', () => {
  for (const id of ROUTE_IDS) {
    const route = ROUTES[id];
    if (id === 'sbb-complaint') assert.deepEqual(route.responseTime, { workingDays: 3 });
    else assert.equal(route.responseTime, 'unknown', id);
    assert.equal(route.anonymous.feedback, 'unknown', `${id}: no source says whether an anonymous reporter hears back`);
    assert.equal(route.anonymous.report, id === 'college' ? 'yes' : 'unknown', id);
  }
  assert.match(String(nl['responseTime.unknown']), /niet bekend/);
  assert.match(String(en['anonymousFeedback.unknown']), /not known/);
});

test('every number a route states comes from one of its own sources', () => {
  for (const id of ROUTE_IDS) {
    const route = ROUTES[id];
    const evidence = route.sources.map((source) => `${REPORT_SOURCES[source].title} ${REPORT_SOURCES[source].figureDate ?? ''}`).join(' ');
    for (const language of [nl, en]) {
      for (const [key, message] of Object.entries(language)) {
        if (!key.startsWith(`route.${id}.`)) continue;
        for (const number of String(message).match(/\d+/g) ?? []) assert.ok(evidence.includes(number), `${key}: ${number} is not in ${id}'s sources`);
      }
    }
  }
});

test('the catalogue: grounds, kinds, examples and wishes have words in both languages', async () => {
  const { GROUND_CHOICES, MISUSE_CHOICES, REPORT_TYPE_CHOICES, SITUATION_CHOICES, LEVEL_CHOICES, REPORTER_CHOICES, WISH_CHOICES, ANONYMITY_CHOICES, PROTECTED_GROUNDS } =
    await import('@stagekit/core');
  assert.deepEqual(GROUND_CHOICES.map((choice) => choice.id), [...PROTECTED_GROUNDS]);
  assert.equal(GROUND_CHOICES.filter((choice) => choice.law === 'awgb').length, 8);
  for (const choice of [...GROUND_CHOICES, ...MISUSE_CHOICES, ...REPORT_TYPE_CHOICES, ...SITUATION_CHOICES, ...LEVEL_CHOICES, ...REPORTER_CHOICES, ...WISH_CHOICES, ...ANONYMITY_CHOICES]) {
    for (const key of [choice.label, ...(choice.hint ? [choice.hint] : []), ...choice.examples]) assert.ok(nl[key] && en[key], key);
  }
  for (const choice of [...GROUND_CHOICES, ...MISUSE_CHOICES]) assert.ok(choice.examples.length >= 1, choice.id);
  for (const type of REPORT_TYPES) assert.ok(nl[`type.${type}.hint`]);
  // The anonymity choice says plainly that an anonymous report can get no answer.
  assert.match(String(nl['anonymity.anonymous.hint']), /niemand je antwoorden/);
  assert.match(String(en['anonymity.anonymous.hint']), /nobody can answer you/);
});

test('the report messages: the same keys in both languages, the same placeholders, nothing empty', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  const placeholders = (message: unknown) => JSON.stringify(message).match(/\{\w+\}/g)?.sort() ?? [];
  for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
    assert.ok(JSON.stringify(nl[key]).length > 2 && JSON.stringify(en[key]).length > 2, key);
    assert.deepEqual(placeholders(en[key]), placeholders(nl[key]), key);
  }
});
