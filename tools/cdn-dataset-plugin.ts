import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATA = fileURLToPath(new URL('../packages/core/data/', import.meta.url));

/**
 * In the CDN build the bundled data sits next to the scripts (`data/…`) and is fetched when a widget
 * needs it; it is never inlined into the JavaScript. This replaces core's `data-urls` module with one
 * that points there, and copies the files (run `scripts/split-cao-dataset.mjs` first).
 */
export function cdnDataset(): Plugin {
  return {
    name: 'stagekit-cdn-dataset',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]core[\\/](src|dist)[\\/]data-urls\.[jt]s$/.test(id)) return null;
      // Built from parts so that Vite does not treat them as asset imports and inline them.
      const at = (path: string) => `new URL('./data/' + ${path}, import.meta.url).href`;
      return [
        `let dataset, rules;`,
        `export function bundledCaoDatasetUrl() { return (dataset ??= ${at("'cao-dataset.json'")}); }`,
        `export function bundledCaoRecordUrl(id) { return ${at("'cao/' + encodeURIComponent(id) + '.json'")}; }`,
        `export function bundledCompensationRulesUrl() { return (rules ??= ${at("'compensation-rules.json'")}); }`,
      ].join('\n');
    },
    generateBundle() {
      for (const file of ['cao-dataset.json', 'compensation-rules.json']) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`${DATA}${file}`) });
      }
      for (const file of readdirSync(`${DATA}cao`)) {
        this.emitFile({ type: 'asset', fileName: `data/cao/${file}`, source: readFileSync(`${DATA}cao/${file}`) });
      }
    },
  };
}
