import { html, nothing, type TemplateResult } from 'lit';

export interface StepperView<S extends string> {
  steps: readonly S[];
  current: S;
  /** The nav's name ("Stappen"), "step n of m", a step's name, and the mark of a step with problems. */
  label: string;
  progress: string;
  name(step: S): string;
  errorsMark?(step: S): string | undefined;
  goTo(step: S): void;
}

/** The steps of a guided form as buttons, the current one marked, with "step n of m" and a progress bar (styles: stepper.styles.ts). */
export function renderStepper<S extends string>(v: StepperView<S>): TemplateResult {
  const current = v.steps.indexOf(v.current);
  return html`<nav class="stepper" aria-label=${v.label}>
    <p class="progress-text" id="progress-text">${v.progress}</p>
    <progress max=${v.steps.length} .value=${current + 1} aria-labelledby="progress-text"></progress>
    <ol>
      ${v.steps.map((step, index) => {
        const mark = v.errorsMark?.(step);
        return html`<li class=${index < current ? 'before' : index === current ? 'current' : 'after'}>
          <button type="button" class="step" aria-current=${step === v.current ? 'step' : nothing} @click=${() => v.goTo(step)}>
            <span class="number" aria-hidden="true">${index + 1}</span>
            <span>${v.name(step)}</span>${mark ? html`<span class="step-errors">(${mark})</span>` : nothing}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}
