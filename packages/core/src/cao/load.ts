import { bundledCaoDatasetUrl, bundledCaoRecordUrl } from '../data-urls.js';
import { fetchJson, loadOnce } from '../loading/fetch-json.js';
import { DatasetError } from '../loading/errors.js';
import type { CaoDataset } from './dataset.js';
import type { CaoRecord } from './schema.js';

export interface LoadOptions {
  /** Replaceable for tests and for servers without a global fetch. */
  fetch?: typeof globalThis.fetch;
  /**
   * True for the bundled data: shipped with this code and validated when it is built (the tests
   * parse every file), so it is read as it is. Anything else, like a school's own `src`, is
   * validated here, record by record; the validators are loaded only then.
   */
  trusted?: boolean;
}

const cache = new Map<string, Promise<CaoDataset>>();

/** Fetches (and, unless trusted, validates) a dataset once per URL; every element on the page shares it. */
export function loadCaoDataset(url: string, { fetch, trusted = false }: LoadOptions = {}): Promise<CaoDataset> {
  return loadOnce(cache, `${trusted ? 'trusted' : 'checked'}:${url}`, async () => {
    const data = await fetchJson(url, fetch);
    if (trusted) return readTrustedDataset(data);
    const { parseCaoDataset } = await import('./dataset.js');
    return parseCaoDataset(data);
  });
}

/** The bundled dataset as it is; only its shape is checked, so a wrong file still gives a clear error. */
function readTrustedDataset(data: unknown): CaoDataset {
  const file = data as Partial<CaoDataset> & { $schema?: unknown };
  if (file?.$schema !== 'stagekit-cao-dataset/1' || !Array.isArray(file.records)) throw new DatasetError('dataset-invalid');
  return { version: String(file.version), date: String(file.date), ...(file.title ? { title: file.title } : {}), records: file.records, rejected: [] };
}

/** Forgets cached datasets (for tests, or after a dataset was updated on the server). */
export function clearCaoDatasetCache(): void {
  cache.clear();
}

/**
 * One CAO record by id: from `src` when given (a school's own dataset), else from its own small
 * file when the host serves one, else from the whole bundled dataset. Undefined when no dataset has it.
 */
export async function loadCaoRecord(id: string, src?: string, urls = { record: bundledCaoRecordUrl, dataset: bundledCaoDatasetUrl }): Promise<CaoRecord | undefined> {
  if (src) return (await loadCaoDataset(src)).records.find((record) => record.id === id);
  const recordUrl = urls.record(id);
  if (recordUrl) {
    try {
      const [record] = (await loadCaoDataset(recordUrl, { trusted: true })).records;
      if (record?.id === id) return record;
    } catch (error) {
      // Not served here (404, or an HTML fallback page): use the whole dataset instead.
      if (!(error instanceof DatasetError)) throw error;
    }
  }
  return (await loadCaoDataset(urls.dataset(), { trusted: true })).records.find((record) => record.id === id);
}
