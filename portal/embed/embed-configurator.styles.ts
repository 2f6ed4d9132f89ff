import { css } from 'lit';

/** The configurator styles itself (Lit's constructable stylesheets: no inline style, CSP friendly). */
export const configuratorStyles = css`
  :host {
    --_brand: #154273;
    --_text: #1a1a1a;
    --_muted: #4a4a4a;
    --_line: #6e6e6e;
    --_soft-line: #c8ced6;
    --_focus: #b34700;
    --_error: #a4262c;
    --_ok: #1e6b34;
    --_notice: #fff4d6;
    --_notice-text: #4d3800;
    --_code: #f3f5f8;
    display: block;
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  section {
    margin-block: 0 2rem;
  }
  h2 {
    font-size: 1.375rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  h4 {
    font-size: 1rem;
    margin: 1.25rem 0 0.25rem;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 0.5rem;
    border: 1px solid var(--_soft-line);
    border-radius: 4px;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .choices {
    display: grid;
    gap: 0.25rem 1rem;
  }
  .radio,
  .check {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    align-items: start;
    column-gap: 0.5rem;
    padding-block: 0.25rem;
  }
  .radio input,
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_brand);
  }
  .radio label,
  .check label {
    font-weight: 600;
  }
  .radio .hint,
  .check .hint {
    grid-column: 2;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9375rem;
  }
  input:not([type='radio'], [type='checkbox'], [type='color']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: #ffffff;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_line);
    border-radius: 4px;
  }
  input::placeholder,
  textarea::placeholder {
    color: #5e5e5e;
    opacity: 1;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.875rem;
    inline-size: 100%;
  }
  input[type='color'] {
    inline-size: 3.5rem;
    block-size: 2.75rem;
    padding: 0.125rem;
    border: 2px solid var(--_line);
    border-radius: 4px;
    background: #ffffff;
  }
  .week {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0 0.75rem;
  }
  .week legend {
    grid-column: 1 / -1;
  }
  .week .hint {
    grid-column: 1 / -1;
    margin-block-end: 0.5rem;
  }
  .tokens {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .tokens .wide {
    grid-column: 1 / -1;
  }
  .color-field {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .color-field code {
    font-size: 0.875rem;
  }
  details {
    margin-block: 0.5rem 1rem;
  }
  details.more[open] {
    padding-block-end: 0.25rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_brand);
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  summary > span {
    text-decoration: underline;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_brand);
    border-radius: 4px;
    background: var(--_brand);
    color: #ffffff;
    cursor: pointer;
  }
  button.secondary {
    background: #ffffff;
    color: var(--_brand);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block: 0.5rem;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  textarea.code {
    display: block;
    inline-size: 100%;
    margin: 0.25rem 0 0.5rem;
    padding: 0.75rem;
    overflow: auto;
    resize: vertical;
    background: var(--_code);
    border: 1px solid var(--_line);
    font-size: 0.875rem;
    line-height: 1.45;
    white-space: pre;
    overflow-wrap: normal;
  }
  .label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0;
  }
  .preview {
    padding: 1rem;
    border: 2px dashed var(--_line);
    border-radius: 4px;
    background: #ffffff;
    overflow-x: auto;
  }
  .status {
    margin: 0.25rem 0;
    min-block-size: 1.5rem;
  }
  .status.ok {
    color: var(--_ok);
    font-weight: 600;
  }
  .result {
    margin: 0.5rem 0;
  }
  .result:not(:empty) {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_code);
  }
  .result.ok:not(:empty) {
    border-color: var(--_ok);
  }
  .result.bad:not(:empty) {
    border-color: var(--_error);
  }
  .result p {
    margin: 0 0 0.25rem;
  }
  .warning {
    margin: 0.5rem 0;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_notice-text);
    background: var(--_notice);
    color: var(--_notice-text);
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
    margin: 0;
  }
  .field-ok {
    color: var(--_ok);
    margin: 0;
  }
  .contrast ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .tools {
    margin-block-start: 1rem;
    padding: 0.25rem 1rem 1rem;
    border: 1px solid var(--_soft-line);
    border-radius: 4px;
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
