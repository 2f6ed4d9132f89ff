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

/**
 * One CAO record as a dataset of one (a few KB), next to the whole dataset: `cao/<id>.json`.
 * Derived at run time on purpose: a bundler that saw a `new URL(`…${id}…`, import.meta.url)` would
 * copy (or inline, when small) every record into the application. Hosts that serve the files (the
 * CDN build does) save the download of the whole dataset; elsewhere, see loadCaoRecord.
 * Undefined when an application's bundler renamed the dataset (`assets/cao-dataset-<hash>.json`):
 * the records were not copied next to it, and asking would only log a 404 in the console.
 */
export function bundledCaoRecordUrl(id: string): string | undefined {
  const dataset = bundledCaoDatasetUrl();
  if (!new URL(dataset).pathname.endsWith('/cao-dataset.json')) return undefined;
  return new URL(`cao/${encodeURIComponent(id)}.json`, dataset).href;
}

/** Minimum wage, the planned legal right and national averages. */
export function bundledCompensationRulesUrl(): string {
  return (rulesUrl ??= new URL('../data/compensation-rules.json', import.meta.url).href);
}
