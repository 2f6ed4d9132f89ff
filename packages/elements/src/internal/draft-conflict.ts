import { html, type TemplateResult } from 'lit';
import type { DraftConflictMessageKey, DraftKind, Translator } from '@stagekit/core';

/**
 * The choice after another tab saved the draft on screen. Rendered inside the widget's alert region,
 * which is on the page from the start, so screen readers announce the question when it appears.
 */
export function renderDraftConflict(t: Translator<DraftConflictMessageKey>, kind: DraftKind, choose: (version: 'theirs' | 'mine') => void): TemplateResult {
  return html`<div class="notice conflict" part="conflict">
    <p>${t(`question.${kind}`)}</p>
    <div class="conflict-actions">
      <button type="button" class="secondary" @click=${() => choose('theirs')}>${t('theirs')}</button>
      <button type="button" class="secondary" @click=${() => choose('mine')}>${t('mine')}</button>
    </div>
  </div>`;
}
