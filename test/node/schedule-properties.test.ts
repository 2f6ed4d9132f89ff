import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  CONTACT_KINDS,
  DAY_TYPES,
  SCHEDULE_MODELS,
  WEEKDAYS,
  buildSchedule,
  createPlan,
  planFromFile,
  planToFile,
  schedulePlanSchema,
  toICalendar,
  withCalendarEntries,
  withContactMoment,
  withOverride,
  withPeriod,
  type CalendarEntry,
  type DayOverride,
  type DayType,
  type PlannedDay,
  type Schedule,
  type SchedulePeriod,
  type SchedulePlan,
  type WeekPattern,
} from '@stagekit/core';

/* Properties of the planner over random plans: any dates in 2024–2035, any weeks, periods, changes and chosen dates. */

const RUNS = { numRuns: 300 };
/** Records as plain objects, as JSON.parse makes them (fast-check's default has no prototype). */
const PLAIN = { noNullPrototype: true } as const;
const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2024, 0, 1);
const LAST_START = Math.round((Date.UTC(2035, 11, 31) - FIRST) / DAY_MS);
const iso = (offset: number) => new Date(FIRST + offset * DAY_MS).toISOString().slice(0, 10);
const offsetOf = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - FIRST) / DAY_MS);
/** JS Date's weekday (0 = Sunday) as the planner's names. */
const weekdayOf = (date: string) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
const isWork = (type: DayType) => type === 'company' || type === 'remote';

const dayType = fc.constantFrom<DayType>('company', 'company', 'remote', 'school', 'off', ...DAY_TYPES);
const weekPattern: fc.Arbitrary<WeekPattern> = fc.record({ mon: dayType, tue: dayType, wed: dayType, thu: dayType, fri: dayType, sat: dayType, sun: dayType }, PLAIN);
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const label = fc.oneof(fc.constantFrom('Herfstvakantie', 'Toetsweek', 'Café ‘De Ruijter’, Utrecht; hal 3'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })).filter((text) => text.trim().length > 0);
/** A position relative to the plan: mapped into the plan, or into the plan and 10 days either side. */
const position = fc.nat({ max: 100_000 });
const chosenPosition = fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: position, weight: 1 });

const planInput = fc.record({
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  title: fc.string({ unit: 'grapheme', maxLength: 40 }),
  start: fc.integer({ min: 0, max: LAST_START }),
  length: fc.integer({ min: 1, max: 400 }),
  redate: fc.option(fc.record({ shift: fc.integer({ min: -30, max: 30 }), length: fc.integer({ min: 1, max: 400 }) }), { nil: undefined }),
  hoursPerDay: fc.integer({ min: 2, max: 96 }).map((quarters) => quarters / 4),
  totalHours: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
  model: fc.constantFrom(...SCHEDULE_MODELS),
  week: weekPattern,
  periods: fc.array(fc.record({ from: position, span: fc.integer({ min: 0, max: 120 }), model: fc.constantFrom(...SCHEDULE_MODELS), week: weekPattern, name: fc.option(label, { nil: undefined }) }), { maxLength: 3 }),
  overrides: fc.array(
    fc.record({ at: position, kind: fc.constantFrom('sick', 'off', 'extra', 'swap' as const), type: fc.option(fc.constantFrom('company', 'remote' as const), { nil: undefined }), other: fc.integer({ min: 1, max: 20 }) }),
    { maxLength: 12 },
  ),
  rawOverrides: fc.array(fc.record({ at: position, kind: fc.constantFrom('sick', 'off', 'extra' as const) }), { maxLength: 3 }),
  calendar: fc.array(fc.record({ from: position, span: fc.integer({ min: 0, max: 30 }), kind: fc.constantFrom('holiday', 'school-week' as const), label }), { maxLength: 4 }),
  daysOff: fc.record({ goedeVrijdag: fc.boolean(), bevrijdingsdag: fc.constantFrom('every-year', 'every-fifth-year', 'never' as const) }, PLAIN),
  supervision: fc.record({
    checkInDay: fc.constantFrom(...WEEKDAYS),
    checkInTime: time,
    checkInMinutes: fc.integer({ min: 5, max: 480 }),
    supervisorDays: fc.subarray([...WEEKDAYS]),
    contactTime: time,
    contactMinutes: fc.integer({ min: 5, max: 480 }),
    onboardingWeeks: fc.integer({ min: 0, max: 8 }),
    onboardingOnSite: fc.boolean(),
  }, PLAIN),
  // Mostly placed by the planner; now and then a date the users chose.
  contactMoments: fc.record({ start: chosenPosition, mid: chosenPosition, final: chosenPosition }),
  places: fc.record({ company: label, school: label }, { requiredKeys: [], noNullPrototype: true }),
});

/** A plan built the way the planner builds one: createPlan, then the edit helpers. */
function buildPlan(input: typeof planInput extends fc.Arbitrary<infer T> ? T : never): SchedulePlan {
  const end = iso(input.start + input.length - 1);
  let plan = createPlan({
    id: input.id,
    title: input.title,
    start: iso(input.start),
    end,
    hoursPerDay: input.hoursPerDay,
    ...(input.totalHours === undefined ? {} : { totalHours: input.totalHours }),
    model: input.model,
    week: input.week,
  });
  const near = (at: number, first: number, length: number) => first - 10 + (at % (length + 20));
  const extra: SchedulePeriod[] = input.periods.map((period, index) => {
    const from = near(period.from, input.start, input.length);
    return { id: `p${index + 2}`, model: period.model, start: iso(from), end: iso(from + period.span), week: period.week, ...(period.name === undefined ? {} : { name: period.name }) };
  });
  plan = { ...plan, periods: [...plan.periods, ...extra], daysOff: input.daysOff, supervision: input.supervision, places: input.places };
  if (input.redate) {
    const from = input.start + input.redate.shift;
    plan = withPeriod(plan, iso(from), iso(from + input.redate.length - 1));
  }
  const first = offsetOf(plan.start);
  const length = offsetOf(plan.end) - first + 1;
  for (const change of input.overrides) {
    const date = iso(near(change.at, first, length));
    const override: DayOverride =
      change.kind === 'swap'
        ? { date, kind: 'swap', with: iso(near(change.at, first, length) + change.other) }
        : change.kind === 'extra' && change.type
          ? { date, kind: 'extra', type: change.type }
          : { date, kind: change.kind };
    plan = withOverride(plan, override);
  }
  // A few changes straight in the list, as an older draft might hold them: the same date twice.
  plan = { ...plan, overrides: [...plan.overrides, ...input.rawOverrides.map((change) => ({ date: iso(near(change.at, first, length)), kind: change.kind }))] };
  const entries: CalendarEntry[] = input.calendar.map((entry) => {
    const from = near(entry.from, first, length);
    return { start: iso(from), end: iso(from + entry.span), kind: entry.kind, label: entry.label };
  });
  plan = withCalendarEntries(plan, entries);
  for (const kind of CONTACT_KINDS) {
    const at = input.contactMoments[kind];
    if (at !== undefined) plan = withContactMoment(plan, kind, iso(first + (at % length)));
  }
  return plan;
}

const plans = planInput.map(buildPlan);
const daysBetween = (from: string, to: string) => offsetOf(to) - offsetOf(from);

test('(a) contact moments: placed ones on free company days in their window, only chosen ones on a day off, and flagged', () => {
  fc.assert(
    fc.property(plans, (plan) => {
      const schedule = buildSchedule(plan);
      const byDate = new Map(schedule.days.map((day) => [day.date, day]));
      const moments = schedule.contactMoments;
      assert.deepEqual(moments.map((moment) => moment.kind), [...CONTACT_KINDS]);
      const used = (except: string) => moments.filter((moment) => moment.kind !== except && moment.date).map((moment) => moment.date!);
      const middle = (offsetOf(plan.start) + offsetOf(plan.end)) / 2;
      const inWindow = (kind: string, date: string) =>
        kind === 'start' ? daysBetween(plan.start, date) < 14 : kind === 'final' ? daysBetween(date, plan.end) < 14 : Math.abs(offsetOf(date) - middle) <= 14;
      for (const moment of moments) {
        const chosen = plan.contactMoments[moment.kind];
        assert.equal(moment.chosen, chosen !== undefined);
        assert.equal(moment.time, plan.supervision.contactTime);
        assert.equal(moment.minutes, plan.supervision.contactMinutes);
        if (chosen !== undefined) {
          assert.equal(moment.date, chosen, 'a chosen date is kept');
          const day = byDate.get(chosen);
          assert.equal(moment.onDayOff, !day || day.type === 'off');
        } else if (moment.date) {
          const day = byDate.get(moment.date)!;
          assert.equal(day.type, 'company', `${moment.kind} on ${moment.date}`);
          assert.equal(moment.onDayOff, false);
          assert.ok(inWindow(moment.kind, moment.date), `${moment.kind} ${moment.date} in its window`);
          assert.ok(!used(moment.kind).includes(moment.date), 'no other moment on that day');
        } else {
          assert.equal(moment.onDayOff, false);
          // Missing only when no company day in the window was free: start is placed first, then final, then mid.
          const before = moment.kind === 'start' ? Object.values(plan.contactMoments) : moment.kind === 'final' ? [...Object.values(plan.contactMoments), moments[0]!.date] : used('mid');
          const free = schedule.days.filter((day) => day.type === 'company' && inWindow(moment.kind, day.date) && !before.includes(day.date));
          assert.deepEqual(free, [], `${moment.kind} could have gone on a free company day`);
        }
      }
      const offDay = moments.filter((moment) => moment.onDayOff);
      assert.deepEqual(
        schedule.warnings.filter((warning) => warning.code === 'contact-moment-on-day-off'),
        offDay.map((moment) => ({ code: 'contact-moment-on-day-off', kind: moment.kind, date: moment.date })),
      );
      assert.deepEqual(
        schedule.warnings.filter((warning) => warning.code === 'contact-moment-missing').map((warning) => warning.kind),
        moments.filter((moment) => !moment.date).map((moment) => moment.kind),
      );
      assert.equal(schedule.totals.contactMoments, moments.filter((moment) => moment.date).length);
    }),
    RUNS,
  );
});

test('(b) planned hours are the sum of the days, hours per day × work days, and the sum of the weeks', () => {
  fc.assert(
    fc.property(plans, (plan) => {
      const schedule = buildSchedule(plan);
      const { days, totals, weeks } = schedule;
      // One day per date, in order, from start to end.
      assert.equal(days.length, daysBetween(plan.start, plan.end) + 1);
      days.forEach((day, index) => {
        assert.equal(day.date, iso(offsetOf(plan.start) + index));
        assert.equal(day.weekday, weekdayOf(day.date));
        assert.equal(day.hours, isWork(day.type) ? plan.hoursPerDay : 0);
      });
      const company = days.filter((day) => day.type === 'company').length;
      const remote = days.filter((day) => day.type === 'remote').length;
      const sum = days.reduce((total, day) => total + day.hours, 0);
      assert.equal(totals.plannedHours, sum);
      assert.equal(totals.plannedHours, plan.hoursPerDay * (company + remote));
      assert.equal(weeks.reduce((total, week) => total + week.hours, 0), totals.plannedHours);
      assert.equal(totals.onSiteDays, company);
      assert.equal(totals.remoteDays, remote);
      assert.equal(totals.onSiteShare, company + remote ? company / (company + remote) : null);
      assert.equal(totals.maxWeekHours, Math.max(0, ...weeks.map((week) => week.hours)));
      // Each week holds its Monday-to-Sunday days of the plan.
      for (const week of weeks) {
        assert.equal(weekdayOf(week.monday), 'mon');
        week.days.forEach((day, index) => {
          const date = iso(offsetOf(week.monday) + index);
          assert.equal(day?.date, date >= plan.start && date <= plan.end ? date : undefined);
        });
      }
      // Agreed hours: the warnings and the day they are reached agree with the sum.
      const codes = schedule.warnings.map((warning) => warning.code);
      if (plan.totalHours === undefined) {
        assert.equal(totals.agreedHoursReachedOn, null);
        assert.ok(!codes.some((code) => code.startsWith('hours-') || code === 'ends-before-agreed-hours'));
      } else {
        assert.equal(codes.includes('hours-short'), sum < plan.totalHours);
        assert.equal(codes.includes('ends-before-agreed-hours'), sum < plan.totalHours);
        assert.equal(codes.includes('hours-over'), sum - plan.totalHours >= plan.hoursPerDay);
        const reached = totals.agreedHoursReachedOn;
        assert.equal(reached === null, sum < plan.totalHours);
        if (reached) {
          const upTo = (last: (day: PlannedDay) => boolean) => days.filter(last).reduce((total, day) => total + day.hours, 0);
          assert.ok(upTo((day) => day.date <= reached) >= plan.totalHours);
          assert.ok(upTo((day) => day.date < reached) < plan.totalHours);
        }
      }
    }),
    RUNS,
  );
});

test('(b) check-ins: at most one a week, on a company day with the supervisor, and in every week that has such a day', () => {
  fc.assert(
    fc.property(plans, (plan) => {
      const schedule = buildSchedule(plan);
      const present = new Set(plan.supervision.supervisorDays);
      const dates = new Set(schedule.checkIns.map((checkIn) => checkIn.date));
      for (const week of schedule.weeks) {
        const possible = week.days.filter((day): day is PlannedDay => day !== null && day.type === 'company' && present.has(day.weekday));
        const inWeek = week.days.filter((day) => day && dates.has(day.date));
        assert.equal(inWeek.length, possible.length ? 1 : 0, week.monday);
        if (!possible.length) continue;
        const preferred = possible.find((day) => day.weekday === plan.supervision.checkInDay);
        assert.equal(week.checkIn, (preferred ?? possible[0]!).date);
      }
      const unsupervised = schedule.warnings.find((warning) => warning.code === 'week-without-supervision')?.dates ?? [];
      for (const monday of unsupervised) {
        const week = schedule.weeks.find((candidate) => candidate.monday === monday)!;
        assert.ok(week.onSiteDays + week.remoteDays > 0, 'only weeks with work are flagged');
        assert.equal(week.checkIn, undefined);
      }
    }),
    RUNS,
  );
});

test('(c) every plan the helpers make passes the schema and survives a plan file', () => {
  fc.assert(
    fc.property(plans, (plan) => {
      const parsed = schedulePlanSchema.safeParse(plan);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      assert.deepEqual(planFromFile(planToFile(plan)), { ok: true, plan });
    }),
    RUNS,
  );
});

const TEXTS = {
  calendarName: 'Stage; plan, 2026',
  contact: { start: 'Startgesprek', mid: 'Tussengesprek', final: 'Eindgesprek' },
  contactDescription: 'Contactmoment, Stagepact mbo',
  checkIn: 'Gesprek praktijkopleider',
  day: { company: 'Bedrijf', remote: 'Thuis', school: 'School' },
};

function countEvents(schedule: Schedule, includeWorkdays: boolean): number {
  const work = includeWorkdays ? schedule.days.filter((day) => day.type !== 'off').length : 0;
  return schedule.contactMoments.filter((moment) => moment.date).length + schedule.checkIns.length + work;
}

test('(d) the iCalendar export always parses, with one event per moment, check-in and (when asked) day', () => {
  fc.assert(
    fc.property(plans, fc.boolean(), (plan, includeWorkdays) => {
      const schedule = buildSchedule(plan);
      const text = toICalendar(schedule, { texts: { ...TEXTS, calendarName: plan.title || TEXTS.calendarName }, includeWorkdays, now: new Date(FIRST) });
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent');
      assert.equal(events.length, countEvents(schedule, includeWorkdays));
      const uids = events.map((event) => event.getFirstPropertyValue('uid'));
      assert.equal(new Set(uids).size, uids.length);
      assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75));
      // Timed events (moments and check-ins) are at the company.
      for (const event of events.filter((item) => !new ICAL.Event(item).startDate.isDate)) assert.equal(event.getFirstPropertyValue('location'), plan.places.company ?? null);
    }),
    RUNS,
  );
});
