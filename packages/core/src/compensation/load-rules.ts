import { bundledCompensationRulesUrl } from '../data-urls.js';
import { DatasetError } from '../loading/errors.js';
import { fetchJson, loadOnce } from '../loading/fetch-json.js';
import type { CompensationRules } from './rules.js';

const cache = new Map<string, Promise<CompensationRules>>();

/**
 * Fetches the rules (minimum wage, legal right, averages) once per URL. The bundled file is read as
 * it is (validated when built); rules from anywhere else are validated, with validators loaded then.
 */
export function loadCompensationRules(rulesUrl = bundledCompensationRulesUrl(), fetcher?: typeof fetch): Promise<CompensationRules> {
  const trusted = rulesUrl === bundledCompensationRulesUrl();
  return loadOnce(cache, rulesUrl, async () => {
    const data = await fetchJson(rulesUrl, fetcher);
    if (trusted) {
      const rules = data as CompensationRules;
      if (rules?.$schema !== 'stagekit-compensation-rules/1' || !rules.minimumWage || !rules.legalRight) throw new DatasetError('dataset-invalid');
      return rules;
    }
    const { compensationRulesSchema } = await import('./rules.js');
    const parsed = compensationRulesSchema.safeParse(data);
    if (!parsed.success) throw new DatasetError('dataset-invalid', undefined, parsed.error.issues);
    return parsed.data;
  });
}
