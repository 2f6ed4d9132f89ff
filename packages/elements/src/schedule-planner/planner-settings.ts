import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  CONTACT_KINDS,
  DAY_TYPES,
  SCHEDULE_LIMITS,
  SCHEDULE_MODELS,
  SCHEDULE_RULES,
  WEEKDAYS,
  formatPartialDate,
  withoutCalendarEntry,
  withoutOverride,
  withPeriodAdded,
  withPeriodRemoved,
  withContactMoment,
  type ContactKind,
  type SchedulePeriod,
} from '@stagekit/core';
import type { OverrideChoice, PlannerView } from './planner-view.js';

const value = (event: Event) => (event.target as HTMLInputElement).value;
/** A core range as an input's `min` and `max`. */
const limits = (range: { minimum: number; maximum: number }) => ({ min: String(range.minimum), max: String(range.maximum) });
const checked = (event: Event) => String((event.target as HTMLInputElement).checked);

/** A labelled input whose problem (after a change) is shown below it and tied to it. */
function input(v: PlannerView, name: string, label: string, current: string | number | undefined, type = 'text', extra: { hint?: string; min?: string; max?: string; step?: string } = {}): TemplateResult {
  const id = `f-${name.replace(/\W/g, '-')}`;
  const error = v.fieldErrors.get(name);
  const described = [extra.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${extra.hint ? html`<span class="hint" id="${id}-hint">${extra.hint}</span>` : nothing}
    <input
      id=${id}
      name=${name}
      type=${type}
      .value=${current === undefined ? '' : String(current)}
      min=${extra.min ?? nothing}
      max=${extra.max ?? nothing}
      step=${extra.step ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${type === 'text' ? (event: Event) => v.typing(name, value(event)) : nothing}
      @change=${(event: Event) => v.field(name, value(event), label)}
    />
    ${error ? html`<p class="field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
  </div>`;
}

function select(v: PlannerView, name: string, label: string, current: string, options: readonly [string, string][], hint?: string): TemplateResult {
  const id = `f-${name.replace(/\W/g, '-')}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    <select id=${id} name=${name} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(event: Event) => v.field(name, value(event), label)}>
      ${options.map(([option, text]) => html`<option value=${option} .selected=${live(option === current)}>${text}</option>`)}
    </select>
  </div>`;
}

function checkbox(v: PlannerView, name: string, label: string, current: boolean): TemplateResult {
  const id = `f-${name.replace(/\W/g, '-')}`;
  return html`<div class="check">
    <input id=${id} type="checkbox" .checked=${current} @change=${(event: Event) => v.field(name, checked(event), label)} />
    <label for=${id}>${label}</label>
  </div>`;
}

export function renderPeriodFields(v: PlannerView): TemplateResult {
  const { t, plan } = v;
  return html`<fieldset>
    <legend>${t('section.period')}</legend>
    ${input(v, 'title', t('planTitle'), plan.title)}
    <div class="row">
      ${input(v, 'start', t('start'), plan.start, 'date')} ${input(v, 'end', t('end'), plan.end, 'date')}
    </div>
    <div class="row">
      ${input(v, 'hoursPerDay', t('hoursPerDay'), plan.hoursPerDay, 'number', { ...limits(SCHEDULE_LIMITS.hoursPerDay), step: '0.5' })}
      ${input(v, 'totalHours', t('totalHours'), plan.totalHours, 'number', { ...limits(SCHEDULE_LIMITS.totalHours), hint: t('totalHoursHint') })}
    </div>
  </fieldset>`;
}

function renderPeriod(v: PlannerView, period: SchedulePeriod, index: number, several: boolean): TemplateResult {
  const { t } = v;
  const number = index + 1;
  const prefix = `period.${period.id}`;
  const body = html`
    ${select(v, `${prefix}.model`, t('model'), period.model, SCHEDULE_MODELS.map((model) => [model, t(`model.${model}`)]), t(`modelHint.${period.model}`))}
    ${several || period.model === 'modular'
      ? html`<div class="row">
          ${input(v, `${prefix}.start`, t('periodStart'), period.start, 'date')} ${input(v, `${prefix}.end`, t('periodEnd'), period.end, 'date')}
        </div>`
      : nothing}
    ${period.model === 'modular' ? input(v, `${prefix}.name`, t('periodName'), period.name ?? '') : nothing}
    <div class="week">
      ${WEEKDAYS.map((day) =>
        select(v, `${prefix}.week.${day}`, t(`weekday.${day}`), period.week[day], DAY_TYPES.map((type) => [type, t(`type.${type}`)])),
      )}
    </div>
    ${several
      ? html`<button type="button" class="secondary" @click=${() => v.change(withPeriodRemoved(v.plan, period.id))}>${t('removePeriod', { number })}</button>`
      : nothing}
  `;
  return several
    ? html`<fieldset class="period">
        <legend>${t('period', { number })}${period.name ? `: ${period.name}` : ''} (${t('periodDates', { start: v.formatDate(period.start), end: v.formatDate(period.end) })})</legend>
        ${body}
      </fieldset>`
    : body;
}

export function renderWeekFields(v: PlannerView): TemplateResult {
  const { t, plan } = v;
  const several = plan.periods.length > 1;
  const lastModel = plan.periods[plan.periods.length - 1]?.model ?? 'lint';
  return html`<fieldset>
    <legend>${t('section.week')}</legend>
    <p class="hint">${t('weekHint')}</p>
    ${plan.periods.length ? plan.periods.map((period, index) => renderPeriod(v, period, index, several)) : html`<p>${t('noPeriods')}</p>`}
    <div class="actions">
      <button type="button" class="secondary" @click=${() => v.change(withPeriodAdded(v.plan, lastModel === 'modular' ? 'lint' : lastModel))}>${t('addPeriod')}</button>
      <button type="button" class="secondary" @click=${() => v.change(withPeriodAdded(v.plan, 'modular'))}>${t('addProject')}</button>
    </div>
  </fieldset>`;
}

export function renderDaysOff(v: PlannerView): TemplateResult {
  const { t, plan } = v;
  const addEntry = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const start = String(data.get('from') ?? '');
    const end = String(data.get('to') ?? '') || start;
    const kind = data.get('kind') === 'school-week' ? 'school-week' : 'holiday';
    const label = String(data.get('label') ?? '').trim() || t(kind === 'holiday' ? 'defaultHolidayLabel' : 'defaultSchoolWeekLabel');
    v.field('calendar.add', JSON.stringify({ start, end, kind, label }), t('calendarFrom'));
    if (!v.fieldErrors.has('calendar.add')) form.reset();
  };
  const error = v.fieldErrors.get('calendar.add');
  return html`<details class="section">
    <summary>${t('section.daysOff')}</summary>
    <p class="hint">${t('daysOffHint')}</p>
    ${checkbox(v, 'goedeVrijdag', t('goedeVrijdag'), plan.daysOff.goedeVrijdag)}
    ${select(v, 'bevrijdingsdag', t('bevrijdingsdag'), plan.daysOff.bevrijdingsdag, (['every-year', 'every-fifth-year', 'never'] as const).map((option) => [option, t(`bevrijdingsdag.${option}`)]))}
    ${plan.calendar.length
      ? html`<ul class="entries">
          ${plan.calendar.map(
            (entry, index) => html`<li>
              ${entry.label} (${t(`calendar.${entry.kind}`)}): ${t('periodDates', { start: v.formatDate(entry.start), end: v.formatDate(entry.end) })}
              <button type="button" class="secondary small" @click=${() => v.change(withoutCalendarEntry(v.plan, index))}>
                <span aria-hidden="true">×</span><span class="vh">${t('removeCalendar', { label: entry.label })}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p>${t('calendarEmpty')}</p>`}
    <form class="row" @submit=${addEntry}>
      <div class="field">
        <label for="cal-from">${t('calendarFrom')}</label>
        <input id="cal-from" name="from" type="date" required min=${plan.start} max=${plan.end} aria-describedby=${error ? 'calendar-add-error' : nothing} aria-invalid=${error ? 'true' : 'false'} />
      </div>
      <div class="field">
        <label for="cal-to">${t('calendarTo')}</label>
        <input id="cal-to" name="to" type="date" min=${plan.start} max=${plan.end} aria-describedby=${error ? 'calendar-add-error' : nothing} aria-invalid=${error ? 'true' : 'false'} />
      </div>
      <div class="field"><label for="cal-label">${t('calendarLabel')}</label><input id="cal-label" name="label" maxlength="120" /></div>
      <div class="field">
        <label for="cal-kind">${t('calendarKind')}</label>
        <select id="cal-kind" name="kind">
          <option value="holiday">${t('calendar.holiday')}</option>
          <option value="school-week">${t('calendar.school-week')}</option>
        </select>
      </div>
      <button type="submit" class="secondary">${t('addCalendar')}</button>
    </form>
    ${error ? html`<p class="field-error" id="calendar-add-error" role="alert">${error}</p>` : nothing}
    <div class="row">
      <div class="field">
        <label for="cal-import-kind">${t('importCalendarAs')}</label>
        <select id="cal-import-kind" @change=${(event: Event) => v.setState({ calendarKind: value(event) === 'school-week' ? 'school-week' : 'holiday' })}>
          <option value="holiday" ?selected=${v.calendarKind === 'holiday'}>${t('calendar.holiday')}</option>
          <option value="school-week" ?selected=${v.calendarKind === 'school-week'}>${t('calendar.school-week')}</option>
        </select>
      </div>
      <div class="field">
        <label for="cal-import">${t('importCalendar')}</label>
        <input id="cal-import" type="file" accept=".ics,.json,.csv,.txt,text/calendar,application/json,text/csv,text/plain" @change=${(event: Event) => pickFile(event, (file) => v.importCalendar(file))} />
      </div>
    </div>
  </details>`;
}

/** Hands the chosen file on and clears the input, so choosing the same file again works. */
export function pickFile(event: Event, use: (file: File) => void): void {
  const target = event.target as HTMLInputElement;
  const file = target.files?.[0];
  if (file) use(file);
  target.value = '';
}

export function renderSupervision(v: PlannerView): TemplateResult {
  const { t, plan } = v;
  const s = plan.supervision;
  const days = WEEKDAYS.map((day) => [day, t(`weekday.${day}`)] as [string, string]);
  return html`<details class="section">
    <summary>${t('section.supervision')}</summary>
    <div class="row">
      ${select(v, 'checkInDay', t('checkInDay'), s.checkInDay, days)} ${input(v, 'checkInTime', t('checkInTime'), s.checkInTime, 'time')}
      ${input(v, 'checkInMinutes', t('checkInMinutes'), s.checkInMinutes, 'number', limits(SCHEDULE_LIMITS.minutes))}
    </div>
    <fieldset>
      <legend>${t('supervisorDays')}</legend>
      <div class="row">${WEEKDAYS.map((day) => checkbox(v, `supervisorDay.${day}`, t(`weekday.${day}`), s.supervisorDays.includes(day)))}</div>
    </fieldset>
    <div class="row">
      ${input(v, 'onboardingWeeks', t('onboardingWeeks'), s.onboardingWeeks, 'number', limits(SCHEDULE_LIMITS.onboardingWeeks))}
      ${checkbox(v, 'onboardingOnSite', t('onboardingOnSite'), s.onboardingOnSite)}
    </div>
    <div class="row">
      ${input(v, 'contactTime', t('contactTime'), s.contactTime, 'time')}
      ${input(v, 'contactMinutes', t('contactMinutes'), s.contactMinutes, 'number', limits(SCHEDULE_LIMITS.minutes))}
    </div>
    ${input(v, 'place.company', t('companyPlace'), plan.places.company ?? '')} ${input(v, 'place.school', t('schoolPlace'), plan.places.school ?? '')}
  </details>`;
}

function renderContactMoment(v: PlannerView, kind: ContactKind): TemplateResult {
  const { t, plan, schedule } = v;
  const moment = schedule.contactMoments.find((candidate) => candidate.kind === kind)!;
  const name = t(`contact.${kind}`);
  const id = `contact-${kind}`;
  const error = v.fieldErrors.get(id);
  const status = !moment.date ? t('contactNone') : moment.chosen ? t('contactChosen') : t('contactAuto');
  return html`<fieldset class="moment">
    <legend>${name}</legend>
    <div class="field">
      <label for=${id}>${t('contactDate')}</label>
      <input
        id=${id}
        type="date"
        min=${plan.start}
        max=${plan.end}
        .value=${live(moment.date ?? '')}
        aria-describedby="${id}-status${error ? ` ${id}-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => v.setContactDate(kind, value(event))}
      />
    </div>
    <p class="hint" id="${id}-status">${status}</p>
    ${error ? html`<p class="field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
    <div class="actions">
      <button type="button" class="secondary small" aria-label=${t('earlierLabel', { moment: name.toLowerCase() })} @click=${() => v.moveContact(kind, -1)}>${t('earlier')}</button>
      <button type="button" class="secondary small" aria-label=${t('laterLabel', { moment: name.toLowerCase() })} @click=${() => v.moveContact(kind, 1)}>${t('later')}</button>
      ${moment.chosen
        ? html`<button type="button" class="secondary small" aria-label=${t('automaticLabel', { moment: name.toLowerCase() })} @click=${() => v.change(withContactMoment(v.plan, kind, undefined))}>
            ${t('automatic')}
          </button>`
        : nothing}
    </div>
  </fieldset>`;
}

export function renderContactMoments(v: PlannerView): TemplateResult {
  const { t } = v;
  const rule = SCHEDULE_RULES.contactMoments;
  return html`<fieldset>
    <legend>${t('section.contact')}</legend>
    <p class="hint">
      ${t('contactHint', { count: rule.value, source: rule.source.publisher, date: formatPartialDate(rule.source.figureDate, v.locale) })}
    </p>
    <div class="moments">${CONTACT_KINDS.map((kind) => renderContactMoment(v, kind))}</div>
  </fieldset>`;
}

export function renderOverrides(v: PlannerView): TemplateResult {
  const { t, plan } = v;
  const choices: OverrideChoice[] = ['sick', 'off', 'extra-company', 'extra-remote', 'swap'];
  const error = v.fieldErrors.get('override');
  return html`<fieldset>
    <legend>${t('section.override')}</legend>
    <p class="hint">${t('overrideHint')}</p>
    <form
      class="row"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        v.saveOverride();
      }}
    >
      <div class="field">
        <label for="override-date">${t('overrideDate')}</label>
        <input
          id="override-date"
          type="date"
          min=${plan.start}
          max=${plan.end}
          .value=${v.overrideDate}
          aria-describedby=${error ? 'override-error' : nothing}
          @change=${(event: Event) => v.setState({ overrideDate: value(event) })}
        />
      </div>
      <div class="field">
        <label for="override-kind">${t('overrideKind')}</label>
        <select id="override-kind" @change=${(event: Event) => v.setState({ overrideChoice: value(event) as OverrideChoice })}>
          ${choices.map((choice) => html`<option value=${choice} ?selected=${choice === v.overrideChoice}>${t(`override.${choice}`)}</option>`)}
        </select>
      </div>
      ${v.overrideChoice === 'swap'
        ? html`<div class="field">
            <label for="override-with">${t('overrideWith')}</label>
            <input id="override-with" type="date" min=${plan.start} max=${plan.end} .value=${v.overrideWith} @change=${(event: Event) => v.setState({ overrideWith: value(event) })} />
          </div>`
        : nothing}
      <button type="submit">${t('overrideSave')}</button>
    </form>
    ${error ? html`<p class="field-error" id="override-error" role="alert">${error}</p>` : nothing}
    <h3>${t('overrideList')}</h3>
    ${plan.overrides.length
      ? html`<ul class="entries">
          ${plan.overrides.map((override) => {
            const choice = override.kind === 'extra' ? (`extra-${override.type ?? 'company'}` as OverrideChoice) : override.kind;
            return html`<li>
              ${v.formatDate(override.date)}: ${t(`override.${choice}`)}${override.with ? ` (${v.formatDate(override.with)})` : ''}
              <button type="button" class="secondary small" @click=${() => v.change(withoutOverride(v.plan, override.date), t('overrideRemoved', { date: v.formatDate(override.date) }))}>
                <span aria-hidden="true">×</span><span class="vh">${t('overrideRemove', { date: v.formatDate(override.date) })}</span>
              </button>
            </li>`;
          })}
        </ul>`
      : html`<p>${t('overrideEmpty')}</p>`}
  </fieldset>`;
}

