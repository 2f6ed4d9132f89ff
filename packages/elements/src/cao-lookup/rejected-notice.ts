import { html, nothing, type TemplateResult } from 'lit';
import type { $ZodIssue } from 'zod/v4/core';
import type { CaoDataset, CaoProblemMessageKey, Translator } from '@stagekit/core';

/** Rejected records listed by name in the notice; the rest are counted. */
const MAX_REJECTED_LISTED = 10;

/**
 * The notice about a dataset's broken records. Loaded only when a dataset has them (with the
 * validation wording), so a page with a sound dataset never downloads it.
 */
export function renderRejectedNotice(t: Translator<CaoProblemMessageKey>, rejected: CaoDataset['rejected'], issueText: (issue: $ZodIssue) => string): TemplateResult {
  const listed = rejected.slice(0, MAX_REJECTED_LISTED);
  return html`
    <div class="notice" part="notice" role="status">
      <p>${t('rejectedNotice', { count: rejected.length })}</p>
      <ul>
        ${listed.map((record) => {
          const problems = record.issues.slice(0, 3).map(issueText).join('; ');
          const number = record.index + 1;
          return html`<li>${record.id ? t('rejectedItem', { number, id: record.id, problems }) : t('rejectedItemNoId', { number, problems })}</li>`;
        })}
        ${rejected.length > listed.length ? html`<li>${t('rejectedMore', { count: rejected.length - listed.length })}</li>` : nothing}
      </ul>
    </div>
  `;
}
