import { DatasetError, parseCaoDataset, type CaoDataset } from './dataset.js';

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
