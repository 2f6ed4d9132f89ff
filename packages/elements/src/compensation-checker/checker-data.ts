import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCaoRecord, loadCompensationRules, type CaoRecord, type CompensationRules } from '@stagekit/core';

/** A CAO id that is in no dataset. */
export class UnknownCaoError extends Error {}

/**
 * The data a check needs: the rules, and the chosen CAO's record (by id, from `src` or the bundled
 * files). Loads again when the id or `src` changes; a newer request always wins over an older one.
 */
export class CheckerData implements ReactiveController {
  rules?: CompensationRules;
  rulesError?: unknown;
  record?: CaoRecord | null;
  recordError?: unknown;
  private rulesRequested = false;
  private recordKey?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoadError: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts what is missing; cheap when nothing changed. */
  want(caoId: string | undefined, src: string | undefined): void {
    if (!this.rulesRequested) {
      this.rulesRequested = true;
      loadCompensationRules().then(
        (rules) => this.settle(() => (this.rules = rules)),
        (error: unknown) => this.settle(() => (this.rulesError = error), true),
      );
    }
    const key = `${caoId ?? ''}|${src ?? ''}`;
    if (key === this.recordKey) return;
    this.recordKey = key;
    this.record = caoId ? undefined : null;
    this.recordError = undefined;
    if (!caoId) return;
    loadCaoRecord(caoId, src).then(
      (record) => key === this.recordKey && this.settle(() => (record ? (this.record = record) : (this.recordError = new UnknownCaoError(caoId)))),
      (error: unknown) => key === this.recordKey && this.settle(() => (this.recordError = error), true),
    );
  }

  get loading(): boolean {
    return (this.rules === undefined && this.rulesError === undefined) || (this.record === undefined && this.recordError === undefined);
  }

  get failed(): boolean {
    return this.rulesError !== undefined || (this.recordError !== undefined && !(this.recordError instanceof UnknownCaoError));
  }

  get caoUnknown(): boolean {
    return this.recordError instanceof UnknownCaoError;
  }

  /** After a load error: forget what failed and try again. */
  retry(): void {
    if (this.rulesError !== undefined) {
      this.rulesError = undefined;
      this.rulesRequested = false;
    }
    this.recordKey = undefined;
    this.host.requestUpdate();
  }

  private settle(apply: () => unknown, failed = false): void {
    apply();
    if (failed) this.onLoadError();
    this.host.requestUpdate();
  }
}
