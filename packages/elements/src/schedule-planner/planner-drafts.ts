import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isValidIsoDate, loadScheduleValidation, openDrafts, type DraftRow, type DraftStore, type OpenedStore, type SchedulePlan, type StorageKind } from '@stagekit/core';

/** How long the planner waits after an edit before saving: one save per burst of typing. */
export const SAVE_DELAY_MS = 300;

/** A saved plan as the list shows it; the whole plan is checked only when it is opened. */
export interface SavedPlan {
  row: DraftRow;
  start: string;
  end: string;
}

/** A day from the disk, only if it is a real one: the list formats it. */
const day = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value) ? value : undefined);

/**
 * Keeps the planner's drafts: saves the plan shortly after each edit, lists saved plans, and reads
 * them back through the plan schema when one is opened (the disk may hold anything; a bad draft is
 * skipped and reported, the rest works). Listing needs no schema, so a first visit never loads it.
 */
export class PlannerDrafts implements ReactiveController {
  saved: SavedPlan[] = [];
  fallback = false;
  private opened?: Promise<OpenedStore<DraftStore>>;
  private kind?: StorageKind;
  private pending?: { plan: SchedulePlan; origin: string };
  private timer?: ReturnType<typeof setTimeout>;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFallback: () => void,
    private readonly onRejected: () => void,
    /** A save failed (e.g. the disk is full): the plan is still on screen, the user should export it. */
    private readonly onSaveFailed: () => void,
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
    const saved: SavedPlan[] = [];
    for (const row of await store.list()) {
      const data = (typeof row.data === 'object' && row.data !== null ? row.data : {}) as Record<string, unknown>;
      const start = day(data.start);
      const end = day(data.end);
      if (start && end) saved.push({ row, start, end });
      else this.reject(row.id);
    }
    this.saved = saved;
    this.host.requestUpdate();
  }

  private readonly rejectedIds = new Set<string>();

  /** A draft that cannot be used: told once, left on disk (nothing saved is deleted unasked). */
  private reject(id: string): void {
    if (this.rejectedIds.has(id)) return;
    this.rejectedIds.add(id);
    this.onRejected();
  }

  /** The saved plan, checked against the plan schema; undefined (and reported) when it fails. */
  async load(id: string): Promise<SchedulePlan | undefined> {
    const saved = this.saved.find((candidate) => candidate.row.id === id);
    if (!saved) return undefined;
    const { schedulePlanSchema } = await loadScheduleValidation();
    const parsed = schedulePlanSchema.safeParse(saved.row.data);
    if (parsed.success) return parsed.data as SchedulePlan;
    this.reject(id);
    this.saved = this.saved.filter((candidate) => candidate !== saved);
    this.host.requestUpdate();
    return undefined;
  }

  /** The newest usable draft that started from the same page setup. */
  async latest(origin: string): Promise<SchedulePlan | undefined> {
    for (const saved of this.saved.filter((candidate) => candidate.row.origin === origin)) {
      const plan = await this.load(saved.row.id);
      if (plan) return plan;
    }
    return undefined;
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
          await this.refresh();
        } catch {
          this.onSaveFailed();
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
