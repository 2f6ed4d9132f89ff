import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * - `a11y`: axe runs on every story with the WCAG 2.0–2.2 A/AA rules plus best practices, and a
 *   violation counts as an error (red in the Accessibility panel, a failure in test runs).
 * - `lang` toolbar: the language of the page around the element. Elements without their own `lang`
 *   follow it, as they follow `<html lang>` on a real page.
 */
const preview: Preview = {
  parameters: {
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
