import { css } from 'lit';

/**
 * The report form's layout. The quick exit button is the first thing in the widget, large and in
 * its own colour; states carry words, never colour alone (WCAG 1.4.1). Long words and pasted text
 * wrap inside the widget; everything reflows to one column at 320 px.
 */
export const reportFormStyles = css`
  :host {
    --_stagekit-exit: var(--stagekit-color-exit, #a4262c);
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.5rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.2rem;
  }
  h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1.05rem;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  input:not([type='radio'], [type='checkbox']) {
    inline-size: 100%;
    min-inline-size: 0;
  }
  .exit-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_stagekit-space);
  }
  .exit-bar .hint {
    margin: 0;
  }
  button.quick-exit {
    background: var(--_stagekit-exit);
    border-color: var(--_stagekit-exit);
    color: #ffffff;
    font-weight: 700;
    order: 2;
  }
  fieldset.group {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .choice > :not(input[type]) {
    grid-column: 2;
  }
  .choice .hint {
    margin: 0 0 0.25rem;
  }
  .choice .field {
    margin-block-start: 0.25rem;
  }
  .invalid {
    border-inline-start: 4px solid var(--_stagekit-error);
    padding-inline-start: 0.75rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_stagekit-error);
  }
  details.examples summary,
  details.sources summary,
  details.protects summary {
    cursor: pointer;
    color: var(--_stagekit-primary);
    min-block-size: 1.5rem;
  }
  details.examples ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .optional {
    font-weight: 400;
    color: var(--_stagekit-muted);
  }
  .count {
    margin: 0;
    color: var(--_stagekit-muted);
    font-size: 0.9rem;
  }
  .file-list {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .file-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_stagekit-border);
  }
  .file-name {
    font-weight: 700;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block: var(--_stagekit-space);
  }
  .nav {
    justify-content: space-between;
  }
  .nav [data-action='next'] {
    margin-inline-start: auto;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_stagekit-primary);
    border-radius: var(--_stagekit-radius);
    text-decoration: none;
  }
  button.link {
    background: transparent;
    border: none;
    color: var(--_stagekit-primary);
    text-decoration: underline;
    padding: 0.25rem 0;
  }
  button.danger {
    background: var(--_stagekit-error);
    border-color: var(--_stagekit-error);
  }
  button.danger-outline {
    background: transparent;
    border-color: var(--_stagekit-error);
    color: var(--_stagekit-error);
  }
  .error-summary {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem 1rem;
    border: 3px solid var(--_stagekit-error);
    border-radius: var(--_stagekit-radius);
  }
  .error-summary h3 {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_stagekit-error);
    font-weight: 700;
  }
  .problem {
    color: var(--_stagekit-error);
    font-weight: 700;
  }
  .alert:empty,
  .status [role='status']:empty {
    display: none;
  }
  .status [role='status'] > p,
  .outbox,
  .receipt,
  .summary-section,
  .send,
  .other-ways,
  .device,
  details.protects {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  .outbox.rejected {
    border: 3px solid var(--_stagekit-error);
  }
  .receipt {
    border: 3px solid var(--_stagekit-primary);
  }
  .reference {
    font-size: 1.25rem;
    font-family: ui-monospace, monospace;
  }
  dl {
    margin: 0;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding: 0.25rem 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  @container (min-width: 40rem) {
    dl > div {
      grid-template-columns: minmax(8rem, 1fr) minmax(0, 3fr);
      gap: 1rem;
    }
  }
  .routes {
    padding-inline-start: 1.25rem;
  }
  .routes > li {
    margin-block-end: var(--_stagekit-space);
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_stagekit-border);
  }
  .condition {
    font-weight: 700;
  }
  .print-copy {
    display: none;
  }
  @media print {
    .base > :not(.print-copy) {
      display: none !important;
    }
    .print-copy {
      display: block;
      white-space: pre-wrap;
      font: 11pt/1.4 ui-monospace, monospace;
    }
  }
`;
