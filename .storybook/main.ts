import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/**
 * Storybook for the Stagekit elements. Stories run from the TypeScript sources (the
 * `stagekit-source` export condition), so no package build is needed to see a change.
 * The elements use no decorators (Lit `static properties` + `declare`), so Vite needs no plugin.
 *
 * The Docs pages (autodocs, `tags: ['autodocs']` in preview.ts) take attributes, properties, events,
 * CSS parts and custom properties from `packages/elements/custom-elements.json` (`npm run build -w
 * stagekit` writes it). The build is published with the portal under `/storybook/`: every URL in it
 * is relative (Vite `base: './'`, set by Storybook), so it works from any sub-path.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the project's vite.config.ts (the portal build, with its service worker): our own, tiny one.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  core: { disableTelemetry: true },
  // Story-only datasets (a partly broken one, one that is not JSON), served at /fixtures/….
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  async viteFinal(viteConfig) {
    // `resolve.conditions` replaces Vite's defaults, so keep them after our own condition.
    const existing = viteConfig.resolve?.conditions ?? [...defaultClientConditions];
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['stagekit-source', ...existing.filter((condition) => condition !== 'stagekit-source')],
    };
    return viteConfig;
  },
};

export default config;
