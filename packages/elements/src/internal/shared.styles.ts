import { css } from 'lit';

/**
 * Design tokens every widget reads. Public tokens (`--stagekit-…`) are the theming API; private
 * ones (`--_stagekit-…`) resolve them with defaults and are not an API. Default colours meet
 * WCAG 2.2 AA contrast on white.
 */
export const sharedStyles = css`
  :host {
    --_stagekit-font: var(--stagekit-font-family, inherit);
    --_stagekit-text: var(--stagekit-color-text, #1a1a1a);
    --_stagekit-muted: var(--stagekit-color-text-muted, #4d4d4d);
    --_stagekit-background: var(--stagekit-color-background, #ffffff);
    --_stagekit-surface: var(--stagekit-color-surface, #f3f4f6);
    --_stagekit-primary: var(--stagekit-color-primary, #154273);
    --_stagekit-on-primary: var(--stagekit-color-on-primary, #ffffff);
    --_stagekit-border: var(--stagekit-color-border, #6e6e6e);
    --_stagekit-focus: var(--stagekit-color-focus, #b34700);
    --_stagekit-highlight: var(--stagekit-color-highlight, #e8eef6);
    --_stagekit-warning-bg: var(--stagekit-color-warning-background, #fff4ce);
    --_stagekit-warning-text: var(--stagekit-color-warning-text, #4d3800);
    --_stagekit-error: var(--stagekit-color-error, #a4262c);
    --_stagekit-radius: var(--stagekit-radius, 4px);
    --_stagekit-space: var(--stagekit-space, 1rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_stagekit-font);
    color: var(--_stagekit-text);
    background: var(--_stagekit-background);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* No universal ::before/::after rule: it would make the engine style two pseudo-elements per node. */
  * {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_stagekit-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_stagekit-primary);
    border-radius: var(--_stagekit-radius);
    background: var(--_stagekit-primary);
    color: var(--_stagekit-on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_stagekit-primary);
  }
  .notice {
    margin: 0 0 var(--_stagekit-space);
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_stagekit-warning-text);
    background: var(--_stagekit-warning-bg);
    color: var(--_stagekit-warning-text);
  }
  .error {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_stagekit-error);
    border-radius: var(--_stagekit-radius);
    color: var(--_stagekit-error);
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--_stagekit-primary);
  }
  /* Visually hidden, still read by screen readers. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
