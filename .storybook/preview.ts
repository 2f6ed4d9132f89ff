import { setCustomElementsManifest, type ArgTypesEnhancer, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from 'stagekit/custom-elements.json';
import { publicApi } from './manifest.ts';

// The Docs pages' tables (attributes, properties, events, CSS parts, CSS custom properties) come from
// the package's Custom Elements Manifest; `npm run build -w stagekit` writes it.
setCustomElementsManifest(publicApi(manifest));

/** Manifest rows that are documentation, not inputs: events, CSS, read-only properties. */
const DOCUMENTATION_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots', 'properties']);

/**
 * Storybook would offer a "Set object" control on every manifest row. A row gets a control only when
 * the story file gives it one (attributes, and properties such as `plan` that a story sets).
 */
const controlsOnlyForInputs: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const documentationOnly = category !== undefined && DOCUMENTATION_ONLY.has(category) && argType.control === undefined;
      return [name, documentationOnly ? { ...argType, control: false as const } : argType];
    }),
  );

/**
 * - `autodocs`: every element gets a Docs page (its description, the manifest tables, every story).
 * - `a11y`: axe runs on every story with the WCAG 2.0–2.2 A/AA rules plus best practices, and a
 *   violation counts as an error (red in the Accessibility panel, a failure in test runs).
 * - `lang` toolbar: the language of the page around the element. Elements without their own `lang`
 *   follow it, as they follow `<html lang>` on a real page.
 */
const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsOnlyForInputs],
  parameters: {
    options: { storySort: { order: ['Elements', 'Design tokens'] } },
    a11y: {
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the element',
      toolbar: {
        title: 'Taal / Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl' },
  decorators: [
    (story, context) => {
      const lang = context.globals['lang'] === 'en' ? 'en' : 'nl';
      // The page language: set on <html> too, so the axe "html-has-lang"/"valid-lang" checks see it.
      document.documentElement.lang = lang;
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
};

export default preview;
