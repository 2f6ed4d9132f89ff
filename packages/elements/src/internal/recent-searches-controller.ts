import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openRecentSearches, type OpenedStore, type RecentSearchStore, type StorageKind } from '@stagekit/core';

/**
 * Keeps a host's list of recent searches in the chosen storage, and knows when the browser
 * refused local storage (`fallback`), so the host can tell the user.
 */
export class RecentSearchesController implements ReactiveController {
  items: string[] = [];
  fallback = false;
  private opened?: Promise<OpenedStore<RecentSearchStore>>;
  private kind?: StorageKind;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFallback: () => void,
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
      if (opened.fallback) this.onFallback();
      this.items = await opened.store.list();
      // Nothing to show: no need to render again (a page may hold many widgets).
      if (opened.fallback || this.items.length) this.host.requestUpdate();
    });
  }

  async add(query: string): Promise<void> {
    const opened = await this.opened;
    if (!opened || !query.trim()) return;
    await opened.store.add(query);
    this.items = await opened.store.list();
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
