import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MISUSE_KINDS,
  REPORT_ID_PATTERN,
  REPORT_STEPS,
  REPORT_TYPES,
  STEP_FIELDS,
  draftToReport,
  fieldOfPath,
  isDraftEmpty,
  loadReportTools,
  newReportDraft,
  parsePrefillType,
  prefillFromCompensation,
  stepOfField,
  type DraftField,
  type ReportDraft,
  type ReportStart,
  type ReportStep,
} from '@stagekit/core';

/**
 * The form's draft model (packages/core/src/report/draft.ts) and its check (draft-check.ts): how a
 * draft starts, what it sends, where each problem is shown, and what a stored draft may hold.
 */

const tools = await loadReportTools();
const created = '2026-11-24T09:00:00.000Z';
const now = new Date(created);

/** A draft that passes every check: a discrimination report with contact details. */
function completeDraft(change: Partial<ReportDraft> = {}): ReportDraft {
  return {
    ...newReportDraft({}, now),
    type: 'discrimination',
    grounds: ['origin'],
    situation: 'search',
    reporter: 'student',
    whatHappened: 'De manager zei dat klanten liever iemand van hier willen.',
    wishes: ['advice'],
    anonymous: false,
    name: 'Sam',
    email: 'sam@example.nl',
    ...change,
  };
}

/** Every answer filled in, with a prefill, a file, a refusal: what a stored draft can hold. */
const FULL_DRAFT: ReportDraft = {
  id: '3f2b6c1e-9a4d-4e8b-b1c2-0d9e8f7a6b5c',
  created,
  type: 'misuse',
  grounds: ['age'],
  kinds: ['underpaid', 'disguised-job', 'other'],
  otherDetail: 'Ik moest ook schoonmaken.',
  situation: 'during',
  level: 'mbo',
  reporter: 'student',
  whenDate: '2026-03',
  whenDescription: 'de hele maand maart',
  where: 'Utrecht, de winkel',
  companyName: 'Bakkerij Jansen',
  companyLocation: 'Utrecht',
  whatHappened: 'Ik werk 40 uur per week achter de kassa, zonder leerplan.',
  witnesses: 'Een collega, Fatima.',
  wishes: ['advice', 'school-action'],
  anonymous: false,
  name: 'Sam de Vries',
  email: 'sam@example.nl',
  phone: '+31 6 1234 5678',
  prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'], caoId: 'cao-horeca' },
  attachments: [{ id: 'file-1', name: 'rooster.jpg', type: 'image/jpeg', size: 2048, sha256: 'a'.repeat(64), metadata: 'removed' }],
  rejection: { status: 422, reason: 'Vul ook de naam van je opleiding in.' },
};

const check = (draft: ReportDraft, at = now) => tools.checkReportDraft(draft, 'nl', at);
const found = (draft: ReportDraft, at = now) => check(draft, at).map((issue) => `${issue.field} ${issue.key}`);
/** A copy of a draft as it comes back from storage: plain JSON. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// newReportDraft and parsePrefillType --------------------------------------------------------------

test('a new draft without a start has a report id, the start time, and no answers', () => {
  const draft = newReportDraft({}, now);
  assert.match(draft.id, REPORT_ID_PATTERN);
  assert.equal(draft.created, created);
  assert.deepEqual({ ...draft, id: 'x' }, {
    id: 'x',
    created,
    grounds: [],
    kinds: [],
    otherDetail: '',
    whenDate: '',
    whenDescription: '',
    where: '',
    companyName: '',
    companyLocation: '',
    whatHappened: '',
    witnesses: '',
    wishes: [],
    name: '',
    email: '',
    phone: '',
    attachments: [],
  });
  for (const key of ['type', 'situation', 'level', 'reporter', 'anonymous', 'prefill', 'rejection']) assert.equal(key in draft, false, `${key} is not there at all`);
  assert.notEqual(newReportDraft().id, newReportDraft().id, 'each draft its own id');
  assert.equal(newReportDraft(parsePrefillType(undefined)).type, undefined);
});

test('prefill-type: each report type, each misuse kind and each checker verdict starts the draft there', () => {
  const cases: [string, ReportStart][] = [
    ...REPORT_TYPES.map((type): [string, ReportStart] => [type, { type }]),
    ...MISUSE_KINDS.map((kind): [string, ReportStart] => [kind, { type: 'misuse', kinds: [kind] }]),
    ['below-cao', { type: 'misuse', kinds: ['underpaid'], prefill: { source: 'compensation-checker', verdicts: ['below-cao'] } }],
    ['employment-risk', { type: 'misuse', kinds: ['disguised-job'], prefill: { source: 'compensation-checker', verdicts: ['employment-risk'] } }],
  ];
  for (const [value, start] of cases) {
    assert.deepEqual(parsePrefillType(value), start, value);
    assert.deepEqual(parsePrefillType(`  ${value.toUpperCase()} `), start, `${value}: case and spaces do not matter`);
    const draft = newReportDraft(parsePrefillType(value), now);
    assert.equal(draft.type, start.type, value);
    assert.deepEqual(draft.kinds, start.kinds ?? [], value);
    assert.deepEqual(draft.grounds, [], value);
    assert.deepEqual(draft.prefill, start.prefill, value);
    assert.equal(draft.situation, undefined, `${value}: the situation is the reporter's`);
  }
  for (const value of [undefined, null, '', '   ', ',', 'other-thing', 'grounds', 'origin', 'below_cao', 'discrimination,origin', 'misuse,discrimination', 'underpaid,nope']) {
    assert.equal(parsePrefillType(value), undefined, String(value));
  }
  assert.equal(parsePrefillType(Array(MISUSE_KINDS.length + 1).fill('underpaid').join(',')), undefined, 'more parts than there are kinds');
});

test('prefill-type with several kinds and verdicts (comma-separated): one misuse draft with each once', () => {
  assert.deepEqual(parsePrefillType('below-cao,employment-risk'), {
    type: 'misuse',
    kinds: ['underpaid', 'disguised-job'],
    prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'] },
  });
  assert.deepEqual(parsePrefillType(' Misuse , no-supervision,too-many-hours, '), { type: 'misuse', kinds: ['no-supervision', 'too-many-hours'] });
  assert.deepEqual(parsePrefillType('underpaid,below-cao,underpaid'), {
    type: 'misuse',
    kinds: ['underpaid'],
    prefill: { source: 'compensation-checker', verdicts: ['below-cao'] },
  });
  const draft = newReportDraft(parsePrefillType('employment-risk,harassment'), now);
  assert.deepEqual([draft.type, draft.kinds, draft.prefill?.verdicts], ['misuse', ['disguised-job', 'harassment'], ['employment-risk']]);
  assert.deepEqual(tools.validateReport(draftToReport({ ...draft, situation: 'during', reporter: 'student', whatHappened: 'x', wishes: ['advice'], anonymous: true }, 'nl'), now), [], 'the prefill it makes is a valid one');
});

test('a start from the compensation checker carries its level and CAO; the draft owns its lists', () => {
  const start = prefillFromCompensation({ cao: { status: 'below', caoId: 'cao-horeca' }, employmentRisk: { level: 'high' } } as never, { level: 'mbo-bol' })!;
  const draft = newReportDraft(start, now);
  assert.equal(draft.type, 'misuse');
  assert.deepEqual(draft.kinds, ['underpaid', 'disguised-job']);
  assert.equal(draft.level, 'mbo');
  assert.deepEqual(draft.prefill, { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'], caoId: 'cao-horeca' });
  start.kinds!.push('harassment');
  assert.deepEqual(draft.kinds, ['underpaid', 'disguised-job'], 'changing the start does not change the draft');
});

// isDraftEmpty -------------------------------------------------------------------------------------

test('a draft is empty until the reporter answers something; a prefilled start does not count', () => {
  const start = newReportDraft({}, now);
  assert.equal(isDraftEmpty(start, start), true);
  assert.equal(isDraftEmpty(newReportDraft({}, new Date(0)), start), true, 'id and time do not count');
  const prefilled = newReportDraft(parsePrefillType('below-cao'), now);
  assert.equal(isDraftEmpty(prefilled, prefilled), true, 'prefilled, nothing typed');
  assert.equal(isDraftEmpty(prefilled, start), false, 'the prefill is not the empty start');

  const answers: Partial<ReportDraft>[] = [
    { type: 'misuse' },
    { grounds: ['age'] },
    { kinds: ['other'] },
    { situation: 'during' },
    { level: 'hbo' },
    { reporter: 'witness' },
    { whatHappened: 'x' },
    { whenDate: '2026' },
    { companyLocation: ' ' },
    { wishes: ['register'] },
    { anonymous: true },
    { anonymous: false },
    { phone: '0' },
    { attachments: FULL_DRAFT.attachments },
  ];
  for (const answer of answers) assert.equal(isDraftEmpty({ ...start, ...answer }, start), false, JSON.stringify(answer));
  // An answer taken back: empty again.
  const ticked = { ...start, grounds: ['age' as const] };
  assert.equal(isDraftEmpty({ ...ticked, grounds: [] }, start), true);
  assert.equal(isDraftEmpty({ ...{ ...start, whatHappened: 'x' }, whatHappened: '' }, start), true);
});

// draftToReport ------------------------------------------------------------------------------------

test('the report of a complete draft is valid, with text trimmed and empty optional text left out', () => {
  const draft = completeDraft({
    whatHappened: '  Het gebeurde in de kantine.\n',
    where: '   ',
    whenDescription: '\t',
    witnesses: '',
    companyName: '  ',
    companyLocation: '',
    otherDetail: 'niet aangevinkt',
    name: ' Sam ',
    email: ' sam@example.nl ',
    phone: '   ',
  });
  const report = draftToReport(draft, 'en');
  assert.deepEqual(report, {
    type: 'discrimination',
    grounds: ['origin'],
    situation: 'search',
    reporter: 'student',
    whatHappened: 'Het gebeurde in de kantine.',
    wishes: ['advice'],
    contact: { anonymous: false, name: 'Sam', email: 'sam@example.nl' },
    language: 'en',
  });
  assert.deepEqual(tools.validateReport(report, now), []);
  assert.notEqual(report.wishes, draft.wishes, 'a copy of the list, not the draft own');
});

test('the report of the full draft: every answer, trimmed, and only the list of its type', () => {
  const report = draftToReport(FULL_DRAFT, 'nl');
  assert.deepEqual(report, {
    type: 'misuse',
    kinds: ['underpaid', 'disguised-job', 'other'],
    otherDetail: 'Ik moest ook schoonmaken.',
    situation: 'during',
    level: 'mbo',
    reporter: 'student',
    when: { date: '2026-03', description: 'de hele maand maart' },
    where: 'Utrecht, de winkel',
    company: { name: 'Bakkerij Jansen', location: 'Utrecht' },
    whatHappened: 'Ik werk 40 uur per week achter de kassa, zonder leerplan.',
    witnesses: 'Een collega, Fatima.',
    wishes: ['advice', 'school-action'],
    contact: { anonymous: false, name: 'Sam de Vries', email: 'sam@example.nl', phone: '+31 6 1234 5678' },
    language: 'nl',
    prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'], caoId: 'cao-horeca' },
  });
  assert.equal('grounds' in report, false, 'the grounds ticked before the type changed stay behind');
  assert.equal('attachments' in report || 'rejection' in report || 'id' in report, false, 'not part of the report');
  assert.deepEqual(tools.validateReport(report, now), []);
});

test('when: the date and the words each only when given', () => {
  assert.deepEqual(draftToReport(completeDraft({ whenDate: ' 2026-03-14 ' }), 'nl').when, { date: '2026-03-14' });
  assert.deepEqual(draftToReport(completeDraft({ whenDescription: ' in de zomer ' }), 'nl').when, { description: 'in de zomer' });
  assert.equal('when' in draftToReport(completeDraft({ whenDate: ' ', whenDescription: '' }), 'nl'), false);
});

test('the company only with a name or a place; a place alone leaves the name empty for the check to name', () => {
  assert.equal('company' in draftToReport(completeDraft({ companyName: ' ', companyLocation: '  ' }), 'nl'), false);
  assert.deepEqual(draftToReport(completeDraft({ companyName: ' Jansen ' }), 'nl').company, { name: 'Jansen' });
  assert.deepEqual(draftToReport(completeDraft({ companyName: 'Jansen', companyLocation: ' Utrecht ' }), 'nl').company, { name: 'Jansen', location: 'Utrecht' });
  assert.deepEqual(draftToReport(completeDraft({ companyName: ' ', companyLocation: 'Utrecht' }), 'nl').company, { name: '', location: 'Utrecht' });
  assert.deepEqual(found(completeDraft({ companyLocation: 'Utrecht' })), ['companyName required']);
});

test('otherDetail goes along only when "other" is ticked in the list of the chosen type', () => {
  const detail = { otherDetail: '  leeftijd van mijn ouders ' };
  assert.equal(draftToReport(completeDraft({ ...detail, grounds: ['origin', 'other'] }), 'nl').otherDetail, 'leeftijd van mijn ouders');
  assert.equal('otherDetail' in draftToReport(completeDraft({ ...detail, grounds: ['origin'] }), 'nl'), false, 'other not ticked');
  assert.equal('otherDetail' in draftToReport(completeDraft({ ...detail, grounds: ['origin'], kinds: ['other'] }), 'nl'), false, 'ticked in the other type only');
  assert.equal(draftToReport(completeDraft({ ...detail, type: 'misuse', kinds: ['other'] }), 'nl').otherDetail, 'leeftijd van mijn ouders');
  assert.equal('otherDetail' in draftToReport(completeDraft({ type: 'misuse', kinds: ['other'], otherDetail: '   ' }), 'nl'), false, 'blank');
  assert.equal('otherDetail' in draftToReport(completeDraft({ ...detail, type: undefined, grounds: ['other'] }), 'nl'), false, 'no type');
});

test('the list of the type: grounds for discrimination, kinds for misuse, neither without a type', () => {
  const both = { grounds: ['age' as const], kinds: ['harassment' as const] };
  const discrimination = draftToReport(completeDraft({ ...both, type: 'discrimination' }), 'nl');
  assert.deepEqual([discrimination.grounds, 'kinds' in discrimination], [['age'], false]);
  const misuse = draftToReport(completeDraft({ ...both, type: 'misuse' }), 'nl');
  assert.deepEqual([misuse.kinds, 'grounds' in misuse], [['harassment'], false]);
  const none = draftToReport(completeDraft({ ...both, type: undefined }), 'nl');
  assert.deepEqual(['type' in none, 'grounds' in none, 'kinds' in none], [false, false, false]);
});

test('contact: none before the choice, only `anonymous` when anonymous, else the details given', () => {
  const typed = { name: 'Sam', email: 'sam@example.nl', phone: '0612345678' };
  assert.equal('contact' in draftToReport(completeDraft({ ...typed, anonymous: undefined }), 'nl'), false);
  assert.deepEqual(draftToReport(completeDraft({ ...typed, anonymous: true }), 'nl').contact, { anonymous: true }, 'what was typed stays behind');
  assert.deepEqual(draftToReport(completeDraft({ anonymous: false, name: '', email: '', phone: '' }), 'nl').contact, { anonymous: false });
  assert.deepEqual(draftToReport(completeDraft({ anonymous: false, name: ' ', email: '', phone: ' 06 1234 5678 ' }), 'nl').contact, { anonymous: false, phone: '06 1234 5678' });
  assert.deepEqual(draftToReport(completeDraft({ ...typed, anonymous: false }), 'nl').contact, { anonymous: false, ...typed });
});

test('missing choices stay missing, what happened is always there, the language and prefill are passed on', () => {
  const report = draftToReport(newReportDraft(parsePrefillType('employment-risk'), now), 'en');
  assert.deepEqual(report, {
    type: 'misuse',
    kinds: ['disguised-job'],
    whatHappened: '',
    wishes: [],
    language: 'en',
    prefill: { source: 'compensation-checker', verdicts: ['employment-risk'] },
  });
});

// fieldOfPath and stepOfField ----------------------------------------------------------------------

test('every path the report schema reports maps to its control', () => {
  const paths: [string, DraftField | undefined][] = [
    ['type', 'type'],
    ['grounds', 'grounds'],
    ['grounds[0]', 'grounds'],
    ['kinds', 'kinds'],
    ['kinds[3]', 'kinds'],
    ['otherDetail', 'otherDetail'],
    ['situation', 'situation'],
    ['level', 'level'],
    ['reporter', 'reporter'],
    ['when.date', 'whenDate'],
    ['when.description', 'whenDescription'],
    ['where', 'where'],
    ['company', 'companyName'],
    ['company.name', 'companyName'],
    ['company.location', 'companyLocation'],
    ['whatHappened', 'whatHappened'],
    ['witnesses', 'witnesses'],
    ['wishes', 'wishes'],
    ['wishes[1]', 'wishes'],
    ['contact', 'anonymous'],
    ['contact.anonymous', 'anonymous'],
    ['contact.name', 'name'],
    ['contact.email', 'email'],
    ['contact.phone', 'phone'],
    ['attachments', 'files'],
    ['attachments[2].size', 'files'],
    // Not a control: the form sets these itself.
    ['language', undefined],
    ['prefill.verdicts', undefined],
    ['', undefined],
  ];
  for (const [path, field] of paths) assert.equal(fieldOfPath(path), field, path);
});

test('the schema issues of broken reports land on the control they are about', () => {
  const valid = draftToReport(FULL_DRAFT, 'nl') as Record<string, unknown>;
  const broken: [Record<string, unknown>, DraftField][] = [
    [{ type: 'other' }, 'type'],
    [{ kinds: ['underpaid', 'underpaid'] }, 'kinds'],
    [{ kinds: ['nope'] }, 'kinds'],
    [{ type: 'discrimination', kinds: undefined, grounds: [] }, 'grounds'],
    [{ otherDetail: 'x'.repeat(301) }, 'otherDetail'],
    [{ situation: 'later' }, 'situation'],
    [{ level: 'phd' }, 'level'],
    [{ reporter: 'parent' }, 'reporter'],
    [{ when: { date: '2026-02-30' } }, 'whenDate'],
    [{ when: { description: ' ' } }, 'whenDescription'],
    [{ where: '\u0000' }, 'where'],
    [{ company: { name: '' } }, 'companyName'],
    [{ company: { name: 'Jansen', location: ' ' } }, 'companyLocation'],
    [{ whatHappened: 'x'.repeat(10_001) }, 'whatHappened'],
    [{ witnesses: '' }, 'witnesses'],
    [{ wishes: ['register', 'advice'] }, 'wishes'],
    [{ contact: {} }, 'anonymous'],
    [{ contact: { anonymous: false, name: ' ', email: 'sam@example.nl' } }, 'name'],
    [{ contact: { anonymous: false, email: 'sam@' } }, 'email'],
    [{ contact: { anonymous: false } }, 'email'],
    [{ contact: { anonymous: false, phone: 'bel me' } }, 'phone'],
  ];
  for (const [change, field] of broken) {
    const report: Record<string, unknown> = { ...valid, ...change };
    for (const key of Object.keys(change)) if (change[key] === undefined) delete report[key];
    const issues = tools.validateReport(report, now);
    assert.ok(issues.length > 0, JSON.stringify(change));
    assert.deepEqual([...new Set(issues.map((issue) => fieldOfPath(issue.path)))], [field], `${JSON.stringify(change)}: ${issues.map((issue) => issue.path).join(', ')}`);
  }
});

test('each control is on one step, the step that asks for it', () => {
  const fields = Object.values(STEP_FIELDS).flat();
  assert.equal(new Set(fields).size, fields.length, 'no control on two steps');
  for (const step of REPORT_STEPS) for (const field of STEP_FIELDS[step]) assert.equal(stepOfField(field), step, field);
  const expected: Record<ReportStep, DraftField[]> = {
    what: ['type', 'grounds', 'kinds', 'otherDetail', 'situation', 'level', 'reporter'],
    details: ['whenDate', 'whenDescription', 'where', 'companyName', 'companyLocation', 'whatHappened', 'witnesses', 'files'],
    contact: ['wishes', 'anonymous', 'name', 'email', 'phone'],
    advice: [],
    send: [],
  };
  assert.deepEqual(STEP_FIELDS, expected);
  // Every control a path can name is on a step with a form (not advice or send), so "Next" can show it.
  for (const path of ['type', 'kinds[0]', 'when.date', 'company', 'contact', 'contact.email', 'attachments[0]']) {
    assert.ok(['what', 'details', 'contact'].includes(stepOfField(fieldOfPath(path)!)), path);
  }
});

// checkReportDraft ---------------------------------------------------------------------------------

test('an empty draft: each missing answer once, at its control, in the order of the form', () => {
  assert.deepEqual(check(newReportDraft({}, now)), [
    { field: 'type', key: 'choose-one' },
    { field: 'situation', key: 'choose-one' },
    { field: 'reporter', key: 'choose-one' },
    { field: 'whatHappened', key: 'required' },
    { field: 'wishes', key: 'choose-some' },
    { field: 'anonymous', key: 'choose-one' },
  ]);
});

test('a complete draft has no problems, in either language; the level is not required', () => {
  assert.deepEqual(check(completeDraft()), []);
  assert.deepEqual(tools.checkReportDraft(completeDraft(), 'en', now), []);
  assert.deepEqual(check(completeDraft({ level: undefined, anonymous: true, name: '', email: '' })), []);
  assert.deepEqual(check(FULL_DRAFT), []);
});

test('each missing choice: choose-one, choose-some or required at its control', () => {
  const cases: [Partial<ReportDraft>, string][] = [
    [{ type: undefined }, 'type choose-one'],
    [{ type: 'discrimination', grounds: [] }, 'grounds choose-some'],
    [{ type: 'misuse', grounds: ['origin'], kinds: [] }, 'kinds choose-some'],
    [{ situation: undefined }, 'situation choose-one'],
    [{ reporter: undefined }, 'reporter choose-one'],
    [{ whatHappened: ' \n\t ' }, 'whatHappened required'],
    [{ wishes: [] }, 'wishes choose-some'],
    [{ anonymous: undefined }, 'anonymous choose-one'],
  ];
  for (const [change, expected] of cases) assert.deepEqual(found(completeDraft(change)), [expected], JSON.stringify(change));
  // The list of the other type does not count.
  assert.deepEqual(found(completeDraft({ type: 'misuse', grounds: ['origin', 'age'], kinds: [] })), ['kinds choose-some']);
});

test('a date after today is date-in-future at whenDate; today and this month are fine', () => {
  assert.deepEqual(check(completeDraft({ whenDate: '2026-11-25' }), new Date('2026-11-24T09:00:00Z')), [{ field: 'whenDate', key: 'date-in-future' }]);
  assert.deepEqual(check(completeDraft({ whenDate: '2027' })), [{ field: 'whenDate', key: 'date-in-future' }]);
  assert.deepEqual(check(completeDraft({ whenDate: '2026-12' })), [{ field: 'whenDate', key: 'date-in-future' }]);
  for (const date of ['2026-11-24', '2026-11', '2026', '2019-02-28']) assert.deepEqual(check(completeDraft({ whenDate: date })), [], date);
  // A date that is no calendar day is another problem at the same control.
  assert.deepEqual(found(completeDraft({ whenDate: '2026-02-30' })), ['whenDate partial-date']);
  assert.deepEqual(found(completeDraft({ whenDate: '14-03-2026' })), ['whenDate partial-date']);
});

test('contact details: a bad e-mail address, a bad phone number, or neither given', () => {
  assert.deepEqual(found(completeDraft({ email: 'sam@example' })), ['email email']);
  assert.deepEqual(found(completeDraft({ email: 'sam at example.nl' })), ['email email']);
  assert.deepEqual(found(completeDraft({ email: '', phone: 'bel me maar' })), ['phone phone']);
  assert.deepEqual(found(completeDraft({ email: '', phone: '' })), ['email contact-needed'], 'the message is at the e-mail field');
  assert.deepEqual(found(completeDraft({ email: ' ', phone: '  ', name: 'Sam' })), ['email contact-needed']);
  assert.deepEqual(check(completeDraft({ email: '', phone: '06-12345678' })), [], 'a phone number alone is enough');
  assert.deepEqual(check(completeDraft({ email: 'not-an-address', anonymous: true })), [], 'anonymous: what was typed is not sent, so not checked');
});

test('"only register it" with another wish is refused at the wishes', () => {
  assert.deepEqual(found(completeDraft({ wishes: ['register', 'advice'] })), ['wishes wish-register-alone']);
  assert.deepEqual(check(completeDraft({ wishes: ['register'] })), []);
});

test('text over its limit: too-long with the limit, at its control', () => {
  assert.deepEqual(check(completeDraft({ where: 'x'.repeat(301) })), [{ field: 'where', key: 'too-long', params: { maximum: 300 } }]);
  assert.deepEqual(check(completeDraft({ where: 'x'.repeat(300) })), []);
  assert.deepEqual(found(completeDraft({ whatHappened: 'a\u0000b' })), ['whatHappened control-character']);
});

test('one issue per control, and a missing choice wins over the schema own words for it', () => {
  const drafts = [
    newReportDraft({}, now),
    completeDraft({ whatHappened: '   ', wishes: [], type: 'discrimination', grounds: [] }),
    completeDraft({ email: 'x'.repeat(201), phone: 'y', name: '\u0000' }),
    completeDraft({ companyName: '', companyLocation: 'x'.repeat(201) }),
    completeDraft({ whenDate: '2026-13-45', whenDescription: ' ', where: '', witnesses: 'w\u0000' }),
    { ...completeDraft({ situation: undefined, reporter: undefined, anonymous: undefined }), whatHappened: '' },
  ];
  for (const draft of drafts) {
    const fields = check(draft).map((issue) => issue.field);
    assert.ok(fields.length > 0);
    assert.equal(new Set(fields).size, fields.length, fields.join(', '));
  }
  const keys = Object.fromEntries(check(drafts[1]!).map((issue) => [issue.field, issue.key]));
  assert.deepEqual(keys, { grounds: 'choose-some', whatHappened: 'required', wishes: 'choose-some' });
  assert.deepEqual(found(completeDraft({ email: 'x'.repeat(201) })), ['email too-long'], 'too long and not an address: one issue');
});

// A skipped step, a later empty step, or an answer at no control never hides a problem.

test('without a type, the other answers are still checked (a step checked early must not pass a bad e-mail)', () => {
  assert.deepEqual(found(completeDraft({ type: undefined, email: 'sam@' })), ['type choose-one', 'email email']);
  assert.deepEqual(found(completeDraft({ type: undefined, whenDate: '2026-02-30' })), ['type choose-one', 'whenDate partial-date']);
});

test('a date in the future is found while later steps are still empty (the details step is checked before the contact step)', () => {
  assert.deepEqual(found(completeDraft({ whenDate: '2027-01', wishes: [], anonymous: undefined })), ['wishes choose-some', 'anonymous choose-one', 'whenDate date-in-future']);
});

test('a draft the report schema refuses is never passed as without problems', () => {
  const draft = completeDraft({ prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'below-cao'], caoId: 'Not An Id' } });
  assert.notDeepEqual(tools.validateReport(draftToReport(draft, 'nl'), now), []);
  assert.notDeepEqual(check(draft), []);
  assert.equal(tools.parseReportDraft(throughJson(draft)), undefined, 'nor is it read back from storage');
});

// parseReportDraft ---------------------------------------------------------------------------------

test('a full draft and a new one come back from storage (JSON) unchanged', () => {
  assert.deepEqual(tools.parseReportDraft(throughJson(FULL_DRAFT)), FULL_DRAFT);
  const fresh = newReportDraft(parsePrefillType('below-cao'), now);
  assert.deepEqual(tools.parseReportDraft(throughJson(fresh)), fresh);
  const anonymous = completeDraft({ anonymous: true, name: '', email: '' });
  assert.deepEqual(tools.parseReportDraft(throughJson(anonymous)), anonymous);
});

test('long text is kept (a stored draft is never refused for being long), up to 100,000 characters', () => {
  const long = 'Het begon in maart. '.repeat(5_000);
  assert.equal(long.length, 100_000);
  const draft = { ...FULL_DRAFT, whatHappened: long, witnesses: long, otherDetail: 'x'.repeat(20_000) };
  assert.deepEqual(tools.parseReportDraft(throughJson(draft)), draft);
  assert.equal(tools.parseReportDraft({ ...FULL_DRAFT, whatHappened: `${long}!` }), undefined, 'one more is something else');
});

test('hostile text is kept as typed', () => {
  const text = '<script>alert(1)</script>\u202e"; DROP TABLE --😀';
  assert.equal(tools.parseReportDraft(throughJson({ ...FULL_DRAFT, whatHappened: text, name: text }))?.whatHappened, text);
});

test('a stored value of the wrong shape is refused', () => {
  const wrong: [string, unknown][] = [
    ['null', null],
    ['a string', JSON.stringify(FULL_DRAFT)],
    ['an array', [FULL_DRAFT]],
    ['no id', { ...FULL_DRAFT, id: undefined }],
    ['no grounds', { ...FULL_DRAFT, grounds: undefined }],
    ['no whatHappened', { ...FULL_DRAFT, whatHappened: undefined }],
    ['no attachments', { ...FULL_DRAFT, attachments: undefined }],
    ['grounds not a list', { ...FULL_DRAFT, grounds: 'age' }],
    ['text a number', { ...FULL_DRAFT, whatHappened: 42 }],
    ['text null', { ...FULL_DRAFT, email: null }],
    ['anonymous a string', { ...FULL_DRAFT, anonymous: 'yes' }],
    ['created a number', { ...FULL_DRAFT, created: Date.parse(created) }],
    ['size a string', { ...FULL_DRAFT, attachments: [{ ...FULL_DRAFT.attachments[0], size: '2048' }] }],
    ['rejection status a string', { ...FULL_DRAFT, rejection: { status: '422', reason: '' } }],
    ['prefill from elsewhere', { ...FULL_DRAFT, prefill: { ...FULL_DRAFT.prefill, source: 'elsewhere' } }],
    ['too many wishes', { ...FULL_DRAFT, wishes: Array(51).fill('advice') }],
  ];
  for (const [label, value] of wrong) assert.equal(tools.parseReportDraft(value), undefined, label);
});

test('an unknown value of a choice is refused', () => {
  const unknown: [string, Partial<Record<keyof ReportDraft, unknown>>][] = [
    ['type', { type: 'complaint' }],
    ['grounds', { grounds: ['origin', 'hair-colour'] }],
    ['kinds', { kinds: ['underpaid', 'Underpaid'] }],
    ['situation', { situation: 'after' }],
    ['level', { level: 'vo' }],
    ['reporter', { reporter: 'parent' }],
    ['wishes', { wishes: ['revenge'] }],
    ['verdicts', { prefill: { source: 'compensation-checker', verdicts: ['too-low'] } }],
    ['metadata', { attachments: [{ ...FULL_DRAFT.attachments[0], metadata: 'stripped' }] }],
  ];
  for (const [label, change] of unknown) {
    assert.equal(tools.parseReportDraft({ ...throughJson(FULL_DRAFT) as object, ...change }), undefined, label);
  }
});

test('a bad report id is refused; every id the kit makes is accepted', () => {
  for (const id of ['', 'short12', 'UPPERCASE-ID-1234', 'has space 12345', '-starts-with-dash', 'a'.repeat(65), 'ünïcode-id-1234', '../../etc/passwd', 42]) {
    assert.equal(tools.parseReportDraft({ ...FULL_DRAFT, id }), undefined, String(id));
  }
  for (let i = 0; i < 20; i++) {
    const draft = newReportDraft();
    assert.equal(tools.parseReportDraft(throughJson(draft))?.id, draft.id);
  }
  assert.equal(tools.parseReportDraft({ ...FULL_DRAFT, id: 'a'.repeat(64) })?.id, 'a'.repeat(64));
});

test('keys a draft does not have are dropped, not kept', () => {
  // JSON.parse makes "__proto__" an own key, as a stored row could have it.
  const stored = JSON.parse(JSON.stringify({ ...FULL_DRAFT, html: '<b>x</b>' }).replace(/^\{/, '{"__proto__":{"polluted":true},'));
  const parsed = tools.parseReportDraft(stored);
  assert.ok(parsed);
  assert.equal('html' in parsed, false);
  assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
  assert.equal((parsed as unknown as { polluted?: boolean }).polluted, undefined);
  assert.deepEqual(parsed, FULL_DRAFT);
});
