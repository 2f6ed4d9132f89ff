import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_WEEKS,
  SCHEDULE_MODELS,
  SCHEDULE_WARNING_CODES,
  buildSchedule,
  contactDateProblem,
  createPlan,
  defaultPeriodFrom,
  describeScheduleWarning,
  formatWeek,
  loadMessages,
  parseWeek,
  scheduleCatalog,
  shiftedContactDate,
  translator,
  withCalendarEntries,
  withContactMoment,
  withOverride,
  withPeriod,
  withPeriodAdded,
  withoutOverride,
  type CalendarEntry,
  type DayType,
  type Schedule,
  type ScheduleModel,
  type SchedulePlan,
  type ScheduleWarningCode,
  type SupervisionSettings,
  type WeekPattern,
  type Weekday,
} from '@stagekit/core';

/* Expected values are worked out here with the JS Date API and plain counting, never read from the planner. */

const DAY_MS = 86_400_000;
const JS_WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const utcTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number) => new Date(utcTime(iso) + days * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (iso: string): Weekday => JS_WEEKDAYS[new Date(utcTime(iso)).getUTCDay()]!;
const daysBetween = (from: string, to: string) => Math.round((utcTime(to) - utcTime(from)) / DAY_MS);
const mondayOf = (iso: string) => addDays(iso, -((new Date(utcTime(iso)).getUTCDay() + 6) % 7));
function datesFrom(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) dates.push(date);
  return dates;
}
const isWork = (type: DayType) => type === 'company' || type === 'remote';

/** A plan with one period (createPlan) and then the given changes. */
function makePlan(start: string, end: string, model: ScheduleModel, change: Partial<SchedulePlan> = {}, supervision: Partial<SupervisionSettings> = {}): SchedulePlan {
  const plan = createPlan({ id: 'test-plan', start, end, hoursPerDay: 8, model });
  return { ...plan, ...change, supervision: { ...plan.supervision, ...supervision } };
}
const week = (types: Partial<WeekPattern>): WeekPattern => ({ mon: 'off', tue: 'off', wed: 'off', thu: 'off', fri: 'off', sat: 'off', sun: 'off', ...types });
const dayOf = (schedule: Schedule, date: string) => {
  const day = schedule.days.find((candidate) => candidate.date === date);
  assert.ok(day, `${date} is in the plan`);
  return day;
};
const codes = (schedule: Schedule) => schedule.warnings.map((warning) => warning.code);
const warning = (schedule: Schedule, code: ScheduleWarningCode) => schedule.warnings.find((candidate) => candidate.code === code);
const moment = (schedule: Schedule, kind: 'start' | 'mid' | 'final') => schedule.contactMoments.find((candidate) => candidate.kind === kind)!;

/** Dutch public holidays that are days off by default, as printed in any Dutch calendar. */
const HOLIDAYS_2025_2027 = new Set([
  '2025-12-25', '2025-12-26', '2026-01-01', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-24', '2026-05-25',
  '2026-12-25', '2026-12-26', '2027-01-01', '2027-03-28', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-16', '2027-05-17',
]);

test('the test calendar itself: the weekdays these tests rely on', () => {
  assert.equal(weekdayOf('2026-09-07'), 'mon');
  assert.equal(weekdayOf('2027-04-27'), 'tue');
  assert.equal(weekdayOf('2025-12-26'), 'fri');
  assert.equal(weekdayOf('2026-04-03'), 'fri');
  assert.equal(weekdayOf('2026-05-05'), 'tue');
  assert.equal(weekdayOf('2025-05-05'), 'mon');
  assert.equal(weekdayOf('2026-12-25'), 'fri');
});

test('every model fills each day of the plan from its standard week', () => {
  const start = '2026-09-07'; // six weeks without public holidays
  const end = '2026-10-16';
  for (const model of SCHEDULE_MODELS) {
    const schedule = buildSchedule(makePlan(start, end, model));
    assert.deepEqual(schedule.days.map((day) => day.date), datesFrom(start, end), model);
    for (const day of schedule.days) {
      const weekday = weekdayOf(day.date);
      const planned = DEFAULT_WEEKS[model][weekday];
      // Onboarding (the first 7 days from the first work day) moves remote days to the company.
      const expected = planned === 'remote' && day.date < '2026-09-14' ? 'company' : planned;
      assert.equal(day.weekday, weekday, `${model} ${day.date}`);
      assert.equal(day.planned, planned, `${model} ${day.date}`);
      assert.equal(day.type, expected, `${model} ${day.date}`);
      assert.equal(day.hours, isWork(expected) ? 8 : 0, `${model} ${day.date}`);
      assert.equal(day.periodId, 'p1');
    }
  }
  const types = (model: ScheduleModel, dates: string[]) => {
    const schedule = buildSchedule(makePlan(start, end, model));
    return dates.map((date) => dayOf(schedule, date).type);
  };
  // Monday to Sunday of the second week.
  const second = datesFrom('2026-09-14', '2026-09-20');
  assert.deepEqual(types('lint', second), ['company', 'company', 'company', 'school', 'school', 'off', 'off']);
  assert.deepEqual(types('blok', second), ['company', 'company', 'company', 'company', 'company', 'off', 'off']);
  assert.deepEqual(types('hybrid', second), ['company', 'company', 'remote', 'company', 'school', 'off', 'off']);
  assert.deepEqual(types('modular', second), ['company', 'company', 'company', 'company', 'school', 'off', 'off']);
});

test('modular: two projects with a gap between them; the gap is off and needs no supervision', () => {
  const projectA = week({ mon: 'company', tue: 'company', wed: 'company', thu: 'company', fri: 'school' });
  const projectB = week({ mon: 'school', tue: 'company', wed: 'remote', thu: 'company', fri: 'company' });
  const plan = makePlan('2026-09-07', '2026-11-27', 'modular', {
    periods: [
      { id: 'a', model: 'modular', start: '2026-09-07', end: '2026-10-02', week: projectA, name: 'Project A' },
      { id: 'b', model: 'modular', start: '2026-10-19', end: '2026-11-27', week: projectB, name: 'Project B' },
    ],
  });
  const schedule = buildSchedule(plan);
  let workDays = 0;
  for (const date of datesFrom(plan.start, plan.end)) {
    const day = dayOf(schedule, date);
    const pattern = date <= '2026-10-02' ? projectA : date >= '2026-10-19' ? projectB : undefined;
    if (!pattern) {
      assert.equal(day.type, 'off', date);
      assert.equal(day.reason, 'no-period', date);
      assert.equal(day.periodId, undefined, date);
      continue;
    }
    const type = pattern[weekdayOf(date)];
    if (isWork(type)) workDays++;
    assert.equal(day.periodId, pattern === projectA ? 'a' : 'b', date);
    assert.equal(day.label, pattern === projectA ? 'Project A' : 'Project B', date);
    assert.equal(day.planned, type, date);
  }
  // Onboarding only counts from the first work day of the plan: project B's remote days stay remote.
  assert.equal(dayOf(schedule, '2026-10-21').type, 'remote');
  assert.equal(schedule.totals.plannedHours, 8 * workDays);
  const gapWeeks = ['2026-10-05', '2026-10-12'];
  for (const monday of gapWeeks) {
    const gapWeek = schedule.weeks.find((candidate) => candidate.monday === monday)!;
    assert.equal(gapWeek.hours, 0);
    assert.equal(gapWeek.checkIn, undefined);
  }
  assert.equal(warning(schedule, 'week-without-supervision'), undefined);
});

test('periods that overlap: the later period in the list wins on the days they share', () => {
  const lint = { id: 'p1', model: 'lint' as const, start: '2026-09-07', end: '2026-10-30', week: { ...DEFAULT_WEEKS.lint } };
  const blok = { id: 'p2', model: 'blok' as const, start: '2026-09-21', end: '2026-10-02', week: { ...DEFAULT_WEEKS.blok } };
  const schedule = buildSchedule(makePlan('2026-09-07', '2026-10-30', 'lint', { periods: [lint, blok] }));
  for (const date of datesFrom('2026-09-07', '2026-10-30')) {
    const weekday = weekdayOf(date);
    if (weekday !== 'thu' && weekday !== 'fri') continue;
    const inBlok = date >= '2026-09-21' && date <= '2026-10-02';
    assert.equal(dayOf(schedule, date).type, inBlok ? 'company' : 'school', date);
    assert.equal(dayOf(schedule, date).periodId, inBlok ? 'p2' : 'p1', date);
  }
  const reversed = buildSchedule(makePlan('2026-09-07', '2026-10-30', 'lint', { periods: [blok, lint] }));
  assert.equal(dayOf(reversed, '2026-09-24').type, 'school');
  assert.ok(reversed.days.every((day) => day.periodId === 'p1'));
});

test('public holidays are days off: Koningsdag 2027 on a Tuesday, Christmas and New Year', () => {
  const koningsdag = buildSchedule(makePlan('2027-04-19', '2027-04-30', 'blok'));
  const day = dayOf(koningsdag, '2027-04-27');
  assert.deepEqual([day.type, day.planned, day.reason, day.label, day.hours], ['off', 'company', 'public-holiday', 'koningsdag', 0]);
  assert.equal(dayOf(koningsdag, '2027-04-26').type, 'company');
  assert.equal(dayOf(koningsdag, '2027-04-28').type, 'company');
  assert.equal(koningsdag.totals.holidayDays, 1);
  assert.equal(koningsdag.totals.plannedHours, 8 * 9);
  // Ascension Day 2026 is a Thursday: a school day in lint, so no work day is lost.
  const ascension = buildSchedule(makePlan('2026-05-11', '2026-05-15', 'lint'));
  assert.deepEqual([dayOf(ascension, '2026-05-14').type, dayOf(ascension, '2026-05-14').label], ['off', 'hemelvaartsdag']);
  assert.equal(ascension.totals.holidayDays, 0);
  assert.equal(ascension.totals.schoolDays, 1);

  const christmas = buildSchedule(makePlan('2025-12-15', '2026-01-09', 'blok'));
  assert.deepEqual(
    ['2025-12-25', '2025-12-26', '2026-01-01'].map((date) => [dayOf(christmas, date).type, dayOf(christmas, date).label]),
    [['off', 'eerste-kerstdag'], ['off', 'tweede-kerstdag'], ['off', 'nieuwjaarsdag']],
  );
  assert.equal(christmas.totals.holidayDays, 3);
  assert.equal(dayOf(christmas, '2025-12-24').type, 'company');
  assert.equal(dayOf(christmas, '2026-01-02').type, 'company');

  // A school's Christmas holiday around the public holidays: the public holidays keep their name.
  const closed = withCalendarEntries(makePlan('2025-12-15', '2026-01-09', 'blok'), [{ start: '2025-12-22', end: '2026-01-02', kind: 'holiday', label: 'Kerstvakantie' }]);
  const closedSchedule = buildSchedule(closed);
  assert.equal(dayOf(closedSchedule, '2025-12-26').reason, 'public-holiday');
  assert.equal(dayOf(closedSchedule, '2025-12-29').reason, 'holiday');
  const weekdaysInHoliday = datesFrom('2025-12-22', '2026-01-02').filter((date) => !['sat', 'sun'].includes(weekdayOf(date))).length;
  assert.equal(closedSchedule.totals.holidayDays, weekdaysInHoliday);
});

test('Goede Vrijdag and 5 May are days off only when the settings say so', () => {
  const spring = (daysOff?: SchedulePlan['daysOff']) => buildSchedule(makePlan('2026-03-30', '2026-05-08', 'blok', daysOff ? { daysOff } : {}));
  const byDefault = spring();
  assert.equal(dayOf(byDefault, '2026-04-03').type, 'company', 'Goede Vrijdag works by default');
  assert.equal(dayOf(byDefault, '2026-05-05').type, 'company', '5 May 2026 is not a lustrum year');
  assert.equal(dayOf(byDefault, '2026-04-06').label, 'tweede-paasdag');
  assert.equal(dayOf(byDefault, '2026-04-27').label, 'koningsdag');

  const generous = spring({ goedeVrijdag: true, bevrijdingsdag: 'every-year' });
  assert.deepEqual([dayOf(generous, '2026-04-03').type, dayOf(generous, '2026-04-03').label], ['off', 'goede-vrijdag']);
  assert.deepEqual([dayOf(generous, '2026-05-05').type, dayOf(generous, '2026-05-05').label], ['off', 'bevrijdingsdag']);
  assert.equal(byDefault.totals.plannedHours - generous.totals.plannedHours, 16);

  const lustrum = (bevrijdingsdag: SchedulePlan['daysOff']['bevrijdingsdag']) =>
    dayOf(buildSchedule(makePlan('2025-05-01', '2025-05-09', 'blok', { daysOff: { goedeVrijdag: false, bevrijdingsdag } })), '2025-05-05').type;
  assert.equal(lustrum('every-fifth-year'), 'off');
  assert.equal(lustrum('every-year'), 'off');
  assert.equal(lustrum('never'), 'company');
});

test('calendar entries: a holiday is off, a school week puts the student at school on planned days only', () => {
  const entries: CalendarEntry[] = [
    { start: '2026-10-19', end: '2026-10-25', kind: 'holiday', label: 'Herfstvakantie' },
    { start: '2026-11-02', end: '2026-11-08', kind: 'school-week', label: 'Toetsweek' },
  ];
  const schedule = buildSchedule(makePlan('2026-10-05', '2026-11-13', 'lint', { calendar: entries }));
  for (const date of datesFrom('2026-10-19', '2026-10-25')) {
    const day = dayOf(schedule, date);
    assert.deepEqual([day.type, day.reason, day.label, day.hours], ['off', 'holiday', 'Herfstvakantie', 0], date);
    assert.equal(day.planned, DEFAULT_WEEKS.lint[weekdayOf(date)]);
  }
  for (const date of datesFrom('2026-11-02', '2026-11-06')) {
    const day = dayOf(schedule, date);
    assert.deepEqual([day.type, day.reason, day.hours], ['school', 'school-week', 0], date);
  }
  for (const date of ['2026-11-07', '2026-11-08']) {
    const day = dayOf(schedule, date);
    assert.equal(day.type, 'off', `${date}: the weekend stays off`);
    assert.notEqual(day.reason, 'school-week');
  }
  // Before and after the entries the standard week is back.
  assert.equal(dayOf(schedule, '2026-10-26').type, 'company');
  assert.equal(dayOf(schedule, '2026-11-09').type, 'company');
  // lint: 3 company days a week over 6 weeks, minus the holiday week and the school week.
  assert.equal(schedule.totals.onSiteDays, 3 * 4);
  assert.equal(schedule.totals.schoolDays, 2 * 4 + 5);
  // Work days lost to the holiday: the three company days, not the two school days.
  assert.equal(schedule.totals.holidayDays, 3);
});

test('overrides: sick, off, extra days in the weekend and a swap that leaves other weeks alone', () => {
  const plan = makePlan('2026-09-07', '2026-10-02', 'lint', {
    overrides: [
      { date: '2026-09-15', kind: 'sick' },
      { date: '2026-09-16', kind: 'off' },
      { date: '2026-09-19', kind: 'extra', type: 'company' },
      { date: '2026-09-20', kind: 'extra', type: 'remote' },
      { date: '2026-09-21', kind: 'swap', with: '2026-09-24' },
      { date: '2026-09-26', kind: 'extra' },
    ],
  });
  const schedule = buildSchedule(plan);
  const look = (date: string) => {
    const day = dayOf(schedule, date);
    return [day.type, day.reason, day.override, day.hours];
  };
  assert.deepEqual(look('2026-09-15'), ['off', 'sick', 'sick', 0]);
  assert.deepEqual(look('2026-09-16'), ['off', 'personal', 'off', 0]);
  assert.deepEqual(look('2026-09-19'), ['company', 'extra', 'extra', 8]);
  assert.deepEqual(look('2026-09-20'), ['remote', 'extra', 'extra', 8]);
  assert.deepEqual(look('2026-09-26'), ['company', 'extra', 'extra', 8], 'an extra day without a place is at the company');
  assert.deepEqual(look('2026-09-21'), ['school', 'swap', 'swap', 0]);
  assert.deepEqual(look('2026-09-24'), ['company', 'swap', 'swap', 8]);
  assert.equal(dayOf(schedule, '2026-09-21').planned, 'company');
  assert.equal(dayOf(schedule, '2026-09-28').type, 'company', 'the Monday of the next week is as planned');
  assert.equal(dayOf(schedule, '2026-10-01').type, 'school', 'the Thursday of the next week is as planned');
  assert.equal(dayOf(schedule, '2026-09-14').type, 'company', 'the Monday of the week before is as planned');
  assert.equal(schedule.totals.sickDays, 1);
  // 4 weeks × 3 company days, 2 taken off, 3 extra, the swap changes nothing in number.
  assert.equal(schedule.totals.plannedHours, 8 * (12 - 2 + 3));
});

test('withOverride replaces an earlier change of the same day, withoutOverride restores the standard week', () => {
  const plan = makePlan('2026-09-07', '2026-10-02', 'lint');
  const original = buildSchedule(plan).days;
  const sick = withOverride(plan, { date: '2026-09-15', kind: 'sick' });
  const remote = withOverride(sick, { date: '2026-09-15', kind: 'extra', type: 'remote' });
  assert.deepEqual(remote.overrides, [{ date: '2026-09-15', kind: 'extra', type: 'remote' }]);
  assert.equal(dayOf(buildSchedule(remote), '2026-09-15').type, 'remote');
  assert.equal(plan.overrides.length, 0, 'the plan itself is not changed');

  const swapped = withOverride(remote, { date: '2026-09-15', kind: 'swap', with: '2026-09-17' });
  assert.deepEqual(swapped.overrides, [{ date: '2026-09-15', kind: 'swap', with: '2026-09-17' }]);
  assert.deepEqual([dayOf(buildSchedule(swapped), '2026-09-15').type, dayOf(buildSchedule(swapped), '2026-09-17').type], ['school', 'company']);
  // A change on the other day of the swap ends the swap.
  const sickOnOther = withOverride(swapped, { date: '2026-09-17', kind: 'sick' });
  assert.deepEqual(sickOnOther.overrides, [{ date: '2026-09-17', kind: 'sick' }]);
  assert.equal(dayOf(buildSchedule(sickOnOther), '2026-09-15').type, 'company');

  const sorted = withOverride(withOverride(plan, { date: '2026-09-30', kind: 'off' }), { date: '2026-09-08', kind: 'off' });
  assert.deepEqual(sorted.overrides.map((override) => override.date), ['2026-09-08', '2026-09-30']);

  assert.deepEqual(buildSchedule(withoutOverride(sickOnOther, '2026-09-17')).days, original);
  assert.deepEqual(withoutOverride(swapped, '2026-09-17').overrides, [], 'the other day of a swap also removes it');
  assert.deepEqual(buildSchedule(withoutOverride(swapped, '2026-09-15')).days, original);
});

test('onboarding: remote days in the first week from the first work day are at the company', () => {
  // Starts on a Saturday: onboarding counts from Monday, the first work day.
  const plan = makePlan('2026-09-05', '2026-10-02', 'hybrid');
  const schedule = buildSchedule(plan);
  for (const day of schedule.days) assert.equal(day.onboarding, day.date >= '2026-09-07' && day.date <= '2026-09-13', day.date);
  const wednesday = dayOf(schedule, '2026-09-09');
  assert.deepEqual([wednesday.planned, wednesday.type, wednesday.reason], ['remote', 'company', 'onboarding']);
  assert.equal(dayOf(schedule, '2026-09-16').type, 'remote');
  assert.equal(warning(schedule, 'remote-during-onboarding'), undefined);

  const remote = buildSchedule(makePlan('2026-09-05', '2026-10-02', 'hybrid', {}, { onboardingOnSite: false }));
  assert.equal(dayOf(remote, '2026-09-09').type, 'remote');
  assert.deepEqual(warning(remote, 'remote-during-onboarding')?.dates, ['2026-09-09']);

  const twoWeeks = buildSchedule(makePlan('2026-09-05', '2026-10-02', 'hybrid', {}, { onboardingOnSite: false, onboardingWeeks: 2 }));
  assert.deepEqual(warning(twoWeeks, 'remote-during-onboarding')?.dates, ['2026-09-09', '2026-09-16']);

  const none = buildSchedule(makePlan('2026-09-05', '2026-10-02', 'hybrid', {}, { onboardingWeeks: 0 }));
  assert.ok(none.days.every((day) => !day.onboarding));
  assert.equal(dayOf(none, '2026-09-09').type, 'remote');
  assert.equal(warning(none, 'remote-during-onboarding'), undefined);
});

test('weekly check-ins: on the preferred day when both are at the company, else on the first such day', () => {
  // Easter Monday (6 April 2026) is off, so that week's check-in moves to Tuesday.
  const start = '2026-03-30';
  const end = '2026-04-24';
  const checkIns = (supervision: Partial<SupervisionSettings>, change: Partial<SchedulePlan> = {}) =>
    buildSchedule(makePlan(start, end, 'lint', change, supervision)).checkIns.map((checkIn) => checkIn.date);
  assert.deepEqual(checkIns({}), ['2026-03-30', '2026-04-07', '2026-04-13', '2026-04-20']);
  assert.deepEqual(checkIns({ checkInDay: 'wed' }), ['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22']);
  assert.deepEqual(checkIns({ checkInDay: 'thu' }), ['2026-03-30', '2026-04-07', '2026-04-13', '2026-04-20'], 'Thursday is a school day');
  assert.deepEqual(checkIns({ checkInDay: 'mon', supervisorDays: ['tue', 'wed'] }), ['2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21']);

  const schedule = buildSchedule(makePlan(start, end, 'lint', {}, { checkInTime: '13:15', checkInMinutes: 45 }));
  assert.deepEqual(schedule.checkIns[0], { date: '2026-03-30', time: '13:15', minutes: 45 });
  assert.deepEqual(schedule.weeks.map((item) => [item.monday, item.checkIn]), [
    ['2026-03-30', '2026-03-30'],
    ['2026-04-06', '2026-04-07'],
    ['2026-04-13', '2026-04-13'],
    ['2026-04-20', '2026-04-20'],
  ]);

  // A holiday week has no check-in and needs none; a week with only remote work gets a warning.
  const calendar: CalendarEntry[] = [
    { start: '2026-04-13', end: '2026-04-19', kind: 'holiday', label: 'Meivakantie' },
    { start: '2026-04-20', end: '2026-04-26', kind: 'school-week', label: 'Projectweek' },
  ];
  const gaps = buildSchedule(makePlan(start, '2026-04-26', 'lint', { calendar, overrides: [{ date: '2026-04-25', kind: 'extra', type: 'remote' }] }));
  assert.deepEqual(gaps.checkIns.map((checkIn) => checkIn.date), ['2026-03-30', '2026-04-07']);
  assert.deepEqual(warning(gaps, 'week-without-supervision')?.dates, ['2026-04-20']);
  assert.equal(gaps.totals.weeksWithoutSupervision, 1);
});

test('without a supervisor at the company only the weeks with a contact moment count as supervised', () => {
  const plan = makePlan('2026-09-07', '2026-10-30', 'blok', {}, { supervisorDays: [] });
  const schedule = buildSchedule(plan);
  assert.deepEqual(schedule.checkIns, []);
  const supervisedMondays = new Set(schedule.contactMoments.map((item) => mondayOf(item.date!)));
  assert.equal(supervisedMondays.size, 3);
  const mondays = datesFrom(plan.start, plan.end).filter((date) => weekdayOf(date) === 'mon');
  assert.deepEqual(warning(schedule, 'week-without-supervision')?.dates, mondays.filter((monday) => !supervisedMondays.has(monday)));
});

test('contact moments: start in the first 14 days, mid nearest the middle, final in the last 14 days', () => {
  const start = '2026-09-07';
  const end = '2026-12-18';
  const middle = addDays(start, daysBetween(start, end) / 2);
  assert.equal(middle, '2026-10-28');
  const schedule = buildSchedule(makePlan(start, end, 'blok'));
  assert.deepEqual(schedule.contactMoments, [
    { kind: 'start', date: start, time: '10:00', minutes: 60, chosen: false, onDayOff: false },
    { kind: 'mid', date: middle, time: '10:00', minutes: 60, chosen: false, onDayOff: false },
    { kind: 'final', date: end, time: '10:00', minutes: 60, chosen: false, onDayOff: false },
  ]);
  assert.equal(schedule.totals.contactMoments, 3);

  const withCalendar = (...calendar: CalendarEntry[]) => buildSchedule(makePlan(start, end, 'blok', { calendar }));
  const holiday = (from: string, to: string): CalendarEntry => ({ start: from, end: to, kind: 'holiday', label: 'Dicht' });
  assert.equal(moment(withCalendar(holiday('2026-09-07', '2026-09-13')), 'start').date, '2026-09-14');
  // The first 14 days are all off: no start meeting, and a warning.
  const noStart = withCalendar(holiday('2026-09-07', '2026-09-20'));
  assert.equal(moment(noStart, 'start').date, undefined);
  assert.deepEqual(noStart.warnings.filter((item) => item.code === 'contact-moment-missing'), [{ code: 'contact-moment-missing', kind: 'start' }]);
  assert.equal(noStart.totals.contactMoments, 2);
  // The middle week is off: the nearest company day, 5 days either side.
  const mid = moment(withCalendar(holiday('2026-10-26', '2026-11-01')), 'mid').date!;
  assert.equal(Math.abs(daysBetween(middle, mid)), 5);
  assert.ok(['2026-10-23', '2026-11-02'].includes(mid));
  assert.equal(moment(withCalendar(holiday('2026-10-14', '2026-11-11')), 'mid').date, undefined, 'nothing within 14 days of the middle');
  assert.equal(moment(withCalendar(holiday('2026-12-14', '2026-12-18')), 'final').date, '2026-12-11');
  assert.equal(moment(withCalendar(holiday('2026-12-05', '2026-12-18')), 'final').date, undefined);
});

test('contact moments are on different days, and a chosen date is kept', () => {
  const dates = (start: string, end: string, change: Partial<SchedulePlan> = {}) =>
    buildSchedule(makePlan(start, end, 'blok', change)).contactMoments.map((item) => item.date);
  assert.deepEqual(dates('2026-09-07', '2026-09-09'), ['2026-09-07', '2026-09-08', '2026-09-09']);
  assert.deepEqual(dates('2026-09-07', '2026-09-08'), ['2026-09-07', undefined, '2026-09-08']);
  assert.deepEqual(dates('2026-09-07', '2026-09-07'), ['2026-09-07', undefined, undefined]);

  // The final meeting chosen on the first day: the start meeting takes the next company day.
  const early = buildSchedule(makePlan('2026-09-07', '2026-12-18', 'blok', { contactMoments: { final: '2026-09-07', mid: '2026-09-10' } }));
  assert.deepEqual(
    early.contactMoments.map((item) => [item.kind, item.date, item.chosen, item.onDayOff]),
    [
      ['start', '2026-09-08', false, false],
      ['mid', '2026-09-10', true, false],
      ['final', '2026-09-07', true, false],
    ],
  );
  assert.equal(warning(early, 'contact-moment-on-day-off'), undefined);

  const saturday = buildSchedule(makePlan('2026-09-07', '2026-12-18', 'blok', { contactMoments: { mid: '2026-10-31' } }));
  assert.deepEqual([moment(saturday, 'mid').date, moment(saturday, 'mid').onDayOff], ['2026-10-31', true]);
  assert.deepEqual(warning(saturday, 'contact-moment-on-day-off'), { code: 'contact-moment-on-day-off', kind: 'mid', date: '2026-10-31' });

  // A chosen date that becomes a sick day stays where it is, and is flagged.
  const chosen = withContactMoment(makePlan('2026-09-07', '2026-12-18', 'blok'), 'mid', '2026-10-29');
  assert.deepEqual(warning(buildSchedule(chosen), 'contact-moment-on-day-off'), undefined);
  const sick = buildSchedule(withOverride(chosen, { date: '2026-10-29', kind: 'sick' }));
  assert.deepEqual([moment(sick, 'mid').date, moment(sick, 'mid').chosen, moment(sick, 'mid').onDayOff], ['2026-10-29', true, true]);
  assert.deepEqual(warning(sick, 'contact-moment-on-day-off'), { code: 'contact-moment-on-day-off', kind: 'mid', date: '2026-10-29' });
  assert.deepEqual(withContactMoment(chosen, 'mid', undefined).contactMoments, {});
});

test('a plan without company days cannot place any contact moment', () => {
  const schedule = buildSchedule(makePlan('2026-09-07', '2026-12-18', 'hybrid', { periods: [{ id: 'p1', model: 'hybrid', start: '2026-09-07', end: '2026-12-18', week: week({ mon: 'remote', tue: 'school', wed: 'remote' }) }] }, { onboardingOnSite: false }));
  assert.ok(schedule.contactMoments.every((item) => item.date === undefined));
  assert.deepEqual(
    schedule.warnings.filter((item) => item.code === 'contact-moment-missing'),
    ['start', 'mid', 'final'].map((kind) => ({ code: 'contact-moment-missing', kind })),
  );
  assert.equal(schedule.totals.contactMoments, 0);
  assert.equal(schedule.checkIns.length, 0);
});

test('shiftedContactDate moves to the next or previous free company day; contactDateProblem says why a day cannot be used', () => {
  const schedule = buildSchedule(makePlan('2026-09-07', '2026-12-18', 'lint'));
  const { days, contactMoments } = schedule;
  assert.equal(moment(schedule, 'start').date, '2026-09-07');
  assert.equal(shiftedContactDate(days, contactMoments, 'start', 1), '2026-09-08');
  assert.equal(shiftedContactDate(days, contactMoments, 'start', -1), undefined, 'nothing before the first day');
  // From a Wednesday, "later" skips the school days and the weekend.
  const midDate = moment(schedule, 'mid').date!;
  assert.equal(weekdayOf(midDate), 'wed');
  assert.equal(shiftedContactDate(days, contactMoments, 'mid', 1), addDays(midDate, 5));
  assert.equal(shiftedContactDate(days, contactMoments, 'mid', -1), addDays(midDate, -1));
  assert.equal(shiftedContactDate(days, contactMoments, 'final', 1), undefined);

  // Days the other moments use are skipped.
  const tiny = buildSchedule(makePlan('2026-09-07', '2026-09-11', 'blok'));
  assert.deepEqual(tiny.contactMoments.map((item) => item.date), ['2026-09-07', '2026-09-09', '2026-09-11']);
  assert.equal(shiftedContactDate(tiny.days, tiny.contactMoments, 'start', 1), '2026-09-08');
  const crowded = buildSchedule(makePlan('2026-09-07', '2026-09-09', 'blok'));
  assert.equal(shiftedContactDate(crowded.days, crowded.contactMoments, 'start', 1), undefined);

  // Holidays are skipped too.
  const easter = buildSchedule(makePlan('2026-03-30', '2026-04-24', 'lint'));
  const firstWeek = easter.contactMoments.map((item) => (item.kind === 'start' ? { ...item, date: '2026-04-01' } : item));
  assert.equal(shiftedContactDate(easter.days, firstWeek, 'start', 1), '2026-04-07');

  assert.equal(contactDateProblem(days, '2026-09-06'), 'outside-plan');
  assert.equal(contactDateProblem(days, '2026-12-19'), 'outside-plan');
  assert.equal(contactDateProblem(days, '2026-09-12'), 'day-off');
  assert.equal(contactDateProblem(days, '2026-09-10'), undefined, 'a school day is possible');
  assert.equal(contactDateProblem(days, '2026-09-08'), undefined);
});

test('totals: hours, days on site and remote, and the day the agreed hours are reached', () => {
  const start = '2026-04-01';
  const end = '2026-06-30';
  const hybrid: Record<Weekday, DayType> = { mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school', sat: 'off', sun: 'off' };
  // Count by hand: public holidays are off; the first 7 days from the first work day (1 April) are on site.
  let company = 0;
  let remote = 0;
  let school = 0;
  let holidayDays = 0;
  const workDates: string[] = [];
  for (const date of datesFrom(start, end)) {
    const planned = hybrid[weekdayOf(date)];
    if (HOLIDAYS_2025_2027.has(date)) {
      if (isWork(planned)) holidayDays++;
      continue;
    }
    const type = planned === 'remote' && date < '2026-04-08' ? 'company' : planned;
    if (type === 'company') company++;
    if (type === 'remote') remote++;
    if (type === 'school') school++;
    if (isWork(type)) workDates.push(date);
  }
  const plan = { ...makePlan(start, end, 'hybrid'), hoursPerDay: 7.5, totalHours: 7.5 * 20 };
  const schedule = buildSchedule(plan);
  const { totals } = schedule;
  assert.equal(totals.plannedHours, 7.5 * (company + remote));
  assert.equal(totals.plannedHours, schedule.days.reduce((sum, day) => sum + day.hours, 0));
  assert.equal(totals.onSiteDays, company);
  assert.equal(totals.remoteDays, remote);
  assert.equal(totals.schoolDays, school);
  assert.equal(totals.holidayDays, holidayDays);
  assert.equal(holidayDays, 4, 'Easter Monday, Koningsdag, Ascension Day and Whit Monday fall on work days');
  assert.equal(totals.onSiteShare, company / (company + remote));
  assert.equal(totals.agreedHours, 150);
  assert.equal(totals.hoursDifference, 7.5 * (company + remote) - 150);
  assert.equal(totals.agreedHoursReachedOn, workDates[19]);
  assert.equal(totals.maxWeekHours, 30);
  assert.equal(totals.workWeeks, 14);
  assert.equal(totals.checkIns, schedule.checkIns.length);
  // 100 hours is 13⅓ days: reached on the 14th work day.
  assert.equal(buildSchedule({ ...plan, totalHours: 100 }).totals.agreedHoursReachedOn, workDates[13]);
  assert.equal(buildSchedule({ ...plan, totalHours: 10_000 }).totals.agreedHoursReachedOn, null);
  const { totalHours: _, ...withoutAgreed } = plan;
  const free = buildSchedule(withoutAgreed).totals;
  assert.deepEqual([free.agreedHours, free.hoursDifference, free.agreedHoursReachedOn], [null, null, null]);
  // Without any work day there is no share.
  assert.equal(buildSchedule(makePlan('2026-09-12', '2026-09-13', 'blok')).totals.onSiteShare, null);
});

/** A blok internship of 15 weeks without public holidays: 75 days of 8 hours. */
const CLEAN_START = '2026-09-07';
const CLEAN_END = '2026-12-18';
const cleanPlan = (change: Partial<SchedulePlan> = {}) => makePlan(CLEAN_START, CLEAN_END, 'blok', { totalHours: 600, ...change });

/** The work days after the plan with the same week, skipping public holidays, until `hours` are worked. */
function projectedDate(after: string, hours: number, hoursPerDay: number, weekPattern: WeekPattern): string {
  let date = after;
  let left = hours;
  for (;;) {
    date = addDays(date, 1);
    if (!isWork(weekPattern[weekdayOf(date)]) || HOLIDAYS_2025_2027.has(date)) continue;
    left -= hoursPerDay;
    if (left <= 0) return date;
  }
}

test('a clean plan has no warnings', () => {
  const count = datesFrom(CLEAN_START, CLEAN_END).filter((date) => isWork(DEFAULT_WEEKS.blok[weekdayOf(date)]) && !HOLIDAYS_2025_2027.has(date)).length;
  assert.equal(count, 75);
  const schedule = buildSchedule(cleanPlan({ totalHours: 8 * count }));
  assert.deepEqual(schedule.warnings, []);
  for (const code of SCHEDULE_WARNING_CODES) assert.ok(!codes(schedule).includes(code), code);
  assert.equal(schedule.totals.hoursDifference, 0);
  assert.equal(schedule.totals.agreedHoursReachedOn, CLEAN_END);
});

test('too few hours: how many, and the day the same work week would reach them', () => {
  const short = buildSchedule(cleanPlan({ totalHours: 620 }));
  assert.deepEqual(warning(short, 'hours-short'), { code: 'hours-short', hours: 20 });
  assert.deepEqual(warning(short, 'ends-before-agreed-hours'), { code: 'ends-before-agreed-hours', date: projectedDate(CLEAN_END, 20, 8, DEFAULT_WEEKS.blok) });
  assert.equal(warning(short, 'ends-before-agreed-hours')?.date, '2026-12-23');
  // 80 hours: ten days, past Christmas and New Year.
  const longer = buildSchedule(cleanPlan({ totalHours: 680 }));
  const expected = projectedDate(CLEAN_END, 80, 8, DEFAULT_WEEKS.blok);
  assert.equal(expected, '2027-01-05');
  assert.equal(warning(longer, 'ends-before-agreed-hours')?.date, expected);
  assert.equal(longer.totals.agreedHoursReachedOn, null);
  // The last period's week decides: two days a week.
  const twoDays = week({ mon: 'company', tue: 'remote' });
  const sparse = buildSchedule(
    cleanPlan({ totalHours: 600, periods: [{ id: 'p1', model: 'hybrid', start: CLEAN_START, end: CLEAN_END, week: twoDays }] }),
  );
  const missing = 600 - sparse.totals.plannedHours;
  assert.equal(warning(sparse, 'hours-short')?.hours, missing);
  assert.equal(warning(sparse, 'ends-before-agreed-hours')?.date, projectedDate(CLEAN_END, missing, 8, twoDays));
  // A last week without work days never reaches them: the date is unknown.
  const schoolOnly = buildSchedule(cleanPlan({ periods: [{ id: 'p1', model: 'lint', start: CLEAN_START, end: CLEAN_END, week: week({ mon: 'school' }) }] }));
  assert.ok(codes(schoolOnly).includes('ends-before-agreed-hours'));
  assert.equal(warning(schoolOnly, 'ends-before-agreed-hours')?.date, undefined);
});

test('too many hours: a warning only from one day of hours over', () => {
  assert.deepEqual(codes(buildSchedule(cleanPlan({ totalHours: 600 - 7 }))), []);
  assert.deepEqual(codes(buildSchedule(cleanPlan({ totalHours: 600 - 7.5 }))), []);
  assert.deepEqual(warning(buildSchedule(cleanPlan({ totalHours: 600 - 8 })), 'hours-over'), { code: 'hours-over', hours: 8 });
  assert.deepEqual(warning(buildSchedule(cleanPlan({ totalHours: 300 })), 'hours-over'), { code: 'hours-over', hours: 300 });
  assert.deepEqual(codes(buildSchedule(cleanPlan({ totalHours: 600 - 0.5 }))), []);
});

test('weeks over 40 hours: 5 company days of 9 hours, but not a week shortened by a holiday', () => {
  const nine = buildSchedule({ ...makePlan('2026-04-20', '2026-05-15', 'blok'), hoursPerDay: 9 });
  // Koningsdag (Mon 27 April) and Hemelvaartsdag (Thu 14 May) leave 4 days (36 hours) in their weeks.
  assert.deepEqual(warning(nine, 'week-over-40-hours'), { code: 'week-over-40-hours', dates: ['2026-04-20', '2026-05-04'], hours: 45 });
  assert.equal(nine.totals.maxWeekHours, 45);
  assert.equal(warning(buildSchedule(makePlan('2026-04-20', '2026-05-15', 'blok')), 'week-over-40-hours'), undefined, '5 × 8 is exactly 40');
  // An extra Saturday makes 48 hours.
  const saturday = buildSchedule(makePlan('2026-04-20', '2026-05-15', 'blok', { overrides: [{ date: '2026-05-09', kind: 'extra' }] }));
  assert.deepEqual(warning(saturday, 'week-over-40-hours'), { code: 'week-over-40-hours', dates: ['2026-05-04'], hours: 48 });
  // Weeks sum to the plan.
  assert.equal(nine.weeks.reduce((sum, item) => sum + item.hours, 0), nine.totals.plannedHours);
});

/** One schedule per warning code, each built to trigger it. */
function warningScenarios(): Record<ScheduleWarningCode, Schedule> {
  return {
    'hours-short': buildSchedule(cleanPlan({ totalHours: 620 })),
    'hours-over': buildSchedule(cleanPlan({ totalHours: 592 })),
    'ends-before-agreed-hours': buildSchedule(cleanPlan({ totalHours: 680 })),
    'week-over-40-hours': buildSchedule({ ...makePlan('2026-09-07', '2026-10-02', 'blok'), hoursPerDay: 9 }),
    'remote-during-onboarding': buildSchedule(makePlan('2026-09-07', '2026-10-02', 'hybrid', {}, { onboardingOnSite: false })),
    'week-without-supervision': buildSchedule(makePlan('2026-09-07', '2026-10-30', 'blok', {}, { supervisorDays: [] })),
    'contact-moment-missing': buildSchedule(makePlan('2026-09-07', '2026-09-07', 'blok')),
    'contact-moment-on-day-off': buildSchedule(makePlan('2026-09-07', '2026-12-18', 'blok', { contactMoments: { final: '2026-12-12' } })),
  };
}

test('every warning code can be triggered', () => {
  const scenarios = warningScenarios();
  for (const code of SCHEDULE_WARNING_CODES) assert.ok(codes(scenarios[code]).includes(code), code);
  assert.deepEqual(warning(scenarios['week-over-40-hours'], 'week-over-40-hours')?.dates, ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']);
  assert.deepEqual(
    scenarios['contact-moment-missing'].warnings.filter((item) => item.code === 'contact-moment-missing').map((item) => item.kind),
    ['mid', 'final'],
  );
});

test('each warning reads as a Dutch and an English sentence with its figures and dates', async () => {
  const scenarios = warningScenarios();
  const locales = { nl: 'nl-NL', en: 'en-GB' } as const;
  const sentences = new Map<string, string>();
  for (const locale of ['nl', 'en'] as const) {
    const t = translator(await loadMessages(scheduleCatalog, locale), locale);
    const number = (value: number) => new Intl.NumberFormat(locales[locale]).format(value);
    const date = (iso: string) => new Intl.DateTimeFormat(locales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(utcTime(iso)));
    const expectedParts: Record<ScheduleWarningCode, string[]> = {
      'hours-short': [number(20), number(600), number(620)],
      'hours-over': [number(8), number(600), number(592)],
      'ends-before-agreed-hours': [date(CLEAN_END), date('2027-01-05')],
      // ISO weeks 37–40 of 2026 (1 January 2026 is a Thursday, so week 1 starts on 29 December 2025).
      'week-over-40-hours': ['40', number(45), 'week 37', 'week 40'],
      'remote-during-onboarding': [date('2026-09-09')],
      'week-without-supervision': ['week 38', 'week 42', '5'],
      'contact-moment-missing': [locale === 'nl' ? 'tussengesprek' : 'mid-term meeting'],
      'contact-moment-on-day-off': [locale === 'nl' ? 'eindgesprek' : 'final meeting', date('2026-12-12')],
    };
    for (const code of SCHEDULE_WARNING_CODES) {
      const schedule = scenarios[code];
      const found = schedule.warnings.find((item) => item.code === code)!;
      const sentence = describeScheduleWarning(found, schedule, t, locale);
      assert.ok(sentence.trim().length > 20, `${locale} ${code}`);
      assert.doesNotMatch(sentence, /[{}]/, `${locale} ${code}: ${sentence}`);
      for (const part of expectedParts[code]) assert.ok(sentence.includes(part), `${locale} ${code}: "${part}" in "${sentence}"`);
      sentences.set(`${locale} ${code}`, sentence);
    }
  }
  for (const code of SCHEDULE_WARNING_CODES) assert.notEqual(sentences.get(`nl ${code}`), sentences.get(`en ${code}`), code);
  assert.match(sentences.get('nl hours-short')!, /te weinig/);
  assert.match(sentences.get('en hours-short')!, /too few/);

  // Without a projected date the sentence still names the end of the internship.
  const t = translator(await loadMessages(scheduleCatalog, 'nl'), 'nl');
  const unknown = { code: 'ends-before-agreed-hours' as const };
  const text = describeScheduleWarning(unknown, scenarios['ends-before-agreed-hours'], t, 'nl');
  assert.ok(text.includes('18 december 2026') && !text.includes('{'), text);
});

test('parseWeek reads day:type pairs, also in Dutch, and reports the pairs it cannot read', () => {
  assert.deepEqual(parseWeek('mon:company,tue:remote,wed:school'), {
    week: week({ mon: 'company', tue: 'remote', wed: 'school' }),
    problems: [],
  });
  assert.deepEqual(parseWeek('ma:bedrijf di:thuis; wo:school,do:afstand vr:vrij za:bedrijf').week, week({ mon: 'company', tue: 'remote', wed: 'school', thu: 'remote', sat: 'company' }));
  assert.deepEqual(parseWeek('MON:Company, Fri:SCHOOL').week, week({ mon: 'company', fri: 'school' }));
  const bad = parseWeek('mon:company,xx:company,tue:pizza,mon:remote,wed,thu:company:extra,:remote');
  assert.deepEqual(bad.week, week({ mon: 'company' }), 'the readable pairs are still used; the first of a duplicate wins');
  assert.deepEqual(bad.problems, [
    { pair: 'xx:company', problem: 'day' },
    { pair: 'tue:pizza', problem: 'type' },
    { pair: 'mon:remote', problem: 'duplicate' },
    { pair: 'wed', problem: 'format' },
    { pair: 'thu:company:extra', problem: 'format' },
    { pair: ':remote', problem: 'format' },
  ]);
  assert.deepEqual(parseWeek(''), { week: week({}), problems: [] });
});

test('formatWeek leaves out the days off and reads back to the same week', () => {
  assert.equal(formatWeek(DEFAULT_WEEKS.lint), 'mon:company,tue:company,wed:company,thu:school,fri:school');
  assert.equal(formatWeek(week({ sun: 'remote' })), 'sun:remote');
  assert.equal(formatWeek(week({})), '');
  for (const model of SCHEDULE_MODELS) assert.deepEqual(parseWeek(formatWeek(DEFAULT_WEEKS[model])), { week: DEFAULT_WEEKS[model], problems: [] });
});

test('withPeriod: whole-plan periods follow the new dates, others are clipped or dropped, chosen moments outside are let go', () => {
  const plan = makePlan('2026-09-07', '2026-12-18', 'lint', {
    periods: [
      { id: 'p1', model: 'lint', start: '2026-09-07', end: '2026-12-18', week: { ...DEFAULT_WEEKS.lint } },
      { id: 'p2', model: 'blok', start: '2026-09-07', end: '2026-09-25', week: { ...DEFAULT_WEEKS.blok } },
      { id: 'p3', model: 'modular', start: '2026-12-01', end: '2026-12-18', week: { ...DEFAULT_WEEKS.modular } },
    ],
    contactMoments: { start: '2026-09-08', mid: '2026-10-28', final: '2026-12-17' },
  });
  const moved = withPeriod(plan, '2026-09-14', '2027-01-29');
  assert.deepEqual([moved.start, moved.end], ['2026-09-14', '2027-01-29']);
  assert.deepEqual(
    moved.periods.map((period) => [period.id, period.start, period.end]),
    [
      ['p1', '2026-09-14', '2027-01-29'],
      ['p2', '2026-09-14', '2026-09-25'],
      ['p3', '2026-12-01', '2026-12-18'],
    ],
  );
  assert.deepEqual(moved.contactMoments, { mid: '2026-10-28', final: '2026-12-17' });
  // The stretched plan has days for all of it.
  assert.equal(buildSchedule(moved).days.length, daysBetween('2026-09-14', '2027-01-29') + 1);
  assert.equal(dayOf(buildSchedule(moved), '2027-01-25').periodId, 'p1');

  const shorter = withPeriod(plan, '2026-10-01', '2026-11-30');
  assert.deepEqual(shorter.periods.map((period) => [period.id, period.start, period.end]), [['p1', '2026-10-01', '2026-11-30']]);
  assert.deepEqual(shorter.contactMoments, { mid: '2026-10-28' });
  assert.equal(plan.start, '2026-09-07', 'the plan itself is not changed');
});

test('withPeriodAdded adds a 4-week period after the last one, inside the plan', () => {
  const plan = makePlan('2026-09-07', '2026-12-18', 'modular', {
    periods: [{ id: 'p1', model: 'modular', start: '2026-09-07', end: '2026-10-02', week: { ...DEFAULT_WEEKS.modular } }],
  });
  const added = withPeriodAdded(plan, 'blok');
  assert.deepEqual(added.periods[1], { id: 'p2', model: 'blok', start: '2026-10-03', end: addDays('2026-10-03', 27), week: DEFAULT_WEEKS.blok });
  const third = withPeriodAdded(withPeriodAdded(added, 'modular'), 'hybrid');
  assert.deepEqual(third.periods.map((period) => [period.id, period.start, period.end]), [
    ['p1', '2026-09-07', '2026-10-02'],
    ['p2', '2026-10-03', '2026-10-30'],
    ['p3', '2026-10-31', '2026-11-27'],
    ['p4', '2026-11-28', '2026-12-18'],
  ]);
  // No room left after the last period: the new one starts with the plan.
  const full = withPeriodAdded(third, 'lint').periods[4]!;
  assert.deepEqual([full.id, full.start, full.end], ['p5', '2026-09-07', '2026-10-04']);
  // Ids stay unique when one was removed.
  const gap = { ...plan, periods: [{ ...plan.periods[0]!, id: 'p3' }] };
  assert.equal(withPeriodAdded(gap, 'lint').periods[1]!.id, 'p2');
  const taken = { ...plan, periods: [plan.periods[0]!, { ...plan.periods[0]!, id: 'p3' }] };
  assert.equal(withPeriodAdded(taken, 'lint').periods[2]!.id, 'p4');
});

test('withCalendarEntries adds entries in date order without copies', () => {
  const autumn: CalendarEntry = { start: '2026-10-19', end: '2026-10-25', kind: 'holiday', label: 'Herfstvakantie' };
  const exams: CalendarEntry = { start: '2026-09-21', end: '2026-09-25', kind: 'school-week', label: 'Toetsweek' };
  const plan = withCalendarEntries(makePlan('2026-09-07', '2026-12-18', 'lint'), [autumn]);
  const again = withCalendarEntries(plan, [autumn, exams, { ...exams }, { ...autumn, label: 'Herfst' }]);
  assert.deepEqual(again.calendar, [exams, autumn, { ...autumn, label: 'Herfst' }]);
  assert.deepEqual(withCalendarEntries(again, [autumn, exams]).calendar, again.calendar);
});

test('createPlan and defaultPeriodFrom give a usable starting point', () => {
  const { start, end } = defaultPeriodFrom('2026-11-18');
  assert.equal(start, '2026-11-23', 'the next Monday');
  assert.equal(weekdayOf(end), 'fri');
  assert.equal(daysBetween(start, end), 20 * 7 - 3);
  assert.equal(defaultPeriodFrom('2026-11-23').start, '2026-11-30', 'on a Monday: the Monday after');
  const plan = createPlan({ start, end, hoursPerDay: 8, model: 'lint', totalHours: 400 });
  assert.match(plan.id, /^[a-z0-9][a-z0-9-]*$/);
  assert.notEqual(createPlan({ start, end, hoursPerDay: 8, model: 'lint' }).id, plan.id);
  assert.deepEqual(plan.periods, [{ id: 'p1', model: 'lint', start, end, week: DEFAULT_WEEKS.lint }]);
  assert.equal(plan.totalHours, 400);
  assert.ok(!('totalHours' in createPlan({ start, end, hoursPerDay: 8, model: 'lint' })));
  // The plan's week is a copy: changing it leaves the defaults alone.
  plan.periods[0]!.week.mon = 'off';
  assert.equal(DEFAULT_WEEKS.lint.mon, 'company');
});
