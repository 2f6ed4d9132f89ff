import { html, nothing, type TemplateResult } from 'lit';
import { REPORT_STEPS } from '@stagekit/core';
import { renderStepper as renderSteps } from '../internal/stepper.js';
import { controlId, type ReportView } from './report-view.js';

/** "Quick exit": always visible at the top; it clears the screen before it leaves. */
export function renderQuickExit(v: ReportView): TemplateResult {
  return html`<div class="exit-bar">
    <button type="button" class="quick-exit" data-action="quick-exit" aria-describedby="quick-exit-hint" @click=${() => v.quickExit()}>
      ${v.t('form.quickExit')}
    </button>
    <p class="hint" id="quick-exit-hint">${v.t('form.quickExitHint')}</p>
  </div>`;
}

/** The steps as buttons, the current one marked, with "step n of m" and a progress bar. */
export function renderStepper(v: ReportView): TemplateResult {
  return renderSteps({
    steps: REPORT_STEPS,
    current: v.step,
    label: v.t('form.steps'),
    progress: v.t('form.progress', { current: REPORT_STEPS.indexOf(v.step) + 1, total: REPORT_STEPS.length }),
    name: (step) => v.t(`step.${step}`),
    errorsMark: (step) => (v.stepsWithErrors.has(step) ? v.t('form.stepHasErrors') : undefined),
    goTo: (step) => v.goTo(step),
  });
}

/** The error summary (GOV.UK pattern): a heading and a link per problem; focused when it appears. */
export function renderErrorSummary(v: ReportView): TemplateResult | typeof nothing {
  if (!v.summary.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${v.t('errors.title')}</h3>
    <p>${v.t(v.summaryAll ? 'errors.all' : 'errors.intro', { count: v.summary.length })}</p>
    <ul>
      ${v.summary.map(
        (item) => html`<li>
          <a
            href="#${controlId(item.field)}"
            @click=${(event: Event) => {
              event.preventDefault();
              v.goTo(item.step, item.field);
            }}
            >${item.text}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** "What this form protects, and what it cannot", in plain words. */
export function renderProtects(v: ReportView): TemplateResult {
  const encrypted = v.school.keyGiven && !v.school.keyProblem;
  return html`<details class="protects" part="protects">
    <summary>${v.t('protects.title')}</summary>
    <h3>${v.t('protects.does')}</h3>
    <ul>
      <li>${v.t('protects.device')}</li>
      <li>${v.t('protects.noThirdParty')}</li>
      ${v.school.endpoint ? html`<li>${v.t(encrypted ? 'protects.encrypted' : 'protects.notEncrypted')}</li>` : nothing}
      <li>${v.t('protects.receipts')}</li>
      <li>${v.t('protects.photos')}</li>
      <li>${v.t('protects.deleteAll')}</li>
    </ul>
    <h3>${v.t('protects.cannot')}</h3>
    <ul>
      <li>${v.t('protects.cannotDevice')}</li>
      <li>${v.t('protects.cannotText')}</li>
      <li>${v.t('protects.cannotMail')}</li>
      <li>${v.t('protects.cannotHistory')}</li>
      <li>${v.t('protects.cannotDrafts')}</li>
    </ul>
  </details>`;
}

/** Keep nothing on this device; the drafts kept here (opened only on request); delete everything. */
export function renderDevicePanel(v: ReportView): TemplateResult {
  const others = v.saved.filter((saved) => saved.row.id !== v.draft.id);
  return html`<section class="device" aria-labelledby="device-title">
    <h2 id="device-title" class="vh">${v.t('saved.title')}</h2>
    <div class="choice">
      <input
        type="checkbox"
        id="keep-nothing"
        name="keepNothing"
        .checked=${v.keepNothing || v.storageFallback}
        ?disabled=${v.storageFallback || v.keepNothingFixed || v.sending || v.filesBusy || v.outboxItem?.status === 'queued'}
        aria-describedby="keep-nothing-hint"
        @change=${(event: Event) => v.setKeepNothing((event.target as HTMLInputElement).checked)}
      />
      <label for="keep-nothing">${v.t('storage.keepNothing')}</label>
      <p class="hint" id="keep-nothing-hint">${v.t(v.storageFallback ? 'storage.fallback' : 'storage.keepNothing.hint')}</p>
    </div>
    ${others.length
      ? html`<div part="saved" class="saved">
          <h3>${v.t('saved.title')}</h3>
          <ul>
            ${others.map(
              (saved) => html`<li>
                ${v.t('saved.item', { date: v.formatDate(saved.created) })}${v.queuedIds.has(saved.row.id)
                  ? html` (${v.t('saved.queued')})`
                  : saved.rejected
                    ? html` (${v.t('saved.rejected')})`
                    : nothing}
                <button type="button" class="secondary" data-action="open-draft" @click=${() => v.open(saved.row.id)}>
                  ${v.t('saved.open', { date: v.formatDate(saved.created) })}
                </button>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${v.confirmDeleteAll
      ? html`<div class="confirm" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question">${v.t('deleteAll.confirm')}</p>
          <button type="button" class="danger" data-action="confirm-delete-all" @click=${() => v.deleteAll()}>${v.t('deleteAll.yes')}</button>
          <button type="button" class="secondary" data-action="cancel-delete-all" @click=${() => v.askDeleteAll(false)}>${v.t('deleteAll.no')}</button>
        </div>`
      : html`<button type="button" class="danger-outline" data-action="delete-all" @click=${() => v.askDeleteAll(true)}>${v.t('deleteAll.button')}</button>`}
  </section>`;
}
