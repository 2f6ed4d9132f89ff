import { html, nothing, type TemplateResult } from 'lit';
import { AGREEMENT_STEPS, CLAUSE_STATUSES, type AgreementMessageKey } from '@stagekit/core';
import { renderStepper as renderSteps } from '../internal/stepper.js';
import { controlId, type BuilderView } from './builder-view.js';

const key = (text: string) => text as AgreementMessageKey;

/** The steps as a list of buttons, the current one marked, with "step n of m" and a progress bar. */
export function renderStepper(v: BuilderView): TemplateResult {
  return renderSteps({
    steps: AGREEMENT_STEPS,
    current: v.step,
    label: v.t('steps'),
    progress: v.t('progress', { current: AGREEMENT_STEPS.indexOf(v.step) + 1, total: AGREEMENT_STEPS.length }),
    name: (step) => v.t(key(`step.${step}`)),
    errorsMark: (step) => (v.stepsWithErrors.has(step) ? v.t('stepHasErrors') : undefined),
    goTo: (step) => v.goTo(step),
  });
}

/** The error summary (GOV.UK pattern): a heading and a link per problem, focused when it appears (a group, so its heading names it). */
export function renderErrorSummary(v: BuilderView): TemplateResult | typeof nothing {
  if (!v.summary.length) return nothing;
  return html`<div class="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
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

/** Required by law n/n, coming law n/n, recommended n/n, with links to what is missing. */
export function renderCompleteness(v: BuilderView): TemplateResult {
  return html`<section class="completeness" aria-labelledby="completeness-title" part="completeness">
    <h3 id="completeness-title">${v.t('completeness.title')}</h3>
    <ul class="counts">
      ${CLAUSE_STATUSES.map((status) => {
        const group = v.completeness[status];
        if (group.total === 0) return nothing;
        const done = group.done === group.total;
        return html`<li class=${done ? 'done' : 'open'}>
          <p class="count"><span class="status status-${status}">${v.t(key(`completeness.${status}`), { done: group.done, total: group.total })}</span></p>
          ${done
            ? nothing
            : html`<details>
                <summary>${v.t('completeness.missing')} ${group.total - group.done}</summary>
                <ul>
                  ${group.missing.map(
                    (missing) => html`<li>
                      <a
                        href="#${controlId(missing.fields[0] ?? '')}"
                        @click=${(event: Event) => {
                          event.preventDefault();
                          v.goTo(missing.step, missing.fields[0]);
                        }}
                        >${v.t('completeness.goTo', { clause: v.t(key(`clause.${missing.clause}`)), step: AGREEMENT_STEPS.indexOf(missing.step) + 1 })}</a
                      >
                    </li>`,
                  )}
                </ul>
              </details>`}
        </li>`;
      })}
    </ul>
    ${v.completeness.lawComplete ? nothing : html`<p class="hint">${v.t('completeness.lawMissing')}</p>`}
  </section>`;
}
