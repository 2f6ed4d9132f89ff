import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { WEEKDAYS, type HolidayId, type PlannedDay, type ScheduleMessageKey } from '@stagekit/core';
import type { PlannerView } from './planner-view.js';

/** The text label of a day (never colour alone): where the student is, or why not. */
function typeKey(day: PlannedDay): ScheduleMessageKey {
  return day.reason === 'sick' ? 'type.sick' : `type.${day.type}`;
}

/** Contact moments, check-in, onboarding and changes on a day, as text. */
function markers(v: PlannerView, day: PlannedDay): string[] {
  const { t, schedule } = v;
  const marks: string[] = [];
  for (const moment of schedule.contactMoments) if (moment.date === day.date) marks.push(t(`marker.${moment.kind}`));
  if (schedule.checkIns.some((checkIn) => checkIn.date === day.date)) marks.push(t('marker.checkIn'));
  if (day.onboarding && day.type !== 'off') marks.push(t('marker.onboarding'));
  if (day.override) marks.push(t('marker.override'));
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

function symbols(v: PlannerView, day: PlannedDay): string {
  const { schedule } = v;
  let text = '';
  if (schedule.contactMoments.some((moment) => moment.date === day.date)) text += '◆';
  if (schedule.checkIns.some((checkIn) => checkIn.date === day.date)) text += '●';
  if (day.onboarding && day.type !== 'off') text += '▲';
  if (day.override) text += '✎';
  return text;
}

function dayClass(day: PlannedDay): string {
  return `day day-${day.reason === 'sick' ? 'sick' : day.type}${day.weekday === 'sat' || day.weekday === 'sun' ? ' weekend' : ''}`;
}

/**
 * The weeks × days grid. One tab stop: arrow keys move between days (roving tabindex), Enter or
 * Space chooses a day to change it.
 */
export function renderGrid(v: PlannerView): TemplateResult {
  const { t, schedule, plan } = v;
  const focusDate = v.focusDate && schedule.days.some((day) => day.date === v.focusDate) ? v.focusDate : plan.start;
  return html`<div class="grid-scroll" part="calendar">
    <table class="grid" @keydown=${(event: KeyboardEvent) => moveFocus(event, v)}>
      <caption>
        ${t('gridCaption', { start: v.formatDate(plan.start), end: v.formatDate(plan.end) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('week')}</th>
          ${WEEKDAYS.map((day) => html`<th scope="col"><abbr title=${t(`weekday.${day}`)}>${t(`short.${day}`)}</abbr></th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          schedule.weeks,
          (week) => week.monday,
          (week) => html`<tr>
            <th scope="row">${week.number}<span class="week-hours">${t('hours', { hours: week.hours })}</span></th>
            ${week.days.map((day) =>
              day
                ? html`<td>
                    <button
                      type="button"
                      class=${dayClass(day)}
                      data-date=${day.date}
                      tabindex=${day.date === focusDate ? 0 : -1}
                      aria-pressed=${day.date === v.overrideDate ? 'true' : 'false'}
                      @click=${() => v.chooseDay(day.date)}
                    >
                      <span class="num">${Number(day.date.slice(8))}</span>
                      <span class="vh">${v.formatDate(day.date)}</span>
                      <span class="type">${t(typeKey(day))}</span>
                      <span class="marks" aria-hidden="true">${symbols(v, day)}</span>
                      <span class="vh">${[reasonLabel(v, day), ...markers(v, day)].filter(Boolean).join(', ')}</span>
                    </button>
                  </td>`
                : html`<td class="outside"></td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
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
  (button.closest('table')!.querySelector(`button[data-date="${date}"]`) as HTMLButtonElement | null)?.focus();
}

/** The same plan as a list of weeks: for narrow screens and screen readers. */
export function renderList(v: PlannerView): TemplateResult {
  const { t, schedule } = v;
  return html`<ol class="list" part="calendar">
    ${repeat(
      schedule.weeks,
      (week) => week.monday,
      (week) => html`<li>
        <h4>${t('weekOf', { number: week.number, date: v.formatDate(week.days.find((day) => day)!.date) })}: ${t('hours', { hours: week.hours })}</h4>
        <ul>
          ${week.days.map((day) => {
            if (!day) return nothing;
            const marks = [reasonLabel(v, day), ...markers(v, day)].filter(Boolean);
            if (day.type === 'off' && !marks.length && (day.weekday === 'sat' || day.weekday === 'sun')) return nothing;
            return html`<li class=${dayClass(day)}>
              <button type="button" class="link" @click=${() => v.chooseDay(day.date)}>${v.formatDate(day.date)}</button>:
              <strong>${t(typeKey(day))}</strong>${marks.length ? ` (${marks.join(', ')})` : ''}
            </li>`;
          })}
        </ul>
      </li>`,
    )}
  </ol>`;
}
