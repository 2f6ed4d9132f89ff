import { html, nothing, type TemplateResult } from 'lit';
import { formatEuros, formatPartialDate, type CompensationFullMessageKey, type CompensationMessageKey, type Locale, type Reason, type Translator } from '@stagekit/core';

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

/** Reason texts come from the badge's catalogue or, in full mode, also from the full one. */
export type ReasonTranslator = Translator<CompensationMessageKey> | Translator<CompensationFullMessageKey>;

export function renderReasons(reasons: readonly Reason[], t: ReasonTranslator, locale: Locale): TemplateResult | typeof nothing {
  if (!reasons.length) return nothing;
  const say = t as (key: string, params?: Record<string, string | number>) => string;
  return html`<ul class="reasons">
    ${reasons.map((reason) => html`<li>${say(`reason.${reason.code}`, localized(reason, locale))}</li>`)}
  </ul>`;
}
