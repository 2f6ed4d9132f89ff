import { DatasetError } from '../loading/errors.js';

/** Fetches a JSON file; a network fault, an HTTP error and a body that is not JSON each get their own code. */
export async function fetchJson(url: string, fetcher: typeof fetch = globalThis.fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DatasetError('dataset-unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new DatasetError('dataset-unreachable', `HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError('dataset-not-json');
  }
}

/**
 * One load per key, shared by every caller; a failed load is forgotten, so that "try again"
 * really tries again.
 */
export function loadOnce<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  return loading;
}
