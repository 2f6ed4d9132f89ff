import { html, nothing, type TemplateResult } from 'lit';
import { DOCUMENT_LANGUAGES, REGIMES, displayValue, fieldDefinition, versionChanges, type AgreementDocument, type AgreementMessageKey, type FieldChange } from '@stagekit/core';
import { renderDocument } from './builder-document.js';
import { chosenFile } from '../internal/files.js';
import type { BuilderView } from './builder-view.js';

const key = (text: string) => text as AgreementMessageKey;


function changeText(v: BuilderView, change: FieldChange): string {
  const definition = fieldDefinition(change.field);
  // Values as the document shows them ("1 februari 2027", "maandag en dinsdag"), not as stored.
  const shown = (value: string | undefined) => (value === undefined ? '' : displayValue(definition, value, v.t, v.locale));
  return v.t(key(`change.${change.kind}`), { field: v.t(key(`field.${change.field}`)), before: shown(change.before), after: shown(change.after) });
}

/** The versions: the current one, "make an amendment", and per later version what changed. */
function renderVersions(v: BuilderView): TemplateResult {
  const { agreement } = v;
  return html`<section class="versions" aria-labelledby="versions-title" part="versions">
    <h3 id="versions-title">${v.t('versions.title')}</h3>
    <p>${v.t('versions.current', { version: agreement.version })}</p>
    <p class="hint" id="amend-hint">${v.t('versions.amendHint')}</p>
    <button type="button" class="secondary" aria-describedby="amend-hint" @click=${() => v.amend()}>${v.t('versions.amend')}</button>
    ${versionChanges(agreement).map(
      (entry) => html`<h4>${v.t('versions.changes', { version: entry.version, previous: entry.version - 1 })}</h4>
        ${entry.changes.length ? html`<ul class="changes">${entry.changes.map((change) => html`<li>${changeText(v, change)}</li>`)}</ul>` : html`<p>${v.t('versions.noChanges')}</p>`}`,
    )}
    ${agreement.history.length
      ? html`<ul class="fingerprints">
          ${agreement.history.map((entry) => html`<li>${v.t('versions.fingerprint', { version: entry.version, fingerprint: entry.fingerprint })}</li>`)}
        </ul>`
      : nothing}
  </section>`;
}

function renderShare(v: BuilderView): TemplateResult {
  return html`<section class="share" aria-labelledby="share-title" part="share">
    <h3 id="share-title">${v.t('share.title')}</h3>
    <p>${v.t('share.intro')}</p>
    <div class="actions">
      <button type="button" @click=${() => v.exportJson()}>${v.t('export.json')}</button>
      <button type="button" class="secondary" @click=${() => v.makeLink()}>${v.t('share.link')}</button>
    </div>
    ${v.shareLink
      ? html`<div class="field">
          <label for="share-link">${v.t('share.linkLabel')}</label>
          <p class="hint" id="share-link-hint">${v.t('share.linkReady')}</p>
          <input id="share-link" type="text" readonly .value=${v.shareLink} aria-describedby="share-link-hint" @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
          <button type="button" class="secondary" @click=${() => v.copyLink()}>${v.t('share.copy')}</button>
        </div>`
      : nothing}
  </section>`;
}

/** The last step: document language, preview, print and PDF, versions, sharing. */
export function renderReview(v: BuilderView, document: AgreementDocument | undefined): TemplateResult {
  return html`<section class="output" aria-labelledby="document-title">
      <h3 id="document-title">${v.t('document.title')}</h3>
      <div class="field">
        <label for="document-language">${v.t('document.language')}</label>
        <select id="document-language" @change=${(event: Event) => v.setDocumentLanguage((event.target as HTMLSelectElement).value as 'nl' | 'en')}>
          ${DOCUMENT_LANGUAGES.map((language) => html`<option value=${language} ?selected=${v.agreement.documentLanguage === language}>${v.t(key(`document.language.${language}`))}</option>`)}
        </select>
      </div>
      <p class="hint">${v.t('document.fingerprintHint')}</p>
      <div class="actions">
        <button type="button" @click=${() => v.print()}>${v.t('document.print')}</button>
        <button type="button" class="secondary" aria-disabled=${v.pdfBusy ? 'true' : 'false'} @click=${() => v.pdf()}>
          ${v.pdfBusy ? v.t('document.pdfBusy') : v.t('document.pdf')}
        </button>
      </div>
      ${document ? renderDocument(document, v.t('document.preview')) : nothing}
    </section>
    ${renderVersions(v)} ${renderShare(v)}`;
}

/** Saved agreements, a new one, opening a file: kept in a disclosure above the steps. */
export function renderSaved(v: BuilderView): TemplateResult {
  return html`<details class="saved" part="saved">
    <summary>${v.t('saved.title')} (${v.saved.length})</summary>
    <p class="hint">${v.t(v.memoryOnly ? 'status.memory' : 'status.saved')}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${() => v.newAgreement()}>${v.t('new')}</button>
      <span class="file-button">
        <input type="file" id="import-file" accept="application/json,.json" @change=${chosenFile((file) => v.importFile(file))} />
        <label for="import-file">${v.t('import.json')}</label>
      </span>
    </div>
    ${v.saved.length === 0
      ? html`<p>${v.t('saved.none')}</p>`
      : html`<ul class="saved-list">
          ${v.saved.map((saved) => {
            const title = saved.row.title || v.t('saved.untitled');
            const current = saved.row.id === v.agreement.id;
            const text = v.t('saved.item', { title, regime: v.t(key(`regime.${saved.regime}`)), version: saved.version, updated: v.formatDate(saved.row.updated.slice(0, 10)) });
            return html`<li>
              <p>${text} ${current ? html`<strong>${v.t('saved.current')}</strong>` : nothing}</p>
              ${v.confirmDelete === saved.row.id
                ? html`<p role="alert">${v.t('saved.confirmDelete', { title })}</p>
                    <div class="actions">
                      <button type="button" @click=${() => v.remove(saved.row.id)}>${v.t('saved.confirm')}</button>
                      <button type="button" class="secondary" @click=${() => v.askDelete(undefined)}>${v.t('saved.cancel')}</button>
                    </div>`
                : html`<div class="actions">
                    ${current ? nothing : html`<button type="button" class="secondary" aria-label=${v.t('saved.openLabel', { title })} @click=${() => v.open(saved.row.id)}>${v.t('saved.open')}</button>`}
                    <button type="button" class="secondary" aria-label=${v.t('saved.duplicateLabel', { title })} @click=${() => v.duplicate(saved.row.id)}>${v.t('saved.duplicate')}</button>
                    <button type="button" class="secondary" aria-label=${v.t('saved.deleteLabel', { title })} @click=${() => v.askDelete(saved.row.id)}>${v.t('saved.delete')}</button>
                  </div>`}
            </li>`;
          })}
        </ul>`}
  </details>`;
}

/** The regime choice (mbo POK or hbo/wo stageovereenkomst). */
export function renderRegime(v: BuilderView): TemplateResult {
  return html`<div class="field regime">
    <label for="regime">${v.t('regime.label')}</label>
    <select id="regime" @change=${(event: Event) => v.setRegime((event.target as HTMLSelectElement).value as (typeof REGIMES)[number])}>
      ${REGIMES.map((regime) => html`<option value=${regime} ?selected=${v.agreement.regime === regime}>${v.t(key(`regime.${regime}`))}</option>`)}
    </select>
  </div>`;
}
