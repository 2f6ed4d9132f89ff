import './lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPlan, openStagekitDatabase, type SchedulePlan } from '@stagekit/core';
import '../../packages/elements/src/schedule-planner/define.js';
import type { StagekitSchedulePlanner } from '../../packages/elements/src/schedule-planner/schedule-planner.js';
import type { ScheduleChangeDetail } from '../../packages/elements/src/internal/events.js';
import { accessibleName, collectErrors, record, shadow, words } from './helpers.js';

type Planner = StagekitSchedulePlanner;
type Week = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', 'company' | 'remote' | 'school' | 'off'>;

// ---------------------------------------------------------------------------------------------
// Expectations are counted here, day by day, without the planner's code.
// ---------------------------------------------------------------------------------------------

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const LINT: Week = { mon: 'company', tue: 'company', wed: 'company', thu: 'school', fri: 'school', sat: 'off', sun: 'off' };
/** Koningsdag 2026 is Monday 27 April; 5 May 2026 is not a day off (only every fifth year: 2025, 2030). */
const HOLIDAYS_2026 = ['2026-04-27', '2026-05-14', '2026-05-25'];

function datesFrom(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let time = Date.parse(`${start}T00:00:00Z`); time <= Date.parse(`${end}T00:00:00Z`); time += 86_400_000) dates.push(new Date(time).toISOString().slice(0, 10));
  return dates;
}

const weekdayOf = (date: string) => DAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/** How many days of each type a week pattern gives, with days off and per-day changes. */
function countDays(start: string, end: string, week: Week, { off = HOLIDAYS_2026, changed = {} as Record<string, keyof typeof TYPE_NL> } = {}) {
  const counts = { company: 0, remote: 0, school: 0, off: 0 };
  for (const date of datesFrom(start, end)) {
    const type = changed[date] ?? (off.includes(date) ? 'off' : week[weekdayOf(date)]);
    counts[type]++;
  }
  return counts;
}

const TYPE_NL = { company: 'Bedrijf', remote: 'Op afstand', school: 'School', off: 'Vrij' } as const;

// ---------------------------------------------------------------------------------------------
// Reading and using the planner as a user does.
// ---------------------------------------------------------------------------------------------

async function planner(template: ReturnType<typeof html>): Promise<Planner> {
  const el = await fixture<Planner>(template);
  await el.updateComplete;
  return el;
}

function $<T extends Element = HTMLElement>(el: Planner, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const $$ = <T extends Element = HTMLElement>(el: Planner, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const cell = (el: Planner, date: string) => $<HTMLButtonElement>(el, `.grid button[data-date="${date}"]`);
const dayType = (el: Planner, date: string) => words(cell(el, date).querySelector('.type'));
const focused = (el: Planner) => shadow(el).activeElement as HTMLElement | null;
const statusText = (el: Planner) => words($(el, '[role="status"]'));
const alertText = (el: Planner) => words($(el, '[role="alert"]'));
const warningItems = (el: Planner) => $$(el, '[part="warnings"] li').map((item) => words(item));

function button(el: Planner, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => accessibleName(candidate) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

async function press(el: Planner, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

/** The overview as term → value, e.g. "Geplande uren" → "88". */
function totals(el: Planner): Record<string, string> {
  return Object.fromEntries($$(el, '[part="totals"] dl > div').map((row) => [words(row.querySelector('dt')), words(row.querySelector('dd'))]));
}

/** Sets a field's value and fires `change`, as a browser does when the user leaves a changed field. */
async function setField(el: Planner, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Presses Tab until the planner's focused control matches `selector`. */
async function tabTo(el: Planner, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (focused(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (at ${focused(el)?.id ?? 'nothing'})`);
}

async function chooseFile(el: Planner, selector: string, file: File): Promise<void> {
  const field = $<HTMLInputElement>(el, selector);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Catches the planner's download (the link it clicks) and reads the file behind the blob: URL. */
async function download(action: () => void): Promise<{ name: string; href: string; text: string; type: string }> {
  const click = HTMLAnchorElement.prototype.click;
  const links: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    action();
    await waitUntil(() => links.length > 0, 'nothing was downloaded');
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  expect(links).to.have.length(1);
  const link = links[0]!;
  const response = await fetch(link.href);
  return { name: link.download, href: link.href, text: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** Every event of one type that reaches the document (so also the first, fired while rendering). */
function collect<T>(name: string) {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(name, listener);
  return { events, stop: () => document.removeEventListener(name, listener) };
}

function deleteDatabase(name = 'stagekit'): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    // `blocked` is followed by `success` once the page's shared connection steps aside.
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const count = (text: string, part: string) => text.split(part).length - 1;

// ---------------------------------------------------------------------------------------------

describe('<stagekit-schedule-planner>', () => {
  it('starts with a usable default plan and is accessible', async () => {
    const changes = collect<ScheduleChangeDetail>('stagekit-schedule-change');
    try {
      const el = await planner(html`<stagekit-schedule-planner storage="memory"></stagekit-schedule-planner>`);
      const { plan } = el;
      // Next Monday, and 20 weeks later ending on a Friday.
      const start = Date.parse(`${plan.start}T00:00:00Z`);
      expect(weekdayOf(plan.start)).to.equal('mon');
      expect(start).to.be.greaterThan(Date.now() - 86_400_000);
      expect(start).to.be.lessThan(Date.now() + 8 * 86_400_000);
      expect(datesFrom(plan.start, plan.end)).to.have.length(20 * 7 - 2);
      expect(plan.periods.map((period) => period.model)).to.deep.equal(['lint']);
      expect(plan.hoursPerDay).to.equal(8);
      expect(words($(el, 'h2'))).to.equal('Stageplanning');
      expect($<HTMLInputElement>(el, '#f-start').value).to.equal(plan.start);
      expect(dayType(el, plan.start)).to.equal('Bedrijf');
      expect($$(el, '.grid [role="row"]:not(.head)')).to.have.length(20);
      expect(changes.events).to.have.length(1);
      expect(changes.events[0]!.detail.plan).to.equal(plan);
      await expect(el).to.be.accessible();
    } finally {
      changes.stop();
    }
  });

  it('builds a lint plan with the keyboard only', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" model="blok" start="2026-01-05" end="2026-12-18"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id, 'the first tab stop is the plan name').to.equal('f-title');
    await sendKeys({ type: 'Lint Ada' });
    // Typing into a date field differs per engine and locale: the dates are set, the rest is typed.
    await tabTo(el, '#f-start');
    await setField(el, '#f-start', '2026-04-13');
    await tabTo(el, '#f-end');
    await setField(el, '#f-end', '2026-05-08');
    await tabTo(el, '#f-hoursPerDay');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '6' });
    await tabTo(el, '#f-period-p1-model');
    await sendKeys({ press: 'l' }); // "Lintstage …"
    await el.updateComplete;
    await tabTo(el, '#f-period-p1-week-fri');
    await sendKeys({ press: 'v' }); // "Vrij"
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    const week: Week = { ...LINT, fri: 'off' };
    expect(el.plan.title).to.equal('Lint Ada');
    expect(el.plan.hoursPerDay).to.equal(6);
    expect(el.plan.periods).to.have.length(1);
    expect(el.plan.periods[0]!.model).to.equal('lint');
    expect(el.plan.periods[0]!.week).to.deep.equal(week);
    expect($<HTMLSelectElement>(el, '#f-period-p1-model').value).to.equal('lint');
    expect($<HTMLSelectElement>(el, '#f-period-p1-week-fri').value).to.equal('off');

    expect(dayType(el, '2026-04-13')).to.equal('Bedrijf'); // Monday
    expect(dayType(el, '2026-04-16')).to.equal('School'); // Thursday
    expect(dayType(el, '2026-04-17')).to.equal('Vrij'); // Friday
    expect(dayType(el, '2026-04-27')).to.equal('Vrij'); // Koningsdag
    expect(words(cell(el, '2026-04-27'))).to.contain('Koningsdag');
    expect(dayType(el, '2026-05-05')).to.equal('Bedrijf'); // 5 May is a work day in 2026
    expect($$(el, '.grid [role="row"]:not(.head)')).to.have.length(4);

    const days = countDays('2026-04-13', '2026-05-08', week);
    expect(days.company).to.equal(11);
    const shown = totals(el);
    expect(shown['Geplande uren']).to.equal(String(6 * days.company));
    expect(shown['Dagen op het bedrijf']).to.equal(String(days.company));
    expect(shown['Dagen op afstand']).to.equal('0');
    expect(shown['Deel op het bedrijf']).to.equal('100%');
    expect(shown['Schooldagen']).to.equal(String(days.school));

    const last = changes.at(-1)!.detail;
    expect(last.plan).to.equal(el.plan);
    expect(last.totals.plannedHours).to.equal(6 * days.company);
    expect(last.totals.onSiteDays).to.equal(days.company);
    expect(last.totals.remoteDays).to.equal(0);
    expect(last.totals.schoolDays).to.equal(days.school);
    expect(last.totals.onSiteShare).to.equal(1);
    expect(last.warnings).to.deep.equal([]);
  });

  it('builds a hybrid plan from the week attribute and counts remote days', async () => {
    const changes = collect<ScheduleChangeDetail>('stagekit-schedule-change');
    try {
      const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-09-07" end="2026-10-02"
        week="mon:company,tue:company,wed:remote,thu:school,fri:off"></stagekit-schedule-planner>`);
      expect($<HTMLSelectElement>(el, '#f-period-p1-model').value, 'a week with remote days is hybrid').to.equal('hybrid');
      expect($<HTMLSelectElement>(el, '#f-period-p1-week-wed').value).to.equal('remote');
      expect(dayType(el, '2026-09-09')).to.equal('Bedrijf'); // Wednesday of the onboarding week: on site
      expect(dayType(el, '2026-09-16')).to.equal('Op afstand');
      expect(dayType(el, '2026-09-17')).to.equal('School');
      expect(dayType(el, '2026-09-18')).to.equal('Vrij');
      const week: Week = { mon: 'company', tue: 'company', wed: 'remote', thu: 'school', fri: 'off', sat: 'off', sun: 'off' };
      // The first week is onboarding on site (the default): its remote day is a company day.
      const days = countDays('2026-09-07', '2026-10-02', week, { changed: { '2026-09-09': 'company' } });
      expect(days).to.include({ company: 9, remote: 3 });
      const shown = totals(el);
      expect(shown['Dagen op het bedrijf']).to.equal(String(days.company));
      expect(shown['Dagen op afstand']).to.equal(String(days.remote));
      expect(shown['Deel op het bedrijf']).to.equal(`${Math.round((100 * days.company) / (days.company + days.remote))}%`);
      expect(shown['Geplande uren']).to.equal(String(8 * (days.company + days.remote)));
      const detail = changes.events.at(-1)!.detail;
      expect(detail.totals.remoteDays).to.equal(days.remote);
      expect(detail.totals.onSiteDays).to.equal(days.company);
      expect(detail.totals.onSiteShare).to.equal(days.company / (days.company + days.remote));
    } finally {
      changes.stop();
    }
  });

  it('builds a hybrid plan with the selects, and a new model resets the week selects', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-09-07" end="2026-10-02"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    await setField(el, '#f-period-p1-week-fri', 'off');
    await setField(el, '#f-period-p1-model', 'hybrid');
    // The hybrid standard week: company, company, remote, company, school.
    const shownWeek = Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => [day, $<HTMLSelectElement>(el, `#f-period-p1-week-${day}`).value]));
    expect(shownWeek).to.deep.equal({ mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school' });
    expect(el.plan.periods[0]!.week.fri).to.equal('school');
    await setField(el, '#f-period-p1-week-thu', 'school');
    await setField(el, '#f-period-p1-week-fri', 'off');
    const week: Week = { mon: 'company', tue: 'company', wed: 'remote', thu: 'school', fri: 'off', sat: 'off', sun: 'off' };
    expect(el.plan.periods[0]!.week).to.deep.equal(week);
    let days = countDays('2026-09-07', '2026-10-02', week, { changed: { '2026-09-09': 'company' } });
    expect(totals(el)['Dagen op afstand']).to.equal(String(days.remote));
    expect(totals(el)['Deel op het bedrijf']).to.equal('75%');
    expect(changes.at(-1)!.detail.totals.onSiteShare).to.equal(0.75);

    // Without onboarding weeks every Wednesday is remote: 8 of 12 days on site.
    await setField(el, '#f-onboardingWeeks', '0');
    days = countDays('2026-09-07', '2026-10-02', week);
    expect(days).to.include({ company: 8, remote: 4 });
    expect(dayType(el, '2026-09-09')).to.equal('Op afstand');
    expect(totals(el)['Dagen op afstand']).to.equal('4');
    expect(totals(el)['Deel op het bedrijf']).to.equal('67%');
    expect(changes.at(-1)!.detail.totals.remoteDays).to.equal(4);
    expect(changes.at(-1)!.detail.totals.onSiteShare).to.equal(8 / 12);
  });

  it('moves through the grid with the arrow keys, one tab stop, and Enter chooses a day', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const stops = () => $$(el, '.grid button[data-date]').filter((day) => day.tabIndex === 0);
    expect(stops().map((day) => day.dataset.date)).to.deep.equal(['2026-04-13']);
    $(el, '#view-grid').focus();
    await sendKeys({ press: 'Tab' });
    const at = () => focused(el)?.dataset.date;
    expect(at(), 'Tab enters the grid at its one tab stop').to.equal('2026-04-13');
    const moves: [string, string][] = [
      ['ArrowRight', '2026-04-14'],
      ['ArrowDown', '2026-04-21'],
      ['End', '2026-04-26'],
      ['Home', '2026-04-20'],
      ['ArrowUp', '2026-04-13'],
      ['ArrowLeft', '2026-04-13'], // the first day stays
      ['ArrowDown', '2026-04-20'],
      ['ArrowLeft', '2026-04-19'],
    ];
    for (const [key, date] of moves) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(at(), `after ${key}`).to.equal(date);
      expect(stops().map((day) => day.dataset.date), `one tab stop after ${key}`).to.deep.equal([date]);
    }
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'override-kind', 'focus did not move to "Wat verandert er?"');
    expect(words(shadow(el).querySelector('label[for="override-kind"]'))).to.equal('Wat verandert er?');
    expect($<HTMLInputElement>(el, '#override-date').value).to.equal('2026-04-21');
    expect(cell(el, '2026-04-21').getAttribute('aria-pressed')).to.equal('true');
    expect(statusText(el)).to.equal('21 april 2026 gekozen. Kies wat er verandert.');
    // "Ziek" is chosen already; Tab to the save button and press Enter: all by keyboard.
    await tabTo(el, 'form button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dayType(el, '2026-04-21')).to.equal('Ziek');
    // Back in the grid, Tab leaves it at once.
    cell(el, '2026-04-21').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('.grid'), 'Tab leaves the grid').to.equal(null);
  });

  it('marks a sick day, removes it again, and adds an extra day and a swap', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    const days = countDays('2026-04-13', '2026-05-08', LINT);
    const planned = 8 * days.company;
    expect(totals(el)['Geplande uren']).to.equal(String(planned));

    await setField(el, '#override-date', '2026-04-14');
    await setField(el, '#override-kind', 'sick');
    await press(el, 'Aanpassing opslaan');
    expect(dayType(el, '2026-04-14')).to.equal('Ziek');
    expect(totals(el)['Geplande uren']).to.equal(String(planned - 8));
    expect(totals(el)['Ziekedagen']).to.equal('1');
    expect(changes.at(-1)!.detail.totals.plannedHours).to.equal(planned - 8);
    expect(words($(el, '.settings ul.entries'))).to.contain('14 april 2026: Ziek');
    expect(statusText(el)).to.contain('Aanpassing opgeslagen voor 14 april 2026.');

    await press(el, 'Aanpassing op 14 april 2026 weghalen');
    expect(dayType(el, '2026-04-14')).to.equal('Bedrijf');
    expect(totals(el)['Geplande uren']).to.equal(String(planned));
    expect(el.plan.overrides).to.deep.equal([]);
    expect(statusText(el)).to.contain('Aanpassing op 14 april 2026 weggehaald.');

    // An extra company day on Saturday 18 April.
    await setField(el, '#override-date', '2026-04-18');
    await setField(el, '#override-kind', 'extra-company');
    await press(el, 'Aanpassing opslaan');
    expect(dayType(el, '2026-04-18')).to.equal('Bedrijf');
    expect(totals(el)['Geplande uren']).to.equal(String(planned + 8));
    expect(totals(el)['Dagen op het bedrijf']).to.equal(String(days.company + 1));

    // Swap Thursday 16 April (school) with Wednesday 15 April (company).
    await setField(el, '#override-date', '2026-04-16');
    await setField(el, '#override-kind', 'swap');
    await setField(el, '#override-with', '2026-04-15');
    await press(el, 'Aanpassing opslaan');
    expect(dayType(el, '2026-04-16')).to.equal('Bedrijf');
    expect(dayType(el, '2026-04-15')).to.equal('School');
    expect(totals(el)['Geplande uren'], 'a swap moves hours, it adds none').to.equal(String(planned + 8));
    expect(words($(el, '.settings ul.entries'))).to.contain('16 april 2026: Ruilen met een andere dag (15 april 2026)');
    expect(el.plan.overrides).to.deep.equal([
      { date: '2026-04-16', kind: 'swap', with: '2026-04-15' },
      { date: '2026-04-18', kind: 'extra', type: 'company' },
    ]);
  });

  it('places three contact moments on company days, moves one later, refuses a day off, and resets', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const date = (kind: string) => $<HTMLInputElement>(el, `#contact-${kind}`).value;
    // Start: the first company day. Final: the last company day (Wednesday 6 May). Mid: the
    // company day nearest the middle (25/26 April): Tuesday 28 April, as Monday 27 April is Koningsdag.
    expect([date('start'), date('mid'), date('final')]).to.deep.equal(['2026-04-13', '2026-04-28', '2026-05-06']);
    for (const [kind, name] of [['start', 'Startgesprek'], ['mid', 'Tussengesprek'], ['final', 'Eindgesprek']] as const) {
      expect(dayType(el, date(kind)), `${kind} is on a company day`).to.equal('Bedrijf');
      expect(words(cell(el, date(kind)))).to.contain(name);
      expect(words($(el, `#contact-${kind}-status`))).to.equal('Automatisch gepland op een bedrijfsdag.');
    }

    await press(el, 'Later: startgesprek naar de volgende bedrijfsdag');
    expect(date('start')).to.equal('2026-04-14');
    expect(el.plan.contactMoments.start).to.equal('2026-04-14');
    expect(words($(el, '#contact-start-status'))).to.equal('Door jullie gekozen.');
    expect(words(cell(el, '2026-04-14'))).to.contain('Startgesprek');
    expect(words(cell(el, '2026-04-13'))).not.to.contain('Startgesprek');
    expect(statusText(el)).to.contain('Startgesprek: 14 april 2026');

    // Koningsdag, then a Saturday: refused, and the field shows the moment's date again.
    for (const [dayOff, shown] of [['2026-04-27', '27 april 2026'], ['2026-04-25', '25 april 2026']]) {
      await setField(el, '#contact-mid', dayOff!);
      expect(words($(el, '#contact-mid-error'))).to.equal(`Op ${shown} is de student vrij. Kies een andere dag.`);
      expect($(el, '#contact-mid').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#contact-mid').getAttribute('aria-describedby')).to.contain('contact-mid-error');
      expect(date('mid'), 'the refused date is not kept').to.equal('2026-04-28');
      expect(el.plan.contactMoments.mid).to.equal(undefined);
    }
    await setField(el, '#contact-mid', '2026-04-29');
    expect(el.plan.contactMoments.mid).to.equal('2026-04-29');
    expect(shadow(el).querySelector('#contact-mid-error')).to.equal(null);
    expect(words(cell(el, '2026-04-29'))).to.contain('Tussengesprek');

    await press(el, 'Automatisch: startgesprek door de planner laten plannen');
    expect(date('start')).to.equal('2026-04-13');
    expect(el.plan.contactMoments).to.deep.equal({ mid: '2026-04-29' });
    expect(words($(el, '#contact-start-status'))).to.equal('Automatisch gepland op een bedrijfsdag.');
  });

  it('says so when a contact moment cannot move further', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    // Wednesday 6 May is the last company day, Monday 13 April the first.
    await press(el, 'Later: eindgesprek naar de volgende bedrijfsdag');
    expect(words($(el, '#contact-final-error'))).to.equal('Er is geen bedrijfsdag meer in die richting.');
    expect($<HTMLInputElement>(el, '#contact-final').value).to.equal('2026-05-06');
    await press(el, 'Eerder: startgesprek naar de vorige bedrijfsdag');
    expect(words($(el, '#contact-start-error'))).to.equal('Er is geen bedrijfsdag meer in die richting.');
    await press(el, 'Eerder: eindgesprek naar de vorige bedrijfsdag');
    expect(shadow(el).querySelector('#contact-final-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#contact-final').value).to.equal('2026-05-05');
    expect(el.plan.contactMoments).to.deep.equal({ final: '2026-05-05' });
  });

  it('lays a project period with its own week over part of the plan, and removes it', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const before = 8 * countDays('2026-04-13', '2026-05-08', LINT).company;
    await press(el, 'Project toevoegen');
    expect(el.plan.periods.map((period) => period.model)).to.deep.equal(['lint', 'modular']);
    await setField(el, '#f-period-p2-start', '2026-04-20');
    await setField(el, '#f-period-p2-end', '2026-04-24');
    await setField(el, '#f-period-p2-name', 'Webshop');
    expect(words($(el, 'fieldset.period:nth-of-type(2) legend'))).to.equal('Periode 2: Webshop (20 april 2026 tot en met 24 april 2026)');
    // The modular week: Monday to Thursday at the company, Friday at school.
    expect(dayType(el, '2026-04-23')).to.equal('Bedrijf');
    expect(dayType(el, '2026-04-16')).to.equal('School');
    expect(totals(el)['Geplande uren']).to.equal(String(before + 8));

    await setField(el, '#f-period-p2-end', '2026-06-01');
    await waitUntil(() => shadow(el).querySelector('#f-period-p2-end-error'), 'no error for a period past the plan');
    expect(words($(el, '#f-period-p2-end-error'))).to.equal('Tot en met heeft een datum buiten de stageperiode');
    expect(el.plan.periods[1]!.end).to.equal('2026-04-24');

    await press(el, 'Periode 2 weghalen');
    expect(el.plan.periods).to.have.length(1);
    expect(dayType(el, '2026-04-23')).to.equal('School');
    expect(totals(el)['Geplande uren']).to.equal(String(before));
  });

  it('shows and announces warnings with their figures, and says when there are none', async () => {
    const changes = collect<ScheduleChangeDetail>('stagekit-schedule-change');
    try {
      const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08" total-hours="100"></stagekit-schedule-planner>`);
      const planned = 8 * countDays('2026-04-13', '2026-05-08', LINT).company;
      expect(planned).to.equal(88);
      // 12 hours short: with the same week they are reached on the second company day after Friday 8 May.
      expect(warningItems(el)).to.deep.equal([
        'Er zijn 12 uur te weinig gepland (88 van 100 uur).',
        'De stage stopt op 8 mei 2026, voordat de afgesproken uren zijn gehaald. Met deze werkweek zijn ze op 12 mei 2026 gehaald.',
      ]);
      expect(totals(el)['Geplande uren']).to.equal('88 van 100 afgesproken uren');
      const first = changes.events.at(-1)!.detail;
      expect(first.warnings.map((warning) => warning.code)).to.deep.equal(['hours-short', 'ends-before-agreed-hours']);
      expect(first.warnings[0]!.message).to.equal('Er zijn 12 uur te weinig gepland (88 van 100 uur).');
      expect(first.warnings[0]!.hours).to.equal(12);
      expect(first.warnings[1]!.date).to.equal('2026-05-12');
      expect(first.totals.agreedHours).to.equal(100);
      await expect(el).to.be.accessible();

      await setField(el, '#f-totalHours', '104');
      expect(warningItems(el)[0]).to.equal('Er zijn 16 uur te weinig gepland (88 van 104 uur).');
      expect(statusText(el)).to.equal('2 waarschuwingen. De eerste: Er zijn 16 uur te weinig gepland (88 van 104 uur).');
      expect(changes.events.at(-1)!.detail.warnings.map((warning) => warning.code)).to.deep.equal(['hours-short', 'ends-before-agreed-hours']);

      await setField(el, '#f-totalHours', '70');
      expect(warningItems(el)).to.deep.equal(['Er zijn 18 uur meer gepland dan afgesproken (88 van 70 uur).']);
      expect(statusText(el)).to.equal('1 waarschuwing: Er zijn 18 uur meer gepland dan afgesproken (88 van 70 uur).');

      await setField(el, '#f-totalHours', '88');
      expect(warningItems(el)).to.deep.equal([]);
      expect(words($(el, '[part="warnings"] p'))).to.equal('Geen waarschuwingen: het plan ziet er goed uit.');
      expect(changes.events.at(-1)!.detail.warnings).to.deep.equal([]);
    } finally {
      changes.stop();
    }
  });

  it('warns about a week without supervision and about remote onboarding', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-09-07" end="2026-10-02"
      week="mon:company,tue:remote,wed:remote"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    // The praktijkopleider is not there on Mondays. Week 37 (onboarding, on site) still has
    // Tuesday and Wednesday at the company; in weeks 38–40 only Monday is. The contact moments
    // (Mondays 7, 21 and 28 September) supervise weeks 37, 39 and 40: week 38 has nobody.
    const monday = $<HTMLInputElement>(el, '#f-supervisorDay-mon');
    monday.checked = false;
    monday.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.plan.supervision.supervisorDays).to.deep.equal(['tue', 'wed', 'thu', 'fri']);
    expect([0, 1, 2].map((index) => el.schedule.contactMoments[index]!.date)).to.deep.equal(['2026-09-07', '2026-09-21', '2026-09-28']);
    const week38 = 'In 1 week is er geen gesprek met de praktijkopleider op het bedrijf: week 38.';
    expect(warningItems(el)).to.deep.equal([week38]);
    expect(changes.at(-1)!.detail.warnings.map((warning) => warning.code)).to.deep.equal(['week-without-supervision']);
    expect(changes.at(-1)!.detail.warnings[0]!.dates).to.deep.equal(['2026-09-14']);
    expect(changes.at(-1)!.detail.totals.weeksWithoutSupervision).to.equal(1);
    expect(totals(el)['Weken zonder begeleiding op het bedrijf']).to.equal('1');
    expect(statusText(el)).to.equal(`1 waarschuwing: ${week38}`);

    // Onboarding off site: the remote days of the first week stay remote, and that is named.
    const onSite = $<HTMLInputElement>(el, '#f-onboardingOnSite');
    onSite.checked = false;
    onSite.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const remote = 'Tijdens het inwerken werkt de student op afstand op 8 september 2026 en 9 september 2026. Inwerken gaat beter op het bedrijf.';
    expect(warningItems(el)).to.deep.equal([remote, week38]);
    expect(changes.at(-1)!.detail.warnings.map((warning) => warning.code)).to.deep.equal(['remote-during-onboarding', 'week-without-supervision']);
    expect(statusText(el)).to.equal(`2 waarschuwingen. De eerste: ${remote}`);
    expect(dayType(el, '2026-09-08')).to.equal('Op afstand');
  });

  it('downloads an iCalendar file and a JSON plan', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    await setField(el, '#f-title', 'Stage Ada');
    const ics = await download(() => button(el, 'Agenda downloaden (.ics)').click());
    expect(ics.name).to.equal('stage-ada.ics');
    expect(ics.href).to.match(/^blob:/);
    expect(ics.type).to.contain('text/calendar');
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
    expect(ics.text.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(ics.text).to.contain('X-WR-CALNAME:Stage: Stage Ada');
    // Three contact moments at 10:00 for an hour, and one check-in a week (four weeks) at 09:00.
    expect(count(ics.text, 'BEGIN:VEVENT')).to.equal(3 + 4);
    const event = (summary: string, day: string, from: string, to: string) =>
      `DTSTART;TZID=Europe/Amsterdam:${day}T${from}\r\nDTEND;TZID=Europe/Amsterdam:${day}T${to}\r\nSUMMARY:${summary}`;
    expect(ics.text).to.contain(event('Startgesprek', '20260413', '100000', '110000'));
    expect(ics.text).to.contain(event('Tussengesprek', '20260428', '100000', '110000'));
    expect(ics.text).to.contain(event('Eindgesprek', '20260506', '100000', '110000'));
    expect(count(ics.text, 'SUMMARY:Wekelijks gesprek met de praktijkopleider')).to.equal(4);
    expect(ics.text).to.contain(event('Wekelijks gesprek met de praktijkopleider', '20260428', '090000', '093000'));
    await waitUntil(() => statusText(el) === 'stage-ada.ics is gedownload.', 'the download was not announced');

    // With every work and school day as well: 11 company days and 8 school days.
    $<HTMLInputElement>(el, '#include-workdays').click();
    await el.updateComplete;
    const days = countDays('2026-04-13', '2026-05-08', LINT);
    const full = await download(() => button(el, 'Agenda downloaden (.ics)').click());
    expect(count(full.text, 'BEGIN:VEVENT')).to.equal(3 + 4 + days.company + days.school);
    expect(full.text).to.contain('DTSTART;VALUE=DATE:20260416\r\nDTEND;VALUE=DATE:20260417\r\nSUMMARY:School');
    expect(full.text).not.to.contain('DTSTART;VALUE=DATE:20260427');

    const json = await download(() => button(el, 'Plan opslaan als bestand (.json)').click());
    expect(json.name).to.equal('stage-ada.json');
    expect(json.type).to.contain('application/json');
    expect(json.text).to.contain('"$schema": "stagekit-schedule/1"');
    expect(JSON.parse(json.text).plan).to.deep.equal(el.plan);
    expect(statusText(el)).to.equal('stage-ada.json is gedownload.');
  });

  it('opens a plan from a JSON file', async () => {
    const source = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-09-07" end="2026-10-02" hours-per-day="6"
      week="mon:company,tue:company,wed:remote,thu:school"></stagekit-schedule-planner>`);
    await setField(source, '#f-title', 'Hybride plan');
    const exported = await download(() => button(source, 'Plan opslaan als bestand (.json)').click());

    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    await chooseFile(el, '#plan-import', new File([exported.text], exported.name, { type: 'application/json' }));
    await waitUntil(() => el.plan.id === source.plan.id, 'the plan was not opened');
    await el.updateComplete;
    expect(el.plan).to.deep.equal(source.plan);
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Hybride plan');
    expect(dayType(el, '2026-09-16')).to.equal('Op afstand');
    expect(shadow(el).querySelector('button[data-date="2026-04-13"]')).to.equal(null);
    expect(statusText(el)).to.contain('Het plan uit hybride-plan.json is geopend.');
    expect(changes.at(-1)!.detail.plan.id).to.equal(source.plan.id);
  });

  it('refuses a bad plan file, says why, and changes nothing', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const before = structuredClone(el.plan);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    const { errors, stop } = collectErrors();
    try {
      const wrongPlan = { $schema: 'stagekit-schedule/1', plan: { ...before, hoursPerDay: 99 } };
      const files: [string, string, string][] = [
        ['kapot.json', '{ dit is geen json', 'Het bestand kapot.json is geen plan van de stageplanner (geen geldige JSON). Er is niets veranderd.'],
        ['ander.json', JSON.stringify({ $schema: 'iets-anders/1', plan: before }), 'Het bestand ander.json is geen plan van de stageplanner. Er is niets veranderd.'],
        ['fout.json', JSON.stringify(wrongPlan), 'Het plan in fout.json klopt niet:'],
      ];
      for (const [name, text, message] of files) {
        const seen = errors.length;
        await chooseFile(el, '#plan-import', new File([text], name, { type: 'application/json' }));
        await waitUntil(() => errors.length > seen, `no stagekit-error for ${name}`);
        await el.updateComplete;
        expect(errors.at(-1)!.detail.code).to.equal('invalid-file');
        expect(errors.at(-1)!.detail.message).to.contain(message);
        expect(alertText(el)).to.contain(message);
        expect(el.plan).to.deep.equal(before);
      }
      expect(alertText(el)).to.contain('Er is niets veranderd.');
      expect(alertText(el)).to.contain('hoursPerDay');
      expect(changes).to.have.length(0);
      expect($<HTMLInputElement>(el, '#plan-import').value, 'the same file can be chosen again').to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('reads a school calendar (lines and iCalendar) whose holidays and school weeks change the days', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const days = countDays('2026-04-13', '2026-05-08', LINT);
    expect(dayType(el, '2026-04-21')).to.equal('Bedrijf');
    await chooseFile(el, '#cal-import', new File(['start,end,label\n2026-04-20,2026-04-24,Meivakantie\n'], 'vakantie.csv', { type: 'text/csv' }));
    await waitUntil(() => el.plan.calendar.length === 1, 'the holiday was not read');
    await el.updateComplete;
    for (const date of ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24']) expect(dayType(el, date), date).to.equal('Vrij');
    expect(words(cell(el, '2026-04-21'))).to.contain('Meivakantie');
    const withHoliday = countDays('2026-04-13', '2026-05-08', LINT, { off: [...HOLIDAYS_2026, ...datesFrom('2026-04-20', '2026-04-24')] });
    expect(withHoliday.company).to.equal(days.company - 3);
    expect(totals(el)['Geplande uren']).to.equal(String(8 * withHoliday.company));
    expect(words($(el, '.settings details ul.entries'))).to.contain('Meivakantie (Vakantie of vrije dagen): 20 april 2026 tot en met 24 april 2026');
    expect(statusText(el)).to.contain('ingelezen uit vakantie.csv');

    await setField(el, '#cal-import-kind', 'school-week');
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260504', 'DTEND;VALUE=DATE:20260506', 'SUMMARY:Projectweek', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    await chooseFile(el, '#cal-import', new File([ics], 'school.ics', { type: 'text/calendar' }));
    await waitUntil(() => el.plan.calendar.length === 2, 'the school week was not read');
    await el.updateComplete;
    // DTEND of an all-day event is the day after: Monday 4 and Tuesday 5 May are school days.
    expect(dayType(el, '2026-05-04')).to.equal('School');
    expect(dayType(el, '2026-05-05')).to.equal('School');
    expect(dayType(el, '2026-05-06')).to.equal('Bedrijf');
    expect(totals(el)['Geplande uren']).to.equal(String(8 * (withHoliday.company - 2)));

    const { errors, stop } = collectErrors();
    try {
      await chooseFile(el, '#cal-import', new File(['\n# niets\n'], 'leeg.csv', { type: 'text/csv' }));
      await waitUntil(() => errors.length > 0, 'no stagekit-error for an empty calendar');
      await el.updateComplete;
      expect(errors[0]!.detail.code).to.equal('invalid-file');
      expect(alertText(el)).to.equal('In leeg.csv staan geen datums die de planner kan lezen.');
      expect(el.plan.calendar).to.have.length(2);
    } finally {
      stop();
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await planner(html`<stagekit-schedule-planner lang="en" storage="memory" start="2026-04-13" end="2026-05-08" total-hours="100"></stagekit-schedule-planner>`);
    expect(words($(el, 'h2'))).to.equal('Internship schedule');
    expect(dayType(el, '2026-04-13')).to.equal('Company');
    expect(dayType(el, '2026-04-16')).to.equal('School');
    expect(dayType(el, '2026-04-27')).to.equal('Off');
    expect(words(cell(el, '2026-04-27'))).to.contain("King's Day");
    expect(totals(el)['Planned hours']).to.equal('88 of 100 agreed hours');
    expect(warningItems(el)).to.deep.equal([
      '12 hours too few are planned (88 of 100 hours).',
      'The internship ends on 8 May 2026, before the agreed hours are reached. With this work week they are reached on 12 May 2026.',
    ]);
    expect(words(shadow(el).querySelector('label[for="override-kind"]'))).to.equal('What changes?');
    await expect(el).to.be.accessible();
  });

  it('tells about bad attributes in the user\'s language and works with the defaults', async () => {
    const { errors, stop } = collectErrors();
    try {
      const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-02-30" week="mon:office" hours-per-day="abc"></stagekit-schedule-planner>`);
      const notices = $$(el, '.notice').map((notice) => words(notice));
      expect(notices).to.have.length(3);
      expect(notices).to.include('De instelling start="2026-02-30" is geen geldige datum (gebruik JJJJ-MM-DD). De planner gebruikt de standaardwaarde.');
      expect(notices).to.include('In de werkweek (week) kon "mon:office" niet worden gelezen. Gebruik bijvoorbeeld mon:company,tue:remote.');
      expect(notices.find((notice) => notice.startsWith('De instelling hours-per-day="abc" moet een getal zijn van'))).to.match(/De planner gebruikt de standaardwaarde\.$/);
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute', 'invalid-attribute']);
      expect(errors.map((error) => error.detail.message).sort()).to.deep.equal([...notices].sort());

      // The defaults: next Monday, the lint week, 8 hours a day; and it still plans.
      expect(weekdayOf(el.plan.start)).to.equal('mon');
      expect(el.plan.hoursPerDay).to.equal(8);
      expect(el.plan.periods[0]!.week).to.deep.equal(LINT);
      expect(dayType(el, el.plan.start)).to.equal('Bedrijf');
      await setField(el, '#f-hoursPerDay', '4');
      expect(el.plan.hoursPerDay).to.equal(4);
      expect(words(shadow(el).querySelector('.grid [role="rowheader"]'))).to.contain('12 uur');
    } finally {
      stop();
    }
    const { errors: english, stop: stopEnglish } = collectErrors();
    try {
      const el = await planner(html`<stagekit-schedule-planner lang="en" storage="memory" week="mon:office"></stagekit-schedule-planner>`);
      expect(words($(el, '.notice'))).to.equal('In the work week (week), "mon:office" could not be read. Use for example mon:company,tue:remote.');
      expect(english.map((error) => error.detail.code)).to.deep.equal(['invalid-attribute']);
    } finally {
      stopEnglish();
    }
  });

  it('takes an attribute\'s notice away when the page corrects it, keeps the others, and quotes a long value cut short', async () => {
    const { errors, stop } = collectErrors();
    try {
      const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-02-30" hours-per-day="abc"></stagekit-schedule-planner>`);
      expect($$(el, '.notice')).to.have.length(2);
      el.setAttribute('start', '2026-09-07');
      await el.updateComplete;
      const left = $$(el, '.notice').map((notice) => words(notice));
      expect(left).to.have.length(1);
      expect(left[0]).to.contain('hours-per-day="abc"');
      el.setAttribute('hours-per-day', '6');
      await el.updateComplete;
      expect($$(el, '.notice')).to.have.length(0);
      expect(el.plan.hoursPerDay).to.equal(6);

      // Bad again: told again. A megabyte of text is quoted by its first 80 characters.
      const before = errors.length;
      el.setAttribute('total-hours', `9${'x'.repeat(1_000_000)}`);
      await el.updateComplete;
      const notice = words($(el, '.notice'));
      expect(notice).to.contain(`total-hours="9${'x'.repeat(79)}"`);
      expect(notice.length).to.be.below(400);
      expect(errors.slice(before).map((error) => error.detail.message)).to.deep.equal([notice]);
      el.removeAttribute('total-hours');
      await el.updateComplete;
      expect($$(el, '.notice')).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('follows an attribute the page changes later, and keeps the user\'s other edits', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    await setField(el, '#f-title', 'Eigen naam');
    el.setAttribute('total-hours', '100');
    el.setAttribute('hours-per-day', '6');
    await el.updateComplete;
    const planned = 6 * countDays('2026-04-13', '2026-05-08', LINT).company;
    expect(el.plan.title).to.equal('Eigen naam');
    expect($<HTMLInputElement>(el, '#f-hoursPerDay').value).to.equal('6');
    expect(totals(el)['Geplande uren']).to.equal(`${planned} van 100 afgesproken uren`);
    expect(warningItems(el)[0]).to.equal(`Er zijn ${100 - planned} uur te weinig gepland (${planned} van 100 uur).`);

    el.setAttribute('week', 'mon:company,tue:remote');
    await el.updateComplete;
    expect(el.plan.periods[0]!.model).to.equal('hybrid');
    expect(dayType(el, '2026-04-21')).to.equal('Op afstand');
    expect(dayType(el, '2026-04-16')).to.equal('Vrij');

    const { errors, stop } = collectErrors();
    try {
      el.setAttribute('end', '2026-13-01');
      await el.updateComplete;
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(words($(el, '.notice'))).to.contain('De instelling end="2026-13-01"');
      expect(el.plan.title).to.equal('Eigen naam');
    } finally {
      stop();
    }
  });

  it('shows a plan set through the plan property, and refuses an invalid one', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    const changes = record<ScheduleChangeDetail>(el, 'stagekit-schedule-change');
    const plan: SchedulePlan = createPlan({ title: 'Van de pagina', start: '2026-09-07', end: '2026-10-02', hoursPerDay: 6, model: 'hybrid' });
    el.plan = plan;
    await el.updateComplete;
    expect(el.plan).to.deep.equal(plan);
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Van de pagina');
    expect($<HTMLSelectElement>(el, '#f-period-p1-model').value).to.equal('hybrid');
    expect(dayType(el, '2026-09-16')).to.equal('Op afstand');
    // Hybrid: company Mon, Tue, Thu; remote Wed (on site in the onboarding week); school Fri.
    const days = countDays('2026-09-07', '2026-10-02', { mon: 'company', tue: 'company', wed: 'remote', thu: 'company', fri: 'school', sat: 'off', sun: 'off' }, { changed: { '2026-09-09': 'company' } });
    expect(totals(el)['Geplande uren']).to.equal(String(6 * (days.company + days.remote)));
    expect(changes.at(-1)!.detail.plan.id).to.equal(plan.id);
    expect(changes.at(-1)!.detail.totals.onSiteDays).to.equal(days.company);

    const { errors, stop } = collectErrors();
    try {
      const seen = changes.length;
      el.plan = { ...plan, hoursPerDay: 0 };
      await el.updateComplete;
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-plan']);
      expect(alertText(el)).to.contain('Het plan dat de pagina gaf klopt niet');
      expect(alertText(el)).to.contain('De planner gebruikt het vorige plan.');
      el.plan = { ...plan, periods: 'geen lijst' } as unknown as SchedulePlan;
      await el.updateComplete;
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-plan', 'invalid-plan']);
      expect(el.plan).to.deep.equal(plan);
      expect(dayType(el, '2026-09-16')).to.equal('Op afstand');
      expect(changes).to.have.length(seen);
    } finally {
      stop();
    }
  });

  it('shows the same days in the list view, with holidays and contact moments', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    await setField(el, '#override-date', '2026-04-18');
    await setField(el, '#override-kind', 'extra-company');
    await press(el, 'Aanpassing opslaan');
    const inGrid = new Map(
      // The hidden text starts with the date, then what happens that day.
      $$<HTMLButtonElement>(el, '.grid button[data-date]').map((day) => [words(day.querySelector('.vh')).split(',')[0], words(day.querySelector('.type'))]),
    );
    $(el, '#view-list').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.grid')).to.equal(null);
    const items = $$(el, 'ol.list li li');
    const inList = new Map(items.map((item) => [words(item.querySelector('button')), words(item.querySelector('strong'))]));
    // Every day but the plain weekends, with the type the grid gives it; the extra Saturday is there.
    const weekdays = datesFrom('2026-04-13', '2026-05-08').filter((date) => !['sat', 'sun'].includes(weekdayOf(date)));
    expect(inList.size).to.equal(weekdays.length + 1);
    for (const [date, type] of inList) expect(type, date).to.equal(inGrid.get(date));
    expect(inList.get('18 april 2026')).to.equal('Bedrijf');
    expect(inList.get('19 april 2026')).to.equal(undefined);
    const text = (date: string) => words(items.find((item) => words(item.querySelector('button')) === date));
    expect(text('27 april 2026')).to.equal('27 april 2026: Vrij (Koningsdag)');
    expect(text('13 april 2026')).to.contain('Startgesprek');
    expect(text('28 april 2026')).to.contain('Tussengesprek');
    expect(text('6 mei 2026')).to.contain('Eindgesprek');
    // Week 16: Monday to Wednesday and the extra Saturday, 8 hours each.
    expect(words($(el, 'ol.list > li h4'))).to.equal('Week 16 (13 april 2026): 32 uur');
    await expect(el).to.be.accessible();

    // Choosing a day in the list works as in the grid.
    items.find((item) => words(item.querySelector('button')) === '15 april 2026')!.querySelector('button')!.click();
    await waitUntil(() => focused(el)?.id === 'override-kind', 'focus did not move to "Wat verandert er?"');
    expect($<HTMLInputElement>(el, '#override-date').value).to.equal('2026-04-15');
  });

  it('starts with the list in a narrow container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px">
      <stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>
    </div>`);
    const el = wrapper.querySelector<Planner>('stagekit-schedule-planner')!;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#view-list').checked).to.be.true;
    expect(shadow(el).querySelector('ol.list')).not.to.equal(null);
  });

  it('shows a long plan in the list as weeks to open, the first four open, all of them when printing', async () => {
    // A school year that lies wholly after today, so the list opens from its first week.
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2031-09-01" end="2032-06-25"></stagekit-schedule-planner>`);
    $(el, '#view-list').click();
    await el.updateComplete;
    const toggles = () => $$<HTMLButtonElement>(el, 'ol.list > li > h4 > button.week-toggle');
    const open = () => toggles().filter((toggle) => toggle.getAttribute('aria-expanded') === 'true');
    const shownDays = () => $$(el, 'ol.list ul:not([hidden]) > li').length;
    expect(toggles().length).to.equal(el.schedule.weeks.length);
    expect(open().map((toggle) => words(toggle))).to.deep.equal(['Week 36 (1 september 2031): 24 uur', 'Week 37 (8 september 2031): 24 uur', 'Week 38 (15 september 2031): 24 uur', 'Week 39 (22 september 2031): 24 uur']);
    // Only open weeks have their days in the page: 4 weeks of 5 weekdays.
    expect(shownDays()).to.equal(20);
    expect($$(el, 'ol.list li li').length).to.equal(20);
    const fifth = toggles()[4]!;
    expect(fifth.getAttribute('aria-controls')).to.equal(shadow(el).getElementById(fifth.getAttribute('aria-controls')!)!.id);
    await expect(el).to.be.accessible();

    // Keyboard: Enter on a closed week opens it, again closes it; focus stays on the button.
    fifth.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggles()[4]!.getAttribute('aria-expanded')).to.equal('true');
    expect(shownDays()).to.equal(25);
    expect(focused(el)).to.equal(toggles()[4]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggles()[4]!.getAttribute('aria-expanded')).to.equal('false');

    // Open all, then close all.
    await press(el, `Alle ${el.schedule.weeks.length} weken openen`);
    expect(open().length).to.equal(el.schedule.weeks.length);
    // Every weekday, and a weekend day only when it has a name (Easter, Whitsun).
    const weekdays = el.schedule.days.filter((day) => (day.weekday !== 'sat' && day.weekday !== 'sun') || day.label).length;
    expect(shownDays()).to.equal(weekdays);
    expect($$(el, 'ol.list li.weekend').map((item) => words(item))).to.deep.equal(['28 maart 2032: Vrij (Eerste Paasdag)', '16 mei 2032: Vrij (Eerste Pinksterdag)']);
    await expect(el).to.be.accessible();
    await press(el, 'Alle weken sluiten');
    expect(open().length).to.equal(0);
    expect(shownDays()).to.equal(0);

    // Paper gets every day, and the screen gets its own choice back afterwards.
    window.dispatchEvent(new Event('beforeprint'));
    expect(shownDays(), 'rendered before the print layout').to.equal(weekdays);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shownDays()).to.equal(0);

    // A day chosen in the calendar has its week open in the list.
    $(el, '#view-grid').click();
    await el.updateComplete;
    cell(el, '2032-03-03').click();
    await el.updateComplete;
    $(el, '#view-list').click();
    await el.updateComplete;
    expect(open().map((toggle) => words(toggle))).to.deep.equal(['Week 10 (1 maart 2032): 24 uur']);
  });

  it('shows the list weeks in English', async () => {
    const el = await planner(html`<stagekit-schedule-planner lang="en" storage="memory" start="2031-09-01" end="2031-12-19"></stagekit-schedule-planner>`);
    $(el, '#view-list').click();
    await el.updateComplete;
    expect(words($(el, '#list-hint'))).to.equal('Choose a week to see its days.');
    expect(button(el, `Open all ${el.schedule.weeks.length} weeks`)).to.exist;
  });

  it('is accessible with a changed day and field errors showing', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-04-13" end="2026-05-08"></stagekit-schedule-planner>`);
    await setField(el, '#override-date', '2026-04-14');
    await press(el, 'Aanpassing opslaan');
    expect(dayType(el, '2026-04-14')).to.equal('Ziek');

    await setField(el, '#f-hoursPerDay', '99');
    await waitUntil(() => shadow(el).querySelector('#f-hoursPerDay-error'), 'no field error');
    const hours = $<HTMLInputElement>(el, '#f-hoursPerDay');
    expect(words($(el, '#f-hoursPerDay-error'))).to.match(/^Uren per werkdag moet een getal zijn van 0[.,]5 tot en met 24$/);
    expect(hours.getAttribute('aria-invalid')).to.equal('true');
    expect(hours.getAttribute('aria-describedby')).to.equal('f-hoursPerDay-error');
    expect(el.plan.hoursPerDay, 'a refused value changes nothing').to.equal(8);

    await setField(el, '#override-date', '2026-04-15');
    await setField(el, '#override-kind', 'swap');
    await press(el, 'Aanpassing opslaan');
    expect(words($(el, '#override-error'))).to.equal('Kies de dag om mee te ruilen.');
    expect($(el, '#override-date').getAttribute('aria-describedby')).to.equal('override-error');

    await setField(el, '#f-end', '2026-04-01');
    await waitUntil(() => shadow(el).querySelector('#f-end-error'), 'no error at the end date');
    expect(el.plan.end).to.equal('2026-05-08');
    await expect(el).to.be.accessible();

    // A good value clears the problem.
    await setField(el, '#f-hoursPerDay', '7');
    expect(shadow(el).querySelector('#f-hoursPerDay-error')).to.equal(null);
    expect(el.plan.hoursPerDay).to.equal(7);
  });
});

describe('<stagekit-schedule-planner> in a narrow column', () => {
  it('starts with the list view at 320 px and nothing runs off to the side (reflow)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <stagekit-schedule-planner storage="memory" start="2026-09-07" end="2027-01-29" model="hybrid"></stagekit-schedule-planner>
    </div>`);
    const el = wrapper.querySelector('stagekit-schedule-planner') as Planner;
    await el.updateComplete;
    await waitUntil(() => shadow(el).querySelector('ol.list'), 'the list view was not chosen');
    expect(shadow(el).querySelector('.grid')).to.equal(null);
    const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth, 'the widest part of the planner').to.be.at.most(320);
    for (const control of shadow(el).querySelectorAll<HTMLElement>('select, input, button')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right - wrapper.getBoundingClientRect().left, control.id || control.textContent!.trim()).to.be.at.most(321);
    }
  });
});

describe('<stagekit-schedule-planner> drafts', () => {
  beforeEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });
  afterEach(async () => {
    fixtureCleanup();
    await deleteDatabase();
  });

  it('restores the draft after a reload; a planner set up otherwise starts fresh', async () => {
    const first = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
    await setField(first, '#f-title', 'Plan van Ada');
    await setField(first, '#f-hoursPerDay', '7');
    await first.saveNow();
    const { id } = first.plan;
    first.remove();

    const again = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
    expect(again.plan.id).to.equal(id);
    expect(again.plan.title).to.equal('Plan van Ada');
    expect($<HTMLInputElement>(again, '#f-title').value).to.equal('Plan van Ada');
    expect($<HTMLInputElement>(again, '#f-hoursPerDay').value).to.equal('7');
    const june = countDays('2026-06-01', '2026-06-26', LINT);
    expect(totals(again)['Geplande uren']).to.equal(String(7 * june.company));
    expect(words($(again, '[part="saved"] li'))).to.contain('Plan van Ada, 1 juni 2026 tot en met 26 juni 2026, bewaard op');

    const other = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-19"></stagekit-schedule-planner>`);
    expect(other.plan.id).not.to.equal(id);
    expect(other.plan.title).to.equal('');
    expect(other.plan.end).to.equal('2026-06-19');
    // The saved plan is offered there, and opens.
    await press(other, 'Openen: Plan van Ada');
    expect(other.plan.id).to.equal(id);
    expect(other.plan.end).to.equal('2026-06-26');
    expect(statusText(other)).to.equal('Plan "Plan van Ada" geopend.');
  });

  it('lists saved plans and deletes one', async () => {
    const el = await planner(html`<stagekit-schedule-planner start="2026-06-08" end="2026-07-03"></stagekit-schedule-planner>`);
    expect(words($(el, '[part="saved"]'))).to.contain('Nog geen opgeslagen plannen.');
    await setField(el, '#f-title', 'Weg ermee');
    await el.saveNow();
    await el.updateComplete;
    const { id } = el.plan;
    expect($$(el, '[part="saved"] li').map((item) => words(item.querySelector('span')))).to.have.length(1);
    expect(words($(el, '[part="saved"] li'))).to.contain('Weg ermee, 8 juni 2026 tot en met 3 juli 2026');

    await press(el, 'Verwijderen: Weg ermee');
    await waitUntil(() => statusText(el) === 'Plan "Weg ermee" verwijderd.', 'the deletion was not announced');
    expect(words($(el, '[part="saved"]'))).to.contain('Nog geen opgeslagen plannen.');
    expect(el.plan.id, 'the open plan was deleted: a new one starts').not.to.equal(id);
    expect(el.plan.title).to.equal('');

    el.remove();
    const again = await planner(html`<stagekit-schedule-planner start="2026-06-08" end="2026-07-03"></stagekit-schedule-planner>`);
    expect(again.plan.title, 'nothing comes back after a reload').to.equal('');
    expect(words($(again, '[part="saved"]'))).to.contain('Nog geen opgeslagen plannen.');
  });

  it('skips a saved draft that fails the plan schema, says so, and keeps the good ones', async () => {
    const good = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
    await setField(good, '#f-title', 'Goed plan');
    await good.saveNow();
    good.remove();
    // Another draft from the same page setup, newer, with a broken plan (hours per day "acht").
    const db = await openStagekitDatabase();
    const [saved] = await db.getAll('drafts');
    await db.put('drafts', { ...saved!, id: 'kapot', title: 'Kapot', updated: '2999-01-01T00:00:00.000Z', data: { ...(saved!.data as object), id: 'kapot', hoursPerDay: 'acht' } });
    db.close();

    const { errors, stop } = collectErrors();
    try {
      const again = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
      await waitUntil(() => again.plan.title === 'Goed plan', 'the good draft was not restored');
      expect(errors.map((error) => error.detail.code)).to.include('invalid-plan');
      expect($$(again, '.notice').map((notice) => words(notice))).to.include('Een opgeslagen plan kon niet worden gelezen en is overgeslagen.');
      expect(words($(again, '[part="saved"]'))).not.to.contain('Kapot');
      const kept = await openStagekitDatabase();
      expect(await kept.get('drafts', 'kapot'), 'the bad draft stays on disk').not.to.equal(undefined);
      kept.close();
      await expect(again).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('says so when a draft cannot be saved (storage full), and keeps the plan on screen', async () => {
    const el = await planner(html`<stagekit-schedule-planner start="2026-06-01" end="2026-06-26"></stagekit-schedule-planner>`);
    const { errors, stop } = collectErrors();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await setField(el, '#f-title', 'Vol');
      await el.saveNow();
      await el.updateComplete;
      expect(errors.map((error) => error.detail.code)).to.deep.equal(['storage-write-failed']);
      expect($$(el, '.notice').map((notice) => words(notice))).to.include(
        'Het plan kon niet in deze browser worden bewaard (misschien is de opslag vol). Sla het plan op als bestand, zodat je niets kwijtraakt.',
      );
      expect(el.plan.title).to.equal('Vol');
      await expect(el).to.be.accessible();
    } finally {
      IDBObjectStore.prototype.put = put;
      stop();
    }
  });

  it('keeps nothing with storage="memory"', async () => {
    const el = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-06-15" end="2026-07-10"></stagekit-schedule-planner>`);
    await setField(el, '#f-title', 'Alleen nu');
    await el.saveNow();
    el.remove();
    const again = await planner(html`<stagekit-schedule-planner storage="memory" start="2026-06-15" end="2026-07-10"></stagekit-schedule-planner>`);
    expect(again.plan.title).to.equal('');
    expect(words($(again, '[part="saved"]'))).to.contain('Nog geen opgeslagen plannen.');
    if (indexedDB.databases) expect((await indexedDB.databases()).map((db) => db.name)).not.to.include('stagekit');
  });
});
