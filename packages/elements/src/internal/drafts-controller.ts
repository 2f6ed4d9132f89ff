import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftConflictError, openDrafts, type DraftKind, type DraftRow, type DraftStore, type OpenedStore, type StorageKind } from '@stagekit/core';

/** How long a widget waits after an edit before saving: one save per burst of typing. */
export const SAVE_DELAY_MS = 300;

/** Tabs of one site tell each other on this channel which draft they saved (or deleted). */
export const DRAFTS_CHANNEL = 'stagekit-drafts';

/** What a tab posts after a save (`revision`) or a deletion (`revision: null`). */
interface DraftSavedMessage {
  kind: DraftKind;
  id: string;
  revision: number | null;
}

const isSavedMessage = (data: unknown): data is DraftSavedMessage => {
  const message = data as Partial<DraftSavedMessage> | null;
  return typeof message?.id === 'string' && typeof message.kind === 'string' && (message.revision === null || typeof message.revision === 'number');
};

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
  /** Another tab saved the draft on screen: `conflict` is set and the user must choose a version. */
  onConflict(): void;
}

/** What a widget does when its drafts meet a problem. */
export type DraftHandlers = Pick<DraftsOptions<unknown, { row: DraftRow }>, 'onFallback' | 'onRejected' | 'onSaveFailed' | 'onConflict'>;

/**
 * Keeps a widget's drafts: saves shortly after each edit (and at once when the page is hidden or
 * the widget leaves it), lists saved drafts, and reads one back through its schema when it is
 * opened. The disk may hold anything: a bad draft is skipped and reported once, and stays on disk
 * (nothing saved is deleted unasked).
 *
 * Two tabs with the same draft: every save names the revision it builds on, so a save over another
 * tab's newer one is refused instead of overwriting it, and tabs announce their saves on a
 * BroadcastChannel, so the other tab learns of it at once. Either way `conflict` is set and this
 * tab's edits wait, unsaved, until the user picks `useTheirs()` or `keepMine()`.
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
  /** The revision each draft had when this tab last read or saved it. */
  private readonly known = new Map<string, number>();
  /** The draft this tab last opened or saved: the one on screen. */
  private current?: string;
  private channel?: BroadcastChannel;
  /** The draft another tab changed under this one; `theirs` is what it saved. */
  conflict?: { id: string; theirs: DraftRow };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftsOptions<T, S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.pageHidden);
    if (this.current) this.listen();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.pageHidden);
    this.channel?.close();
    this.channel = undefined;
    void this.flush();
  }

  /**
   * Only drafts on the device are shared between tabs; memory is this tab's own. The channel opens
   * once a draft is on screen (opened or saved) and closes when the page is hidden: a channel left
   * open in a removed frame made Chromium hang when the next page closed.
   */
  private listen(): void {
    if (this.channel || this.kind !== 'local' || this.fallback || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(DRAFTS_CHANNEL);
    // A message is a hint: if reading fails, the revision check at the next save still holds.
    this.channel.onmessage = (event: MessageEvent) => void this.otherTabSaved(event.data).catch(() => undefined);
  }

  private async otherTabSaved(message: unknown): Promise<void> {
    if (!isSavedMessage(message) || message.kind !== this.options.kind || !this.opened) return;
    const known = this.known.get(message.id);
    if (message.id === this.current && message.revision !== null && known !== undefined && message.revision > known) {
      const { store } = await this.opened;
      const theirs = await store.get(message.id);
      if (theirs && theirs.revision !== this.known.get(message.id)) this.startConflict(theirs);
    }
    await this.refresh();
  }

  private startConflict(theirs: DraftRow): void {
    const first = this.conflict?.id !== theirs.id;
    this.conflict = { id: theirs.id, theirs };
    if (first) this.options.onConflict();
    this.host.requestUpdate();
  }

  private announce(id: string, revision: number | null): void {
    this.channel?.postMessage({ kind: this.options.kind, id, revision } satisfies DraftSavedMessage);
  }

  private readonly pageHidden = () => {
    this.channel?.close();
    this.channel = undefined;
    void this.flush();
  };

  use(kind: StorageKind): Promise<OpenedStore<DraftStore>> {
    if (kind !== this.kind || !this.opened) {
      this.kind = kind;
      this.channel?.close();
      this.channel = undefined;
      this.opened = openDrafts(this.options.kind, kind).then((opened) => {
        this.fallback = opened.fallback;
        if (opened.fallback) this.options.onFallback();
        return opened;
      });
      // A connection closed meanwhile (another tab deleted or upgraded the database): the list stays as it was.
      this.refresh().catch(() => undefined);
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
    if (value !== undefined) {
      this.known.set(id, saved.row.revision);
      this.current = id;
      this.listen();
      if (this.conflict && this.conflict.id !== id) this.conflict = undefined;
      return value;
    }
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
        const row = this.options.toRow(pending.value);
        // The user has not chosen between the versions yet: the edit stays on screen, unsaved.
        if (this.conflict?.id === row.id) return;
        try {
          const { store } = await this.opened!;
          const saved = await store.save({ ...row, origin: pending.origin }, { expectedRevision: this.known.get(row.id) });
          this.known.set(row.id, saved.revision);
          this.current = row.id;
          this.listen();
          this.announce(row.id, saved.revision);
          await this.refresh();
        } catch (error) {
          if (error instanceof DraftConflictError) this.startConflict(error.theirs);
          else this.options.onSaveFailed();
        }
      });
    }
    await this.saving;
  }

  /** The other tab's version, checked, to show instead of this tab's unsaved edits. */
  async useTheirs(): Promise<T | undefined> {
    const conflict = this.conflict;
    if (!conflict) return undefined;
    const value = await this.options.parse(conflict.theirs.data);
    // Unreadable: nothing to switch to, the choice stays (keeping this tab's version still works).
    if (value === undefined) {
      this.reject(conflict.id);
      return undefined;
    }
    this.conflict = undefined;
    this.known.set(conflict.id, conflict.theirs.revision);
    this.current = conflict.id;
    this.host.requestUpdate();
    return value;
  }

  /** Saves this tab's version over the other tab's (the user chose it); resolves when it is on disk. */
  async keepMine(value: T, origin: string): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    this.known.set(conflict.id, conflict.theirs.revision);
    this.pending = { value, origin };
    this.host.requestUpdate();
    await this.flush();
  }

  async remove(id: string): Promise<void> {
    if (this.pending && this.options.toRow(this.pending.value).id === id) this.pending = undefined;
    await this.saving;
    const { store } = await this.opened!;
    await store.delete(id);
    this.known.delete(id);
    if (this.conflict?.id === id) this.conflict = undefined;
    this.announce(id, null);
    await this.refresh();
  }
}
