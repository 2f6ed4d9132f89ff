import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementDocument } from '@stagekit/core';

/**
 * The document as HTML: the preview on screen and what the printer gets. It is built from the same
 * document model as the PDF. `lang` is the document's language, which may differ from the form's.
 */
export function renderDocument(document: AgreementDocument, label: string): TemplateResult {
  return html`<article class="document" lang=${document.language} aria-label=${label} part="document">
    <header>
      <h3 class="doc-title">${document.title}</h3>
      <p class="doc-subtitle">${document.subtitle} · ${document.versionLine}</p>
      <p class="fingerprint">${document.fingerprintLine}</p>
      ${document.draftNotice ? html`<p class="draft">${document.draftNotice}</p>` : nothing}
      <p>${document.intro}</p>
    </header>
    ${document.sections.map(
      (section) => html`<section class="doc-section">
        <h4>${section.title}</h4>
        ${section.clauses.map(
          (clause) => html`<div class="doc-clause">
            <h5>${clause.number}. ${clause.title}</h5>
            <p class="doc-status">${clause.statusLabel}</p>
            ${clause.empty ? html`<p class="doc-empty">${document.emptyClause}</p>` : nothing}
            ${clause.lines.length
              ? html`<dl>
                  ${clause.lines.map((line) => html`<div><dt>${line.label}</dt><dd>${line.value}</dd></div>`)}
                </dl>`
              : nothing}
            ${clause.notes.map((note) => html`<p class="doc-note">${note}</p>`)}
          </div>`,
        )}
      </section>`,
    )}
    <section class="doc-section doc-signatures">
      <h4>${document.signatureTitle}</h4>
      <p>${document.signingLine}</p>
      <div class="signature-grid">
        ${document.signatures.map(
          (signature) => html`<div class="signature">
            <p class="role">${signature.role}</p>
            <p>${document.signatureLabels.name}: ${signature.name}</p>
            <p>${document.signatureLabels.date}:</p>
            <p>${document.signatureLabels.signature}:</p>
            <div class="signature-box" aria-hidden="true"></div>
          </div>`,
        )}
      </div>
    </section>
    <section class="doc-section doc-sources">
      <h4>${document.sourcesTitle}</h4>
      <ol>
        ${document.sources.map((source) => html`<li value=${source.number}>${source.text}${source.url ? html` <span class="url">${source.url}</span>` : nothing}</li>`)}
      </ol>
    </section>
    <p class="print-footer" aria-hidden="true">${document.fingerprintLine}</p>
  </article>`;
}
