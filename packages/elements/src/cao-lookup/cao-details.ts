import { html, nothing, type TemplateResult } from 'lit';
import type { CaoDescription, SourceDescription, Translator, CaoMessageKey } from '@stagekit/core';

function renderSource(source: SourceDescription, t: Translator<CaoMessageKey>): TemplateResult {
  return html`
    <div class="source">
      <span class="term">${t('source')}:</span>
      ${source.url
        ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>`
        : html`<span>${source.title} (${t('noLink')})</span>`}
      <span>(${source.publisher})</span>
      <ul class="source-facts">
        <li>${source.figureDate}</li>
        <li>${source.checked}</li>
        <li>${source.confidence}</li>
      </ul>
      ${source.mayBeOutdated
        ? html`<p class="stale" part="stale"><strong>${t('stale')}.</strong> ${t('staleExplain')}</p>`
        : nothing}
    </div>
  `;
}

/** The full clause of one CAO in plain words; every figure next to its source. */
export function renderCaoDetails(description: CaoDescription, t: Translator<CaoMessageKey>, headingId: string): TemplateResult {
  return html`
    <h2 id=${headingId}>${t('detailsHeading', { name: description.name })}</h2>
    <dl class="facts">
      <div><dt>${t('sector')}</dt><dd>${description.sector}</dd></div>
      <div><dt>${t('kind')}</dt><dd>${description.kind}</dd></div>
      ${description.article ? html`<div><dt>${t('article')}</dt><dd>${description.article}</dd></div>` : nothing}
    </dl>
    ${description.noClause
      ? html`
          <p class="no-clause"><strong>${description.noClause.text}</strong></p>
          <p>${description.noClause.hint}</p>
          ${renderSource(description.noClause.source, t)}
        `
      : nothing}
    ${description.amounts.length === 0 && !description.noClause ? html`<p>${description.summary[0]}</p>` : nothing}
    ${description.amounts.map(
      (amount) => html`
        <section class="amount" aria-label=${`${amount.levels}: ${amount.amount}`}>
          <dl class="facts">
            <div><dt>${t('levels')}</dt><dd>${amount.levels}</dd></div>
            <div><dt>${t('amount')}</dt><dd class="figure">${amount.amount}</dd></div>
            <div><dt>${t('hours')}</dt><dd>${amount.hours}</dd></div>
            <div><dt>${t('proration')}</dt><dd>${amount.proration}</dd></div>
            <div>
              <dt>${t('conditions')}</dt>
              <dd>${amount.conditions.length ? html`<ul>${amount.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : '—'}</dd>
            </div>
            ${amount.explanation ? html`<div><dt>${t('explanation')}</dt><dd>${amount.explanation}</dd></div>` : nothing}
            <div><dt>${t('validity')}</dt><dd>${amount.validity}</dd></div>
          </dl>
          ${renderSource(amount.source, t)}
        </section>
      `,
    )}
    ${description.note ? html`<p>${description.note}</p>` : nothing}
  `;
}
