import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATASET = fileURLToPath(new URL('../packages/core/data/cao-dataset.json', import.meta.url));

/**
 * In the CDN build the bundled dataset sits next to the scripts (`data/cao-dataset.json`) and is
 * fetched when a lookup needs it; it is never inlined into the JavaScript. This replaces core's
 * `dataset-url` module with one that points there, and copies the file.
 */
export function cdnDataset(): Plugin {
  return {
    name: 'stagekit-cdn-dataset',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]core[\\/](src|dist)[\\/]cao[\\/]dataset-url\.[jt]s$/.test(id)) return null;
      // Built from parts so that Vite does not treat it as an asset import and inline it.
      return "let url; export function bundledCaoDatasetUrl() { return (url ??= new URL('./data/' + 'cao-dataset.json', import.meta.url).href); }";
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/cao-dataset.json', source: readFileSync(DATASET) });
    },
  };
}
