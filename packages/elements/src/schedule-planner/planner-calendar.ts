import { html, nothing, type TemplateResult } from 'lit';
import { WEEKDAYS, type HolidayId, type PlannedDay, type ScheduleMessageKey } from '@stagekit/core';
import type { PlannerView } from './planner-view.js';

/** The text label of a day (never colour alone): where the student is, or why not. */
function typeKey(day: PlannedDay): ScheduleMessageKey {
  return day.reason === 'sick' ? 'type.sick' : `type.${day.type}`;
}

/** Per date, what happens on it: contact moments and the weekly check-in. Built once per render. */
export type DayEvents = ReadonlyMap<string, ('start' | 'mid' | 'final' | 'checkIn')[]>;

function eventsByDate(v: PlannerView): DayEvents {
  const events = new Map<string, ('start' | 'mid' | 'final' | 'checkIn')[]>();
  const add = (date: string, event: 'start' | 'mid' | 'final' | 'checkIn') => events.set(date, [...(events.get(date) ?? []), event]);
  for (const moment of v.schedule.contactMoments) if (moment.date) add(moment.date, moment.kind);
  for (const checkIn of v.schedule.checkIns) add(checkIn.date, 'checkIn');
  return events;
}

/** Contact moments, check-in, onboarding and changes on a day, as text. */
function markers(v: PlannerView, day: PlannedDay, events: DayEvents): string[] {
  const marks: string[] = (events.get(day.date) ?? []).map((event) => v.t(`marker.${event}`));
  if (day.onboarding && day.type !== 'off') marks.push(v.t('marker.onboarding'));
  if (day.override) marks.push(v.t('marker.override'));
  return marks;
}

/** What a day falls in: a public holiday's name, a calendar entry's label, or the project's name. */
function reasonLabel(v: PlannerView, day: PlannedDay): string {
  if (day.reason === 'public-holiday') return v.t(`holiday.${day.label as HolidayId}`);
  if (day.reason === 'holiday' || day.reason === 'school-week' || !day.reason) return day.label ?? '';
  return '';
}

export function renderLegend(v: PlannerView): TemplateResult {
  const { t } = v;
  const types = ['company', 'remote', 'school', 'off', 'sick'] as const;
  return html`<div class="legend" part="legend">
    <h4>${t('legend')}</h4>
    <ul>
      ${types.map((type) => html`<li><span class="swatch day-${type}" aria-hidden="true"></span>${t(`type.${type}`)}</li>`)}
      <li><span class="mark" aria-hidden="true">◆</span>${t('marker.start')}, ${t('marker.mid').toLowerCase()}, ${t('marker.final').toLowerCase()}</li>
      <li><span class="mark" aria-hidden="true">●</span>${t('marker.checkIn')}</li>
      <li><span class="mark" aria-hidden="true">▲</span>${t('marker.onboarding')}</li>
      <li><span class="mark" aria-hidden="true">✎</span>${t('marker.override')}</li>
    </ul>
  </div>`;
}

function marks(day: PlannedDay, events: DayEvents): TemplateResult | typeof nothing {
  const text = symbols(day, events);
  return text ? html`<i class="marks" aria-hidden="true">${text}</i>` : nothing;
}

function symbols(day: PlannedDay, events: DayEvents): string {
  let text = '';
  const today = events.get(day.date);
  if (today?.some((event) => event !== 'checkIn')) text += '◆';
  if (today?.includes('checkIn')) text += '●';
  if (day.onboarding && day.type !== 'off') text += '▲';
  if (day.override) text += '✎';
  return text;
}

/** A holiday's, school week's or project's name, visible in the cell (cut off when long). */
function label(v: PlannerView, day: PlannedDay): TemplateResult | typeof nothing {
  const text = reasonLabel(v, day);
  return text ? html`<small class="label">${text}</small>` : nothing;
}

/** What the eye gets from the column and the symbols, for a screen reader: the date and its events. */
function hiddenText(v: PlannerView, day: PlannedDay, events: DayEvents): string {
  const extra = markers(v, day, events).join(', ');
  return ` ${v.formatDate(day.date)}${extra ? `, ${extra}` : ''}`;
}

function dayClass(day: PlannedDay): string {
  return `day day-${day.reason === 'sick' ? 'sick' : day.type}${day.weekday === 'sat' || day.weekday === 'sun' ? ' weekend' : ''}`;
}

/**
 * The weeks × days grid: an ARIA table of rows, so that each week row can skip layout while it is
 * off screen (content-visibility), which a <table> row cannot. One tab stop: arrow keys move between
 * days (roving tabindex), Enter or Space chooses a day to change it. Rows keep no state of their own
 * (focus moves by date), so a plain map renders them: Lit's repeat() would add half a kilobyte.
 */
export function renderGrid(v: PlannerView): TemplateResult {
  const { t, schedule, plan } = v;
  const focusDate = v.focusDate && schedule.days.some((day) => day.date === v.focusDate) ? v.focusDate : plan.start;
  const events = eventsByDate(v);
  return html`<div class="grid-scroll" part="calendar">
    <p class="caption" id="grid-caption">${t('gridCaption', { start: v.formatDate(plan.start), end: v.formatDate(plan.end) })}</p>
    <div class="grid" role="table" aria-labelledby="grid-caption" @keydown=${(event: KeyboardEvent) => moveFocus(event, v)}>
      <div role="rowgroup">
        <div role="row" class="row head">
          <span role="columnheader">${t('week')}</span>
          ${WEEKDAYS.map((day) => html`<span role="columnheader"><abbr title=${t(`weekday.${day}`)}>${t(`short.${day}`)}</abbr></span>`)}
        </div>
      </div>
      <div role="rowgroup">
        ${schedule.weeks.map(
          (week) => html`<div role="row" class="row">
            <span role="rowheader">${week.number}<span class="week-hours">${t('hours', { hours: week.hours })}</span></span>
            ${week.days.map((day) =>
              day
                ? html`<span role="cell">
                    <button
                      type="button"
                      class=${dayClass(day)}
                      data-date=${day.date}
                      tabindex=${day.date === focusDate ? 0 : -1}
                      aria-pressed=${day.date === v.overrideDate ? 'true' : 'false'}
                      @click=${() => v.chooseDay(day.date)}
                    >
                      ${Number(day.date.slice(8))}<span class="vh">${hiddenText(v, day, events)}</span>
                      <b class="type">${t(typeKey(day))}</b>${label(v, day)}${marks(day, events)}
                    </button>
                  </span>`
                : html`<span role="cell" class="outside"></span>`,
            )}
          </div>`,
        )}
      </div>
    </div>
  </div>`;
}

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

function moveFocus(event: KeyboardEvent, v: PlannerView): void {
  const button = (event.target as HTMLElement).closest('button[data-date]') as HTMLButtonElement | null;
  if (!button) return;
  const days = v.schedule.days;
  const index = days.findIndex((day) => day.date === button.dataset.date);
  let target: number | undefined;
  if (event.key in STEPS) target = index + STEPS[event.key]!;
  else if (event.key === 'Home') target = index - (WEEKDAYS.indexOf(days[index]!.weekday));
  else if (event.key === 'End') target = index + (6 - WEEKDAYS.indexOf(days[index]!.weekday));
  if (target === undefined) return;
  event.preventDefault();
  const date = days[Math.max(0, Math.min(days.length - 1, target))]!.date;
  v.setState({ focusDate: date });
  // The re-render keeps the same buttons and only moves the tab stop, so focus stays put.
  (button.closest('.grid')!.querySelector(`button[data-date="${date}"]`) as HTMLButtonElement | null)?.focus();
}

/**
 * The same plan as a list of weeks: for narrow screens and screen readers. Each week is a disclosure
 * (a heading with a button, as in the APG pattern): a whole internship is hundreds of days, so only
 * the weeks the user opens show their days, which keeps the page short on a phone.
 */
export function renderList(v: PlannerView): TemplateResult {
  const { t, schedule } = v;
  const events = eventsByDate(v);
  const allOpen = schedule.weeks.every((week) => v.openWeeks.has(week.monday));
  return html`<div class="list-view" part="calendar">
    <p class="list-tools">
      <span id="list-hint">${t('list.hint')}</span>
      <button type="button" class="link" @click=${() => v.setAllWeeks(!allOpen)}>${allOpen ? t('list.closeAll') : t('list.openAll', { count: schedule.weeks.length })}</button>
    </p>
    <ol class="list">
      ${schedule.weeks.map((week) => {
          const open = v.openWeeks.has(week.monday);
          return html`<li>
            <h4>
              <button type="button" class="week-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="week-${week.monday}" @click=${() => v.toggleWeek(week.monday)}>
                ${t('weekOf', { number: week.number, date: v.formatDate(week.days.find((day) => day)!.date) })}: ${t('hours', { hours: week.hours })}
              </button>
            </h4>
            <ul id="week-${week.monday}" ?hidden=${!open}>
              ${open ? week.days.map((day) => renderListDay(v, day, events)) : nothing}
            </ul>
          </li>`;
      })}
    </ol>
  </div>`;
}

function renderListDay(v: PlannerView, day: PlannedDay | null, events: DayEvents): TemplateResult | typeof nothing {
  if (!day) return nothing;
  const marks = [reasonLabel(v, day), ...markers(v, day, events)].filter(Boolean);
  if (day.type === 'off' && !marks.length && (day.weekday === 'sat' || day.weekday === 'sun')) return nothing;
  return html`<li class=${dayClass(day)}>
    <button type="button" class="link" @click=${() => v.chooseDay(day.date)}>${v.formatDate(day.date)}</button>:
    <strong>${v.t(typeKey(day))}</strong>${marks.length ? ` (${marks.join(', ')})` : ''}
  </li>`;
}
