import { css } from 'lit';

/** Text fields, selects and their labels, hints and errors, the same in every widget that has them (badges have none). */
export const formControlStyles = css`
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_stagekit-background);
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  .check input,
  .choice > input {
    /* WCAG 2.2 target size: at least 24 × 24 px, and never squeezed by a long label. */
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
    margin: 0;
  }
  .hint {
    color: var(--_stagekit-muted);
    margin: 0 0 0.5rem;
  }
  .field-error {
    color: var(--_stagekit-error);
    font-weight: 700;
    margin: 0.25rem 0 0;
  }
`;
