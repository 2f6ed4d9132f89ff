import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type DraftRow } from '@stagekit/core';
import { pickFile } from './planner-settings.js';
import type { PlannerView } from './planner-view.js';

export function renderTotals(v: PlannerView): TemplateResult {
  const { t, schedule, locale } = v;
  const totals = schedule.totals;
  const number = (value: number) => formatNumber(value, locale);
  const share = totals.onSiteShare === null ? t('unknown') : `${formatNumber(Math.round(totals.onSiteShare * 100), locale)}%`;
  const rows: [string, string][] = [
    [t('plannedHours'), totals.agreedHours === null ? number(totals.plannedHours) : t('plannedOfAgreed', { planned: number(totals.plannedHours), agreed: number(totals.agreedHours) })],
    [t('onSiteDays'), number(totals.onSiteDays)],
    [t('remoteDays'), number(totals.remoteDays)],
    [t('onSiteShare'), share],
    [t('schoolDays'), number(totals.schoolDays)],
    [t('holidayDays'), number(totals.holidayDays)],
    [t('sickDays'), number(totals.sickDays)],
    [t('weeksWithoutSupervision'), number(totals.weeksWithoutSupervision)],
  ];
  return html`<section class="totals" part="totals" aria-labelledby="totals-title">
    <h3 id="totals-title">${t('section.result')}</h3>
    <dl>${rows.map(([term, detail]) => html`<div><dt>${term}</dt><dd>${detail}</dd></div>`)}</dl>
  </section>`;
}

export function renderWarnings(v: PlannerView, messages: readonly string[]): TemplateResult {
  const { t } = v;
  return html`<section class="warnings" part="warnings" aria-labelledby="warnings-title">
    <h3 id="warnings-title">${t('warningsTitle')}</h3>
    ${messages.length
      ? html`<ul>
          ${messages.map((message) => html`<li>${message}</li>`)}
        </ul>`
      : html`<p>${t('noWarnings')}</p>`}
  </section>`;
}

export function renderExport(v: PlannerView): TemplateResult {
  const { t } = v;
  return html`<section class="export" part="export" aria-labelledby="export-title">
    <h3 id="export-title">${t('section.export')}</h3>
    <div class="check">
      <input id="include-workdays" type="checkbox" .checked=${v.includeWorkdays} @change=${(event: Event) => v.setState({ includeWorkdays: (event.target as HTMLInputElement).checked })} />
      <label for="include-workdays">${t('includeWorkdays')}</label>
    </div>
    <div class="actions">
      <button type="button" @click=${() => v.downloadIcs()}>${t('downloadIcs')}</button>
      <button type="button" class="secondary" @click=${() => v.downloadJson()}>${t('downloadJson')}</button>
      <button type="button" class="secondary" @click=${() => v.print()}>${t('print')}</button>
    </div>
    <div class="field">
      <label for="plan-import">${t('importJson')}</label>
      <input id="plan-import" type="file" accept=".json,application/json" @change=${(event: Event) => pickFile(event, (file) => v.importPlan(file))} />
    </div>
  </section>`;
}

export function renderSaved(v: PlannerView): TemplateResult {
  const { t } = v;
  const title = (row: DraftRow) => row.title || t('untitled');
  return html`<section class="saved" part="saved" aria-labelledby="saved-title">
    <h3 id="saved-title">${t('section.saved')}</h3>
    <p class="hint">${t('savedHint')}</p>
    ${v.saved.length
      ? html`<ul class="entries">
          ${v.saved.map(
            ({ row, start, end }) => html`<li>
              <span>
                ${t('savedItem', {
                  title: title(row),
                  start: v.formatDate(start),
                  end: v.formatDate(end),
                  updated: v.formatDate(row.updated.slice(0, 10)),
                })}
              </span>
              ${row.id === v.plan.id
                ? nothing
                : html`<button type="button" class="secondary small" aria-label=${t('openLabel', { title: title(row) })} @click=${() => v.openSaved(row)}>${t('open')}</button>`}
              <button type="button" class="secondary small" aria-label=${t('deleteLabel', { title: title(row) })} @click=${() => v.deleteSaved(row)}>${t('delete')}</button>
            </li>`,
          )}
        </ul>`
      : html`<p>${t('savedEmpty')}</p>`}
    <button type="button" class="secondary" @click=${() => v.newPlan()}>${t('newPlan')}</button>
  </section>`;
}
