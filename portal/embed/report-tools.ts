import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { generateReportKeyPair } from '@stagekit/core';
import { testEndpoint, type EndpointTestResult } from './endpoint-test.js';
import type { ConfiguratorText } from './texts.js';
import { holdsPrivateKey, type Lang } from './widget-options.js';

/** The private key's download link lives this long; then the browser releases the file's bytes. */
export const DOWNLOAD_URL_MS = 1_500;

export interface ReportToolsOptions {
  text(): ConfiguratorText;
  /** The report form's values in the configurator (endpoint, public-key, lang). */
  values(): Readonly<Record<string, string>>;
  /** The configurator's language, for a test report when the widget follows the page. */
  lang(): Lang;
  /** Puts a public key into the public-key option. */
  usePublicKey(publicKey: string): void;
}

/**
 * The report form's extras on the embed page: "make a key pair" and "test my endpoint".
 *
 * The private key exists only between "make" and "download": in one private field, never in a
 * reactive property, never rendered, never written to storage. The download reads it from a Blob
 * whose URL is released shortly after; the field is emptied before the download starts. The public
 * key goes into the public-key option only after the private key was downloaded, so a school never
 * publishes a key whose other half it does not have.
 */
export class ReportTools implements ReactiveController {
  keyState: 'idle' | 'generating' | 'ready' = 'idle';
  keyStatus = '';
  testBusy = false;
  testResult: EndpointTestResult | undefined;
  testStatus = '';

  #pendingKey: { privateJson: string; publicJson: string; kid: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ReportToolsOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#pendingKey = undefined;
    if (this.keyState === 'ready') this.keyState = 'idle';
  }

  private get text(): ConfiguratorText {
    return this.options.text();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private find<T extends Element>(selector: string): T | null {
    return this.host.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /** Forgets the last test result (the endpoint or the key changed). */
  clearTest(): void {
    if (this.testBusy) return;
    this.testResult = undefined;
    this.testStatus = '';
    this.update();
  }

  async generate(): Promise<void> {
    if (this.keyState === 'generating') return;
    this.keyState = 'generating';
    this.keyStatus = this.text.keysGenerating;
    this.update();
    try {
      const pair = await generateReportKeyPair();
      this.#pendingKey = { privateJson: `${JSON.stringify(pair.privateKey, null, 2)}\n`, publicJson: JSON.stringify(pair.publicKey), kid: pair.publicKey.kid };
      this.keyState = 'ready';
      this.keyStatus = this.text.keysReady;
      this.update();
      await this.host.updateComplete;
      this.find<HTMLButtonElement>('[data-download-key]')?.focus();
    } catch (error) {
      this.keyState = 'idle';
      const code = (error as { code?: string }).code;
      this.keyStatus = code === 'insecure-context' ? this.text.keysInsecure : this.text.keysFailed;
      this.update();
    }
  }

  /** The one download of the private key; afterwards nothing of it is kept here. */
  download(): void {
    const key = this.#pendingKey;
    this.#pendingKey = undefined;
    if (!key) return;
    const name = `stagekit-private-key-${key.kid.replace(/[^a-z0-9-]/gi, '-')}.json`;
    const url = URL.createObjectURL(new Blob([key.privateJson], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    (this.host.shadowRoot ?? document.body).append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_MS);
    this.options.usePublicKey(key.publicJson);
    this.keyState = 'idle';
    this.keyStatus = this.text.keysDone(name);
    this.update();
    void this.host.updateComplete.then(() => this.find<HTMLElement>('[data-key-status]')?.focus());
  }

  discard(): void {
    this.#pendingKey = undefined;
    this.keyState = 'idle';
    this.keyStatus = this.text.keysDiscarded;
    this.update();
    void this.host.updateComplete.then(() => this.find<HTMLButtonElement>('[data-generate-keys]')?.focus());
  }

  async runTest(): Promise<void> {
    if (this.testBusy) return;
    const values = this.options.values();
    const endpoint = values.endpoint?.trim() ?? '';
    this.testResult = undefined;
    if (!endpoint) {
      this.testStatus = this.text.testNeedsEndpoint;
      this.update();
      return;
    }
    this.testBusy = true;
    this.testStatus = this.text.testBusy;
    this.update();
    const key = values['public-key']?.trim() ?? '';
    const lang: Lang = values.lang === 'en' || values.lang === 'nl' ? values.lang : this.options.lang();
    try {
      this.testResult = await testEndpoint({ endpoint, publicKey: key && !holdsPrivateKey(key) ? key : '', lang });
      this.testStatus = this.text.testResult(this.testResult);
    } finally {
      this.testBusy = false;
      this.update();
    }
  }

  render(): TemplateResult {
    const text = this.text;
    const result = this.testResult;
    const resultClass = !result ? '' : result.kind === 'sent' ? 'ok' : 'bad';
    const hint = result ? text.testResultHint(result) : undefined;
    return html`<section class="tools" aria-labelledby="tools-title">
      <h3 id="tools-title">${text.toolsTitle}</h3>

      <h4 id="keys-title">${text.keysTitle}</h4>
      <p>${text.keysIntro}</p>
      <p class="warning" id="keys-warning">${text.keysWarning}</p>
      <div class="actions">
        ${this.keyState === 'ready'
          ? html`<button type="button" data-download-key aria-describedby="keys-warning" @click=${() => this.download()}>${text.keysDownload}</button>
              <button type="button" class="secondary" data-discard-key @click=${() => this.discard()}>${text.keysDiscard}</button>`
          : html`<button
              type="button"
              data-generate-keys
              aria-describedby="keys-warning"
              aria-disabled=${this.keyState === 'generating' ? 'true' : 'false'}
              @click=${() => this.generate()}
            >
              ${text.keysGenerate}
            </button>`}
      </div>
      <p class="status" role="status" tabindex="-1" data-key-status>${this.keyStatus}</p>

      <h4 id="test-title">${text.testTitle}</h4>
      <p>${text.testIntro}</p>
      <div class="actions">
        <button type="button" data-test-endpoint aria-disabled=${this.testBusy ? 'true' : 'false'} @click=${() => this.runTest()}>${text.testButton}</button>
      </div>
      <div class="result ${resultClass}" role="status" data-endpoint-result data-result-kind=${result?.kind ?? nothing}>
        ${this.testStatus ? html`<p>${this.testStatus}</p>` : nothing}${hint ? html`<p>${hint}</p>` : nothing}
      </div>
    </section>`;
  }
}
