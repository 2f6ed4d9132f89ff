import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkEndpoint, formatNumber, loadReportTools } from '@stagekit/core';
import { configuratorStyles } from './embed-configurator.styles.js';
import { ReportTools } from './report-tools.js';
import { autoloaderUrlFor, buildCssRule, buildSnippet, SnippetError } from './snippet.js';
import { TEXTS, type ConfiguratorText } from './texts.js';
import { checkContrast, formatRatio, presetById, THEME_PRESETS, THEME_TOKENS, cleanTokenValue, tokensToWrite, type ThemeToken } from './theme-presets.js';
import {
  attributesFor,
  caoChoices,
  DAY_TYPE_LABELS,
  DAY_TYPES,
  holdsPrivateKey,
  initialValues,
  isValidNumber,
  WEEKDAY_LABELS,
  WEEKDAYS,
  weekFromValue,
  weekValue,
  widgetInfo,
  WIDGETS,
  type CaoChoice,
  type DayType,
  type Lang,
  type WidgetInfo,
  type WidgetOption,
  type WidgetTag,
} from './widget-options.js';

type KeyCheck = { state: 'ok' } | { state: 'private' } | { state: 'invalid'; unsupported: boolean };

/** Text fields change the preview after a short pause, so that typing does not rebuild it per key. */
const TYPING_PAUSE_MS = 400;

/**
 * The embed page's configurator: pick a widget, set its attributes and a theme, see it live, copy
 * the one-script-tag snippet. For the report form it also tests the school's endpoint and makes a
 * key pair (the private key only ever goes to a one-time download).
 *
 * The live preview is a real widget in the light DOM (the slot `preview`), so the page's CDN
 * autoloader (which does not look inside shadow roots) defines it, exactly as on an integrator's
 * page. The code is in the read-only text field `textarea[data-snippet]` (its `value` and its text;
 * the CSS rule in `textarea[data-snippet-css]`) in the shadow root, and in the `snippet` and
 * `cssRule` properties.
 *
 * @attr autoloader-src - URL of the CDN `autoloader.js` written (absolute) into the snippet; default: the autoloader this page loads, else `cdn/autoloader.js` at the site's root.
 * @attr cao-dataset - URL of the CAO dataset for the CAO choice (default: `data/cao-dataset.json` next to the autoloader).
 * @attr widget - The chosen widget's tag.
 */
export class PortalEmbedConfigurator extends LitElement {
  static override styles = configuratorStyles;

  static override properties = {
    autoloaderSrc: { type: String, attribute: 'autoloader-src' },
    caoDataset: { type: String, attribute: 'cao-dataset' },
    widget: { type: String, reflect: true },
    values: { state: true },
    preset: { state: true },
    tokens: { state: true },
    caoList: { state: true },
    caoListState: { state: true },
    keyCheck: { state: true },
    copyStatus: { state: true },
  };

  declare autoloaderSrc: string | undefined;
  declare caoDataset: string | undefined;
  declare widget: WidgetTag;
  /** Per widget, its values (attribute → text). */
  declare values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A preset id, or `custom` after a token was changed by hand. */
  declare preset: string;
  declare tokens: Readonly<Record<string, string>>;
  declare caoList: readonly CaoChoice[];
  declare caoListState: 'idle' | 'loading' | 'ready' | 'failed';
  declare keyCheck: KeyCheck | undefined;
  declare copyStatus: string;

  /** "Make a key pair" and "test my endpoint", for the report form. */
  private readonly reportTools = new ReportTools(this, {
    text: () => this.text,
    values: () => this.currentValues,
    lang: () => this.uiLang,
    usePublicKey: (publicKey) => this.setValue('public-key', publicKey),
  });
  #previewHost: HTMLElement | undefined;
  #previewKey = '';
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  #typing = false;
  #keyCheckRun = 0;

  constructor() {
    super();
    this.widget = WIDGETS[0]!.tag;
    this.values = {};
    this.preset = THEME_PRESETS[0]!.id;
    this.tokens = {};
    this.caoList = [];
    this.caoListState = 'idle';
    this.copyStatus = '';
  }

  /** The language of the configurator's own words: the nearest `lang` (the page's). */
  get uiLang(): Lang {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
  }

  private get text(): ConfiguratorText {
    return TEXTS[this.uiLang];
  }

  get info(): WidgetInfo {
    return widgetInfo(this.widget) ?? WIDGETS[0]!;
  }

  /** The chosen widget's values (its defaults and the page's language until something is changed). */
  get currentValues(): Readonly<Record<string, string>> {
    return this.values[this.info.tag] ?? initialValues(this.info, this.uiLang);
  }

  /** The attributes in the code, in order (empty and default values left out). */
  get widgetAttributes(): [string, string | true][] {
    return attributesFor(this.info, this.currentValues);
  }

  /** The theme tokens in the code. */
  get tokenList(): [string, string][] {
    return tokensToWrite(this.tokens);
  }

  /** The autoloader URL in the code: the attribute, else `cdn/autoloader.js` at this site's root. */
  get resolvedAutoloaderSrc(): string {
    const given = this.autoloaderSrc?.trim();
    if (given) {
      try {
        const url = new URL(given, location.href);
        if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
      } catch {
        // Fall back below.
      }
    }
    // The autoloader this page itself loads (the portal's layout adds it), else the site's root.
    const own = document.querySelector<HTMLScriptElement>('script[type="module"][src$="cdn/autoloader.js"]');
    if (own?.src) return own.src;
    return autoloaderUrlFor(location.href, this.uiLang === 'en' ? 2 : 1);
  }

  /** The code to paste: one script tag and the element. */
  get snippet(): string {
    return buildSnippet({ autoloaderSrc: this.resolvedAutoloaderSrc, tag: this.info.tag, attributes: this.widgetAttributes, tokens: this.tokenList });
  }

  /** The theme tokens as a CSS rule, for sites that block inline styles ('' without tokens). */
  get cssRule(): string {
    return buildCssRule(this.info.tag, this.tokenList);
  }

  /** The widget in the preview (light DOM). */
  get previewElement(): HTMLElement | undefined {
    return (this.#previewHost?.firstElementChild as HTMLElement | null) ?? undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#previewHost = this.querySelector<HTMLElement>(':scope > [slot="preview"]') ?? undefined;
    if (!this.#previewHost) {
      this.#previewHost = document.createElement('div');
      this.#previewHost.slot = 'preview';
      this.#previewHost.dataset.preview = '';
      this.append(this.#previewHost);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('widget') && !widgetInfo(this.widget)) this.widget = WIDGETS[0]!.tag;
    if (this.widget === 'stagekit-compensation-checker' && this.caoListState === 'idle') this.loadCaoList();
  }

  protected override updated(): void {
    this.syncPreview();
  }

  // --- Preview ---

  private syncPreview(): void {
    const key = JSON.stringify([this.info.tag, this.widgetAttributes]);
    if (key !== this.#previewKey) {
      clearTimeout(this.#previewTimer);
      if (this.#typing && this.previewElement) {
        this.#previewTimer = setTimeout(() => this.rebuildPreview(), TYPING_PAUSE_MS);
      } else {
        this.rebuildPreview();
      }
    } else {
      this.applyTokens(this.previewElement);
    }
    this.#typing = false;
  }

  /** A fresh widget with exactly the code's attributes, as a page that loads the code gets it. */
  private rebuildPreview(): void {
    const host = this.#previewHost;
    if (!host) return;
    const element = document.createElement(this.info.tag);
    for (const [name, value] of this.widgetAttributes) element.setAttribute(name, value === true ? '' : value);
    this.applyTokens(element);
    host.replaceChildren(element);
    this.#previewKey = JSON.stringify([this.info.tag, this.widgetAttributes]);
    this.dispatchEvent(new Event('preview-change'));
  }

  /** The tokens through the CSS object model: allowed under a strict CSP, unlike a style attribute. */
  private applyTokens(element: HTMLElement | undefined): void {
    if (!element) return;
    const wanted = new Map(this.tokenList);
    for (const token of THEME_TOKENS) {
      const value = wanted.get(token.name);
      if (value === undefined) element.style.removeProperty(token.name);
      else element.style.setProperty(token.name, value);
    }
  }

  // --- Changes ---

  private setValue(attribute: string, value: string, typing = false): void {
    this.#typing = typing;
    this.values = { ...this.values, [this.info.tag]: { ...this.currentValues, [attribute]: value } };
    if (this.info.tag === 'stagekit-report-form' && (attribute === 'endpoint' || attribute === 'public-key')) {
      // A result for another address or key would mislead.
      this.reportTools.clearTest();
      if (attribute === 'public-key') void this.checkPublicKey(value);
    }
  }

  private onWidget(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked && widgetInfo(input.value)) this.widget = input.value as WidgetTag;
    this.reportTools.clearTest();
    this.copyStatus = '';
  }

  private onPreset(event: Event): void {
    const input = event.target as HTMLInputElement;
    const preset = presetById(input.value);
    if (!input.checked || !preset) return;
    this.preset = preset.id;
    this.tokens = { ...preset.tokens };
  }

  private onToken(token: ThemeToken, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const next = { ...this.tokens };
    if (value.trim() === '') delete next[token.name];
    else next[token.name] = value;
    this.tokens = next;
    this.preset = 'custom';
  }

  private async loadCaoList(): Promise<void> {
    this.caoListState = 'loading';
    try {
      const url = this.caoDataset?.trim() || new URL('data/cao-dataset.json', this.resolvedAutoloaderSrc).href;
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const list = caoChoices(await response.json(), this.uiLang);
      if (!list.length) throw new Error('no CAOs');
      this.caoList = list;
      this.caoListState = 'ready';
    } catch {
      this.caoListState = 'failed';
    }
  }

  private async checkPublicKey(value: string): Promise<void> {
    const run = ++this.#keyCheckRun;
    const text = value.trim();
    if (!text) {
      this.keyCheck = undefined;
      return;
    }
    if (holdsPrivateKey(text)) {
      this.keyCheck = { state: 'private' };
      return;
    }
    let check: KeyCheck;
    try {
      (await loadReportTools()).parsePublicKey(text);
      check = { state: 'ok' };
    } catch (error) {
      const code = (error as { code?: string }).code;
      check = code === 'private-key' ? { state: 'private' } : { state: 'invalid', unsupported: code === 'unsupported-key' };
    }
    if (run === this.#keyCheckRun) this.keyCheck = check;
  }

  // --- Copy ---

  private async copy(which: 'html' | 'css'): Promise<void> {
    const text = which === 'html' ? this.snippet : this.cssRule;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(which === 'html' ? '[data-snippet]' : '[data-snippet-css]');
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      // No permission, or not a secure context: select the text instead.
    }
    if (!copied && field) {
      // A text field's selection works in every engine, also inside a shadow root (a range there does not in WebKit).
      field.focus();
      field.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    await this.announceCopy(copied ? this.text.copied : this.text.selected);
  }

  /** The same words twice in a row are still read out: empty the live region first. */
  private async announceCopy(message: string): Promise<void> {
    this.copyStatus = '';
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.copyStatus = message;
  }

  // --- Rendering ---

  override render(): TemplateResult {
    const text = this.text;
    let snippet = '';
    let cssRule = '';
    try {
      snippet = this.snippet;
      cssRule = this.cssRule;
    } catch (error) {
      if (!(error instanceof SnippetError)) throw error;
    }
    return html`
      <section aria-labelledby="step-widget">
        <h2 id="step-widget">${text.stepWidget}</h2>
        <fieldset data-widget-picker>
          <legend>${text.widgetLegend}</legend>
          <div class="choices">${WIDGETS.map((widget) => this.renderWidgetChoice(widget))}</div>
        </fieldset>
      </section>

      <section aria-labelledby="step-options">
        <h2 id="step-options">${text.stepOptions}</h2>
        <fieldset data-options=${this.info.tag}>
          <legend>${text.optionsLegend(this.info.name[this.uiLang])}</legend>
          ${this.info.options.filter((option) => !option.more).map((option) => this.renderOption(option))}
          ${this.renderMore()}
        </fieldset>
        ${this.info.tag === 'stagekit-report-form' ? this.reportTools.render() : nothing}
      </section>

      <section aria-labelledby="step-theme">
        <h2 id="step-theme">${text.stepTheme}</h2>
        ${this.renderTheme()}
      </section>

      <section aria-labelledby="step-preview">
        <h2 id="step-preview">${text.stepPreview}</h2>
        <p class="hint">${text.previewHint}</p>
        <div class="preview"><slot name="preview"></slot></div>
      </section>

      <section aria-labelledby="step-code">
        <h2 id="step-code">${text.stepCode}</h2>
        <p>${text.codeIntro}</p>
        <label class="label" for="snippet">${text.codeLabel}</label>
        <textarea id="snippet" class="code" data-snippet readonly wrap="off" spellcheck="false" rows=${lineCount(snippet)} .defaultValue=${snippet}></textarea>
        <div class="actions">
          <button type="button" data-copy @click=${() => this.copy('html')}>${text.copy}</button>
          <p class="status ${this.copyStatus === text.copied ? 'ok' : ''}" role="status" data-copy-status>${this.copyStatus}</p>
        </div>
        ${cssRule
          ? html`
              <h3 id="csp-title">${text.cspTitle}</h3>
              <p>${text.cspNote}</p>
              <label class="label" for="snippet-css">${text.cssLabel}</label>
              <textarea id="snippet-css" class="code" data-snippet-css readonly wrap="off" spellcheck="false" rows=${lineCount(cssRule)} .defaultValue=${cssRule}></textarea>
              <div class="actions">
                <button type="button" class="secondary" data-copy-css @click=${() => this.copy('css')}>${text.copyCss}</button>
              </div>
            `
          : html`<p class="hint" data-no-tokens>${text.noTokens}</p>`}
      </section>
    `;
  }

  /** The settings most pages do without, folded away; the summary says how many are set. */
  private renderMore(): TemplateResult | typeof nothing {
    const more = this.info.options.filter((option) => option.more);
    if (!more.length) return nothing;
    const set = attributesFor({ ...this.info, options: more }, this.currentValues).length;
    return html`<details class="more" data-more>
      <summary><span>${this.text.moreSettings(set)}</span></summary>
      ${more.map((option) => this.renderOption(option))}
    </details>`;
  }

  private renderWidgetChoice(widget: WidgetInfo): TemplateResult {
    const id = `widget-${widget.tag}`;
    return html`<div class="radio">
      <input
        type="radio"
        name="widget"
        id=${id}
        value=${widget.tag}
        .checked=${live(this.widget === widget.tag)}
        aria-describedby="${id}-description"
        @change=${this.onWidget}
      />
      <label for=${id}>${widget.name[this.uiLang]}</label>
      <p class="hint" id="${id}-description">${widget.description[this.uiLang]}</p>
    </div>`;
  }

  private renderOption(option: WidgetOption): TemplateResult {
    const lang = this.uiLang;
    const id = `option-${option.attribute}`;
    const value = this.currentValues[option.attribute] ?? '';
    const hintId = `${id}-hint`;
    const hint = option.hint ? html`<p class="hint" id=${hintId}>${option.hint[lang]}</p>` : nothing;
    const problemId = `${id}-problem`;
    const problem = this.optionProblem(option, value);
    const describedBy = [option.hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ') || nothing;
    const problemText = problem ? html`<p class=${problem.ok ? 'field-ok' : 'field-error'} id=${problemId}>${problem.text}</p>` : nothing;

    switch (option.kind) {
      case 'select':
        return html`<div class="field">
          <label for=${id}>${option.label[lang]}</label>
          ${hint}
          <select id=${id} data-attr=${option.attribute} aria-describedby=${describedBy} @change=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLSelectElement).value)}>
            ${(option.choices ?? []).map(
              (entry) =>
                html`<option value=${entry.value} ?selected=${entry.value === value}>${entry.label[lang]}${entry.value === option.default ? this.text.defaultSuffix : ''}</option>`,
            )}
          </select>
          ${problemText}
        </div>`;
      case 'boolean':
        return html`<div class="check">
          <input
            type="checkbox"
            id=${id}
            data-attr=${option.attribute}
            .checked=${live(value === 'true')}
            aria-describedby=${describedBy}
            @change=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLInputElement).checked ? 'true' : '')}
          />
          <label for=${id}>${option.label[lang]}</label>
          ${hint}
        </div>`;
      case 'textarea':
        return html`<div class="field">
          <label for=${id}>${option.label[lang]}</label>
          ${hint}
          <textarea
            id=${id}
            data-attr=${option.attribute}
            rows="4"
            spellcheck="false"
            autocomplete="off"
            aria-describedby=${describedBy}
            aria-invalid=${problem && !problem.ok ? 'true' : 'false'}
            .value=${live(value)}
            @input=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLTextAreaElement).value, true)}
          ></textarea>
          ${problemText}
        </div>`;
      case 'week':
        return this.renderWeek(option, value);
      case 'cao':
        return this.renderCao(option, value);
      default: {
        const type = option.kind === 'number' ? 'text' : option.kind;
        return html`<div class="field">
          <label for=${id}>${option.label[lang]}</label>
          ${hint}
          <input
            type=${type}
            id=${id}
            data-attr=${option.attribute}
            inputmode=${option.inputMode ?? nothing}
            placeholder=${option.placeholder ?? nothing}
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${describedBy}
            aria-invalid=${problem && !problem.ok ? 'true' : 'false'}
            .value=${live(value)}
            @input=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLInputElement).value, option.kind !== 'date')}
            @change=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLInputElement).value)}
          />
          ${problemText}
        </div>`;
      }
    }
  }

  /** A message at a field: a number out of range, an endpoint that will not work, the public key's check. */
  private optionProblem(option: WidgetOption, value: string): { ok: boolean; text: string } | undefined {
    const text = this.text;
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    if (option.kind === 'number' && !isValidNumber(option, trimmed)) {
      const number = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, this.uiLang));
      return { ok: false, text: text.numberInvalid(`${number(option.min ?? 0)}–${number(option.max)}`) };
    }
    if (this.info.tag === 'stagekit-report-form' && option.attribute === 'endpoint' && !checkEndpoint(trimmed).ok) return { ok: false, text: text.endpointInvalid };
    if (option.attribute === 'public-key') {
      if (holdsPrivateKey(trimmed)) return { ok: false, text: text.keyPrivate };
      const check = this.keyCheck;
      if (check?.state === 'invalid') return { ok: false, text: text.keyInvalid(check.unsupported) };
      if (check?.state === 'private') return { ok: false, text: text.keyPrivate };
      if (check?.state === 'ok') return { ok: true, text: text.keyOk };
    }
    return undefined;
  }

  private renderWeek(option: WidgetOption, value: string): TemplateResult {
    const lang = this.uiLang;
    const week = weekFromValue(value);
    const change = (day: (typeof WEEKDAYS)[number], type: DayType) => this.setValue(option.attribute, weekValue({ ...week, [day]: type }));
    return html`<fieldset class="week" data-attr=${option.attribute} aria-describedby=${option.hint ? 'option-week-hint' : nothing}>
      <legend>${option.label[lang]}</legend>
      ${option.hint ? html`<p class="hint" id="option-week-hint">${option.hint[lang]}</p>` : nothing}
      ${WEEKDAYS.map(
        (day) => html`<div class="field">
          <label for="week-${day}">${WEEKDAY_LABELS[day][lang]}</label>
          <select id="week-${day}" data-week-day=${day} @change=${(event: Event) => change(day, (event.target as HTMLSelectElement).value as DayType)}>
            ${DAY_TYPES.map((type) => html`<option value=${type} ?selected=${week[day] === type}>${DAY_TYPE_LABELS[type][lang]}</option>`)}
          </select>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderCao(option: WidgetOption, value: string): TemplateResult {
    const lang = this.uiLang;
    const id = `option-${option.attribute}`;
    const hintId = `${id}-hint`;
    if (this.caoListState === 'ready') {
      const known = this.caoList.some((cao) => cao.id === value);
      return html`<div class="field">
        <label for=${id}>${option.label[lang]}</label>
        ${option.hint ? html`<p class="hint" id=${hintId}>${option.hint[lang]}</p>` : nothing}
        <select id=${id} data-attr=${option.attribute} aria-describedby=${option.hint ? hintId : nothing} @change=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>${this.text.caoNone}</option>
          ${value && !known ? html`<option value=${value} selected>${value}</option>` : nothing}
          ${this.caoList.map((cao) => html`<option value=${cao.id} ?selected=${cao.id === value}>${cao.name}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${this.text.caoIdLabel}</label>
      <p class="hint" id=${hintId}>${this.caoListState === 'failed' ? this.text.caoUnavailable : this.text.caoLoading}</p>
      <input
        type="text"
        id=${id}
        data-attr=${option.attribute}
        autocomplete="off"
        spellcheck="false"
        placeholder="cao-horeca"
        aria-describedby=${hintId}
        .value=${live(value)}
        @input=${(event: Event) => this.setValue(option.attribute, (event.target as HTMLInputElement).value.trim().toLowerCase(), true)}
      />
    </div>`;
  }

  private renderTheme(): TemplateResult {
    const text = this.text;
    const lang = this.uiLang;
    const contrast = checkContrast(this.tokens);
    const problems = contrast.filter((result) => !result.ok);
    return html`
      <fieldset data-preset-picker>
        <legend>${text.presetLegend}</legend>
        <div class="choices">
          ${THEME_PRESETS.map(
            (preset) => html`<div class="radio">
              <input
                type="radio"
                name="preset"
                id="preset-${preset.id}"
                value=${preset.id}
                .checked=${live(this.preset === preset.id)}
                aria-describedby="preset-${preset.id}-description"
                @change=${this.onPreset}
              />
              <label for="preset-${preset.id}">${preset.label[lang]}</label>
              <p class="hint" id="preset-${preset.id}-description">${preset.description[lang]}</p>
            </div>`,
          )}
          ${this.preset === 'custom'
            ? html`<div class="radio">
                <input type="radio" name="preset" id="preset-custom" value="custom" .checked=${live(true)} aria-describedby="preset-custom-description" />
                <label for="preset-custom">${text.customPreset}</label>
                <p class="hint" id="preset-custom-description">${text.customPresetDescription}</p>
              </div>`
            : nothing}
        </div>
      </fieldset>
      <details data-tokens>
        <summary><span>${text.tokensSummary}</span></summary>
        <fieldset class="tokens">
          <legend>${text.tokensLegend}</legend>
          ${THEME_TOKENS.map((token) => this.renderToken(token))}
        </fieldset>
      </details>
      <div class="contrast" role="status" data-contrast>
        ${problems.length
          ? html`<p class="field-error">${text.contrastProblems}</p>
              <ul>
                ${problems.map(
                  (result) =>
                    html`<li>${text.contrastProblem(result.pair.label[lang], formatRatio(result.ratio, lang), formatRatio(result.pair.minimum, lang).replace(/[.,]0:/, ':'))}</li>`,
                )}
              </ul>`
          : html`<p class="field-ok">${text.contrastOk}</p>`}
      </div>
    `;
  }

  private renderToken(token: ThemeToken): TemplateResult {
    const lang = this.uiLang;
    const id = `token-${token.name.replace(/^--stagekit-/, '')}`;
    const raw = this.tokens[token.name];
    const invalid = raw !== undefined && raw.trim() !== '' && cleanTokenValue(token.name, raw) === undefined;
    const problemId = `${id}-problem`;
    const problem = invalid ? html`<p class="field-error" id=${problemId}>${this.text.tokenInvalid}</p>` : nothing;
    if (token.kind === 'color') {
      const value = cleanTokenValue(token.name, raw ?? '') ?? token.fallback;
      return html`<div class="field">
        <label for=${id}>${token.label[lang]}</label>
        <div class="color-field">
          <input type="color" id=${id} data-token=${token.name} .value=${live(value)} @input=${(event: Event) => this.onToken(token, event)} />
          <code aria-hidden="true">${value}</code>
        </div>
      </div>`;
    }
    if (token.kind === 'font') {
      return html`<div class="field wide">
        <label for=${id}>${token.label[lang]}</label>
        <p class="hint" id="${id}-hint">${this.text.fontHint}</p>
        <input
          type="text"
          id=${id}
          data-token=${token.name}
          autocomplete="off"
          spellcheck="false"
          placeholder=${this.text.fontPlaceholder}
          aria-describedby="${id}-hint${invalid ? ` ${problemId}` : ''}"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(raw ?? '')}
          @input=${(event: Event) => this.onToken(token, event)}
        />
        ${problem}
      </div>`;
    }
    const shown = (raw ?? '').replace(/px$/, '');
    return html`<div class="field">
      <label for=${id}>${token.label[lang]}</label>
      <input
        type="text"
        inputmode="decimal"
        id=${id}
        data-token=${token.name}
        autocomplete="off"
        placeholder=${token.fallback.replace(/px$/, '')}
        aria-describedby=${invalid ? problemId : nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(shown)}
        @input=${(event: Event) => this.onToken(token, event)}
      />
      ${problem}
    </div>`;
  }

}

/** Rows for a code field: every line, and room for a scroll bar. */
function lineCount(text: string): number {
  return Math.min(Math.max(text.split('\n').length, 2), 30);
}

if (!customElements.get('portal-embed-configurator')) customElements.define('portal-embed-configurator', PortalEmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'portal-embed-configurator': PortalEmbedConfigurator;
  }
}
