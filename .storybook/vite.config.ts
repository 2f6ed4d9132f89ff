import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config (see `viteConfigPath` in main.ts). Without it, Storybook would load the
 * project's vite.config.ts, which is the portal build: its root (portal/), its layout plugin and its
 * service worker (vite-plugin-pwa) would then be applied to the Storybook build and break it.
 * Stories need nothing from that config: the `stagekit-source` condition is added in `viteFinal`.
 */
export default defineConfig({
  build: { target: 'es2022' },
});
