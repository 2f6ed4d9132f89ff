// The full checker: form, result and share link. Loaded only in `mode="full"`, with the CAO lookup.
import { html, nothing, type TemplateResult } from 'lit';
import {
  prefillTypeFor,
  describeProblem,
  formatEuros,
  formatPartialDate,
  LOCATIONS,
  REALITY_QUESTIONS,
  REQUIRED_FIELDS,
  STAGE_TYPES,
  STUDENT_LEVELS,
  caoLevel,
  type StudentLevel,
  type CompensationField,
  type CompensationFullMessageKey,
  type CompensationMessageKey,
  type CompensationResult,
  type Source,
  type Translator,
} from '@stagekit/core';
import '../cao-lookup/define.js';
import type { StagekitCompensationChecker } from './compensation-checker.js';
import { renderReasons } from './reasons.js';
import { compensationFormStyles } from './compensation-form.styles.js';
import { readSharedFields, shareFragment } from './share-link.js';

export { compensationFormStyles, readSharedFields };
export { formControlStyles } from '../internal/form-controls.styles.js';

type T = Translator<CompensationMessageKey>;
type TF = Translator<CompensationFullMessageKey>;

/** Arbeidsinspectie page on stagevergoeding and disguised employment (domain.md, sources). */
const LABOUR_AUTHORITY_URL = 'https://www.inspectieszw.nl/onderwerpen/stagevergoeding';

export function renderFull(host: StagekitCompensationChecker, t: T): TemplateResult | typeof nothing {
  const tf = host.fullMessages();
  if (!tf) return nothing;
  const values = host.values();
  const outcome = host.outcome();
  const problems = new Map<CompensationField, string>();
  if (!outcome.ok) {
    for (const { field, issue } of outcome.issues) {
      if (!field || problems.has(field)) continue;
      problems.set(field, values[field] ? describeProblem(issue, host.locale) : tf('required'));
    }
  }
  if (host.caoIsUnknown) problems.set('cao', t('caoUnknown', { id: values.cao ?? '' }));
  const shown = (field: CompensationField) => (host.submitted || host.touched.has(field) ? problems.get(field) : undefined);
  const result = host.result();
  const field = (name: CompensationField) => ({ name, problem: shown(name), value: values[name] ?? '' });

  return html`
    <div part="base" class="checker">
      <form part="form" class="no-print" novalidate @submit=${(event: Event) => onSubmit(event, host, problems)}>
        <h2>${tf('title')}</h2>
        <p>${tf('intro')}</p>
        ${host.submitted && problems.size ? renderSummary(host, problems, tf) : nothing}
        ${select(host, field('level'), tf('field.level'), STUDENT_LEVELS.map((level) => [level, tf(`level.${level}`)]))}
        ${radios(host, field('stageType'), tf('field.stageType'), STAGE_TYPES.map((type) => [type, tf(`stageType.${type}`)]))}
        <div class="row">
          ${textField(host, field('start'), tf('field.start'), 'date')} ${textField(host, field('end'), tf('field.end'), 'date')}
          ${textField(host, field('weeks'), tf('field.weeks'), 'number')}
        </div>
        <div class="row">
          ${textField(host, field('hours'), tf('field.hours'), 'number')} ${textField(host, field('days'), tf('field.days'), 'number')}
          ${textField(host, field('age'), tf('field.age'), 'number')}
        </div>
        ${select(host, field('location'), tf('field.location'), LOCATIONS.map((location) => [location, tf(`location.${location}`)]))}
        ${values.level === 'mbo-bbl'
          ? radios(host, field('employmentContract'), tf('field.employmentContract'), [['yes', tf('yes')], ['no', tf('no')], ['', tf('notAnswered')]])
          : nothing}
        ${renderCao(host, t, tf, shown('cao'))}
        ${textField(host, field('offered'), tf('field.offered'), 'text', 'decimal')}
        <fieldset class="reality">
          <legend>${tf('realityTitle')}</legend>
          <p class="hint">${tf('realityIntro')}</p>
          ${REALITY_QUESTIONS.map((question) =>
            radios(host, field(question), tf(`question.${question}`), [['yes', tf('yes')], ['no', tf('no')], ['', tf('notAnswered')]]),
          )}
        </fieldset>
        <button type="submit">${tf('check')}</button>
      </form>
      ${result ? renderResult(host, result, t, tf) : host.loading ? html`<p role="status">${t('loading')}</p>` : nothing}
    </div>
  `;
}

function onSubmit(event: Event, host: StagekitCompensationChecker, problems: Map<CompensationField, string>): void {
  event.preventDefault();
  host.submit();
  void host.updateComplete.then(() => {
    const target = problems.size ? host.renderRoot.querySelector<HTMLElement>('#error-summary') : host.renderRoot.querySelector<HTMLElement>('#result-title');
    target?.focus();
  });
}

function renderSummary(host: StagekitCompensationChecker, problems: Map<CompensationField, string>, tf: TF): TemplateResult {
  return html`<div class="error summary" id="error-summary" tabindex="-1" role="alert">
    <p>${tf('errorSummary', { count: problems.size })}</p>
    <ul>
      ${[...problems].map(
        ([name, problem]) => html`<li>
          <a
            href=${`#f-${name}`}
            @click=${(event: Event) => {
              event.preventDefault();
              host.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
            }}
            >${problem}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

interface Field {
  name: CompensationField;
  problem: string | undefined;
  value: string;
}

const errorOf = (field: Field) => (field.problem ? html`<p class="field-error" id=${`e-${field.name}`}>${field.problem}</p>` : nothing);
const required = (name: CompensationField) => REQUIRED_FIELDS.includes(name);

function textField(host: StagekitCompensationChecker, field: Field, label: string, type: string, inputMode?: string): TemplateResult {
  return html`<div class="field">
    <label for=${`f-${field.name}`}>${label}</label>
    ${errorOf(field)}
    <input
      id=${`f-${field.name}`}
      name=${field.name}
      type=${type}
      inputmode=${inputMode ?? nothing}
      .value=${field.value}
      ?required=${required(field.name)}
      aria-invalid=${field.problem ? 'true' : 'false'}
      aria-describedby=${field.problem ? `e-${field.name}` : nothing}
      @input=${(event: Event) => host.setField(field.name, (event.target as HTMLInputElement).value)}
      @blur=${() => host.touch(field.name)}
    />
  </div>`;
}

function select(host: StagekitCompensationChecker, field: Field, label: string, options: readonly (readonly [string, string])[]): TemplateResult {
  return html`<div class="field">
    <label for=${`f-${field.name}`}>${label}</label>
    ${errorOf(field)}
    <select
      id=${`f-${field.name}`}
      name=${field.name}
      ?required=${required(field.name)}
      aria-invalid=${field.problem ? 'true' : 'false'}
      aria-describedby=${field.problem ? `e-${field.name}` : nothing}
      @change=${(event: Event) => {
        host.setField(field.name, (event.target as HTMLSelectElement).value);
        host.touch(field.name);
      }}
    >
      <option value="" ?selected=${!field.value}>—</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${field.value === value}>${text}</option>`)}
    </select>
  </div>`;
}

function radios(host: StagekitCompensationChecker, field: Field, legend: string, options: readonly (readonly [string, string])[]): TemplateResult {
  return html`<fieldset
    class="field choices"
    aria-invalid=${field.problem ? 'true' : 'false'}
    aria-describedby=${field.problem ? `e-${field.name}` : nothing}
  >
    <legend>${legend}</legend>
    ${errorOf(field)}
    ${options.map(
      ([value, text]) => html`<label class="choice">
        <input
          type="radio"
          name=${field.name}
          .value=${value}
          .checked=${field.value === value}
          @change=${() => {
            host.setField(field.name, value);
            host.touch(field.name);
          }}
        />
        ${text}
      </label>`,
    )}
  </fieldset>`;
}

function renderCao(host: StagekitCompensationChecker, t: T, tf: TF, problem: string | undefined): TemplateResult {
  const record = host.caoRecord;
  const level = host.values().level;
  const lookupLevel = (STUDENT_LEVELS as readonly string[]).includes(level ?? '') ? caoLevel(level as StudentLevel) : undefined;
  return html`<div class="field cao">
    <p class="label" id="cao-label">${tf('field.cao')}</p>
    ${problem ? html`<p class="field-error" id="e-cao">${problem}</p>` : nothing}
    <p>${record ? tf('caoChosen', { name: record.name }) : tf('caoNone')}</p>
    <stagekit-cao-lookup
      src=${host.src ?? nothing}
      level=${lookupLevel ?? nothing}
      lang=${host.locale}
      .value=${record?.id ?? ''}
      @stagekit-cao-select=${(event: CustomEvent<{ cao: import('@stagekit/core').CaoRecord }>) => host.chooseCao(event.detail.cao)}
    ></stagekit-cao-lookup>
    ${record ? html`<button type="button" class="secondary" @click=${() => host.chooseCao(null)}>${tf('chooseOtherCao')}</button>` : nothing}
  </div>`;
}

/**
 * With `report-url` (the page of the school's report form): a link that opens the form with this
 * verdict as its start (`prefill-type`). Only for a verdict worth reporting; the answers themselves
 * are not put in the link.
 */
function renderReportLink(host: StagekitCompensationChecker, result: CompensationResult, tf: TF): TemplateResult | typeof nothing {
  const prefill = prefillTypeFor(result);
  if (!prefill || !host.reportUrl) return nothing;
  let url: URL;
  try {
    url = new URL(host.reportUrl, host.ownerDocument.baseURI);
  } catch {
    return nothing;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return nothing;
  url.searchParams.set('prefill-type', prefill);
  return html`<p class="report-link no-print"><a href=${url.href}>${tf('reportLink')}</a></p>`;
}

function renderResult(host: StagekitCompensationChecker, result: CompensationResult, t: T, tf: TF): TemplateResult {
  const locale = host.locale;
  const money = (euros: number) => formatEuros(Math.round(euros * 100), locale);
  const { cao, legalRight, employmentRisk: risk, context } = result;
  const caoName = cao.caoName ?? '';
  const caoText =
    cao.status === 'meets'
      ? tf('cao.meets', { cao: caoName, minimum: money(cao.minimumMonthly ?? 0) })
      : cao.status === 'below'
        ? tf('cao.below', { cao: caoName, minimum: money(cao.minimumMonthly ?? 0), shortfall: money(cao.shortfall ?? 0) })
        : tf(`cao.${cao.status}`, { cao: caoName });
  const hours = host.outcome();
  const hoursPerWeek = hours.ok ? hours.input.hours : 0;
  return html`<section class="result" part="result" aria-labelledby="result-title">
    <h2 id="result-title" tabindex="-1">${tf('resultTitle')}</h2>
    <section class=${`part cao ${cao.status}`}>
      <h3>${tf('cao.title')}</h3>
      <p class="verdict">${caoText}</p>
      ${cao.advisory ? html`<p>${t('badge.advice')}</p>` : nothing} ${renderReasons(cao.reasons, t, locale)}
    </section>
    <section class="part right">
      <h3>${tf('right.title')}</h3>
      <p class="label-proposal"><strong>${tf('right.proposal')}</strong></p>
      <p class="verdict">${tf(`right.${legalRight.wouldApply}`)}</p>
      ${renderReasons(legalRight.reasons, tf, locale)}
      <p>${tf('right.noAmount')}</p>
    </section>
    <section class=${`part risk ${risk.level}`}>
      <h3>${tf('risk.title')}</h3>
      <p class="verdict">${tf(`risk.${risk.level}`)}</p>
      ${risk.signals.length ? html`<ul class="reasons">${risk.signals.map((signal) => html`<li>${tf(`signal.${signal.question}`)}</li>`)}</ul>` : nothing}
      ${risk.unanswered.length ? html`<p>${tf('risk.unanswered', { count: risk.unanswered.length })}</p>` : nothing}
      ${risk.level === 'high'
        ? html`<p>
              ${risk.minimumWageMonthly !== null && risk.hourlyMinimumWage !== null
                ? tf('risk.wage', { monthly: money(risk.minimumWageMonthly), hourly: money(risk.hourlyMinimumWage), hours: hoursPerWeek })
                : tf('risk.wageUnknown')}
            </p>
            ${risk.wageMayBeOutdated && risk.wageFrom ? html`<p>${tf('context.wageOutdated', { date: formatPartialDate(risk.wageFrom, locale) })}</p>` : nothing}
            <p>${tf('risk.report')} <a href=${LABOUR_AUTHORITY_URL} rel="noopener noreferrer">Nederlandse Arbeidsinspectie</a></p>`
        : nothing}
    </section>
    <section class="part context">
      <h3>${tf('context.title')}</h3>
      ${context.shareOfMinimumWage !== null
        ? html`<p>${tf('context.share', { percent: new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' }).format(context.shareOfMinimumWage) })}</p>`
        : nothing}
      ${context.wageFrom
        ? html`<p>
            ${context.wageMayBeOutdated
              ? tf('context.wageOutdated', { date: formatPartialDate(context.wageFrom, locale) })
              : tf('context.wageFrom', { date: formatPartialDate(context.wageFrom, locale) })}
          </p>`
        : nothing}
      ${context.averages.map(
        (average) => html`<p>${tf('context.average', { level: average.level, year: average.year, amount: money(average.euros) })}</p>`,
      )}
    </section>
    <section class="part sources">
      <h3>${tf('sourcesTitle')}</h3>
      <ul>
        ${result.sources.map((source) => renderSource(source, locale))}
      </ul>
    </section>
    ${renderReportLink(host, result, tf)}
    <div class="actions no-print">
      <button type="button" class="secondary" @click=${() => share(host, tf)}>${tf('share')}</button>
      <button type="button" class="secondary" @click=${() => globalThis.print?.()}>${tf('print')}</button>
      <p class="share-status" role="status"></p>
    </div>
  </section>`;
}

function renderSource(source: Source, locale: 'nl' | 'en'): TemplateResult {
  const date = source.figureDate ? formatPartialDate(source.figureDate, locale) : '—';
  return html`<li>
    ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title} (${source.publisher};
    ${date}; ${formatPartialDate(source.checked, locale)})
  </li>`;
}

async function share(host: StagekitCompensationChecker, tf: TF): Promise<void> {
  const url = `${location.href.split('#')[0]}${shareFragment(host.values())}`;
  const status = host.renderRoot.querySelector<HTMLElement>('.share-status');
  try {
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = tf('shareDone');
  } catch {
    if (status) status.textContent = `${tf('shareFailed')} ${url}`;
  }
  host.dispatchEvent(new CustomEvent('stagekit-share', { detail: { url }, bubbles: true, composed: true }));
}
