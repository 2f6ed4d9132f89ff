/**
 * Where the bundled data lives. Data is fetched when needed rather than inlined into the
 * JavaScript, so pages pay only for what they show. The paths are the same from `src/` and
 * `dist/`; the CDN build replaces this module (tools/cdn-dataset-plugin.ts).
 */
let datasetUrl: string | undefined;
let rulesUrl: string | undefined;

/** The whole CAO dataset (for the lookup). */
export function bundledCaoDatasetUrl(): string {
  return (datasetUrl ??= new URL('../data/cao-dataset.json', import.meta.url).href);
}

/** One CAO record as a dataset of one (a few KB), for widgets that need a single CAO. */
export function bundledCaoRecordUrl(id: string): string {
  return new URL(`../data/cao/${id}.json`, import.meta.url).href;
}

/** Minimum wage, the planned legal right and national averages. */
export function bundledCompensationRulesUrl(): string {
  return (rulesUrl ??= new URL('../data/compensation-rules.json', import.meta.url).href);
}
