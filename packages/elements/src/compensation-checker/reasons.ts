import { html, nothing, type TemplateResult } from 'lit';
import { formatEuros, formatPartialDate, type CompensationMessageKey, type Locale, type Reason, type Translator } from '@stagekit/core';

const DATE_PARAMS = new Set(['checked', 'date']);

/** A reason's values in the reader's language: dates as dates, per-day amounts as money. */
function localized(reason: Reason, locale: Locale): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    if (DATE_PARAMS.has(name) && typeof value === 'string' && value) params[name] = formatPartialDate(value, locale);
    else if (name === 'perDay' && typeof value === 'number') params[name] = formatEuros(Math.round(value * 100), locale);
    else params[name] = value;
  }
  return params;
}

export function renderReasons(reasons: readonly Reason[], t: Translator<CompensationMessageKey>, locale: Locale): TemplateResult | typeof nothing {
  if (!reasons.length) return nothing;
  return html`<ul class="reasons">
    ${reasons.map((reason) => html`<li>${t(`reason.${reason.code}` as CompensationMessageKey, localized(reason, locale))}</li>`)}
  </ul>`;
}
