import { css } from 'lit';

export const caoLookupStyles = css`
  :host {
    --_stagekit-results-height: var(--stagekit-lookup-results-height, 22rem);
    max-inline-size: var(--stagekit-lookup-max-width, 48rem);
    /* Long words (a pasted URL, a 200-letter name) wrap inside the widget. */
    overflow-wrap: anywhere;
  }
  label,
  .label {
    font-weight: 700;
  }
  .hint {
    margin: 0.25rem 0 0.5rem;
    color: var(--_stagekit-muted);
  }
  input[type='search'] {
    inline-size: 100%;
  }
  .filters {
    margin: 0.75rem 0;
  }
  .filters-toggle[aria-expanded='true']::after {
    content: ' ▴';
  }
  .filters-toggle[aria-expanded='false']::after {
    content: ' ▾';
  }
  .filter-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  .check {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
    min-block-size: 2.75rem;
  }
  .level {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .status {
    min-block-size: 1.5em;
    margin: 0.25rem 0;
    color: var(--_stagekit-muted);
  }
  .results {
    display: flex;
    flex-direction: column;
    block-size: var(--_stagekit-results-height);
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  .results[hidden] {
    display: none;
  }
  [role='listbox'] {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='option'] {
    display: grid;
    gap: 0.125rem;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_stagekit-surface);
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_stagekit-highlight);
    outline: 3px solid var(--_stagekit-focus);
    outline-offset: -3px;
  }
  [role='option'][aria-selected='true'] .name::after {
    content: ' ✓';
  }
  .name {
    font-weight: 700;
  }
  .meta,
  .summary {
    color: var(--_stagekit-muted);
    font-size: 0.9375em;
  }
  .empty {
    margin: 0;
    padding: 0.75rem;
  }
  .recent {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .recent ul {
    display: contents;
    list-style: none;
  }
  .recent button {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  .details {
    margin-block-start: var(--_stagekit-space);
    padding: var(--_stagekit-space);
    border: 2px solid var(--_stagekit-primary);
    border-radius: var(--_stagekit-radius);
  }
  .details h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.5rem;
  }
  /* Term and value side by side where there is room, stacked in a narrow column (a sidebar, a phone):
     it follows the widget's own width without a container query. */
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }
  .facts dt {
    flex: 0 0 10rem;
  }
  .facts dd {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .figure {
    font-weight: 700;
  }
  .amount {
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_stagekit-surface);
  }
  .source {
    font-size: 0.9375em;
  }
  .source .term {
    font-weight: 700;
  }
  .source-facts {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .stale {
    display: inline-block;
    margin: 0.25rem 0;
    padding: 0.25rem 0.5rem;
    background: var(--_stagekit-warning-bg);
    color: var(--_stagekit-warning-text);
    border-radius: var(--_stagekit-radius);
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline-color: Highlight;
    }
  }
`;
