import { css } from 'lit';

export const compensationCheckerStyles = css`
  :host {
    --_stagekit-success: var(--stagekit-color-success, #1e6b34);
    max-inline-size: var(--stagekit-checker-max-width, 48rem);
  }
  .badge {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    margin: 0;
    font-weight: 700;
  }
  .badge.meets .mark {
    color: var(--_stagekit-success);
  }
  .badge.below .mark {
    color: var(--_stagekit-error);
  }
  .mark {
    display: inline-block;
    min-inline-size: 1.25em;
    text-align: center;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .dated {
    font-weight: 400;
    color: var(--_stagekit-muted);
  }
  details {
    margin-block-start: 0.25rem;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .reasons {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .source {
    font-size: 0.9375em;
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
