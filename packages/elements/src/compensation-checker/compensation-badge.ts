import { html, nothing, type TemplateResult } from 'lit';
import { attributeName, formatEuros, formatPartialDate, REQUIRED_FIELDS, type CompensationMessageKey, type Translator } from '@stagekit/core';
import type { StagekitCompensationChecker } from './compensation-checker.js';
import { renderReasons } from './reasons.js';

/** The one-line verdict for a vacancy page, with a disclosure that says how it was worked out. */
export function renderBadge(host: StagekitCompensationChecker, t: Translator<CompensationMessageKey>): TemplateResult {
  const locale = host.locale;
  const outcome = host.outcome();
  if (!outcome.ok || host.caoIsUnknown) {
    const fields = outcome.ok ? ['cao'] : [...new Set(outcome.issues.map(({ field }) => attributeName(field ?? 'level')))];
    const missing = REQUIRED_FIELDS.filter((field) => !host.values()[field]).map(attributeName);
    return html`<p class="badge incomplete" part="base badge" role="status">${t('badge.incomplete', { fields: [...new Set([...missing, ...fields])].join(', ') })}</p>`;
  }
  const result = host.result();
  if (!result) return html`<p class="badge" part="base badge" role="status" aria-busy="true">${t('loading')}</p>`;
  const { cao } = result;
  const money = (euros: number) => formatEuros(Math.round(euros * 100), locale);
  const verdict =
    (cao.status === 'meets' || cao.status === 'below') && cao.minimumMonthly !== null
      ? t(`badge.${cao.status}`, { cao: cao.caoName ?? '', minimum: money(cao.minimumMonthly), hours: outcome.input.hours })
      : t('badge.other', { status: t(`status.${cao.status}`) });
  const figureDate = cao.source?.figureDate;
  return html`
    <div class="badge-wrap" part="base">
      <p class="badge ${cao.status}" part="badge">
        <span class="mark" aria-hidden="true">${cao.status === 'meets' ? '✓' : cao.status === 'below' ? '!' : 'i'}</span>
        <span>${verdict}</span>
        ${cao.advisory ? html`<span class="dated">${t('badge.adviceShort')}</span>` : nothing}
        ${figureDate ? html`<span class="dated">(${t('badge.dated', { date: formatPartialDate(figureDate, locale) })})</span>` : nothing}
      </p>
      <details part="details">
        <summary>${t('badge.details')}</summary>
        ${cao.advisory ? html`<p><strong>${t('badge.advice')}</strong></p>` : nothing}
        ${renderReasons(cao.reasons, t, locale)}
        ${cao.source
          ? html`<p class="source">${cao.source.url ? html`<a href=${cao.source.url} rel="noopener noreferrer">${cao.source.title}</a>` : cao.source.title} (${cao.source.publisher})</p>`
          : nothing}
      </details>
    </div>
  `;
}
