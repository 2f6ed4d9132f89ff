import { css } from 'lit';

/**
 * Day types are told apart by text and by pattern (solid, stripes, dots, dashed, cross-hatch), never
 * by colour alone (WCAG 1.4.1); the colours are light enough for dark text at 4.5:1.
 */
export const schedulePlannerStyles = css`
  :host {
    --_stagekit-company: var(--stagekit-color-company, #dbe7f5);
    --_stagekit-remote: var(--stagekit-color-remote, #e3f1e6);
    --_stagekit-school: var(--stagekit-color-school, #efe6f9);
    container-type: inline-size;
    /* Long words (a pasted URL, an imported holiday name) wrap inside the widget. */
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
    font-size: 1rem;
  }
  .print-only {
    display: none;
  }
  .layout {
    display: grid;
    /* minmax(0, …): a long option text must not widen the page (reflow at 320 px, WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_stagekit-space);
  }
  select {
    box-sizing: border-box;
    inline-size: 100%;
    /* A flex item is never narrower than its longest option unless told so, and WebKit lets a long
       option's text overflow the box. */
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .row .field {
    flex: 1 1 10rem;
    min-inline-size: 0;
  }
  @container (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(20rem, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }
  fieldset {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .row,
  .actions,
  .moments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .week {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 0 0.75rem;
  }
  .week select {
    inline-size: 100%;
  }
  details.section {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: var(--_stagekit-radius);
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  button.small {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  button.link {
    min-block-size: 2.75rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_stagekit-primary);
    text-decoration: underline;
  }
  .entries {
    padding-inline-start: 1.25rem;
  }
  .entries li {
    margin-block-end: 0.25rem;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  dl div {
    padding: 0.5rem;
    background: var(--_stagekit-surface);
    border-radius: var(--_stagekit-radius);
  }
  dt {
    font-size: 0.875rem;
    color: var(--_stagekit-muted);
  }
  dd {
    margin: 0;
    font-weight: 700;
  }
  .warnings ul {
    padding: 0.5rem 0.75rem 0.5rem 1.75rem;
    margin: 0;
    border-inline-start: 4px solid var(--_stagekit-warning-text);
    background: var(--_stagekit-warning-bg);
    color: var(--_stagekit-warning-text);
  }
  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    border: 0;
    padding: 0;
  }
  .view-switch legend {
    float: inline-start;
    padding: 0.6rem 0.5rem 0 0;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 1px solid var(--_stagekit-border);
  }
  .mark,
  .marks {
    font-size: 0.8rem;
    letter-spacing: 0.1em;
  }
  .grid-scroll {
    overflow-x: auto;
  }
  .caption {
    color: var(--_stagekit-muted);
    margin: 0 0 0.25rem;
  }
  .grid {
    min-inline-size: 30rem;
    font-size: 0.8rem;
  }
  .row {
    display: grid;
    grid-template-columns: 4.5rem repeat(7, minmax(0, 1fr));
    gap: 2px;
    margin-block-end: 2px;
    /* A year is 53 rows of buttons: rows off screen skip layout and paint until they scroll in. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2.9rem;
  }
  .row.head {
    content-visibility: visible;
    font-weight: 700;
    text-align: center;
  }
  [role='rowheader'] {
    font-weight: 700;
    text-align: center;
    white-space: nowrap;
  }
  .week-hours {
    display: block;
    font-weight: 400;
    color: var(--_stagekit-muted);
  }
  .grid button {
    display: block;
    inline-size: 100%;
    font-weight: 700;
    min-block-size: 2.75rem;
    padding: 0.15rem 0.3rem;
    border: 1px solid var(--_stagekit-border);
    border-radius: 2px;
    color: var(--_stagekit-text);
    font-size: 0.75rem;
    line-height: 1.2;
    text-align: start;
  }
  .grid button[aria-pressed='true'] {
    outline: 3px solid var(--_stagekit-primary);
    outline-offset: -3px;
  }
  .grid button:focus-visible {
    outline: 3px solid var(--_stagekit-focus);
    outline-offset: 1px;
  }
  .grid .type {
    display: block;
    font-weight: 400;
  }
  .grid .marks {
    font-style: normal;
  }
  .grid .label {
    display: block;
    font-weight: 400;
    font-size: 0.7rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .day-company {
    background: var(--_stagekit-company);
  }
  .day-remote {
    background: repeating-linear-gradient(135deg, var(--_stagekit-remote) 0 6px, var(--_stagekit-background) 6px 9px);
  }
  .day-school {
    background: radial-gradient(circle, #b9a3d6 1.2px, transparent 1.6px) 0 0 / 7px 7px, var(--_stagekit-school);
  }
  .day-off {
    background: var(--_stagekit-background);
    border-style: dashed !important;
  }
  .day-sick {
    background: repeating-linear-gradient(45deg, #f2f2f2 0 4px, var(--_stagekit-background) 4px 6px), var(--_stagekit-background);
    background-image: repeating-linear-gradient(45deg, #d9d9d9 0 1px, transparent 1px 6px), repeating-linear-gradient(-45deg, #d9d9d9 0 1px, transparent 1px 6px);
  }
  .list {
    padding-inline-start: 0;
    list-style: none;
  }
  .list ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .list h4 {
    margin: 0.25rem 0;
  }
  .week-toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_stagekit-border);
    background: var(--_stagekit-background);
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  .week-toggle::before {
    content: '▸';
    flex: none;
  }
  .week-toggle[aria-expanded='true']::before {
    content: '▾';
  }
  .list-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
  }
  .list li.day {
    padding: 0.25rem 0.5rem;
    margin-block-end: 2px;
    border: 1px solid var(--_stagekit-border);
    border-radius: 2px;
  }
  @media print {
    .settings,
    .export,
    .saved,
    .view-switch,
    .alert,
    .intro,
    .notice {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .layout {
      display: block;
    }
    .grid,
    .grid button {
      font-size: 6.5pt;
    }
    .grid button {
      min-block-size: 0;
      padding: 0 0.15rem;
    }
    .week-hours {
      display: inline;
      margin-inline-start: 0.25rem;
    }
    .caption {
      display: none;
    }
    .row {
      content-visibility: visible;
    }
    h3 {
      margin: 0.25rem 0;
    }
    dl div {
      padding: 0.15rem;
    }
  }
`;
