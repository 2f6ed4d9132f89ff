import { DatasetError } from '../loading/errors.js';

/**
 * How long a dataset may take before the user is told (and offered "try again"). An object, not a
 * constant, so a page or a test can change it; 20 s is long enough for a slow phone connection.
 */
export const DATASET_TIMING = { timeoutMs: 20_000 };

/**
 * Fetches a JSON file; a network fault, an HTTP error, no answer within `DATASET_TIMING.timeoutMs`
 * and a body that is not JSON each get their own code. The content type is not trusted either way:
 * hosts serve JSON as text/plain, so any body that parses is used, and a web page (a host's "not
 * found" page served with 200, for instance) is named as such. Redirects are followed.
 */
export async function fetchJson(url: string, fetcher: typeof fetch = globalThis.fetch): Promise<unknown> {
  const timeoutMs = DATASET_TIMING.timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetcher(url, { headers: { accept: 'application/json' }, signal: controller.signal });
      if (!response.ok) throw new DatasetError('dataset-unreachable', `HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new DatasetError('dataset-timeout', `no answer within ${timeoutMs} ms`);
      if (error instanceof DatasetError) throw error;
      throw new DatasetError('dataset-unreachable', error instanceof Error ? error.message : String(error));
    }
    try {
      return JSON.parse(text);
    } catch {
      const webPage = /html/i.test(response.headers.get('content-type') ?? '') || /^\s*<(!doctype|html)/i.test(text);
      throw new DatasetError('dataset-not-json', webPage ? 'web page' : undefined);
    }
  } finally {
    clearTimeout(timer);
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
