import { deleteAllReportData, openOutboxStore, openReportFiles, Outbox, type OutboxItem, type ReportFileStore, type StorageKind } from '@stagekit/core';

/**
 * Where the report form keeps things on the device, per storage kind: the outbox (which keeps
 * sending queued reports while the page is open, also those of earlier visits) and the evidence
 * files. `local` is IndexedDB; `memory` is this page only (the reporter keeps nothing, or storage
 * is refused).
 */
export class ReportStorage {
  private readonly outboxes = new Map<StorageKind, Promise<Outbox>>();
  private readonly fileStores = new Map<StorageKind, Promise<ReportFileStore>>();
  private running = false;

  constructor(private readonly handlers: { onChange(item: OutboxItem): void; onError(error: unknown): void }) {}

  /** The outbox of `kind`, started; sending resumes at once for what an earlier page left queued. */
  outbox(kind: StorageKind): Promise<Outbox> {
    let outbox = this.outboxes.get(kind);
    if (!outbox) {
      outbox = openOutboxStore(kind).then(({ store }) => {
        const created = new Outbox({ store, onChange: this.handlers.onChange, onError: this.handlers.onError });
        if (this.running) created.start();
        return created;
      });
      this.outboxes.set(kind, outbox);
    }
    return outbox;
  }

  /** Starts (again) sending what is queued in `kind`, and every outbox already opened. */
  async resume(kind: StorageKind): Promise<void> {
    if (!this.running) {
      this.running = true;
      globalThis.addEventListener?.('online', this.onOnline);
      for (const outbox of this.outboxes.values()) (await outbox).start();
    }
    await this.outbox(kind);
  }

  stop(): void {
    this.running = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    for (const outbox of this.outboxes.values()) void outbox.then((opened) => opened.stop());
  }

  private readonly onOnline = () => {
    for (const outbox of this.outboxes.values()) void outbox.then((opened) => opened.flush()).catch(this.handlers.onError);
  };

  files(kind: StorageKind): Promise<ReportFileStore> {
    let store = this.fileStores.get(kind);
    if (!store) {
      store = openReportFiles(kind).then(({ store: opened }) => opened);
      this.fileStores.set(kind, store);
    }
    return store;
  }

  /** Moves one report's files when the reporter switches "keep nothing on this device" on or off. */
  async moveFiles(reportId: string, from: StorageKind, to: StorageKind): Promise<void> {
    if (from === to) return;
    const [source, target] = await Promise.all([this.files(from), this.files(to)]);
    for (const row of await source.listFor(reportId)) await target.put(row);
    await source.deleteFor(reportId);
  }

  /** A sent report's files leave the device, wherever they were kept (also by an earlier visit). */
  async deleteFiles(reportId: string, kinds: readonly StorageKind[]): Promise<void> {
    for (const kind of kinds) await (await this.files(kind)).deleteFor(reportId);
  }

  /** "Delete everything": every report draft, the outbox and every file, on disk (unless `memory` only) and in memory. */
  async deleteAll(kind: StorageKind): Promise<void> {
    if (kind === 'local') await deleteAllReportData();
    const memoryFiles = this.fileStores.get('memory');
    if (memoryFiles) await (await memoryFiles).clear();
    const memoryOutbox = this.outboxes.get('memory');
    if (memoryOutbox) for (const item of await (await memoryOutbox).list()) await (await memoryOutbox).remove(item.id);
  }
}
