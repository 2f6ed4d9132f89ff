import { test } from 'node:test';
import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import { dutchPublicHolidays, easterSunday, holidaysOff, type HolidayId } from '@stagekit/core';

// date-holidays is an independent implementation: it is the oracle here, never used by the kit.
const ORACLE_NAMES: Record<HolidayId, string> = {
  nieuwjaarsdag: 'Nieuwjaar',
  'goede-vrijdag': 'Goede Vrijdag',
  'eerste-paasdag': 'Pasen',
  'tweede-paasdag': 'Tweede paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  'eerste-pinksterdag': 'Pinksteren',
  'tweede-pinksterdag': 'Tweede pinksterdag',
  'eerste-kerstdag': 'Kerstmis',
  'tweede-kerstdag': 'Tweede kerstdag',
};

test('every Dutch public holiday of 2024–2035 falls on the day an independent calendar gives', () => {
  const oracle = new Holidays('NL');
  for (let year = 2024; year <= 2035; year++) {
    const theirs = new Map(oracle.getHolidays(year).map((holiday) => [holiday.name, holiday.date.slice(0, 10)]));
    const ours = dutchPublicHolidays(year);
    assert.equal(ours.length, 11, String(year));
    for (const holiday of ours) assert.equal(holiday.date, theirs.get(ORACLE_NAMES[holiday.id]), `${year} ${holiday.id}`);
  }
});

test('Easter and the days that follow it', () => {
  assert.equal(easterSunday(2024).toISOString().slice(0, 10), '2024-03-31');
  assert.equal(easterSunday(2025).toISOString().slice(0, 10), '2025-04-20');
  assert.equal(easterSunday(2038).toISOString().slice(0, 10), '2038-04-25');
  const days = Object.fromEntries(dutchPublicHolidays(2026).map((holiday) => [holiday.id, holiday.date]));
  assert.equal(days['hemelvaartsdag'], '2026-05-14');
  assert.equal(days['tweede-pinksterdag'], '2026-05-25');
});

test('Koningsdag moves to Saturday when 27 April is a Sunday', () => {
  const koningsdag = (year: number) => dutchPublicHolidays(year).find((holiday) => holiday.id === 'koningsdag')!.date;
  assert.equal(koningsdag(2025), '2025-04-26');
  assert.equal(koningsdag(2026), '2026-04-27');
  assert.equal(koningsdag(2031), '2031-04-26');
});

test('which holidays are days off is a setting: Goede Vrijdag and 5 May', () => {
  const ids = (settings?: Parameters<typeof holidaysOff>[2]) => holidaysOff('2025-01-01', '2026-12-31', settings).map((h) => `${h.date.slice(0, 4)} ${h.id}`);
  const byDefault = ids();
  assert.ok(byDefault.includes('2025 bevrijdingsdag'));
  assert.ok(!byDefault.includes('2026 bevrijdingsdag'));
  assert.ok(!byDefault.some((id) => id.endsWith('goede-vrijdag')));
  const generous = ids({ goedeVrijdag: true, bevrijdingsdag: 'every-year' });
  assert.ok(generous.includes('2026 bevrijdingsdag') && generous.includes('2026 goede-vrijdag'));
  assert.ok(!ids({ goedeVrijdag: false, bevrijdingsdag: 'never' }).some((id) => id.endsWith('bevrijdingsdag')));
  assert.deepEqual(holidaysOff('2025-12-25', '2026-01-01').map((h) => h.id), ['eerste-kerstdag', 'tweede-kerstdag', 'nieuwjaarsdag']);
});
