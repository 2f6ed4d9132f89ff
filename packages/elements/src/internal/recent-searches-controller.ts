import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MAX_RECENT_SEARCHES, openRecentSearches, type OpenedStore, type RecentSearchStore, type StorageKind } from '@stagekit/core';

/**
 * What went wrong with the recent searches, named as the message that says so: the browser refused
 * local storage, a search could not be written (e.g. the disk is full; it stays in the list for this
 * page), or saved searches failed the check when read (left out, and still on disk).
 */
export type RecentSearchesProblem = 'storageFallback' | 'storageSaveFailed' | 'storageRejected';

/** Keeps a host's list of recent searches in the chosen storage, and the problems the host should tell the user about. */
export class RecentSearchesController implements ReactiveController {
  items: string[] = [];
  readonly problems = new Set<RecentSearchesProblem>();
  private opened?: Promise<OpenedStore<RecentSearchStore>>;
  private kind?: StorageKind;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onProblem: (problem: RecentSearchesProblem) => void,
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
      this.problems.delete('storageFallback');
      if (opened.fallback) this.problem('storageFallback');
      this.items = await opened.store.list();
      if (opened.store.skipped()) this.problem('storageRejected');
      // Nothing to show: no need to render again (a page may hold many widgets).
      if (this.problems.size || this.items.length) this.host.requestUpdate();
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
      this.problem('storageSaveFailed');
    }
    this.host.requestUpdate();
  }

  private problem(problem: RecentSearchesProblem): void {
    this.problems.add(problem);
    this.onProblem(problem);
  }

  async clear(): Promise<void> {
    const opened = await this.opened;
    if (!opened) return;
    await opened.store.clear();
    this.items = [];
    this.host.requestUpdate();
  }
}
