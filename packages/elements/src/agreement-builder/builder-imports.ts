import { html, nothing, type TemplateResult } from 'lit';
import { chosenFile } from '../internal/files.js';
import type { BuilderView } from './builder-view.js';


/** Taking over the schedule from the planner: from this page, from a saved plan or from a plan file. */
export function renderScheduleImport(v: BuilderView): TemplateResult {
  return html`<section class="import" aria-labelledby="schedule-import-title" part="import">
    <h4 id="schedule-import-title">${v.t('schedule.title')}</h4>
    <p>${v.t('schedule.intro')}</p>
    <div class="actions">
      ${v.pageSchedule ? html`<button type="button" class="secondary" @click=${() => v.scheduleFromPage()}>${v.t('schedule.fromPage')}</button>` : nothing}
      <span class="file-button">
        <input type="file" id="schedule-file" accept="application/json,.json" @change=${chosenFile((file) => v.scheduleFromFile(file))} />
        <label for="schedule-file">${v.t('schedule.fromFile')}</label>
      </span>
    </div>
    ${v.savedPlans.length
      ? html`<div class="field">
          <label for="saved-plan">${v.t('schedule.fromSaved')}</label>
          <div class="inline">
            <select id="saved-plan">
              ${v.savedPlans.map(
                (saved) => html`<option value=${saved.row.id}>${v.t('schedule.savedItem', { title: saved.row.title || v.t('saved.untitled'), start: v.formatDate(saved.start), end: v.formatDate(saved.end) })}</option>`,
              )}
            </select>
            <button
              type="button"
              class="secondary"
              @click=${(event: Event) => v.scheduleFromSaved(((event.target as HTMLElement).closest('.field')!.querySelector('select') as HTMLSelectElement).value)}
            >
              ${v.t('schedule.useSaved')}
            </button>
          </div>
        </div>`
      : nothing}
  </section>`;
}

/** Taking over the compensation checker's result from this page. */
export function renderCompensationImport(v: BuilderView): TemplateResult | typeof nothing {
  return html`${v.pageCheck
    ? html`<section class="import" aria-labelledby="compensation-import-title" part="import">
        <h4 id="compensation-import-title">${v.t('compensation.title')}</h4>
        <button type="button" class="secondary" @click=${() => v.compensationFromPage()}>${v.t('compensation.fromPage')}</button>
      </section>`
    : nothing}
  ${v.employmentRisk ? html`<p class="notice">${v.t('compensation.employmentRisk')}</p>` : nothing}`;
}
