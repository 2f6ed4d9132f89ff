import { css } from 'lit';

/** The stepper of the guided forms (agreement builder, report form): "step n of m", a progress bar and a button per step, the current one filled. */
export const stepperStyles = css`
  .stepper ol {
    list-style: none;
    margin: 0.5rem 0 var(--_stagekit-space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .stepper progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_stagekit-primary);
  }
  .progress-text {
    margin: 0.5rem 0 0.25rem;
    font-weight: 700;
  }
  button.step {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    background: transparent;
    color: var(--_stagekit-primary);
    border-width: 1px;
    padding: 0.25rem 0.6rem;
    text-align: start;
  }
  button.step[aria-current='step'] {
    background: var(--_stagekit-primary);
    color: var(--_stagekit-on-primary);
    font-weight: 700;
  }
  .step .number {
    font-weight: 700;
  }
  .step-errors {
    font-weight: 700;
    text-decoration: underline;
  }
`;
