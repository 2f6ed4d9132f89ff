import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadScheduleValidation, openDrafts, type DraftRow, type DraftStore, type OpenedStore, type SchedulePlan, type StorageKind } from '@stagekit/core';

/** How long the planner waits after an edit before saving: one save per burst of typing. */
export const SAVE_DELAY_MS = 300;

export interface SavedPlan {
  row: DraftRow;
  plan: SchedulePlan;
}

/**
 * Keeps the planner's drafts: saves the plan shortly after each edit, lists saved plans, and reads
 * them back through the plan schema (the disk may hold anything; a bad draft is skipped and
 * reported, the rest works).
 */
export class PlannerDrafts implements ReactiveController {
  saved: SavedPlan[] = [];
  fallback = false;
  /** The last save failed (e.g. the disk is full); the plan is still on screen. */
  saveFailed = false;
  rejected = 0;
  private opened?: Promise<OpenedStore<DraftStore>>;
  private kind?: StorageKind;
  private pending?: { plan: SchedulePlan; origin: string };
  private timer?: ReturnType<typeof setTimeout>;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFallback: () => void,
    private readonly onRejected: () => void,
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
      this.opened = openDrafts('schedule', kind).then((opened) => {
        this.fallback = opened.fallback;
        if (opened.fallback) this.onFallback();
        return opened;
      });
      void this.refresh();
    }
    return this.opened;
  }

  /** Re-reads the list of saved plans. */
  async refresh(): Promise<void> {
    if (!this.opened) return;
    const { store } = await this.opened;
    const rows = await store.list();
    const { schedulePlanSchema } = rows.length ? await loadScheduleValidation() : { schedulePlanSchema: undefined };
    const saved: SavedPlan[] = [];
    let rejected = 0;
    for (const row of rows) {
      const parsed = schedulePlanSchema!.safeParse(row.data);
      if (parsed.success) saved.push({ row, plan: parsed.data as SchedulePlan });
      else rejected++;
    }
    this.saved = saved;
    if (rejected > this.rejected) this.onRejected();
    this.rejected = rejected;
    this.host.requestUpdate();
  }

  /** The newest valid draft that started from the same page setup. */
  latest(origin: string): SavedPlan | undefined {
    return this.saved.find((saved) => saved.row.origin === origin);
  }

  /** Saves after a short pause; a newer edit replaces a pending one. */
  save(plan: SchedulePlan, origin: string): void {
    this.pending = { plan, origin };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves a pending edit now; resolves when it is on disk. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (pending && this.opened) {
      this.saving = this.saving.then(async () => {
        try {
          const { store } = await this.opened!;
          await store.save({ id: pending.plan.id, title: pending.plan.title, origin: pending.origin, data: pending.plan });
          this.saveFailed = false;
          await this.refresh();
        } catch {
          this.saveFailed = true;
          this.host.requestUpdate();
        }
      });
    }
    await this.saving;
  }

  async remove(id: string): Promise<void> {
    if (this.pending?.plan.id === id) this.pending = undefined;
    await this.saving;
    const { store } = await this.opened!;
    await store.delete(id);
    await this.refresh();
  }
}
