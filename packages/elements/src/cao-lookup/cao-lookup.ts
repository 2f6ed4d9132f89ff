import { html, nothing, type PropertyValues } from 'lit';
import type { $ZodIssue } from 'zod/v4/core';
import {
  allByName,
  bundledCaoDatasetUrl,
  caoCatalog,
  caoProblemsCatalog,
  caoSearchFor,
  DATASET_TIMING,
  DatasetError,
  describeCao,
  EDUCATION_LEVELS,
  isValidIsoDate,
  loadCaoDataset,
  matchesFilter,
  todayIsoDate,
  type CaoDataset,
  type CaoRecord,
  type EducationLevel,
  type Locale,
  type StorageKind,
  type Translator,
  type CaoMessageKey,
  type CaoProblemMessageKey,
} from '@stagekit/core';
import { StagekitElement } from '../internal/stagekit-element.js';
import { RecentSearchesController } from '../internal/recent-searches-controller.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { formControlStyles } from '../internal/form-controls.styles.js';
import type { StagekitErrorCode } from '../internal/events.js';
import { renderCaoDetails } from './cao-details.js';
import { DatasetLoad } from './dataset-load.js';
import { quotedValue } from '../internal/attribute-notices.js';
import { caoLookupStyles } from './cao-lookup.styles.js';

/** Results rendered at once; the count still tells the full number. */
const MAX_SHOWN = 50;

/**
 * Finds the collective labour agreement (CAO) for a sector, employer type or name, and shows its
 * internship-compensation clause in plain words, with the source of every figure.
 *
 * @summary CAO lookup with the internship-compensation clause and its sources.
 * @tag stagekit-cao-lookup
 *
 * @attr lang - Language of the texts: `nl` or `en`. Without it the element follows the nearest ancestor's `lang` (up to `<html lang>`); anything else means Dutch.
 *
 * @fires stagekit-cao-select - The user chose a CAO. `detail.cao` is the full validated record.
 * @fires stagekit-error - A recoverable problem: `detail.code` (`dataset-unreachable`, `dataset-timeout`, `dataset-not-json`, `dataset-invalid`, `dataset-records-rejected`, `storage-unavailable`, `storage-write-failed`, `invalid-attribute`) and `detail.message` (localized, as shown to the user).
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart input - The search field.
 * @csspart filters - The filter group.
 * @csspart status - The result count (a live region).
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart details - The chosen CAO's clause.
 * @csspart notice - A notice (skipped records, storage).
 * @csspart error - The error message with the retry button.
 * @csspart stale - The "may be outdated" mark.
 * @csspart recent - The recent searches and the button that clears them.
 * @csspart retry-button - The "try again" button in the error message.
 *
 * @cssprop --stagekit-color-primary - Accent colour (buttons, frame of the details).
 * @cssprop --stagekit-color-text - Text colour.
 * @cssprop --stagekit-color-focus - Focus ring and active result outline.
 * @cssprop --stagekit-radius - Corner radius.
 * @cssprop --stagekit-lookup-results-height - Fixed height of the results area (no layout shift while typing).
 * @cssprop --stagekit-lookup-max-width - Maximum width of the widget.
 * @cssprop --stagekit-font-family - Font family (default: inherited from the page).
 * @cssprop --stagekit-color-text-muted - Secondary text (hint, result details, count).
 * @cssprop --stagekit-color-background - Background of the widget and its fields.
 * @cssprop --stagekit-color-surface - Dividers between results.
 * @cssprop --stagekit-color-on-primary - Text on the accent colour (buttons).
 * @cssprop --stagekit-color-border - Borders of fields, filters and the results area.
 * @cssprop --stagekit-color-highlight - Background of the active result.
 * @cssprop --stagekit-color-warning-background - Background of notices and the "may be outdated" mark.
 * @cssprop --stagekit-color-warning-text - Text of notices and the "may be outdated" mark.
 * @cssprop --stagekit-color-error - Error text and frame.
 * @cssprop --stagekit-space - Base spacing.
 */
export class StagekitCaoLookup extends StagekitElement {
  static override styles = [sharedStyles, formControlStyles, caoLookupStyles];

  static override properties = {
    src: { type: String },
    level: { type: String },
    query: { type: String },
    onlyWithClause: { type: Boolean, attribute: 'only-with-clause' },
    storage: { type: String },
    date: { type: String },
    value: { type: String },
    expanded: { state: true },
    filtersOpen: { state: true },
    activeIndex: { state: true },
  };

  /** URL of a dataset that replaces the bundled one. */
  declare src: string | undefined;
  /** Only show amounts for this education level: `mbo`, `hbo` or `wo`. */
  declare level: string | undefined;
  /** The search text. Typing changes it; it is never written back to the attribute. */
  declare query: string;
  /** Only show CAOs that have an internship-compensation clause. */
  declare onlyWithClause: boolean;
  /** `local` (default) keeps recent searches in this browser; `memory` writes nothing to the device. */
  declare storage: StorageKind;
  /** Reference date (YYYY-MM-DD) for judging how old figures are; default today. */
  declare date: string | undefined;
  /** The id of the chosen CAO. */
  declare value: string;
  declare private expanded: boolean;
  /**
   * The filter panel is closed until the user opens it, or the page sets a filter. Its controls
   * are only rendered while open: a page can hold many lookups, and native selects are costly.
   */
  declare private filtersOpen: boolean;
  declare private activeIndex: number;

  private readonly recent = new RecentSearchesController(this, (problem) =>
    this.report(problem === 'storageSaveFailed' ? 'storage-write-failed' : 'storage-unavailable', problem),
  );
  private reportedAttributes = new Set<string>();

  private describeIssue?: (issue: $ZodIssue, locale: Locale) => string;
  private rejectedNotice?: typeof import('./rejected-notice.js').renderRejectedNotice;

  private readonly data = new DatasetLoad(this, {
    src: () => this.src,
    load: async (src) => {
      try {
        // The bundled dataset is validated when it is built; a school's own `src` is validated here.
        const dataset = await loadCaoDataset(src || bundledCaoDatasetUrl(), { trusted: !src });
        if (dataset.rejected.length) await this.loadIssueText();
        return dataset;
      } catch (error) {
        if (error instanceof DatasetError && error.issues) await this.loadIssueText();
        else await this.messagesReady(caoProblemsCatalog).catch(() => undefined);
        throw error;
      }
    },
    onComplete: (dataset) => this.onDatasetLoaded(dataset),
    onError: (error) => {
      const code = error instanceof DatasetError ? error.code : 'dataset-unreachable';
      void this.messagesReady(caoProblemsCatalog).then((t) => this.emit('stagekit-error', { code, message: this.errorMessage(error, t) }));
    },
  });

  constructor() {
    super();
    this.query = '';
    this.onlyWithClause = false;
    this.storage = 'local';
    this.value = '';
    // Collapsed until the user turns to the field (WAI-ARIA combobox default); a page with many
    // widgets then renders no result lists it does not need.
    this.expanded = false;
    this.filtersOpen = false;
    this.activeIndex = -1;
  }


  private get validLevel(): EducationLevel | undefined {
    return (EDUCATION_LEVELS as readonly string[]).includes(this.level ?? '') ? (this.level as EducationLevel) : undefined;
  }

  private get referenceDate(): string {
    return this.date && isValidIsoDate(this.date) ? this.date : todayIsoDate();
  }

  /** The chosen record, once the dataset is loaded. */
  get selectedCao(): CaoRecord | undefined {
    return this.data.dataset?.records.find((record) => record.id === this.value);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A removed `query` attribute is null: no search text (it threw on `trim`).
    this.query ??= '';
    // A page that gives a query or its own dataset wants its results shown at once.
    if (!this.hasUpdated && (this.query || this.src)) this.expanded = true;
    // A page that sets a filter shows it, so the user sees why the list is shorter.
    if (!this.hasUpdated && (this.validLevel || this.onlyWithClause)) this.filtersOpen = true;
    if (changed.has('storage')) this.recent.use(this.storage === 'memory' ? 'memory' : 'local');
    if (changed.has('level') && this.level && !this.validLevel) this.reportAttribute('level', this.level);
    if (changed.has('date') && this.date && !isValidIsoDate(this.date)) this.reportAttribute('date', this.date);
    if (changed.has('query') || changed.has('level') || changed.has('onlyWithClause')) this.activeIndex = -1;
  }

  private reportAttribute(name: 'level' | 'date', value: string): void {
    const key = `${name}=${value}`;
    if (this.reportedAttributes.has(key)) return;
    this.reportedAttributes.add(key);
    this.report('invalid-attribute', name === 'level' ? 'invalidLevel' : 'invalidDate', { value: quotedValue(value) });
  }

  /** Tells listeners about a recoverable problem, in the words the user sees. */
  private report(code: StagekitErrorCode, key: CaoProblemMessageKey, params?: Record<string, string | number>): void {
    void this.messagesReady(caoProblemsCatalog).then((t) => this.emit('stagekit-error', { code, message: t(key, params) }));
  }

  private async loadIssueText(): Promise<void> {
    const [issues, notice] = await Promise.all([import('../internal/issue-text.js'), import('./rejected-notice.js'), this.messagesReady(caoProblemsCatalog)]);
    this.describeIssue ??= issues.describeIssue;
    this.rejectedNotice ??= notice.renderRejectedNotice;
  }

  private issueText(issue: $ZodIssue): string {
    return this.describeIssue?.(issue, this.locale) ?? '';
  }

  private onDatasetLoaded(dataset: CaoDataset): void {
    if (!dataset.rejected.length) return;
    const count = dataset.rejected.length;
    void this.messagesReady(caoProblemsCatalog).then((t) => this.emit('stagekit-error', { code: 'dataset-records-rejected', message: t('rejectedNotice', { count }) }));
  }

  /** The error in words; in both languages should even those words fail to load (offline, say). */
  private problemText(error: unknown): string {
    const t = this.messages(caoProblemsCatalog);
    return t ? this.errorMessage(error, t) : 'De lijst met cao\'s kon niet worden geladen. / The list of CAOs could not be loaded.';
  }

  private errorMessage(error: unknown, t: Translator<CaoProblemMessageKey>): string {
    if (!(error instanceof DatasetError)) return t('error.dataset-unreachable');
    if (error.code === 'dataset-timeout') return t('error.dataset-timeout', { seconds: Math.round(DATASET_TIMING.timeoutMs / 1000) });
    if (error.code === 'dataset-not-json' && error.detail === 'web page') return t('error.dataset-webpage');
    if (error.code !== 'dataset-invalid') return t(`error.${error.code}`);
    const first = error.issues?.[0];
    return t('error.dataset-invalid', { problem: first ? this.issueText(first) : '' });
  }

  private results(dataset: CaoDataset): { shown: CaoRecord[]; total: number } {
    const hits = this.query.trim() ? caoSearchFor(dataset.records).search(this.query) : allByName(dataset.records);
    const filter = { level: this.validLevel, onlyWithClause: this.onlyWithClause };
    const matching = hits.map((hit) => hit.doc).filter((record) => matchesFilter(record, filter));
    return { shown: matching.slice(0, MAX_SHOWN), total: matching.length };
  }

  private select(record: CaoRecord): void {
    const typed = this.query;
    this.value = record.id;
    this.query = record.name;
    this.expanded = false;
    void this.recent.add(typed.trim() && typed !== record.name ? typed : record.name);
    this.emit('stagekit-cao-select', { cao: record });
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.expanded = true;
  }

  private onKeyDown(event: KeyboardEvent, shown: readonly CaoRecord[]): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) this.expanded = true;
        else if (shown.length) this.activeIndex = Math.min(this.activeIndex + 1, shown.length - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) this.expanded = true;
        else if (shown.length) this.activeIndex = Math.max(this.activeIndex - 1, 0);
        break;
      case 'Enter': {
        const active = this.expanded ? shown[this.activeIndex] : undefined;
        if (active) {
          event.preventDefault();
          this.select(active);
        }
        break;
      }
      case 'Escape':
        if (this.expanded && this.activeIndex >= 0) {
          event.preventDefault();
          this.activeIndex = -1;
        } else if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
          this.expanded = true;
        }
        break;
    }
  }

  protected override updated(): void {
    this.renderRoot.querySelector('[role="option"].active')?.scrollIntoView({ block: 'nearest' });
  }

  /** The retry button disappears while loading: keep keyboard focus in the widget, on the search field. */
  private async onRetryClick(): Promise<void> {
    const loading = this.retry();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus();
    await loading;
  }

  /** Loads the dataset again, after an error. */
  retry(): Promise<void> {
    return this.data.run();
  }

  override render() {
    const t = this.messages(caoCatalog);
    if (!t) {
      // Without its texts the widget cannot say anything useful; say so in both languages.
      return this.messagesFailed
        ? html`<p class="error" role="alert">Stagekit kon zijn teksten niet laden. / Stagekit could not load its texts.</p>`
        : nothing;
    }
    return html`
      <div part="base" class="base">
        <label for="query">${t('label')}</label>
        <p class="hint" id="hint">${t('hint')}</p>
        ${this.renderNotices()}
        ${this.data.status === 'error'
          ? html`
              ${this.renderSearch(t, undefined, true)}
              <div class="error" part="error" role="alert">
                <p>${this.problemText(this.data.error)}</p>
                <button type="button" part="retry-button" @click=${this.onRetryClick}>${t('retry')}</button>
              </div>
            `
          : this.renderSearch(t, this.data.status === 'complete' ? this.data.dataset : undefined)}
      </div>
    `;
  }

  /** The notice about broken records; its code and texts load with the records' problems. */
  private renderRejected(dataset: CaoDataset | undefined) {
    if (!dataset?.rejected.length || !this.rejectedNotice) return nothing;
    const t = this.messages(caoProblemsCatalog);
    return t ? this.rejectedNotice(t, dataset.rejected, (issue) => this.issueText(issue)) : nothing;
  }

  /** Notices about attributes and storage; their texts load only when there is one to show. */
  private renderNotices() {
    const badLevel = !!this.level && !this.validLevel;
    const badDate = !!this.date && !isValidIsoDate(this.date);
    if (!badLevel && !badDate && !this.recent.problems.size) return nothing;
    const t = this.messages(caoProblemsCatalog);
    if (!t) return nothing;
    const notices = [];
    if (badLevel) notices.push(t('invalidLevel', { value: quotedValue(this.level!) }));
    if (badDate) notices.push(t('invalidDate', { value: quotedValue(this.date!) }));
    for (const problem of this.recent.problems) notices.push(t(problem));
    return notices.map((text) => html`<p class="notice" part="notice">${text}</p>`);
  }

  private renderSearch(t: Translator<CaoMessageKey>, dataset: CaoDataset | undefined, failed = false) {
    const describe = (record: CaoRecord) =>
      describeCao(record, { locale: this.locale, t, referenceDate: this.referenceDate, level: this.validLevel });
    const { shown, total } = dataset ? this.results(dataset) : { shown: [], total: 0 };
    const active = this.expanded ? shown[this.activeIndex] : undefined;
    // The listbox exists whenever the list is open, also while loading (empty), so nothing jumps.
    const open = this.expanded && !failed;
    const selected = dataset?.records.find((record) => record.id === this.value);
    const query = this.query.trim();
    const activeFilters = (this.validLevel ? 1 : 0) + (this.onlyWithClause ? 1 : 0);
    return html`
      <input
        id="query"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${open ? 'true' : 'false'}
        aria-describedby="hint"
        aria-activedescendant=${active ? `option-${active.id}` : nothing}
        .value=${this.query}
        ?disabled=${failed}
        @input=${this.onInput}
        @focus=${() => (this.expanded = true)}
        @keydown=${(event: KeyboardEvent) => this.onKeyDown(event, shown)}
      />
      <div class="filters" part="filters">
        <button
          type="button"
          class="secondary filters-toggle"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls=${this.filtersOpen ? 'filter-controls' : nothing}
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${activeFilters ? t('filtersActive', { count: activeFilters }) : t('filters')}
        </button>
        ${this.filtersOpen
          ? html`<div class="filter-controls" id="filter-controls" role="group" aria-label=${t('filters')}>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.onlyWithClause}
            @change=${(event: Event) => (this.onlyWithClause = (event.target as HTMLInputElement).checked)}
          />
          ${t('onlyWithClause')}
        </label>
        <span class="level">
          <label for="level">${t('level')}</label>
          <select
            id="level"
            @change=${(event: Event) => (this.level = (event.target as HTMLSelectElement).value || undefined)}
          >
            <option value="" ?selected=${!this.validLevel}>${t('levelAll')}</option>
            ${EDUCATION_LEVELS.map((level) => html`<option value=${level} ?selected=${this.validLevel === level}>${level}</option>`)}
          </select>
        </span>
          </div>`
          : nothing}
      </div>
      ${this.renderRecent(t)}
      <p class="status" part="status" role="status" aria-live="polite">
        ${dataset
          ? query
            ? t('resultCountForQuery', { count: total, query })
            : t('resultCount', { count: total })
          : failed
            ? ''
            : t('loading')}
      </p>
      ${this.renderRejected(dataset)}
      ${open
        ? html`<div class="results">
        <ul role="listbox" id="results" part="listbox" tabindex="-1" aria-label=${t('resultsLabel')}>
          ${shown.map(
            (record) => {
              const description = describe(record);
              return html`
                <li
                  role="option"
                  part="option"
                  id=${`option-${record.id}`}
                  class=${record === active ? 'active' : ''}
                  aria-selected=${record.id === this.value ? 'true' : 'false'}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.select(record)}
                >
                  <span class="name">${record.name}</span>
                  <span class="meta">${description.sector} · ${description.kind}</span>
                  <span class="summary">${description.summary.join(' · ')}</span>
                </li>
              `;
            },
          )}
        </ul>
        ${dataset && total === 0 && query ? html`<p class="empty">${t('noResults', { query })}</p>` : nothing}
        ${total > shown.length ? html`<p class="empty">${t('moreResults')}</p>` : nothing}
        </div>`
        : nothing}
      ${selected
        ? html`<section class="details" part="details" aria-labelledby="details-heading">
            ${renderCaoDetails(describe(selected), t, 'details-heading')}
          </section>`
        : nothing}
    `;
  }

  private renderRecent(t: Translator<CaoMessageKey>) {
    if (!this.recent.items.length) return nothing;
    return html`
      <div class="recent" part="recent">
        <span class="label" id="recent-title">${t('recentTitle')}:</span>
        <ul aria-labelledby="recent-title">
          ${this.recent.items.map(
            (query) => html`<li>
              <button
                type="button"
                class="secondary"
                aria-label=${t('recentSearch', { query })}
                @click=${() => {
                  this.query = query;
                  this.expanded = true;
                  this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus();
                }}
              >${query}</button>
            </li>`,
          )}
        </ul>
        <button type="button" class="secondary" @click=${() => this.recent.clear()}>${t('clearRecent')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stagekit-cao-lookup': StagekitCaoLookup;
  }
}
