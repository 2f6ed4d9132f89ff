import { css } from 'lit';

/** Styles of the form and the full result: adopted when the full view loads (badges never need them). */
export const compensationFormStyles = css`
  form {
    display: grid;
    gap: 0.75rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
  }
  .row .field {
    flex: 1 1 10rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  fieldset {
    min-inline-size: 0;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
    padding: 0.5rem 0.75rem;
  }
  legend,
  label,
  .label {
    font-weight: 700;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    font-weight: 400;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_stagekit-error);
  }
  .field-error {
    margin: 0;
    color: var(--_stagekit-error);
    font-weight: 700;
  }
  .summary ul {
    margin: 0;
  }
  .hint {
    margin: 0;
    color: var(--_stagekit-muted);
  }
  form > button[type='submit'] {
    justify-self: start;
  }
  .result {
    margin-block-start: var(--_stagekit-space);
    padding: var(--_stagekit-space);
    border: 2px solid var(--_stagekit-primary);
    border-radius: var(--_stagekit-radius);
  }
  .result h2,
  .result h3 {
    margin: 0.5rem 0 0.25rem;
  }
  .verdict {
    font-weight: 700;
  }
  .part.below .verdict,
  .part.high .verdict {
    color: var(--_stagekit-error);
  }
  .label-proposal {
    display: inline-block;
    margin: 0;
    padding: 0.125rem 0.5rem;
    background: var(--_stagekit-warning-bg);
    color: var(--_stagekit-warning-text);
    border-radius: var(--_stagekit-radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
`;
