import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PORTAL_PAGES } from './portal/site/pages.ts';
import { portalLayout, portalWidgetLoader } from './tools/portal/layout-plugin.ts';
import { renderSources } from './tools/portal/sources-html.ts';

const here = import.meta.dirname;
const portal = resolve(here, 'portal');

/** One HTML entry per page and language, from portal/site/pages.ts. */
const input = Object.fromEntries(
  PORTAL_PAGES.flatMap((page) =>
    (['nl', 'en'] as const).map((lang) => [`${page.id}-${lang}`, resolve(portal, page.path[lang], 'index.html')]),
  ),
);

/**
 * The public portal: static pages built from portal/ into dist/portal, served by `npm start`.
 * Widgets come from the package's CDN folder, copied in unchanged (the embed path integrators use);
 * the built Storybook is published under /storybook/.
 */
export default defineConfig({
  root: portal,
  base: './',
  build: {
    outDir: resolve(here, 'dist/portal'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that runs the widgets supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: { input },
  },
  plugins: [
    portalLayout({
      root: portal,
      copy: [
        { from: resolve(here, 'packages/elements/cdn'), to: 'cdn' },
        { from: resolve(here, 'dist/storybook'), to: 'storybook', optional: true },
      ],
      fragments: { sources: renderSources },
    }),
    portalWidgetLoader({ root: portal }),
    VitePWA({
      // site.ts registers the worker itself; there is no install prompt, so no web app manifest.
      injectRegister: false,
      manifest: false,
      workbox: {
        // Every page, style and widget file (with its data) is kept on the first visit. Source maps, the
        // Storybook and the large, rarely used parts (PDF writer) are cached when first used instead.
        globPatterns: ['**/*.{html,css,js,json,svg}'],
        globIgnores: ['storybook/**', '**/*.map', 'assets/*.json', 'cdn/*.{pdf,html2canvas,purify,index.es}-*.js'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Pages are static: `?prefill-type=…` and the like must not miss the cached page.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/cdn/'),
            handler: 'CacheFirst',
            options: { cacheName: 'stagekit-on-first-use' },
          },
        ],
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
