import { DatasetError } from '../cao/dataset.js';
import { bundledCompensationRulesUrl } from '../data-urls.js';
import { compensationRulesSchema, type CompensationRules } from './rules.js';

const cache = new Map<string, Promise<CompensationRules>>();

/** Fetches and validates the rules (minimum wage, legal right, averages) once per URL. */
export function loadCompensationRules(rulesUrl = bundledCompensationRulesUrl(), fetcher: typeof fetch = globalThis.fetch): Promise<CompensationRules> {
  const cached = cache.get(rulesUrl);
  if (cached) return cached;
  const loading = (async () => {
    let response: Response;
    try {
      response = await fetcher(rulesUrl, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new DatasetError('dataset-unreachable', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new DatasetError('dataset-unreachable', `HTTP ${response.status}`);
    let data: unknown;
    try {
      data = JSON.parse(await response.text());
    } catch {
      throw new DatasetError('dataset-not-json');
    }
    const parsed = compensationRulesSchema.safeParse(data);
    if (!parsed.success) throw new DatasetError('dataset-invalid', undefined, parsed.error.issues);
    return parsed.data;
  })();
  cache.set(rulesUrl, loading);
  loading.catch(() => cache.delete(rulesUrl));
  return loading;
}
