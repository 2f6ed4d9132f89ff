import { LitElement, type PropertyDeclarations } from 'lit';
import { loadedMessages, loadMessages, translator, type Locale, type MessageLoader, type Translator } from '@stagekit/core';
import { VERSION } from '../version.js';
import { defineElement } from './define.js';
import type { StagekitEventMap } from './events.js';
import { onLangChange, resolveLocale } from './locale.js';

/** The base of every Stagekit element: typed events, language, safe definition. */
export class StagekitElement extends LitElement {
  static version = VERSION;

  // Lit merges these with each subclass's own `properties`.
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
  };

  declare lang: string;

  private stopWatchingLang?: () => void;
  private messagesLoading?: Promise<unknown>;
  /** Set when a language's texts could not be loaded (offline on first visit). */
  protected messagesFailed = false;
  /**
   * The texts that failed to load, by catalogue: they are not asked for again in that language until
   * the element is connected again. Asking on every render made a render → load fails → render loop
   * that never ends: in a removed frame, where loading fails at once, it froze the whole page.
   */
  private readonly failedMessages = new Map<MessageLoader<string>, Locale>();

  /** The language the element speaks now: `nl` or `en`. */
  get locale(): Locale {
    return resolveLocale(this);
  }

  /** Defines the element under `tag`, tolerating a second load of the kit. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on a page: texts that failed get one more try.
    if (this.failedMessages.size) {
      this.failedMessages.clear();
      this.requestUpdate();
    }
    this.stopWatchingLang = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }

  /**
   * The translator for the current language, or undefined while its texts are still loading; the
   * element re-renders when they arrive. `updateComplete` waits for them, so "updated" always
   * means "rendered with text".
   */
  protected messages<K extends string>(loader: MessageLoader<K>): Translator<K> | undefined {
    const locale = this.locale;
    const loaded = loadedMessages(loader, locale);
    if (loaded) return translator(loaded, locale);
    if (this.messagesLoading || this.failedMessages.get(loader) === locale) return undefined;
    this.messagesLoading = loadMessages(loader, locale).then(
      () => {
        this.messagesFailed = false;
      },
      () => {
        this.messagesFailed = true;
        this.failedMessages.set(loader, locale);
      },
    ).finally(() => {
      this.messagesLoading = undefined;
      this.requestUpdate();
    });
    this.track(this.messagesLoading);
    return undefined;
  }

  /** The translator once the current language's texts are loaded (for event messages). */
  protected async messagesReady<K extends string>(loader: MessageLoader<K>): Promise<Translator<K>> {
    const locale = this.locale;
    return translator(await loadMessages(loader, locale), locale);
  }

  /** Work that `updateComplete` waits for (texts loading, restoring a draft, checking a value the page set, reporting). */
  private pending: Promise<unknown> = Promise.resolve();

  /** Lets `updateComplete` wait for `work`; a failure there is reported elsewhere, never thrown here. */
  protected track(work: Promise<unknown>): void {
    this.pending = Promise.all([this.pending, work.catch(() => undefined)]);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const pending = this.pending;
      await pending;
      const complete = await super.getUpdateComplete();
      // Work started while waiting (a render that loads texts, a save after an update) is waited for too.
      if (pending === this.pending) return complete;
    }
  }

  /** Fires a bubbling, composed `stagekit-…` event whose detail type is checked by the compiler. */
  protected emit<K extends keyof StagekitEventMap>(name: K, detail: StagekitEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}
