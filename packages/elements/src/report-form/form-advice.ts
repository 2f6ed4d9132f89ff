import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatPartialDate, type RouteAdvice, type Source } from '@stagekit/core';
import type { ReportView } from './report-view.js';

function renderSource(v: ReportView, source: Source): TemplateResult {
  const label = `${source.publisher}: ${source.title}`;
  return html`<li>
    ${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${label}</a>` : label}
    <span class="hint">(${v.t('advice.checked', { date: formatPartialDate(source.checked, v.locale) })})</span>
  </li>`;
}

/** The school's own meldpunt: the name, e-mail and phone the embedding school configured. */
function schoolContact(v: ReportView): TemplateResult | typeof nothing {
  const { name, email, phone, endpoint } = v.school;
  if (!name && !email && !phone && !endpoint) return nothing;
  return html`<ul class="contact-lines">
    ${endpoint ? html`<li>${v.t('advice.thisForm')}</li>` : nothing}
    ${email ? html`<li>${v.t('advice.contactEmail', { email })}</li>` : nothing}
    ${phone ? html`<li>${v.t('advice.contactPhone', { phone })}</li>` : nothing}
  </ul>`;
}

function renderRoute(v: ReportView, advice: RouteAdvice, index: number, keysOf: (route: RouteAdvice['route']) => ReturnType<Extract<ReportView['advice'], { kind: 'ready' }>['keysOf']>): TemplateResult {
  const keys = keysOf(advice.route);
  const isSchool = advice.route.id === 'school-meldpunt';
  const title = isSchool && v.school.name ? v.t('advice.schoolName', { name: v.school.name }) : v.t(keys.name);
  const headingId = `route-${index}`;
  const time = advice.route.responseTime;
  return html`<li aria-labelledby=${headingId}>
    <h3 id=${headingId}>${title}</h3>
    ${isSchool ? schoolContact(v) : nothing}
    <p>${v.t(keys.handles)}</p>
    <ul class="reasons">
      ${advice.reasons.map((reason) => html`<li>${v.t(`reason.${reason}`)}</li>`)}
      ${advice.conditions.map((condition) => html`<li class="condition">${v.t(`condition.${condition}`)}</li>`)}
    </ul>
    ${advice.matchesWishes.length
      ? html`<p>${v.t('advice.wishes', { wishes: formatList(advice.matchesWishes.map((wish) => v.t(`wish.${wish}`).toLowerCase()), v.locale) })}</p>`
      : nothing}
    <h4>${v.t('route.canDo')}</h4>
    <ul>
      ${keys.outcomes.map((outcome) => html`<li>${v.t(outcome)}</li>`)}
    </ul>
    <p>
      <strong>${v.t('route.sanctions')}:</strong>
      ${advice.sanctions.length ? formatList(advice.sanctions.map((outcome) => v.t(`outcome.${outcome}`)), v.locale) : v.t('sanctions.none')}
    </p>
    <ul class="facts">
      <li>${v.t(keys.anonymousReport)}</li>
      <li>${v.t(keys.anonymousFeedback)}</li>
      <li>${time === 'unknown' ? v.t('responseTime.unknown') : v.t('responseTime.days', { count: time.workingDays })}</li>
      ${keys.notes.map((note) => html`<li>${v.t(note)}</li>`)}
    </ul>
    <details class="sources">
      <summary>${v.t('route.sources')}<span class="vh">: ${title}</span></summary>
      <ul>
        ${advice.sources.map((source) => renderSource(v, source))}
      </ul>
    </details>
  </li>`;
}

/** Step 4: where the reporter can go for this case, each place with what it can do and its sources. */
export function renderAdviceStep(v: ReportView): TemplateResult {
  const advice = v.advice;
  if (advice.kind === 'need-case') return html`<p>${v.t('advice.needType')}</p>`;
  if (advice.kind === 'loading') return html`<p class="hint" aria-busy="true">…</p>`;
  if (advice.kind === 'failed') {
    return html`<p class="problem">${v.t('advice.loadFailed')}</p>
      <button type="button" class="secondary" @click=${() => v.loadAdvice()}>${v.t('advice.retry')}</button>`;
  }
  return html`<p>${v.t('advice.intro')}</p>
    <ol class="routes" part="routes">
      ${advice.routes.map((route, index) => renderRoute(v, route, index, advice.keysOf))}
    </ol>`;
}
