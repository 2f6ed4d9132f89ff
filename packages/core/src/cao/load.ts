import { bundledCaoDatasetUrl, bundledCaoRecordUrl } from '../data-urls.js';
import { DatasetError, parseCaoDataset, type CaoDataset } from './dataset.js';
import type { CaoRecord } from './schema.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Replaceable for tests and for servers without a global fetch. */
  fetch?: typeof globalThis.fetch;
}

const cache = new Map<string, Promise<CaoDataset>>();

/**
 * Fetches and validates a dataset once per URL; every element on the page shares the result.
 * Failed loads are not cached, so that "try again" really tries again.
 */
export function loadCaoDataset(url: string, options: LoadOptions = {}): Promise<CaoDataset> {
  const cached = cache.get(url);
  if (cached) return cached;
  const loading = fetchDataset(url, options);
  cache.set(url, loading);
  loading.catch(() => cache.delete(url));
  return loading;
}

/** Forgets cached datasets (for tests, or after a dataset was updated on the server). */
export function clearCaoDatasetCache(): void {
  cache.clear();
}

async function fetchDataset(url: string, { fetch = globalThis.fetch }: LoadOptions): Promise<CaoDataset> {
  let response: Response;
  try {
    // The shared cached load must not be aborted by one element going away, so no signal here.
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DatasetError('dataset-unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new DatasetError('dataset-unreachable', `HTTP ${response.status}`);
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DatasetError('dataset-not-json');
  }
  return parseCaoDataset(data);
}

/**
 * One CAO record by id: from `src` when given (a school's own dataset), else from its own small
 * file when the host serves one, else from the whole bundled dataset. Undefined when no dataset has it.
 */
export async function loadCaoRecord(id: string, src?: string, urls = { record: bundledCaoRecordUrl, dataset: bundledCaoDatasetUrl }): Promise<CaoRecord | undefined> {
  if (src) return (await loadCaoDataset(src)).records.find((record) => record.id === id);
  try {
    const [record] = (await loadCaoDataset(urls.record(id))).records;
    if (record?.id === id) return record;
  } catch (error) {
    // Not served here (404, or an HTML fallback page): use the whole dataset instead.
    if (!(error instanceof DatasetError)) throw error;
  }
  return (await loadCaoDataset(urls.dataset())).records.find((record) => record.id === id);
}
