import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MAX_RECENT_SEARCHES, openRecentSearches, type OpenedStore, type RecentSearchStore, type StorageKind } from '@stagekit/core';

export interface RecentSearchesHandlers {
  /** The browser refused local storage: nothing is kept on the device. */
  onFallback(): void;
  /** A search could not be written (e.g. the disk is full): it stays in the list for this page. */
  onSaveFailed(): void;
  /** Saved searches failed the check when read: they are left out, and stay on disk. */
  onRejected(): void;
}

/**
 * Keeps a host's list of recent searches in the chosen storage, and knows when the browser
 * refused local storage (`fallback`), a search could not be written (`saveFailed`) or a saved one
 * could not be read (`rejected`), so the host can tell the user.
 */
export class RecentSearchesController implements ReactiveController {
  items: string[] = [];
  fallback = false;
  saveFailed = false;
  rejected = false;
  private opened?: Promise<OpenedStore<RecentSearchStore>>;
  private kind?: StorageKind;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly handlers: RecentSearchesHandlers,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens (or re-opens) the store for a storage kind; cheap when the kind is unchanged. */
  use(kind: StorageKind): void {
    if (kind === this.kind) return;
    this.kind = kind;
    const opening = openRecentSearches(kind);
    this.opened = opening;
    void opening.then(async (opened) => {
      if (this.opened !== opening) return;
      this.fallback = opened.fallback;
      if (opened.fallback) this.handlers.onFallback();
      this.items = await opened.store.list();
      this.rejected = opened.store.skipped() > 0;
      if (this.rejected) this.handlers.onRejected();
      // Nothing to show: no need to render again (a page may hold many widgets).
      if (opened.fallback || this.rejected || this.items.length) this.host.requestUpdate();
    });
  }

  async add(query: string): Promise<void> {
    const opened = await this.opened;
    const clean = query.trim();
    if (!opened || !clean) return;
    try {
      await opened.store.add(clean);
      this.items = await opened.store.list();
    } catch {
      // Not written: the search is still offered on this page, and the user is told.
      this.items = [clean, ...this.items.filter((item) => item !== clean)].slice(0, MAX_RECENT_SEARCHES);
      this.saveFailed = true;
      this.handlers.onSaveFailed();
    }
    this.host.requestUpdate();
  }

  async clear(): Promise<void> {
    const opened = await this.opened;
    if (!opened) return;
    await opened.store.clear();
    this.items = [];
    this.host.requestUpdate();
  }
}
