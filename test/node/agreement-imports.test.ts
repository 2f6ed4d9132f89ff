import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  agreementCatalog,
  buildDocument,
  buildSchedule,
  checkCompensation,
  compensationImport,
  compensationInputSchema,
  compensationRulesSchema,
  createAgreement,
  createPlan,
  fieldsFromSchedule,
  loadAgreementTools,
  loadMessages,
  parseCaoDataset,
  translator,
  withContactMoment,
  withFields,
  withSource,
  type CaoRecord,
  type CompensationInput,
  type CompensationResult,
  type FieldIssue,
  type SchedulePlan,
} from '@stagekit/core';

/*
 * What the planner and the compensation check bring into the agreement. Expected hours are counted
 * here by hand from the calendar; compensation figures are the ones worked out in compensation.test.ts.
 */

const { validateStep } = await loadAgreementTools();
const nl = translator(await loadMessages(agreementCatalog, 'nl'), 'nl');

// ── From the planner ───────────────────────────────────────────────────────────────────────────

/**
 * 1 February (Mon) to 25 June 2027 (Fri): 21 weeks. Hybrid: company Mon, Tue, Thu; remote Wed; school Fri.
 * Work days 21 × 4 = 84, less the public holidays on a work day: Easter Monday 29 March, King's Day
 * 27 April (Tue), Ascension 6 May (Thu), Whit Monday 17 May. (Liberation Day is off only every fifth
 * year; Good Friday is not off by default.) 80 days × 8 hours = 640.
 */
const hybrid = (): SchedulePlan => createPlan({ id: 'plan-2027', start: '2027-02-01', end: '2027-06-25', hoursPerDay: 8, model: 'hybrid' });

test('a hybrid plan fills the period, the hours, the standard week and the three contact moments', () => {
  const schedule = buildSchedule(hybrid());
  const fields = fieldsFromSchedule(schedule);
  const contact = Object.fromEntries(schedule.contactMoments.map((moment) => [moment.kind, moment.date]));
  assert.deepEqual(fields, {
    'period.start': '2027-02-01',
    'period.end': '2027-06-25',
    'period.totalHours': '640',
    'period.daysPerWeek': '4',
    'period.hoursPerWeek': '32',
    'period.officeDays': 'mon,tue,thu',
    'period.remoteDays': 'wed',
    'period.schoolDays': 'fri',
    'supervision.contactStart': contact.start,
    'supervision.contactMiddle': contact.mid,
    'supervision.contactEnd': contact.final,
  });
  // The planner places them on company days, in order, inside the period.
  const dates = [contact.start!, contact.mid!, contact.final!];
  assert.deepEqual([...dates].sort(), dates);
  assert.ok(dates[0]! >= '2027-02-01' && dates[2]! <= '2027-06-25');
  for (const date of dates) assert.ok(['Mon', 'Tue', 'Thu'].includes(new Date(`${date}T12:00:00Z`).toUTCString().slice(0, 3)), `${date} is a company day`);
  // What the planner brings in is valid in every regime's steps.
  for (const regime of ['mbo', 'hbo', 'wo'] as const) {
    for (const step of ['period', 'supervision'] as const) {
      const problems: FieldIssue[] = validateStep(regime, step, fields).filter((issue) => issue.key !== 'required-by-law');
      assert.deepEqual(problems, [], `${regime} ${step}`);
    }
  }
});

test('agreed total hours, chosen contact dates and the company address come from the plan as they are', () => {
  let plan: SchedulePlan = { ...hybrid(), totalHours: 600, places: { company: 'Dorpsweg 2, Utrecht', school: 'Domplein 1' } };
  plan = withContactMoment(withContactMoment(plan, 'mid', '2027-04-15'), 'start', '2027-02-02');
  const fields = fieldsFromSchedule(buildSchedule(plan));
  assert.equal(fields['period.totalHours'], '600', 'the agreed hours, not the planned 640');
  assert.equal(fields['supervision.contactStart'], '2027-02-02');
  assert.equal(fields['supervision.contactMiddle'], '2027-04-15');
  assert.ok(fields['supervision.contactEnd']! > '2027-04-15');
  assert.equal(fields['place.address'], 'Dorpsweg 2, Utrecht');
});

test('the standard week is that of the longest period, wherever it is in the plan', () => {
  const plan = hybrid();
  const block = { id: 'p1', model: 'blok' as const, start: '2027-02-01', end: '2027-02-26', week: { mon: 'company', tue: 'company', wed: 'company', thu: 'company', fri: 'remote', sat: 'off', sun: 'off' } as const };
  const lint = { id: 'p2', model: 'lint' as const, start: '2027-03-01', end: '2027-06-25', week: { mon: 'company', tue: 'company', wed: 'school', thu: 'school', fri: 'off', sat: 'company', sun: 'off' } as const };
  for (const periods of [
    [block, lint],
    [lint, block],
  ]) {
    const fields = fieldsFromSchedule(buildSchedule({ ...plan, hoursPerDay: 7.5, periods }));
    assert.equal(fields['period.officeDays'], 'mon,tue,sat');
    assert.equal(fields['period.remoteDays'], undefined, 'the remote Friday is in the shorter period');
    assert.equal(fields['period.schoolDays'], 'wed,thu');
    assert.equal(fields['period.daysPerWeek'], '3');
    assert.equal(fields['period.hoursPerWeek'], '22.5');
  }
});

test('a plan without work days fills no hours, no week counts and no contact moments', () => {
  const plan = createPlan({
    id: 'school-only',
    start: '2027-09-06',
    end: '2027-10-01',
    hoursPerDay: 8,
    model: 'hybrid',
    week: { mon: 'school', tue: 'school', wed: 'off', thu: 'off', fri: 'off', sat: 'off', sun: 'off' },
  });
  assert.deepEqual(fieldsFromSchedule(buildSchedule(plan)), {
    'period.start': '2027-09-06',
    'period.end': '2027-10-01',
    'period.schoolDays': 'mon,tue',
  });
  // Only remote days (and no onboarding on site, which would make the first week's remote days company days):
  // hours, but no company day for a contact moment.
  const remote = {
    ...plan,
    supervision: { ...plan.supervision, onboardingOnSite: false },
    periods: [{ ...plan.periods[0]!, week: { ...plan.periods[0]!.week, mon: 'remote', tue: 'remote' } as const }],
  };
  const fields = fieldsFromSchedule(buildSchedule(remote));
  assert.equal(fields['period.totalHours'], String(4 * 2 * 8), 'four weeks of two remote days, no holidays in September');
  assert.equal(fields['period.remoteDays'], 'mon,tue');
  assert.equal(fields['supervision.contactStart'], undefined);
});

test('imported planner fields go into an agreement and its document', () => {
  const agreement = withFields(createAgreement({ regime: 'mbo' }), fieldsFromSchedule(buildSchedule(hybrid())));
  const lines = buildDocument(agreement, nl).sections.flatMap((section) => section.clauses).flatMap((clause) => clause.lines);
  const value = (label: string) => lines.find((line) => line.label === label)?.value;
  assert.equal(value('Eerste stagedag'), '1 februari 2027');
  assert.equal(value('Totaal aantal stage-uren'), '640');
  assert.equal(value('Dagen op het bedrijf'), 'maandag, dinsdag en donderdag');
});

// ── From the compensation check ────────────────────────────────────────────────────────────────

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../packages/core/data/${file}`, import.meta.url), 'utf8'));
const rules = compensationRulesSchema.parse(readJson('compensation-rules.json'));
const dataset = parseCaoDataset(readJson('cao-dataset.json'));
const record = (id: string): CaoRecord => dataset.records.find((candidate) => candidate.id === id)!;

const BASE: CompensationInput = {
  level: 'hbo',
  stageType: 'practice',
  weeks: 20,
  hours: 40,
  days: 5,
  age: 21,
  location: 'nl',
  offered: 500,
  learningPlan: true,
  supervisor: true,
  replacesStaff: false,
  mainlyProductive: false,
  graduated: false,
};
const check = (change: Partial<CompensationInput>, cao: string | null, date: string): CompensationResult =>
  checkCompensation(compensationInputSchema.parse({ ...BASE, ...(cao ? { cao } : {}), ...change }), { rules, cao: cao ? record(cao) : null }, date);

test('a compensation check brings the amount, the CAO, its prorated minimum and its source', () => {
  // Jeugdzorg: €400 a month at 32 hours; at 16 hours the minimum is €200 (see compensation.test.ts).
  const result = check({ hours: 16, days: 2, offered: 199.99 }, 'cao-jeugdzorg', '2025-06-01');
  const imported = compensationImport(result);
  // The CAO's 32-hour basis is not the student's 16 hours: it is not written into the agreement's hours field.
  assert.deepEqual(imported.fields, {
    'compensation.amount': '199.99',
    'compensation.cao': 'Cao Jeugdzorg 2024–2025',
  });
  assert.equal(imported.caoName, 'Cao Jeugdzorg 2024–2025');
  assert.equal(imported.minimumMonthly, 200);
  assert.equal(imported.hoursBasis, 32);
  assert.equal(imported.source?.title, 'Cao Jeugdzorg 2024–2025: stagevergoeding');
  assert.equal(imported.employmentRisk, false);
  assert.deepEqual(validateStep('hbo', 'compensation', imported.fields), [], 'the imported fields are valid');

  // Into the agreement: the fields, and the source in the document's appendix.
  const agreement = withSource(withFields(createAgreement({ regime: 'hbo' }), imported.fields), imported.source!);
  const document = buildDocument(agreement, nl);
  const lines = document.sections.flatMap((section) => section.clauses).flatMap((clause) => clause.lines);
  assert.equal(lines.find((line) => line.label === 'Stagevergoeding in euro per maand (bruto)')?.value.replace(/\s/g, ' '), '€ 199,99');
  assert.equal(lines.find((line) => line.label === 'Cao of regeling')?.value, 'Cao Jeugdzorg 2024–2025');
  assert.ok(document.sources.some((source) => source.text.startsWith('Cao Jeugdzorg 2024–2025: stagevergoeding')));
});

test('a check without a CAO brings only the amount; signs of a job are passed on', () => {
  const plain = compensationImport(check({ offered: 350 }, null, '2026-03-01'));
  assert.deepEqual(plain.fields, { 'compensation.amount': '350' });
  assert.equal(plain.caoName, null);
  assert.equal(plain.hoursBasis, null);
  assert.equal(plain.minimumMonthly, null);
  assert.equal(plain.source, null);
  assert.equal(plain.employmentRisk, false);

  // Replacing staff is a strong sign of a job (level high): passed on. No supervisor alone is only
  // some risk: the builder's warning speaks of a right to a wage, so that is not enough for it.
  assert.equal(compensationImport(check({ replacesStaff: true, hours: 30 }, null, '2026-03-01')).employmentRisk, true);
  assert.equal(compensationImport(check({ supervisor: false }, null, '2026-03-01')).employmentRisk, false);
  // Nothing offered is still an amount: zero.
  assert.deepEqual(compensationImport(check({ offered: 0 }, null, '2026-03-01')).fields, { 'compensation.amount': '0' });
});

test('a CAO without an hours basis brings no hours', () => {
  // UMC: €358 a month, no hours basis (see compensation.test.ts).
  const umc = dataset.records.find((candidate) => candidate.id.includes('umc'));
  assert.ok(umc, 'the UMC record is in the dataset');
  const imported = compensationImport(check({}, umc.id, '2026-03-01'));
  assert.equal(imported.hoursBasis, null);
  assert.equal(imported.fields['compensation.hoursBasis'], undefined);
  assert.equal(imported.fields['compensation.cao'], imported.caoName);
  assert.ok(imported.caoName && imported.caoName.length > 0);
});
