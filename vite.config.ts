import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const portal = resolve(import.meta.dirname, 'portal');

/** The public portal: static pages built from portal/ into dist/portal, served by `npm start`. */
export default defineConfig({
  root: portal,
  base: './',
  // Stagekit's packages load their dataset with `new URL(..., import.meta.url)`; pre-bundling would move them.
  optimizeDeps: { exclude: ['stagekit', '@stagekit/core'] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/portal'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        main: resolve(portal, 'index.html'),
        en: resolve(portal, 'en/index.html'),
        vergoeding: resolve(portal, 'vergoeding/index.html'),
        compensation: resolve(portal, 'en/compensation/index.html'),
        planning: resolve(portal, 'planning/index.html'),
        schedule: resolve(portal, 'en/schedule/index.html'),
        overeenkomst: resolve(portal, 'overeenkomst/index.html'),
        agreement: resolve(portal, 'en/agreement/index.html'),
        melden: resolve(portal, 'melden/index.html'),
        report: resolve(portal, 'en/report/index.html'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
