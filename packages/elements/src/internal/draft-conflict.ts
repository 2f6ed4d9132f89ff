import { html, type TemplateResult } from 'lit';

export interface DraftConflictTexts {
  question: string;
  theirs: string;
  mine: string;
}

/**
 * The choice after another tab saved the draft on screen. Rendered inside the widget's alert region,
 * which is on the page from the start, so screen readers announce the question when it appears.
 */
export function renderDraftConflict(texts: DraftConflictTexts, choose: (version: 'theirs' | 'mine') => void): TemplateResult {
  return html`<div class="conflict" part="conflict">
    <p>${texts.question}</p>
    <div class="conflict-actions">
      <button type="button" class="secondary" @click=${() => choose('theirs')}>${texts.theirs}</button>
      <button type="button" class="secondary" @click=${() => choose('mine')}>${texts.mine}</button>
    </div>
  </div>`;
}
