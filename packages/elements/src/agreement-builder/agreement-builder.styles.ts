import { css } from 'lit';

/**
 * The builder's layout. Status marks carry their words, never colour alone (WCAG 1.4.1); the
 * default colours reach 4.5:1 on their backgrounds. Everything reflows to one column at 320 px.
 */
export const agreementBuilderStyles = css`
  :host {
    --_stagekit-law: var(--stagekit-color-law, #7a1f1f);
    --_stagekit-proposal: var(--stagekit-color-proposal, #5c3d00);
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.5rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.25rem;
  }
  h4 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  input:not([type='radio'], [type='checkbox']),
  select {
    inline-size: 100%;
    min-inline-size: 0;
  }
  .top {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .actions,
  .step-actions,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .step-actions {
    margin-block-start: var(--_stagekit-space);
    justify-content: space-between;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_stagekit-space);
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr);
      align-items: start;
    }
    /* First in reading order (a narrow screen shows it above the form), beside the form when wide. */
    .side {
      grid-column: 2;
      grid-row: 1;
      position: sticky;
      inset-block-start: 0.5rem;
      /* Taller than the window, a stuck panel would keep its last links (and their focus) below it: it scrolls on its own. */
      max-block-size: calc(100dvh - 1rem);
      overflow-y: auto;
    }
    .main {
      grid-column: 1;
      grid-row: 1;
    }
  }
  .clause,
  .import,
  .completeness,
  .versions,
  .share,
  details.saved {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  .explain {
    margin: 0.25rem 0 0.75rem;
    padding: 0.5rem 0.75rem;
    background: var(--_stagekit-surface);
    border-radius: var(--_stagekit-radius);
  }
  .status {
    display: inline-block;
    font-size: 0.85rem;
    font-weight: 700;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: var(--_stagekit-radius);
  }
  .status-law {
    color: var(--_stagekit-law);
  }
  .status-proposal {
    color: var(--_stagekit-proposal);
  }
  .status-recommended {
    color: var(--_stagekit-muted);
  }
  .optional {
    font-weight: 400;
    color: var(--_stagekit-muted);
  }
  fieldset.weekdays {
    border: 0;
    padding: 0;
    margin: 0 0 0.5rem;
    min-inline-size: 0;
  }
  fieldset.weekdays legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.6rem;
  }
  details.sources ul,
  .completeness ul ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .counts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .count {
    margin: 0.25rem 0;
  }
  .error-summary {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem 1rem;
    border: 4px solid var(--_stagekit-error);
    border-radius: var(--_stagekit-radius);
  }
  .error-summary h3 {
    margin-block-start: 0;
    color: var(--_stagekit-error);
  }
  .error-summary a {
    color: var(--_stagekit-error);
    font-weight: 700;
  }
  [aria-invalid='true'] {
    border-color: var(--_stagekit-error) !important;
    border-width: 3px !important;
  }
  .file-button input {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
  }
  .file-button label {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_stagekit-primary);
    border-radius: var(--_stagekit-radius);
    color: var(--_stagekit-primary);
    cursor: pointer;
  }
  .file-button input:focus-visible + label {
    outline: 3px solid var(--_stagekit-focus);
    outline-offset: 2px;
  }
  .saved-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .saved-list li {
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_stagekit-border);
  }
  .saved-list p {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .changes li,
  .fingerprints li,
  #share-link {
    overflow-wrap: anywhere;
  }
  button[aria-disabled="true"] {
    opacity: 0.7;
    cursor: progress;
  }
  @media print {
    .builder > :not(.layout),
    .main > :not(.output),
    .output > :not(.document),
    .side {
      display: none !important;
    }
    .layout {
      display: block;
    }
  }
`;
