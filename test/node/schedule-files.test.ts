import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  MAX_CALENDAR_FILE_BYTES,
  MAX_PLAN_FILE_BYTES,
  PLAN_FILE_FORMAT,
  buildSchedule,
  createPlan,
  describeIssue,
  describeProblem,
  formatIssuePath,
  importCalendar,
  planFromFile,
  planToFile,
  toICalendar,
  withCalendarEntries,
  type ICalendarTexts,
  type Schedule,
  type SchedulePlan,
} from '@stagekit/core';

type Component = InstanceType<typeof ICAL.Component>;

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const NOW = new Date('2026-05-20T07:08:09.123Z');

const TEXTS: ICalendarTexts = {
  calendarName: 'Stage: Jan, Piet & Kees; 2026',
  contact: { start: 'Startgesprek', mid: 'Tussengesprek', final: 'Eindgesprek' },
  contactDescription: 'Contactmoment tussen student, school en bedrijf (Stagepact mbo).',
  checkIn: 'Wekelijks gesprek met de praktijkopleider',
  day: { company: 'Op het bedrijf', remote: 'Thuiswerken', school: 'Op school' },
};

/** A hybrid internship from June to December: on both sides of the end of summer time (25 October 2026). */
function summerToWinter(change: Partial<SchedulePlan> = {}): SchedulePlan {
  const plan = createPlan({ id: 'plan-2026', start: '2026-06-01', end: '2026-12-18', hoursPerDay: 8, model: 'hybrid' });
  return {
    ...plan,
    supervision: { ...plan.supervision, checkInTime: '09:30', checkInMinutes: 45, contactTime: '10:00', contactMinutes: 90 },
    places: { company: 'Bakkerij Jansen, Kerkstraat 1, Utrecht', school: 'ROC Midden Nederland; gebouw B' },
    ...change,
  };
}

function parse(text: string): { calendar: Component; events: Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}
/** X-WR-CALNAME is not in RFC 5545, so ical.js leaves it raw: decode it with ical.js's own TEXT decoder. */
const calendarName = (calendar: Component): string => ICAL.design.icalendar.value.text.fromICAL(String(calendar.getFirstPropertyValue('x-wr-calname')));
const summary = (event: Component) => String(event.getFirstPropertyValue('summary'));
const eventsCalled = (events: Component[], name: string) => events.filter((event) => summary(event) === name);

/** The UTC offset of Amsterdam at noon on a day, from the platform's own time-zone data (ICU). */
function amsterdamOffsetHours(isoDay: string): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${isoDay}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')!.value;
  return Number(/GMT([+-]\d+)/.exec(name)![1]);
}

test('the iCalendar file is a valid VCALENDAR 2.0 with the Amsterdam time zone and a UID and DTSTAMP per event', () => {
  const schedule = buildSchedule(summerToWinter());
  const text = toICalendar(schedule, { texts: TEXTS, includeWorkdays: true, now: NOW });
  const { calendar, events } = parse(text);
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(String(calendar.getFirstPropertyValue('prodid')).length > 0);
  assert.equal(calendarName(calendar), TEXTS.calendarName);
  const timezones = calendar.getAllSubcomponents('vtimezone');
  assert.equal(timezones.length, 1);
  assert.equal(timezones[0]!.getFirstPropertyValue('tzid'), 'Europe/Amsterdam');

  const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
  assert.ok(uids.every((uid) => uid.length > 0));
  assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
  for (const event of events) {
    const stamp = event.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
    assert.ok(stamp, 'DTSTAMP');
    assert.equal(stamp.toUnixTime(), Math.floor(NOW.getTime() / 1000));
  }
  assert.match(text, /^DTSTAMP:20260520T070809Z\r$/m);
  // The same plan exported again has the same UIDs, so a calendar app updates instead of duplicating.
  const again = parse(toICalendar(schedule, { texts: TEXTS, includeWorkdays: true })).events.map((event) => String(event.getFirstPropertyValue('uid')));
  assert.deepEqual(again, uids);
});

test('contact moments and check-ins are timed events in Amsterdam time, as the schedule has them', () => {
  const schedule = buildSchedule(summerToWinter());
  const { events } = parse(toICalendar(schedule, { texts: TEXTS, now: NOW }));
  const timed = (event: Component) => {
    const start = event.getFirstProperty('dtstart')!;
    const end = event.getFirstProperty('dtend')!;
    assert.equal(start.getParameter('tzid'), 'Europe/Amsterdam');
    assert.equal(end.getParameter('tzid'), 'Europe/Amsterdam');
    const from = new ICAL.Event(event).startDate;
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      date: `${from.year}-${pad(from.month)}-${pad(from.day)}`,
      time: `${pad(from.hour)}:${pad(from.minute)}`,
      minutes: new ICAL.Event(event).duration.toSeconds() / 60,
      location: event.getFirstPropertyValue('location'),
    };
  };
  for (const moment of schedule.contactMoments) {
    assert.ok(moment.date, `${moment.kind} has a date`);
    const found = eventsCalled(events, TEXTS.contact[moment.kind]);
    assert.equal(found.length, 1, moment.kind);
    assert.deepEqual(timed(found[0]!), { date: moment.date, time: '10:00', minutes: 90, location: 'Bakkerij Jansen, Kerkstraat 1, Utrecht' });
    assert.equal(found[0]!.getFirstPropertyValue('description'), TEXTS.contactDescription);
  }
  const checkIns = eventsCalled(events, TEXTS.checkIn).map(timed);
  assert.equal(checkIns.length, schedule.checkIns.length);
  assert.ok(checkIns.length >= 25);
  assert.deepEqual(
    checkIns.map(({ date, time, minutes }) => ({ date, time, minutes })),
    schedule.checkIns,
  );
  // Only timed events without the work days.
  assert.equal(events.length, schedule.checkIns.length + 3);
  assert.ok(events.every((event) => !(new ICAL.Event(event).startDate.isDate)));
});

test('an event late in the evening ends on the next day', () => {
  const plan = summerToWinter();
  const schedule = buildSchedule({ ...plan, supervision: { ...plan.supervision, contactTime: '23:30', contactMinutes: 60 } });
  const { events } = parse(toICalendar(schedule, { texts: TEXTS, now: NOW }));
  const start = schedule.contactMoments[0]!.date!;
  const event = new ICAL.Event(eventsCalled(events, TEXTS.contact.start)[0]!);
  assert.equal(event.duration.toSeconds(), 3600);
  assert.deepEqual([event.endDate.year, event.endDate.month, event.endDate.day, event.endDate.hour, event.endDate.minute], [
    ...addDays(start, 1).split('-').map(Number),
    0,
    30,
  ]);
});

test('with work days every day that is not off is an all-day event with its place', () => {
  const plan = summerToWinter({ overrides: [{ date: '2026-06-13', kind: 'extra', type: 'remote' }] });
  const schedule = buildSchedule(plan);
  const { events } = parse(toICalendar(schedule, { texts: TEXTS, includeWorkdays: true, now: NOW }));
  const allDay = events.filter((event) => new ICAL.Event(event).startDate.isDate);
  const notOff = schedule.days.filter((day) => day.type !== 'off');
  assert.equal(allDay.length, notOff.length);
  assert.equal(events.length, notOff.length + schedule.checkIns.length + schedule.contactMoments.filter((moment) => moment.date).length);
  const names = { company: TEXTS.day.company, remote: TEXTS.day.remote, school: TEXTS.day.school };
  const places = { company: plan.places.company, remote: null, school: plan.places.school };
  allDay.forEach((component, index) => {
    const day = notOff[index]!;
    const event = new ICAL.Event(component);
    const pad = (value: number) => String(value).padStart(2, '0');
    const date = (time: InstanceType<typeof ICAL.Time>) => `${time.year}-${pad(time.month)}-${pad(time.day)}`;
    assert.equal(date(event.startDate), day.date);
    assert.ok(event.endDate.isDate);
    assert.equal(date(event.endDate), addDays(day.date, 1), 'DTEND is the next day');
    assert.equal(event.summary, names[day.type as keyof typeof names]);
    assert.equal(component.getFirstPropertyValue('location'), places[day.type as keyof typeof places], day.date);
  });
  assert.ok(allDay.some((event) => summary(event) === TEXTS.day.remote), 'the extra remote Saturday is there');
  // Without places there is no LOCATION at all.
  const bare = parse(toICalendar(buildSchedule({ ...plan, places: {} }), { texts: TEXTS, includeWorkdays: true, now: NOW }));
  assert.ok(bare.events.every((event) => event.getFirstProperty('location') === null));
});

test('text with commas, semicolons, new lines, backslashes and non-ASCII comes back exactly', () => {
  const company = 'Café ‘De Ruijter’, Utrecht; hal 3\nlet op';
  const long = `Ingang aan de achterkant — bel bij “Stagiairs”, €5 parkeren; ${'ëüï'.repeat(30)} C:\\stage\\notes`;
  const texts: ICalendarTexts = {
    ...TEXTS,
    calendarName: 'Stage, plan; "v2"\nversie',
    contact: { start: 'Start; kennismaken, rondleiding', mid: 'Tussen\\gesprek', final: 'Eind 👋' },
    contactDescription: long,
    day: { company: 'Bedrijf, Utrecht', remote: 'Thuis; laptop', school: 'School\nles' },
  };
  const plan = summerToWinter({ places: { company, school: long } });
  const { calendar, events } = parse(toICalendar(buildSchedule(plan), { texts, includeWorkdays: true, now: NOW }));
  assert.equal(calendarName(calendar), texts.calendarName);
  const start = eventsCalled(events, texts.contact.start);
  assert.equal(start.length, 1);
  assert.equal(start[0]!.getFirstPropertyValue('location'), company);
  assert.equal(start[0]!.getFirstPropertyValue('description'), long);
  assert.equal(eventsCalled(events, texts.contact.mid).length, 1);
  assert.equal(eventsCalled(events, texts.contact.final).length, 1);
  const school = eventsCalled(events, texts.day.school);
  assert.ok(school.length > 0);
  assert.equal(school[0]!.getFirstPropertyValue('location'), long);
  assert.ok(eventsCalled(events, texts.day.company).length > 0);
});

test('every physical line is at most 75 octets and ends with CRLF', () => {
  const long = `${'Ruijter ‘é’ 😀 '.repeat(20)}; einde`;
  const plan = summerToWinter({ places: { company: long, school: 'x'.repeat(200) } });
  const text = toICalendar(buildSchedule(plan), { texts: { ...TEXTS, contactDescription: long }, includeWorkdays: true, now: NOW });
  assert.ok(text.endsWith('\r\n'));
  assert.doesNotMatch(text, /[^\r]\n/, 'no bare LF');
  assert.doesNotMatch(text, /\r(?!\n)/, 'no bare CR');
  const lines = text.slice(0, -2).split('\r\n');
  assert.ok(lines.some((line) => line.startsWith(' ')), 'long lines were folded');
  for (const line of lines) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
  // Folding never splits a character: every line is valid UTF-8 on its own.
  for (const line of lines) assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
  assert.ok(!lines.some((line) => /[\uD800-\uDBFF]$/.test(line) || /^ ?[\uDC00-\uDFFF]/.test(line)), 'no surrogate pair split');
});

test('with the file\'s VTIMEZONE, 10:00 in June is 08:00 UTC and 10:00 in December is 09:00 UTC', () => {
  const schedule = buildSchedule(summerToWinter());
  const { calendar, events } = parse(toICalendar(schedule, { texts: TEXTS, now: NOW }));
  const had = ICAL.TimezoneService.has('Europe/Amsterdam');
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  try {
    const utc = (event: Component) => new ICAL.Event(event).startDate.convertToZone(ICAL.Timezone.utcTimezone);
    const start = utc(eventsCalled(events, TEXTS.contact.start)[0]!);
    assert.deepEqual([start.month, start.day, start.hour, start.minute], [6, 1, 8, 0]);
    const finalDate = schedule.contactMoments[2]!.date!;
    assert.ok(finalDate >= '2026-12-05', finalDate);
    const final = utc(eventsCalled(events, TEXTS.contact.final)[0]!);
    assert.deepEqual([final.month, final.day, final.hour, final.minute], [12, Number(finalDate.slice(8)), 9, 0]);
    // Every check-in at 09:30 local, against the platform's own time-zone data, across the switch on 25 October.
    const checkIns = eventsCalled(events, TEXTS.checkIn);
    const offsets = new Set<number>();
    for (const event of checkIns) {
      const local = new ICAL.Event(event).startDate;
      const iso = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
      const offset = amsterdamOffsetHours(iso);
      offsets.add(offset);
      assert.equal(new ICAL.Event(event).startDate.toUnixTime(), Date.parse(`${iso}T09:30:00Z`) / 1000 - offset * 3600, iso);
    }
    assert.deepEqual([...offsets].sort(), [1, 2]);
  } finally {
    if (!had) ICAL.TimezoneService.remove('Europe/Amsterdam');
  }
});

/* Plan files */

function fullPlan(): SchedulePlan {
  const plan = createPlan({ id: 'plan-42', title: 'Stage bij Bakkerij Jansen', start: '2026-09-07', end: '2027-01-29', hoursPerDay: 7.5, totalHours: 600, model: 'lint' });
  return {
    ...plan,
    periods: [...plan.periods, { id: 'project-b', model: 'modular', start: '2026-11-02', end: '2026-11-27', week: { ...plan.periods[0]!.week, thu: 'remote' }, name: 'Project “B”' }],
    daysOff: { goedeVrijdag: true, bevrijdingsdag: 'never' },
    calendar: [{ start: '2026-10-19', end: '2026-10-23', kind: 'holiday', label: 'Herfstvakantie' }],
    overrides: [
      { date: '2026-09-15', kind: 'sick' },
      { date: '2026-09-19', kind: 'extra', type: 'remote' },
      { date: '2026-09-21', kind: 'swap', with: '2026-09-24' },
    ],
    supervision: { ...plan.supervision, checkInDay: 'tue', supervisorDays: ['tue', 'wed'], onboardingWeeks: 2, onboardingOnSite: false },
    contactMoments: { mid: '2026-11-18' },
    places: { company: 'Café ‘De Ruijter’, Utrecht', school: 'ROC' },
  };
}

const fileWith = (plan: unknown, schema: unknown = PLAN_FILE_FORMAT) => JSON.stringify({ $schema: schema, exported: NOW.toISOString(), plan });

test('a plan file reads back to the same plan', () => {
  const plan = fullPlan();
  const text = planToFile(plan, NOW);
  const data = JSON.parse(text);
  assert.equal(data.$schema, PLAN_FILE_FORMAT);
  assert.equal(data.exported, NOW.toISOString());
  assert.deepEqual(planFromFile(text), { ok: true, plan });
  const bare = createPlan({ id: 'bare', start: '2026-09-07', end: '2026-09-07', hoursPerDay: 0.5, model: 'blok' });
  assert.deepEqual(planFromFile(planToFile(bare)), { ok: true, plan: bare });
  // The schedule of the read plan is the schedule of the original.
  const read = planFromFile(text);
  assert.ok(read.ok);
  assert.deepEqual(buildSchedule(read.plan).totals, buildSchedule(plan).totals);
});

test('a wrong plan file is refused with the reason, never thrown', () => {
  assert.deepEqual(planFromFile('this is not json'), { ok: false, reason: 'not-json' });
  assert.deepEqual(planFromFile(planToFile(fullPlan()).slice(0, 100)), { ok: false, reason: 'not-json' });
  assert.deepEqual(planFromFile(''), { ok: false, reason: 'not-json' });
  assert.deepEqual(planFromFile(fileWith(fullPlan(), 'stagekit-schedule/2')), { ok: false, reason: 'wrong-format' });
  assert.deepEqual(planFromFile(JSON.stringify({ plan: fullPlan() })), { ok: false, reason: 'wrong-format' });
  for (const other of ['null', '[]', '42', '"stagekit-schedule/1"']) assert.deepEqual(planFromFile(other), { ok: false, reason: 'wrong-format' }, other);
  assert.deepEqual(planFromFile('x'.repeat(MAX_PLAN_FILE_BYTES + 1)), { ok: false, reason: 'too-large' });
  // Even a valid file is refused when padded past the limit.
  assert.deepEqual(planFromFile(planToFile(fullPlan()) + ' '.repeat(MAX_PLAN_FILE_BYTES)), { ok: false, reason: 'too-large' });
});

test('an invalid plan lists its problems, each with a Dutch description', () => {
  const invalid = (change: (plan: Record<string, any>) => void) => {
    const plan = structuredClone(fullPlan()) as Record<string, any>;
    change(plan);
    const result = planFromFile(fileWith(plan));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason === 'invalid', JSON.stringify(result));
    return result.issues;
  };
  const only = (issues: ReturnType<typeof invalid>) => {
    assert.equal(issues.length, 1, JSON.stringify(issues));
    return { path: formatIssuePath(issues[0]!.path), nl: describeIssue(issues[0]!, 'nl'), problem: describeProblem(issues[0]!, 'nl'), en: describeIssue(issues[0]!, 'en') };
  };

  const missing = planFromFile(JSON.stringify({ $schema: PLAN_FILE_FORMAT }));
  assert.ok(!missing.ok && missing.reason === 'invalid');
  assert.deepEqual(missing.issues.map((issue) => issue.path), [['plan']]);
  assert.equal(describeIssue(missing.issues[0]!, 'nl'), 'plan ontbreekt of heeft het verkeerde type');

  const backwards = only(
    invalid((plan) => {
      plan.end = '2026-09-01';
      plan.contactMoments = {};
    }),
  );
  assert.deepEqual([backwards.path, backwards.nl], ['plan.end', 'plan.end ligt vóór de begindatum']);
  assert.equal(backwards.en, 'plan.end lies before the start date');

  const period = only(invalid((plan) => (plan.periods[1].end = '2026-10-01')));
  assert.deepEqual([period.path, period.problem], ['plan.periods[1].end', 'ligt vóór de begindatum']);

  const dayType = only(invalid((plan) => (plan.periods[0].week.wed = 'beach')));
  assert.equal(dayType.path, 'plan.periods[0].week.wed');
  assert.match(dayType.nl, /^plan\.periods\[0\]\.week\.wed heeft een waarde die niet is toegestaan/);
  for (const type of ['company', 'remote', 'school', 'off']) assert.ok(dayType.nl.includes(type), dayType.nl);

  const time = only(invalid((plan) => (plan.supervision.checkInTime = '25:00')));
  assert.deepEqual([time.path, time.problem], ['plan.supervision.checkInTime', 'is geen tijd (gebruik UU:MM, bijvoorbeeld 09:30)']);

  const date = only(invalid((plan) => (plan.overrides[0].date = '2026-02-30')));
  assert.deepEqual([date.path, date.problem], ['plan.overrides[0].date', 'is geen geldige datum (gebruik JJJJ-MM-DD)']);

  const swap = only(invalid((plan) => delete plan.overrides[2].with));
  assert.deepEqual([swap.path, swap.problem], ['plan.overrides[2].with', 'moet een andere dag zijn om mee te ruilen']);

  const outside = only(invalid((plan) => (plan.contactMoments.final = '2027-02-01')));
  assert.deepEqual([outside.path, outside.problem], ['plan.contactMoments', 'heeft een datum buiten de stageperiode']);

  const tooLong = only(invalid((plan) => (plan.end = '2030-01-01')));
  assert.equal(tooLong.path, 'plan.end');
  assert.match(tooLong.problem, /hoogstens 1098 dagen/);

  const hours = only(invalid((plan) => (plan.hoursPerDay = 25)));
  assert.deepEqual([hours.path, hours.problem], ['plan.hoursPerDay', 'moet een getal zijn van 0.5 tot en met 24']);

  // Several problems at once are all reported.
  const several = invalid((plan) => {
    plan.supervision.contactTime = '9:00';
    plan.calendar[0].kind = 'feest';
    plan.id = 'Not An Id';
  });
  assert.deepEqual(several.map((issue) => formatIssuePath(issue.path)).sort(), ['plan.calendar[0].kind', 'plan.id', 'plan.supervision.contactTime']);
  for (const issue of several) assert.ok(describeIssue(issue, 'nl').length > 10);
});

/* School calendar import */

test('importing an iCalendar file: all-day events end the day before DTEND', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//School//NL',
    'BEGIN:VEVENT',
    'UID:1',
    'DTSTART;VALUE=DATE:20261017',
    'DTEND;VALUE=DATE:20261026',
    'SUMMARY:Herfstvakantie',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:2',
    'DTSTART;VALUE=DATE:20261207',
    'DTEND;VALUE=DATE:20261208',
    'SUMMARY:Studiedag\\, geen les\\; ook geen stage',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:3',
    'SUMMARY:Zonder datum',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:4',
    'DTSTART;VALUE=DATE:20261219',
    'DTEND;VALUE=DATE:20270104',
    'SUMMARY:Kerst',
    ' vakantie',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:5',
    'DTSTART;TZID=Europe/Amsterdam:20270115T090000',
    'DTEND;TZID=Europe/Amsterdam:20270115T170000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:6',
    'DTSTART;VALUE=DATE:20270301',
    'DTEND;VALUE=DATE:20270201',
    'SUMMARY:Einde voor begin',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const result = importCalendar(ics, 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.deepEqual(result.entries, [
    { start: '2026-10-17', end: '2026-10-25', kind: 'holiday', label: 'Herfstvakantie' },
    { start: '2026-12-07', end: '2026-12-07', kind: 'holiday', label: 'Studiedag, geen les; ook geen stage' },
    { start: '2026-12-19', end: '2027-01-03', kind: 'holiday', label: 'Kerstvakantie' },
    { start: '2027-01-15', end: '2027-01-15', kind: 'holiday', label: 'Vrij' },
  ]);
  assert.deepEqual(result.rejected, [3, 6], 'events are numbered from 1');
  // The entries make those days off in a plan.
  const plan = withCalendarEntries(createPlan({ id: 'p', start: '2026-10-12', end: '2026-10-30', hoursPerDay: 8, model: 'blok' }), result.entries);
  const days = buildSchedule(plan).days;
  assert.deepEqual(days.filter((day) => day.reason === 'holiday').map((day) => day.date), ['2026-10-17', '2026-10-18', '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
  assert.equal(days.find((day) => day.date === '2026-10-26')!.type, 'company');
});

test('importing an iCalendar file: a timed event that ends at midnight, or a DATE end without VALUE, ends the day before', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTART:20261228T090000',
    'DTEND:20270104T000000',
    'SUMMARY:Kerstvakantie',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTART:20261019',
    'DTEND:20261024',
    'SUMMARY:Herfstvakantie',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTART:20260601T090000',
    'DTEND:20260601T170000',
    'SUMMARY:Studiedag',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const result = importCalendar(ics, 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.deepEqual(
    result.entries.map((entry) => [entry.start, entry.end, entry.label]),
    [
      ['2026-12-28', '2027-01-03', 'Kerstvakantie'],
      ['2026-10-19', '2026-10-23', 'Herfstvakantie'],
      ['2026-06-01', '2026-06-01', 'Studiedag'],
    ],
  );
});

test('importing an iCalendar file: UTC times are read in Dutch time', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    // 23:00 UTC on 18 October is 01:00 on 19 October in Amsterdam (summer time); it ends at local midnight.
    'DTSTART:20261018T230000Z',
    'DTEND:20261023T220000Z',
    'SUMMARY:Herfstvakantie',
    'END:VEVENT',
    'BEGIN:VEVENT',
    // 23:30 UTC on 1 December is 00:30 on 2 December (winter time).
    'DTSTART:20261201T233000Z',
    'DTEND:20261202T080000Z',
    'SUMMARY:Studiedag',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const result = importCalendar(ics, 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.deepEqual(
    result.entries.map((entry) => [entry.start, entry.end]),
    [
      ['2026-10-19', '2026-10-23'],
      ['2026-12-02', '2026-12-02'],
    ],
  );
});

test('importing an iCalendar SUMMARY undoes each escape once: an escaped backslash before n stays a backslash', () => {
  const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261019', 'SUMMARY:Map C:\\\\nieuw\\, regel\\ntwee\\Ndrie', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const result = importCalendar(ics, 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.equal(result.entries[0]!.label, 'Map C:\\nieuw, regel twee drie');
  // What the planner's own escaping writes comes back the same, with a new line read as a space.
  const plan = createPlan({ id: 'x', start: '2026-10-19', end: '2026-10-19', hoursPerDay: 8, model: 'blok' });
  const label = 'Map C:\\nieuw; a\\b, c\nd';
  const exported = toICalendar(buildSchedule(plan), { texts: { ...TEXTS, day: { ...TEXTS.day, company: label } }, includeWorkdays: true, now: NOW });
  const back = importCalendar(exported, 'holiday', 'Vrij');
  assert.ok(back.ok);
  assert.equal(back.entries.at(-1)!.label, 'Map C:\\nieuw; a\\b, c d');
});

test('an iCalendar file from the planner itself can be read back as school weeks', () => {
  const schedule: Schedule = buildSchedule(summerToWinter());
  const result = importCalendar(toICalendar(schedule, { texts: TEXTS, includeWorkdays: true, now: NOW }), 'school-week', 'Schoolweek');
  assert.ok(result.ok);
  assert.deepEqual(result.rejected, []);
  const schoolDays = result.entries.filter((entry) => entry.label === TEXTS.day.school);
  assert.deepEqual(schoolDays.map((entry) => [entry.start, entry.end]), schedule.days.filter((day) => day.type === 'school').map((day) => [day.date, day.date]));
  assert.ok(result.entries.every((entry) => entry.kind === 'school-week'));
});

test('importing a JSON list: each item may say its own kind; bad items are numbered', () => {
  const json = JSON.stringify([
    { start: '2026-10-19', end: '2026-10-23', label: 'Herfstvakantie' },
    { start: '2026-11-02', end: '2026-11-06', name: 'Toetsweek', kind: 'school-week' },
    { date: '07-12-2026', summary: 'Studiedag' },
    { start: '2026-13-01', label: 'Geen maand 13' },
    { start: '2026-10-20', end: '2026-10-19', label: 'Achterstevoren' },
    { start: '2026-11-10', end: 'morgen' },
    'niet eens een object',
    { start: '2027-01-04', label: '   veel    spaties   ', kind: 'iets anders' },
  ]);
  const result = importCalendar(json, 'holiday', 'Vakantie');
  assert.ok(result.ok);
  assert.deepEqual(result.entries, [
    { start: '2026-10-19', end: '2026-10-23', kind: 'holiday', label: 'Herfstvakantie' },
    { start: '2026-11-02', end: '2026-11-06', kind: 'school-week', label: 'Toetsweek' },
    { start: '2026-12-07', end: '2026-12-07', kind: 'holiday', label: 'Studiedag' },
    { start: '2027-01-04', end: '2027-01-04', kind: 'holiday', label: 'veel spaties' },
  ]);
  assert.deepEqual(result.rejected, [4, 5, 6, 7]);
  const wrapped = importCalendar(JSON.stringify({ entries: [{ start: '2026-10-19' }] }), 'school-week', 'Schoolweek');
  assert.deepEqual(wrapped, { ok: true, entries: [{ start: '2026-10-19', end: '2026-10-19', kind: 'school-week', label: 'Schoolweek' }], rejected: [] });
});

test('importing lines of text: a header, Dutch dates, separators, and the numbers of lines that could not be read', () => {
  const csv = [
    'start,end,label',
    '19-10-2026,23-10-2026,Herfstvakantie',
    '2026-12-21;2027-01-01;Kerstvakantie; ook de school dicht',
    '07/12/2026\tStudiedag',
    '2026-02-30,2026-03-01,Bestaat niet',
    '# een opmerking',
    '',
    '2026-05-05 Bevrijdingsdag',
    'niet,een,datum',
    '1.4.2027',
  ].join('\r\n');
  const result = importCalendar(`\uFEFF${csv}`, 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.deepEqual(result.entries, [
    { start: '2026-10-19', end: '2026-10-23', kind: 'holiday', label: 'Herfstvakantie' },
    { start: '2026-12-21', end: '2027-01-01', kind: 'holiday', label: 'Kerstvakantie, ook de school dicht' },
    { start: '2026-12-07', end: '2026-12-07', kind: 'holiday', label: 'Studiedag' },
    { start: '2026-05-05', end: '2026-05-05', kind: 'holiday', label: 'Bevrijdingsdag' },
    { start: '2027-04-01', end: '2027-04-01', kind: 'holiday', label: 'Vrij' },
  ]);
  assert.deepEqual(result.rejected, [5, 9]);
  // An end before the start is refused, not turned around.
  const backwards = importCalendar('23-10-2026,19-10-2026,Achterstevoren\n2026-10-19', 'holiday', 'Vrij');
  assert.deepEqual(backwards, { ok: true, entries: [{ start: '2026-10-19', end: '2026-10-19', kind: 'holiday', label: 'Vrij' }], rejected: [1] });
});

test('the numbers of rejected lines are the lines of the file, also after empty lines at the top', () => {
  const result = importCalendar('\n\n2026-10-19,2026-10-23,Herfst\n31-02-2026,Fout\n', 'holiday', 'Vrij');
  assert.ok(result.ok);
  assert.equal(result.entries.length, 1);
  assert.deepEqual(result.rejected, [4]);
  // The header may follow empty lines too.
  const header = importCalendar('\r\n\r\nbegin;eind;omschrijving\r\n2026-10-19;2026-10-23;Herfst', 'holiday', 'Vrij');
  assert.deepEqual(header, { ok: true, entries: [{ start: '2026-10-19', end: '2026-10-23', kind: 'holiday', label: 'Herfst' }], rejected: [] });
});

test('an empty, unreadable or too large calendar file is refused with the reason', () => {
  for (const empty of ['', '   \n\n  ', '\uFEFF', '# alleen een opmerking', '[]', '{}', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR'])
    assert.deepEqual(importCalendar(empty, 'holiday', 'Vrij'), { ok: false, reason: 'empty' }, JSON.stringify(empty));
  assert.deepEqual(importCalendar('[{"start": "2026-10-19",', 'holiday', 'Vrij'), { ok: false, reason: 'not-json' });
  assert.deepEqual(importCalendar('{start: 2026-10-19}', 'holiday', 'Vrij'), { ok: false, reason: 'not-json' });
  assert.deepEqual(importCalendar('2026-10-19\n'.repeat(Math.ceil(MAX_CALENDAR_FILE_BYTES / 11) + 1), 'holiday', 'Vrij'), { ok: false, reason: 'too-large' });
  // Only unreadable lines: still a result, so the user hears which lines.
  assert.deepEqual(importCalendar('2026-13-45\nmorgen, overmorgen', 'holiday', 'Vrij'), { ok: true, entries: [], rejected: [1, 2] });
});
