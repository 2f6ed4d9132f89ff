import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openDrafts, type DraftKind, type DraftRow, type DraftStore, type OpenedStore, type StorageKind } from '@stagekit/core';

/** How long a widget waits after an edit before saving: one save per burst of typing. */
export const SAVE_DELAY_MS = 300;

export interface DraftsOptions<T, S extends { row: DraftRow }> {
  kind: DraftKind;
  /** The list entry for a saved row, read without the schema; undefined when the row is unusable. */
  summarize(row: DraftRow): S | undefined;
  /** The whole value, checked against its schema when it is opened; undefined when it fails. */
  parse(data: unknown): Promise<T | undefined>;
  /** The row to save for a value. */
  toRow(value: T): Pick<DraftRow, 'id' | 'title' | 'data'>;
  onFallback(): void;
  onRejected(): void;
  /** A save failed (e.g. the disk is full): the value is still on screen, the user should export it. */
  onSaveFailed(): void;
}

/**
 * Keeps a widget's drafts: saves shortly after each edit (and at once when the page is hidden or
 * the widget leaves it), lists saved drafts, and reads one back through its schema when it is
 * opened. The disk may hold anything: a bad draft is skipped and reported once, and stays on disk
 * (nothing saved is deleted unasked).
 */
export class DraftsController<T, S extends { row: DraftRow }> implements ReactiveController {
  saved: S[] = [];
  fallback = false;
  private opened?: Promise<OpenedStore<DraftStore>>;
  private kind?: StorageKind;
  private pending?: { value: T; origin: string };
  private timer?: ReturnType<typeof setTimeout>;
  private saving: Promise<unknown> = Promise.resolve();
  private readonly rejectedIds = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftsOptions<T, S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.flushNow);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.flushNow);
    void this.flush();
  }

  private readonly flushNow = () => void this.flush();

  use(kind: StorageKind): Promise<OpenedStore<DraftStore>> {
    if (kind !== this.kind || !this.opened) {
      this.kind = kind;
      this.opened = openDrafts(this.options.kind, kind).then((opened) => {
        this.fallback = opened.fallback;
        if (opened.fallback) this.options.onFallback();
        return opened;
      });
      void this.refresh();
    }
    return this.opened;
  }

  /** Re-reads the list of saved drafts. */
  async refresh(): Promise<void> {
    if (!this.opened) return;
    const { store } = await this.opened;
    const saved: S[] = [];
    for (const row of await store.list()) {
      const summary = this.options.summarize(row);
      if (summary) saved.push(summary);
      else this.reject(row.id);
    }
    this.saved = saved;
    this.host.requestUpdate();
  }

  private reject(id: string): void {
    if (this.rejectedIds.has(id)) return;
    this.rejectedIds.add(id);
    this.options.onRejected();
  }

  /** The saved value, checked against its schema; undefined (and reported) when it fails. */
  async load(id: string): Promise<T | undefined> {
    const saved = this.saved.find((candidate) => candidate.row.id === id);
    if (!saved) return undefined;
    const value = await this.options.parse(saved.row.data);
    if (value !== undefined) return value;
    this.reject(id);
    this.saved = this.saved.filter((candidate) => candidate !== saved);
    this.host.requestUpdate();
    return undefined;
  }

  /** The newest usable draft that started from the same page setup. */
  async latest(origin: string): Promise<T | undefined> {
    for (const saved of this.saved.filter((candidate) => candidate.row.origin === origin)) {
      const value = await this.load(saved.row.id);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Saves after a short pause; a newer edit replaces a pending one. */
  save(value: T, origin: string): void {
    // Another draft's edit is waiting: write it now, so switching drafts never drops it.
    if (this.pending && this.options.toRow(this.pending.value).id !== this.options.toRow(value).id) void this.flush();
    this.pending = { value, origin };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves a pending edit now; resolves when it is on disk. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    // Before storage is open there is nowhere to write: the edit stays pending.
    if (!this.opened) return;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      this.saving = this.saving.then(async () => {
        try {
          const { store } = await this.opened!;
          await store.save({ ...this.options.toRow(pending.value), origin: pending.origin });
          await this.refresh();
        } catch {
          this.options.onSaveFailed();
        }
      });
    }
    await this.saving;
  }

  async remove(id: string): Promise<void> {
    if (this.pending && this.options.toRow(this.pending.value).id === id) this.pending = undefined;
    await this.saving;
    const { store } = await this.opened!;
    await store.delete(id);
    await this.refresh();
  }
}
