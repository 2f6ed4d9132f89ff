import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaoDataset } from '@stagekit/core';

export type DatasetStatus = 'pending' | 'complete' | 'error';

export interface DatasetLoadOptions {
  /** The dataset URL the host wants now (`undefined`: the bundled one). */
  src(): string | undefined;
  load(src: string | undefined): Promise<CaoDataset>;
  onComplete(dataset: CaoDataset): void;
  onError(error: unknown): void;
}

/**
 * The lookup's dataset: loads before the first render, again when `src` changes, and on retry; a
 * newer load always wins over an older one. The same states as @lit/task's Task, which the lookup
 * used before, for about a third of its bytes: the lookup must fit in 25 kB.
 */
export class DatasetLoad implements ReactiveController {
  status: DatasetStatus = 'pending';
  /** The last dataset loaded; kept while a newer one loads, as a Task keeps its value. */
  dataset?: CaoDataset;
  error?: unknown;
  private loadedSrc?: string | null = null;
  private loads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DatasetLoadOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.src() !== this.loadedSrc) void this.run();
  }

  /** Loads the dataset again; resolves when this load has settled (or a newer one replaced it). */
  run(): Promise<void> {
    const load = ++this.loads;
    const src = (this.loadedSrc = this.options.src());
    this.status = 'pending';
    this.host.requestUpdate();
    const current = () => load === this.loads;
    return this.options.load(src).then(
      (dataset) => {
        if (!current()) return;
        this.status = 'complete';
        this.dataset = dataset;
        this.options.onComplete(dataset);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (!current()) return;
        this.status = 'error';
        this.error = error;
        this.options.onError(error);
        this.host.requestUpdate();
      },
    );
  }
}
