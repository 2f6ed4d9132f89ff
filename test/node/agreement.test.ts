import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  AGREEMENT_CLAUSES,
  AGREEMENT_FIELDS,
  AGREEMENT_SOURCES,
  AGREEMENT_STEPS,
  AGREEMENT_WEEKDAYS,
  CLAUSE_STATUSES,
  REGIMES,
  SIGNING_FIELDS,
  agreementCatalog,
  clauseFields,
  clausesFor,
  completeness,
  fieldApplies,
  fieldDefinition,
  fieldOptions,
  isMinorAtStart,
  loadAgreementTools,
  loadMessages,
  requiredFields,
  sourceSchema,
  stepFields,
  formatMessage,
  translate,
  validationMessages,
  type AgreementFields,
  type AgreementMessageKey,
  type AgreementStep,
  type ClauseStatus,
  type Message,
  type Regime,
} from '@stagekit/core';

/*
 * The agreement's catalogue of clauses, its messages, completeness and step validation. What the law
 * asks is written out here from WEB art. 7.2.8–7.2.10 and the Kamerbrief, not read from the catalogue.
 */

const { validateStep, validateAgreement } = await loadAgreementTools();
const messages = { nl: await loadMessages(agreementCatalog, 'nl'), en: await loadMessages(agreementCatalog, 'en') };
const LANGUAGES = ['nl', 'en'] as const;

const fixture = JSON.parse(readFileSync(new URL('../fixtures/agreement/full-fields.json', import.meta.url), 'utf8')) as {
  common: AgreementFields;
  regimes: Record<Regime, AgreementFields>;
};
/** Every field of the regime filled with a valid value. */
const fullFields = (regime: Regime): AgreementFields => ({ ...fixture.common, ...fixture.regimes[regime] });
const without = (fields: AgreementFields, ...ids: string[]): AgreementFields => Object.fromEntries(Object.entries(fields).filter(([id]) => !ids.includes(id)));

const idsWithStatus = (regime: Regime, status: ClauseStatus) =>
  new Set(clausesFor(regime).filter((clause) => clause.status[regime] === status).map((clause) => clause.id));

// ── The catalogue ──────────────────────────────────────────────────────────────────────────────

/** WEB art. 7.2.8 (content of the POK), 7.2.9 (the three parties sign) and 7.2.10 (recognised company). */
const MBO_LAW = [
  'parties-student',
  'parties-guardian',
  'parties-school',
  'parties-company',
  'company-recognition',
  'company-trainer',
  'stage-goal',
  'period-dates',
  'practice-hours',
  'supervision',
  'assessment',
  'termination',
];
/** The Kamerbrief's contours for hbo and wo: a tripartite agreement with goal, supervision and a right to compensation. */
const HIGHER_PROPOSAL = ['parties-student', 'parties-school', 'parties-company', 'company-trainer', 'stage-goal', 'supervision', 'compensation'];

test('mbo: the law clauses are exactly those of WEB 7.2.8–7.2.10, and nothing in mbo is only a proposal', () => {
  assert.deepEqual([...idsWithStatus('mbo', 'law')].sort(), [...MBO_LAW].sort());
  assert.equal(idsWithStatus('mbo', 'proposal').size, 0);
  // The clauses the brief names by their WEB topic, checked by the fields they hold:
  const fieldsOf = (id: string) => clauseFields(AGREEMENT_CLAUSES.find((clause) => clause.id === id)!, 'mbo');
  assert.deepEqual(fieldsOf('period-dates'), ['period.start', 'period.end']);
  assert.deepEqual(fieldsOf('practice-hours'), ['period.totalHours', 'period.hoursPerYear']);
  assert.deepEqual(fieldsOf('stage-goal'), ['goals.qualification']);
  assert.deepEqual(fieldsOf('company-recognition'), ['company.sbbNumber']);
  assert.ok(fieldsOf('supervision').includes('supervision.company') && fieldsOf('supervision').includes('supervision.school'));
  assert.ok(fieldsOf('assessment').includes('assessment.method'));
  assert.deepEqual(fieldsOf('termination'), ['termination.terms']);
});

for (const regime of ['hbo', 'wo'] as const) {
  test(`${regime}: no clause is law yet; goal, supervision, compensation and the parties are in the proposal`, () => {
    assert.equal(idsWithStatus(regime, 'law').size, 0);
    assert.deepEqual([...idsWithStatus(regime, 'proposal')].sort(), [...HIGHER_PROPOSAL].sort());
    const stageGoal = AGREEMENT_CLAUSES.find((clause) => clause.id === 'stage-goal')!;
    assert.deepEqual(clauseFields(stageGoal, regime), ['goals.purpose'], 'the stage goal is a purpose, not a qualification');
  });
}

test('company recognition (SBB) exists only in mbo: the clause, its field and its step', () => {
  const recognition = AGREEMENT_CLAUSES.find((clause) => clause.id === 'company-recognition')!;
  assert.deepEqual(Object.keys(recognition.status), ['mbo']);
  for (const regime of REGIMES) {
    const has = clausesFor(regime).some((clause) => clause.id === 'company-recognition');
    assert.equal(has, regime === 'mbo', regime);
    assert.equal(stepFields('parties', regime).includes('company.sbbNumber'), regime === 'mbo', regime);
    assert.equal(fieldApplies(fieldDefinition('company.sbbNumber')!, regime), regime === 'mbo');
  }
});

test('every clause cites at least one source, and every source has a title, a publisher and a checked date', () => {
  for (const clause of AGREEMENT_CLAUSES) {
    assert.ok(clause.sources.length >= 1, `${clause.id} has no source`);
    assert.equal(new Set(clause.sources).size, clause.sources.length, `${clause.id} cites a source twice`);
    for (const id of clause.sources) assert.ok(id in AGREEMENT_SOURCES, `${clause.id} cites unknown source ${id}`);
  }
  for (const [id, source] of Object.entries(AGREEMENT_SOURCES)) {
    assert.ok(sourceSchema.safeParse(source).success, `${id} does not match the source schema`);
    assert.ok(source.title.trim().length > 10, `${id}: title`);
    assert.ok(source.publisher.trim().length > 1, `${id}: publisher`);
    assert.match(source.checked, /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, `${id}: checked`);
  }
  // Every source is cited by some clause: none is dead weight in the appendix.
  const cited = new Set(AGREEMENT_CLAUSES.flatMap((clause) => clause.sources));
  assert.deepEqual([...cited].sort(), Object.keys(AGREEMENT_SOURCES).sort());
});

test('every field of a clause exists; every field belongs to exactly one clause or to signing', () => {
  const known = new Set(AGREEMENT_FIELDS.map((field) => field.id));
  assert.equal(known.size, AGREEMENT_FIELDS.length, 'field ids are unique');
  assert.equal(new Set(AGREEMENT_CLAUSES.map((clause) => clause.id)).size, AGREEMENT_CLAUSES.length, 'clause ids are unique');
  const owners = new Map<string, string[]>();
  for (const clause of AGREEMENT_CLAUSES) {
    for (const id of clause.fields) {
      assert.ok(known.has(id), `${clause.id} uses unknown field ${id}`);
      owners.set(id, [...(owners.get(id) ?? []), clause.id]);
    }
    const required = REGIMES.flatMap((regime) => requiredFields(clause, regime));
    for (const id of required) assert.ok(clause.fields.includes(id), `${clause.id} requires ${id}, which is not one of its fields`);
    for (const regime of REGIMES) {
      if (clause.status[regime]) assert.ok(requiredFields(clause, regime).length >= 1, `${clause.id} in ${regime} can never be done or missing`);
    }
  }
  for (const id of SIGNING_FIELDS) owners.set(id, [...(owners.get(id) ?? []), 'signing']);
  for (const field of AGREEMENT_FIELDS) assert.equal(owners.get(field.id)?.length, 1, `${field.id} belongs to ${owners.get(field.id)?.join(', ') ?? 'nothing'}`);
});

for (const regime of REGIMES) {
  test(`${regime}: the steps show every field of the regime once, in the order of AGREEMENT_FIELDS`, () => {
    const shown = AGREEMENT_STEPS.flatMap((step) => stepFields(step, regime));
    const expected = AGREEMENT_FIELDS.filter((field) => fieldApplies(field, regime)).map((field) => field.id);
    assert.deepEqual(shown, expected);
    for (const field of AGREEMENT_FIELDS) {
      if (field.kind === 'choice') assert.ok(fieldOptions(field, regime).length >= 2, `${field.id} has choices in ${regime}`);
    }
  });
}

test('every step, clause, field, status, regime, option and weekday has words in Dutch and English; every clause is explained', () => {
  for (const locale of LANGUAGES) {
    const words = messages[locale] as Record<string, Message>;
    const need = (key: string) => {
      const message = words[key];
      assert.ok(message !== undefined, `${locale}: no message ${key}`);
      assert.ok(typeof message === 'string' ? message.trim().length > 0 : message.one.trim() && message.other.trim(), `${locale}: empty ${key}`);
    };
    for (const step of AGREEMENT_STEPS) need(`step.${step}`);
    for (const status of CLAUSE_STATUSES) need(`status.${status}`);
    for (const regime of REGIMES) need(`regime.${regime}`);
    for (const clause of AGREEMENT_CLAUSES) {
      need(`clause.${clause.id}`);
      need(`explain.${clause.id}`);
    }
    for (const field of AGREEMENT_FIELDS) {
      need(`field.${field.id}`);
      for (const regime of REGIMES) for (const option of fieldOptions(field, regime)) need(`option.${field.id}.${option}`);
    }
    for (const day of AGREEMENT_WEEKDAYS) need(`weekday.${day}`);
  }
});

test('the English messages have exactly the Dutch keys, with the same placeholders', () => {
  const nl = messages.nl as Record<string, Message>;
  const en = messages.en as Record<string, Message>;
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  const placeholders = (message: Message) =>
    [...new Set((typeof message === 'string' ? message : `${message.one} ${message.other}`).match(/\{\w+\}/g) ?? [])].sort();
  for (const key of Object.keys(nl) as AgreementMessageKey[]) {
    assert.deepEqual(placeholders(en[key]!), placeholders(nl[key]!), `placeholders of ${key}`);
    assert.equal(typeof en[key], typeof nl[key], `plural forms of ${key}`);
  }
});

// ── Completeness ───────────────────────────────────────────────────────────────────────────────

/** Counts per status, worked out from the clause list by hand (29 clauses; the guardian's counts only for minors). */
const EXPECTED_TOTALS: Record<Regime, Record<ClauseStatus, number>> = {
  mbo: { law: 11, proposal: 0, recommended: 17 },
  hbo: { law: 0, proposal: 7, recommended: 20 },
  wo: { law: 0, proposal: 7, recommended: 20 },
};

for (const regime of REGIMES) {
  test(`${regime}: an empty agreement is done nowhere, and each missing clause points at its first required field`, () => {
    const result = completeness(regime, {});
    for (const status of CLAUSE_STATUSES) {
      assert.equal(result[status].done, 0, status);
      assert.equal(result[status].total, EXPECTED_TOTALS[regime][status], `${status} total`);
      assert.equal(result[status].missing.length, result[status].total, `${status} missing`);
    }
    assert.equal(result.lawComplete, regime !== 'mbo', 'with no law clause, there is nothing the law misses');
    const missing = Object.fromEntries(CLAUSE_STATUSES.flatMap((status) => result[status].missing.map((entry) => [entry.clause, entry])));
    assert.ok(!('parties-guardian' in missing), 'the guardian counts only for a minor');
    assert.deepEqual(missing['parties-student']!.fields, ['student.name']);
    assert.equal(missing['parties-student']!.step, 'parties');
    assert.deepEqual(missing['parties-company']!.fields, ['company.name']);
    assert.deepEqual(missing['weekly-schedule']!.fields, ['period.hoursPerWeek', 'period.officeDays']);
    assert.equal(missing['weekly-schedule']!.step, 'period');
    assert.deepEqual(missing['programme']!.fields, regime === 'mbo' ? ['programme.name', 'programme.level', 'programme.code'] : ['programme.name', 'programme.level']);
    assert.deepEqual(missing['stage-goal']!.fields, [regime === 'mbo' ? 'goals.qualification' : 'goals.purpose']);
    assert.deepEqual(missing['practice-hours']!.fields, regime === 'mbo' ? ['period.totalHours', 'period.hoursPerYear'] : ['period.totalHours']);
    // Every missing field belongs to the regime and to the clause's step.
    for (const entry of Object.values(missing)) for (const id of entry.fields) assert.ok(stepFields(entry.step, regime).includes(id), `${id} in ${entry.step}`);
  });

  test(`${regime}: a full agreement is complete in every group`, () => {
    const result = completeness(regime, fullFields(regime));
    for (const status of CLAUSE_STATUSES) {
      assert.equal(result[status].done, result[status].total, status);
      assert.deepEqual(result[status].missing, []);
    }
    assert.equal(result.lawComplete, true);
  });
}

test('partial agreements: a clause is done when its required fields are, and the link goes to the first empty one', () => {
  const fields: AgreementFields = { 'student.email': 'ayla@example.nl', 'period.start': '2027-02-01', 'period.end': '   ', 'goals.purpose': 'Onderzoek' };
  const mbo = completeness('mbo', fields);
  const missing = (regime: Regime, result = completeness(regime, fields)) =>
    Object.fromEntries(CLAUSE_STATUSES.flatMap((status) => result[status].missing.map((entry) => [entry.clause, entry.fields])));
  assert.deepEqual(missing('mbo', mbo)['parties-student'], ['student.name'], 'the e-mail is filled, the name is not');
  assert.deepEqual(missing('mbo', mbo)['period-dates'], ['period.end'], 'blank counts as empty');
  assert.deepEqual(missing('mbo', mbo)['stage-goal'], ['goals.qualification'], 'the hbo goal does not count in mbo');
  assert.equal(mbo.law.done, 0);
  assert.equal(missing('hbo')['stage-goal'], undefined, 'in hbo the purpose is the goal');
  assert.equal(completeness('hbo', fields).proposal.done, 1);

  // Filling the law clauses of mbo one by one raises the count by one each time.
  const full = fullFields('mbo');
  let partial: AgreementFields = {};
  const lawClauses = clausesFor('mbo').filter((clause) => clause.status.mbo === 'law' && !clause.onlyForMinors);
  lawClauses.forEach((clause, index) => {
    for (const id of requiredFields(clause, 'mbo')) partial = { ...partial, [id]: full[id]! };
    const result = completeness('mbo', partial);
    assert.equal(result.law.done, index + 1, `after ${clause.id}`);
    assert.equal(result.lawComplete, index + 1 === lawClauses.length);
  });
  // Recommended fields do not change the law count, and an optional field does not complete a clause.
  assert.equal(completeness('mbo', { 'student.phone': '0612345678', 'student.address': 'x' }).law.done, 0);
});

test('the guardian clause counts only when the student is under 18 on the first day', () => {
  const base = { ...fullFields('mbo') };
  delete base['guardian.name'];
  delete base['guardian.email'];
  delete base['guardian.phone'];
  const cases: [birthDate: string | undefined, start: string | undefined, minor: boolean | undefined][] = [
    ['2009-03-01', '2027-02-28', true], // 17 the day before the 18th birthday
    ['2009-03-01', '2027-03-01', false], // 18 on the birthday
    ['2009-03-01', '2027-02-01', true],
    ['2006-05-14', '2027-02-01', false],
    [undefined, '2027-02-01', undefined], // unknown age: not counted
    ['2009-03-01', undefined, undefined],
    ['2009-02-30', '2027-02-01', undefined], // no such day
  ];
  for (const [birthDate, start, minor] of cases) {
    const fields = { ...without(base, 'student.birthDate', 'period.start'), ...(birthDate ? { 'student.birthDate': birthDate } : {}), ...(start ? { 'period.start': start } : {}) };
    assert.equal(isMinorAtStart(fields), minor, `${birthDate} / ${start}`);
    for (const regime of REGIMES) {
      const result = completeness(regime, fields);
      const guardianStatus = regime === 'mbo' ? 'law' : 'recommended';
      const expectedTotal = EXPECTED_TOTALS[regime][guardianStatus] + (minor ? 1 : 0);
      assert.equal(result[guardianStatus].total, expectedTotal, `${regime} ${birthDate} / ${start}`);
      const guardianMissing = result[guardianStatus].missing.find((entry) => entry.clause === 'parties-guardian');
      assert.equal(Boolean(guardianMissing), minor === true, `${regime}: the guardian is missing only for a minor`);
      if (guardianMissing) assert.deepEqual(guardianMissing.fields, ['guardian.name']);
    }
  }
  // A minor with a named guardian: the mbo law group is complete again.
  const minorWithGuardian = { ...base, 'student.birthDate': '2010-01-01', 'guardian.name': 'Mirjam de Vries' };
  const done = completeness('mbo', minorWithGuardian);
  assert.equal(done.law.total, 12);
  assert.equal(done.law.done, 12);
  assert.equal(done.lawComplete, true);
  assert.equal(completeness('mbo', without(minorWithGuardian, 'guardian.name')).lawComplete, false);
});

// ── Step validation ────────────────────────────────────────────────────────────────────────────

const producedKeys = new Map<string, Record<string, string | number> | undefined>();
function issuesOf(regime: Regime, step: AgreementStep, fields: AgreementFields) {
  const issues = validateStep(regime, step, fields);
  for (const issue of issues) producedKeys.set(issue.key, issue.params);
  return issues;
}
const stepOf = (id: string): AgreementStep => AGREEMENT_STEPS.find((step) => REGIMES.some((regime) => stepFields(step, regime).includes(id)))!;
/** The one issue for a field when only that field is filled (plus `also`). */
const issueFor = (regime: Regime, id: string, value: string, also: AgreementFields = {}) =>
  issuesOf(regime, stepOf(id), { ...fullFields(regime), ...also, [id]: value }).find((issue) => issue.field === id);

test('mbo: leaving a step with empty law fields lists them in form order; hbo and wo require nothing yet', () => {
  assert.deepEqual(
    issuesOf('mbo', 'parties', {}).map((issue) => [issue.field, issue.key]),
    [
      ['student.name', 'required-by-law'],
      ['school.name', 'required-by-law'],
      ['school.supervisorName', 'required-by-law'],
      ['company.name', 'required-by-law'],
      ['company.sbbNumber', 'required-by-law'],
      ['trainer.name', 'required-by-law'],
    ],
  );
  assert.deepEqual(
    issuesOf('mbo', 'period', {}).map((issue) => issue.field),
    ['period.start', 'period.end', 'period.totalHours', 'period.hoursPerYear'],
  );
  assert.deepEqual(issuesOf('mbo', 'programme', {}).map((issue) => issue.field), ['goals.qualification']);
  assert.deepEqual(issuesOf('mbo', 'supervision', {}).map((issue) => issue.field), ['supervision.company', 'supervision.school']);
  assert.deepEqual(issuesOf('mbo', 'assessment', {}).map((issue) => issue.field), ['assessment.method', 'assessment.assessor']);
  assert.deepEqual(issuesOf('mbo', 'rules', {}).map((issue) => issue.field), ['termination.terms']);
  assert.deepEqual(issuesOf('mbo', 'compensation', {}), [], 'compensation is not law in mbo');
  assert.deepEqual(issuesOf('mbo', 'signing', {}), []);
  for (const regime of ['hbo', 'wo'] as const) {
    for (const step of AGREEMENT_STEPS) assert.deepEqual(issuesOf(regime, step, {}), [], `${regime} ${step}`);
  }
  // A blank value is empty.
  assert.deepEqual(issuesOf('mbo', 'rules', { 'termination.terms': ' \n ' }).map((issue) => issue.key), ['required-by-law']);
  // The guardian is required by law only for a minor.
  const adult = { 'student.birthDate': '2006-05-14', 'period.start': '2027-02-01' };
  const minor = { 'student.birthDate': '2010-05-14', 'period.start': '2027-02-01' };
  assert.ok(!issuesOf('mbo', 'parties', adult).some((issue) => issue.field === 'guardian.name'));
  const minorIssues = issuesOf('mbo', 'parties', minor).map((issue) => issue.field);
  assert.ok(minorIssues.includes('guardian.name'));
  assert.ok(minorIssues.indexOf('student.name') < minorIssues.indexOf('guardian.name') && minorIssues.indexOf('guardian.name') < minorIssues.indexOf('school.name'), 'in form order');
  assert.deepEqual(issuesOf('hbo', 'parties', minor), [], 'recommended, not law, in hbo');
});

test('every field of a full agreement is valid in its regime', () => {
  for (const regime of REGIMES) assert.deepEqual(validateAgreement(regime, fullFields(regime)), [], regime);
});

/** [regime, field, value, expected key (undefined: valid), params] */
const FORMAT_CASES: [Regime, string, string, string | undefined, Record<string, string | number>?][] = [
  // e-mail
  ['mbo', 'student.email', 'Ayla.de.Vries@Example.NL', undefined],
  ['mbo', 'student.email', ' ayla@example.nl ', undefined],
  ['mbo', 'student.email', 'ayla@example', 'email'],
  ['mbo', 'student.email', 'ayla example.nl', 'email'],
  ['mbo', 'student.email', 'ayla@@example.nl', 'email'],
  ['mbo', 'student.email', '<ayla@example.nl>', 'email'],
  ['mbo', 'trainer.email', `${'a'.repeat(200)}@example.nl`, 'email'],
  // phone
  ['mbo', 'student.phone', '06-12345678', undefined],
  ['mbo', 'student.phone', '+31 (0)6 1234 5678', undefined],
  ['mbo', 'student.phone', 'bel me', 'phone'],
  ['mbo', 'student.phone', '1234', 'phone'],
  ['mbo', 'student.phone', '+31 6 12345678 ext. 2', 'phone'],
  // date
  ['mbo', 'signing.date', '2027-01-20', undefined],
  ['mbo', 'signing.date', '2027-02-30', 'iso-date'],
  ['mbo', 'signing.date', '20-01-2027', 'iso-date'],
  ['mbo', 'signing.date', '2027-1-20', 'iso-date'],
  // number with a range
  ['mbo', 'programme.studyYear', '8', undefined],
  ['mbo', 'programme.studyYear', '9', 'number-range', { minimum: 1, maximum: 8 }],
  ['mbo', 'programme.studyYear', '0', 'number-range', { minimum: 1, maximum: 8 }],
  ['mbo', 'programme.studyYear', 'twee', 'number-range', { minimum: 1, maximum: 8 }],
  ['mbo', 'period.hoursPerWeek', '32,5', undefined],
  ['mbo', 'period.hoursPerWeek', '32.5', undefined],
  ['mbo', 'period.hoursPerWeek', '61', 'number-range', { minimum: 1, maximum: 60 }],
  ['mbo', 'period.hoursPerWeek', '32 uur', 'number-range', { minimum: 1, maximum: 60 }],
  ['mbo', 'period.totalHours', '10000', undefined],
  ['mbo', 'period.totalHours', '10001', 'number-range', { minimum: 1, maximum: 10_000 }],
  ['mbo', 'period.daysPerWeek', '7', undefined],
  ['mbo', 'period.daysPerWeek', '8', 'number-range', { minimum: 1, maximum: 7 }],
  // money
  ['mbo', 'compensation.amount', '0', undefined],
  ['mbo', 'compensation.amount', '400', undefined],
  ['mbo', 'compensation.amount', '400,50', undefined],
  ['mbo', 'compensation.amount', '1,10', undefined],
  ['mbo', 'compensation.amount', '19,99', undefined],
  ['mbo', 'compensation.amount', '0.29', undefined],
  ['mbo', 'compensation.amount', '99999', undefined],
  ['mbo', 'compensation.amount', '100000', 'money'],
  ['mbo', 'compensation.amount', '-5', 'money'],
  ['mbo', 'compensation.amount', '400,505', 'money'],
  ['mbo', 'compensation.amount', '400.505', 'money'],
  // "1.000": a thousand to a Dutch reader, one to an English one; refused rather than guessed.
  ['mbo', 'compensation.amount', '1.000', 'money'],
  ['mbo', 'period.totalHours', '1.000', 'number-range'],
  ['mbo', 'compensation.amount', '1,000', 'money'],
  ['mbo', 'compensation.amount', '€ 400', 'money'],
  // code (digits, spaces allowed)
  ['mbo', 'company.kvk', '1234 5678', undefined],
  ['mbo', 'company.kvk', '1234567', 'digits', { count: 8 }],
  ['mbo', 'company.kvk', '123456789', 'digits', { count: 8 }],
  ['mbo', 'company.kvk', '1234567a', 'digits', { count: 8 }],
  ['hbo', 'programme.code', '34479', undefined],
  ['hbo', 'programme.code', '3447', 'digits', { count: 5 }],
  // choice: per regime
  ['mbo', 'programme.level', '4', undefined],
  ['mbo', 'programme.level', 'bachelor', 'choice'],
  ['hbo', 'programme.level', 'associate', undefined],
  ['wo', 'programme.level', 'associate', 'choice'],
  ['wo', 'programme.level', 'Master', 'choice'],
  ['mbo', 'programme.pathway', 'bbl', undefined],
  ['hbo', 'programme.pathway', 'bbl', 'choice'],
  ['mbo', 'placement.kind', 'leerbaan', undefined],
  ['wo', 'placement.kind', 'professional', 'choice'],
  // weekdays
  ['mbo', 'period.officeDays', 'tue, mon', undefined],
  ['mbo', 'period.officeDays', 'MON,Fri', undefined],
  ['mbo', 'period.officeDays', 'mon,mon', 'weekday-list'],
  ['mbo', 'period.officeDays', 'monday', 'weekday-list'],
  ['mbo', 'period.officeDays', ',', 'weekday-list'],
  // confirm
  ['mbo', 'legal.notEmployment', 'yes', undefined],
  ['mbo', 'legal.notEmployment', 'no', 'confirm'],
  ['mbo', 'legal.supernumerary', 'true', 'confirm'],
  // length
  ['mbo', 'student.name', 'a'.repeat(200), undefined],
  ['mbo', 'student.name', 'a'.repeat(201), 'too-long', { maximum: 200 }],
  ['mbo', 'goals.learning', 'a'.repeat(4000), undefined],
  ['mbo', 'goals.learning', 'a'.repeat(4001), 'too-long', { maximum: 4000 }],
];

test('format rules: e-mail, phone, date, number, money, code, choice, weekdays, confirm and length', () => {
  for (const [regime, id, value, key, params] of FORMAT_CASES) {
    const issue = issueFor(regime, id, value);
    const where = `${regime} ${id} = ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
    assert.equal(issue?.key, key, where);
    if (params) assert.deepEqual(issue?.params, params, `${where}: params`);
  }
});

test('only the problems of the step are reported, one per field, in form order', () => {
  const fields: AgreementFields = { 'student.email': 'nee', 'student.phone': 'nee', 'company.kvk': '1', 'signing.date': 'morgen', 'programme.level': 'x' };
  assert.deepEqual(
    issuesOf('hbo', 'parties', fields).map((issue) => [issue.field, issue.key]),
    [
      ['student.email', 'email'],
      ['student.phone', 'phone'],
      ['company.kvk', 'digits'],
    ],
  );
  assert.deepEqual(issuesOf('hbo', 'signing', fields).map((issue) => issue.field), ['signing.date']);
  // Fields the regime does not have are not checked (a stray sbb number in hbo).
  assert.deepEqual(issuesOf('hbo', 'parties', { 'company.sbbNumber': 'a'.repeat(500) }), []);
});

test('cross-field rules: end before start, contact moments outside the period, an impossible birth date', () => {
  const period = { 'period.start': '2027-02-01', 'period.end': '2027-06-25' };
  for (const regime of REGIMES) {
    assert.equal(issueFor(regime, 'period.end', '2027-01-31', period)?.key, 'end-before-start');
    assert.equal(issueFor(regime, 'period.end', '2027-02-01', period), undefined, 'a one-day internship is fine');
    assert.equal(issueFor(regime, 'period.end', '2027-31-01', period)?.key, 'iso-date', 'a broken date is a format problem first');
  }
  assert.ok(!issuesOf('mbo', 'period', { 'period.end': '2027-01-01', 'period.start': 'soon' }).some((issue) => issue.key === 'end-before-start'));
  for (const id of ['supervision.contactStart', 'supervision.contactMiddle', 'supervision.contactEnd']) {
    assert.equal(issueFor('hbo', id, '2027-01-31', period)?.key, 'contact-outside-period', `${id} before`);
    assert.equal(issueFor('hbo', id, '2027-06-26', period)?.key, 'contact-outside-period', `${id} after`);
    assert.equal(issueFor('hbo', id, '2027-02-01', period), undefined, `${id} on the first day`);
    assert.equal(issueFor('hbo', id, '2027-06-25', period), undefined, `${id} on the last day`);
  }
  // Without both dates there is no period to be outside of.
  assert.deepEqual(issuesOf('hbo', 'supervision', { 'supervision.contactStart': '2020-01-01', 'period.start': '2027-02-01' }), []);

  const start = { 'period.start': '2027-02-01' };
  assert.equal(issueFor('hbo', 'student.birthDate', '2015-02-01', start), undefined, '12 on the first day');
  assert.equal(issueFor('hbo', 'student.birthDate', '2015-02-02', start)?.key, 'birth-date', 'one day short of 12');
  assert.equal(issueFor('hbo', 'student.birthDate', '1926-02-01', start)?.key, 'birth-date', '101');
  assert.equal(issueFor('hbo', 'student.birthDate', '2028-01-01', start)?.key, 'birth-date', 'born after the start');
  assert.equal(issueFor('hbo', 'student.birthDate', '2006-13-01', start)?.key, 'iso-date');
  // Without a start, the age is taken today: a birth date in the future is still impossible.
  assert.equal(issuesOf('wo', 'parties', { 'student.birthDate': '2999-01-01' }).find((issue) => issue.field === 'student.birthDate')?.key, 'birth-date');
});

test('every validation key the steps produce has a message in Dutch and English, with its numbers filled in', () => {
  // A few more runs, so every cross-field key is in the set even if the tests above change.
  issuesOf('mbo', 'period', { 'period.start': '2027-02-01', 'period.end': '2027-01-01' });
  issuesOf('mbo', 'supervision', { 'period.start': '2027-02-01', 'period.end': '2027-03-01', 'supervision.contactEnd': '2027-04-01' });
  issuesOf('mbo', 'parties', { 'student.birthDate': '1800-01-01' });
  const expected = ['required-by-law', 'email', 'phone', 'iso-date', 'number-range', 'money', 'digits', 'choice', 'weekday-list', 'confirm', 'too-long', 'end-before-start', 'contact-outside-period', 'birth-date'];
  assert.deepEqual([...producedKeys.keys()].sort(), [...expected].sort());
  for (const [key, params] of producedKeys) {
    for (const locale of LANGUAGES) {
      // Shared rules have words in the validation catalogue, the agreement's own rules in its messages.
      const own = (messages[locale] as Record<string, string>)[`rule.${key}`];
      assert.ok(key in validationMessages[locale] || own !== undefined, `${locale}: no message for ${key}`);
      const text = own !== undefined ? formatMessage(own, locale, params) : translate(validationMessages, locale, key as keyof typeof validationMessages.nl, params);
      assert.doesNotMatch(text, /\{\w+\}/, `${locale} ${key}: a placeholder is left: ${text}`);
    }
  }
  // An agreement rule is never also in the shared catalogue, which every widget downloads.
  for (const locale of LANGUAGES) {
    for (const ruleKey of Object.keys(messages[locale]).filter((name) => name.startsWith('rule.'))) {
      assert.ok(!(ruleKey.slice(5) in validationMessages[locale]), `${ruleKey} is in both catalogues`);
    }
  }
});
