import { css } from 'lit';

/** Text fields and selects, the same in every widget that has them (badges have none). */
export const formControlStyles = css`
  input:not([type='radio'], [type='checkbox']),
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
`;
