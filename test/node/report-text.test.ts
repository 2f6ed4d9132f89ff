import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAILTO_MAX_LENGTH,
  loadMessages,
  loadReportTools,
  parsePrefillType,
  prefillTypeFor,
  prefillFromCompensation,
  reportCatalog,
  reportMailto,
  reportText,
  toggleWish,
  translator,
  type AttachmentMeta,
  type Report,
} from '@stagekit/core';
import { HOSTILE_TEXTS, discriminationReport, misuseReport } from '../fixtures/report/helpers.ts';

const [nl, en] = await Promise.all([loadMessages(reportCatalog, 'nl'), loadMessages(reportCatalog, 'en')]);
const created = '2026-11-24T09:00:00.000Z';
const attachments: AttachmentMeta[] = [
  { id: 'file-1', name: 'foto.jpg', type: 'image/jpeg', size: 123_456, sha256: 'a'.repeat(64), metadata: 'removed' },
  { id: 'file-2', name: 'mail.pdf', type: 'application/pdf', size: 900, sha256: 'b'.repeat(64), metadata: 'not-removed' },
];

test('the plain-text copy in Dutch: every answer, in plain words, what was typed copied as typed', () => {
  const text = reportText(discriminationReport, nl, 'nl', { id: 'report-text-001', created, reference: 'MP-42', status: 'sent', sentTo: 'Meldpunt ROC Utrecht', attachments });
  const lines = text.split('\n');
  assert.equal(lines[0], 'Melding van stagediscriminatie of stagemisbruik');
  for (const expected of [
    'Kenmerk: MP-42',
    'Gemaakt op: 24 november 2026 om 10:00',
    'Status: Verstuurd',
    'Verstuurd naar: Meldpunt ROC Utrecht',
    'Soort melding: Discriminatie',
    'Reden van de discriminatie: Afkomst of huidskleur en Geloof of levensovertuiging',
    'Wanneer in de stage: Bij het zoeken naar een stage',
    'Opleiding: mbo',
    'Wanneer: 14 maart 2026, bij het sollicitatiegesprek',
    'Bedrijf: Bakkerij Jansen, Utrecht',
    discriminationReport.whatHappened,
    'Wat wil de melder: Advies krijgen en De school moet iets doen',
    '  E-mail: sam@example.nl',
    '  - foto.jpg (120,6 kB; SHA-256 ' + 'a'.repeat(64) + ')',
    '    ' + nl['metadata.not-removed'],
  ]) {
    assert.ok(lines.includes(expected), `missing line: ${expected}\n${text}`);
  }
  assert.ok(text.endsWith(String(nl['text.footer'])));
});

test('the plain-text copy in English, anonymous, prefilled, without a reference', () => {
  const text = reportText(misuseReport, en, 'en', { id: 'report-text-002', created, status: 'queued' });
  for (const expected of [
    'Reference: report-text-002',
    'Made on: 24 November 2026 at 10:00',
    'Status: Waiting to be sent',
    'What is wrong: No or too little allowance and Your internship is really just a job',
    'When: not filled in',
    'Contact: Anonymous: no name and no contact details',
    'Started from the internship allowance check: the allowance is lower than in the CAO and the internship looks like plain work',
    'Attachments: none',
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}\n${text}`);
  }
});

test('hostile text is copied as it was typed: no escaping, no interpretation', () => {
  for (const hostile of HOSTILE_TEXTS) {
    const report = { ...discriminationReport, whatHappened: hostile, where: hostile } as Report;
    const text = reportText(report, nl, 'nl', { id: 'report-text-003', created });
    assert.ok(text.includes(`\n${hostile}\n`), hostile);
    assert.ok(text.includes(`Waar: ${hostile}`));
  }
});

test('mailto: a short report fits whole; the address, subject and body come back exactly, with CRLF line breaks', () => {
  const t = translator(nl, 'nl');
  const body = reportText(misuseReport, nl, 'nl', { id: 'report-mail-001', created });
  const subject = t('mailto.subject', { type: t('type.misuse'), reference: 'report-mail-001' });
  const mail = reportMailto({ to: 'meldpunt@school.example', subject, body, truncatedNote: t('mailto.truncated') });
  assert.ok(mail);
  assert.equal(mail.truncated, false);
  assert.ok(mail.url.startsWith('mailto:meldpunt@school.example?subject='));
  assert.ok(mail.url.length <= MAILTO_MAX_LENGTH);
  const url = new URL(mail.url);
  assert.equal(url.pathname, 'meldpunt@school.example');
  assert.deepEqual([...url.searchParams.keys()], ['subject', 'body']);
  assert.equal(url.searchParams.get('subject'), subject);
  assert.equal(url.searchParams.get('body'), body.replace(/\n/g, '\r\n'));
});

test('mailto: a long report is cut at a line or word, within ~1,800 encoded characters, with a note to use "copy text"', () => {
  const t = translator(nl, 'nl');
  const long = { ...discriminationReport, whatHappened: 'Het begon op maandag. '.repeat(400), witnesses: `${HOSTILE_TEXTS.join(' & ')} ?cc=evil@example.com #x %20` } as Report;
  const body = reportText(long, nl, 'nl', { id: 'report-mail-002', created, attachments });
  for (const maxLength of [MAILTO_MAX_LENGTH, 1000, 600]) {
    const mail = reportMailto({ to: 'meldpunt@school.example', subject: 'Melding', body, truncatedNote: t('mailto.truncated'), maxLength })!;
    assert.equal(mail.truncated, true);
    assert.ok(mail.url.length <= maxLength, `${mail.url.length} > ${maxLength}`);
    assert.ok(mail.url.length > maxLength - 200, 'most of the room is used');
    const received = new URL(mail.url).searchParams.get('body')!.replace(/\r\n/g, '\n');
    assert.ok(received.endsWith(`\n\n${t('mailto.truncated')}`));
    const kept = received.slice(0, -(`\n\n${t('mailto.truncated')}`.length));
    assert.ok(body.startsWith(kept), 'the kept part is the start of the report');
    assert.ok(/\s/.test(body[kept.length] ?? ' ') || /\s$/.test(kept), 'cut at a space or line break');
  }
  // Hostile characters cannot add recipients or parameters.
  const short = reportMailto({ to: 'meldpunt@school.example', subject: 'a&cc=evil@example.com', body: 'x&bcc=evil@example.com#y?z', truncatedNote: '…' })!;
  const url = new URL(short.url);
  assert.deepEqual([...url.searchParams.keys()], ['subject', 'body']);
  assert.equal(url.searchParams.get('body'), 'x&bcc=evil@example.com#y?z');
  // Emoji at the cut are never split into broken halves.
  const emoji = reportMailto({ to: 'a@school.example', subject: 's', body: '😀'.repeat(2000), truncatedNote: 'rest' })!;
  assert.doesNotThrow(() => decodeURIComponent(emoji.url.split('body=')[1]!));
  // A subject too long for any link is shortened so the note still fits.
  const subjectOnly = reportMailto({ to: 'a@school.example', subject: 'S'.repeat(5000), body: 'b', truncatedNote: 'rest', maxLength: 300 })!;
  assert.ok(subjectOnly.url.length <= 300);
});

test('mailto: only a plain address is accepted', () => {
  for (const bad of ['', 'meldpunt', 'a@b', 'a@school.example?cc=evil@x.nl', 'a b@school.example', 'a@school.example,evil@x.nl', '<a@school.example>']) {
    assert.equal(reportMailto({ to: bad, subject: 's', body: 'b', truncatedNote: 'n' }), undefined, bad);
  }
});

test('prefill from the compensation checker: below the CAO → underpaid, a job → disguised job; a valid report follows', async () => {
  const start = prefillFromCompensation({ cao: { status: 'below', caoId: 'cao-horeca' }, employmentRisk: { level: 'high' } } as never, { level: 'mbo-bol' });
  assert.deepEqual(start, {
    type: 'misuse',
    kinds: ['underpaid', 'disguised-job'],
    level: 'mbo',
    prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'], caoId: 'cao-horeca' },
  });
  assert.deepEqual(prefillFromCompensation({ cao: { status: 'meets', caoId: null }, employmentRisk: { level: 'high' } } as never)?.kinds, ['disguised-job']);
  assert.equal(prefillFromCompensation({ cao: { status: 'meets', caoId: 'x' }, employmentRisk: { level: 'some' } } as never), undefined);
  const tools = await loadReportTools();
  const report = { ...start, situation: 'during', reporter: 'student', whatHappened: 'Zie de check.', wishes: ['advice'], contact: { anonymous: true }, language: 'nl' };
  assert.deepEqual(tools.validateReport(report, new Date(created)), []);
});

test('the prefill-type attribute', () => {
  assert.deepEqual(parsePrefillType('discrimination'), { type: 'discrimination' });
  assert.deepEqual(parsePrefillType(' Underpaid '), { type: 'misuse', kinds: ['underpaid'] });
  assert.deepEqual(parsePrefillType('employment-risk')?.kinds, ['disguised-job']);
  assert.deepEqual(parsePrefillType('below-cao')?.prefill, { source: 'compensation-checker', verdicts: ['below-cao'] });
  assert.deepEqual(parsePrefillType('misuse'), { type: 'misuse' });
  assert.deepEqual(parsePrefillType('below-cao, employment-risk'), {
    type: 'misuse',
    kinds: ['underpaid', 'disguised-job'],
    prefill: { source: 'compensation-checker', verdicts: ['below-cao', 'employment-risk'] },
  });
  assert.deepEqual(parsePrefillType('underpaid,too-many-hours,underpaid'), { type: 'misuse', kinds: ['underpaid', 'too-many-hours'] });
  for (const bad of [null, undefined, '', ',', 'racism', '<script>', 'discrimination,underpaid', 'underpaid,racism']) assert.equal(parsePrefillType(bad), undefined);
});

test('a compensation verdict as the prefill-type of a link to the form', () => {
  const below = { cao: { status: 'below' }, employmentRisk: { level: 'some' } } as never;
  const both = { cao: { status: 'below', caoId: 'cao-horeca' }, employmentRisk: { level: 'high' } } as never;
  const none = { cao: { status: 'meets' }, employmentRisk: { level: 'some' } } as never;
  assert.equal(prefillTypeFor(below), 'below-cao');
  assert.equal(prefillTypeFor(both), 'below-cao,employment-risk');
  assert.equal(prefillTypeFor(none), undefined);
  assert.deepEqual(parsePrefillType(prefillTypeFor(both))?.kinds, ['underpaid', 'disguised-job']);
});

test('"only register it" stands alone among the wishes', () => {
  assert.deepEqual(toggleWish(['advice', 'mediation'], 'register'), ['register']);
  assert.deepEqual(toggleWish(['register'], 'mediation'), ['mediation']);
  assert.deepEqual(toggleWish(['mediation'], 'advice'), ['advice', 'mediation']);
  assert.deepEqual(toggleWish(['advice', 'mediation'], 'advice'), ['mediation']);
});
