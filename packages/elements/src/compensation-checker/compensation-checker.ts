import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  attributeName,
  checkCompensation,
  COMPENSATION_FIELDS,
  compensationCatalog,
  compensationFullCatalog,
  fieldsFromInput,
  inputFromFields,
  isValidIsoDate,
  todayIsoDate,
  type CaoRecord,
  type CompensationField,
  type CompensationFullMessageKey,
  type CompensationMessageKey,
  type CompensationResult,
  type CompensationRules,
  type FieldValues,
  type FieldsOutcome,
  type Translator,
} from '@stagekit/core';
import { StagekitElement } from '../internal/stagekit-element.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { renderBadge } from './compensation-badge.js';
import { CheckerData } from './checker-data.js';
import { compensationCheckerStyles } from './compensation-checker.styles.js';

/** The full form and result, loaded only when `mode="full"` (the badge does without). */
type FullView = typeof import('./compensation-full.js');

/**
 * Is an internship's compensation fair? Checks an offer against the CAO (by its own proration rule
 * and conditions), the planned legal right (a proposal, never an amount) and the signs that the
 * "internship" is really a job, with the source of every figure.
 *
 * `mode="full"` (default) shows a form with the CAO lookup and the full explanation; `mode="badge"`
 * shows a one-line verdict for a vacancy page, from attributes only.
 *
 * @summary Internship-compensation check, as a form or as a vacancy-page badge.
 * @tag stagekit-compensation-checker
 *
 * @attr lang - `nl` or `en`; else the nearest ancestor's `lang`, else Dutch.
 * @attr mode - `full` (default): form and full explanation. `badge`: a one-line verdict from attributes only.
 * @attr src - URL of a CAO dataset that replaces the bundled one.
 * @attr report-url - The page with a `<stagekit-report-form>` (http, https or relative): when the offer is below the CAO or looks like a job, the result links there with `?prefill-type=below-cao` / `employment-risk`.
 * @attr date - Reference date `YYYY-MM-DD` that decides which figures apply; default today.
 * @attr cao - Id of the CAO in the dataset (e.g. `cao-horeca`).
 * @attr level - `vo`, `mbo-bol`, `mbo-bbl`, `hbo` or `wo`.
 * @attr stage-type - `orientation`, `practice` or `graduation`.
 * @attr start - Start date `YYYY-MM-DD`.
 * @attr end - End date `YYYY-MM-DD`.
 * @attr weeks - Length in weeks, when there are no dates.
 * @attr hours - Hours a week (1–60).
 * @attr days - Days a week (1–7); needed by CAOs that scale by days, else assumed from 8-hour days.
 * @attr age - The student's age (12–80).
 * @attr location - `nl` (European Netherlands), `bes` (Bonaire, Sint Eustatius, Saba) or `abroad` (including Aruba, Curaçao, Sint Maarten).
 * @attr employment-contract - `yes` or `no`: does the bbl student have an employment contract?
 * @attr offered - The compensation offered, euros gross per month.
 * @attr learning-plan - `yes` or `no`: is there a learning plan with goals? Unset means not answered.
 * @attr supervisor - `yes` or `no`: is there a named supervisor?
 * @attr replaces-staff - `yes` or `no`: is the student counted as staff or replacing an employee?
 * @attr mainly-productive - `yes` or `no`: is the work mainly productive?
 * @attr graduated - `yes` or `no`: has the student already graduated?
 * @prop {object} input - The whole input at once, keyed by the camelCase of the attribute names (`stageType`, `replacesStaff`, …); booleans or `yes`/`no` for the questions.
 *
 * @fires stagekit-check - After every complete evaluation; `detail` is the result: `cao.status`, `cao.minimumMonthly`, `cao.shortfall`, `legalRight.wouldApply`, `legalRight.inForce`, `employmentRisk.level`, `employmentRisk.minimumWageMonthly`, `sources` (euros, rounded to cents).
 * @fires stagekit-error - A recoverable problem: `detail.code` and `detail.message` (localized).
 *
 * @csspart base - The wrapper.
 * @csspart form - The form (full mode).
 * @csspart result - The result (full mode).
 * @csspart badge - The one-line verdict (badge mode).
 * @csspart details - The badge's "how was this worked out" disclosure.
 *
 * @cssprop --stagekit-color-primary - Accent colour.
 * @cssprop --stagekit-color-success - Colour of a verdict that meets the CAO.
 * @cssprop --stagekit-color-error - Colour of a verdict below the CAO, and of field errors.
 */
export class StagekitCompensationChecker extends StagekitElement {
  static override styles = [sharedStyles, compensationCheckerStyles];

  static override properties = {
    src: { type: String },
    reportUrl: { type: String, attribute: 'report-url' },
    date: { type: String },
    mode: { type: String },
    ...Object.fromEntries(COMPENSATION_FIELDS.map((field) => [field, { type: String, attribute: attributeName(field) }])),
    input: { attribute: false },
    edits: { state: true },
    touched: { state: true },
    submitted: { state: true },
    chosenCao: { state: true },
  };

  /** URL of a CAO dataset that replaces the bundled one. */
  declare src: string | undefined;
  /** The page with the school's report form: a verdict worth reporting gets a link there. */
  declare reportUrl: string | undefined;
  /** Reference date (YYYY-MM-DD) that decides which figures apply; default today. */
  declare date: string | undefined;
  /** `full` (default): form and full explanation. `badge`: a one-line verdict from attributes. */
  declare mode: string | undefined;
  /** The whole input at once, keyed by the camelCase of the attribute names. */
  declare input: Partial<Record<CompensationField, unknown>> | undefined;
  declare level: string | undefined;
  declare stageType: string | undefined;
  declare start: string | undefined;
  declare end: string | undefined;
  declare weeks: string | undefined;
  declare hours: string | undefined;
  declare days: string | undefined;
  declare age: string | undefined;
  declare location: string | undefined;
  declare employmentContract: string | undefined;
  declare cao: string | undefined;
  declare offered: string | undefined;
  declare learningPlan: string | undefined;
  declare supervisor: string | undefined;
  declare replacesStaff: string | undefined;
  declare mainlyProductive: string | undefined;
  declare graduated: string | undefined;

  /** What the user typed in the form, on top of attributes and `input`. */
  declare edits: FieldValues;
  declare touched: ReadonlySet<CompensationField>;
  declare submitted: boolean;
  /** A CAO chosen with the embedded lookup (its full record). */
  declare chosenCao: CaoRecord | null | undefined;

  private full?: FullView;
  private fullLoading?: Promise<unknown>;
  private lastEmitted = '';

  /** Values from a share link (full mode), read once when the full view loads. */
  private shared: FieldValues = {};

  constructor() {
    super();
    this.edits = {};
    this.touched = new Set();
    this.submitted = false;
  }

  private readonly data = new CheckerData(this, () => this.reportLoadError());

  get isBadge(): boolean {
    return this.mode === 'badge';
  }

  get referenceDate(): string {
    return this.date && isValidIsoDate(this.date) ? this.date : todayIsoDate();
  }

  /** The field values: attributes, then the `input` property, then a share link, then what the user typed. */
  values(): FieldValues {
    const fromAttributes: FieldValues = {};
    for (const field of COMPENSATION_FIELDS) {
      const value = this[field];
      if (typeof value === 'string') fromAttributes[field] = value;
    }
    return { ...fromAttributes, ...(this.input ? fieldsFromInput(this.input) : {}), ...this.shared, ...this.edits };
  }

  /** The checked input, or the problems per field; the CAO must also exist. */
  outcome(): FieldsOutcome {
    return inputFromFields(this.values());
  }

  /** The CAO record in use: chosen in the lookup, or loaded by id. */
  get caoRecord(): CaoRecord | null | undefined {
    return this.chosenCao ?? this.data.record;
  }

  get caoIsUnknown(): boolean {
    return !this.chosenCao && this.data.caoUnknown;
  }

  /** The result for the current input, or undefined while input is incomplete or data is loading. */
  result(rules: CompensationRules | undefined = this.data.rules): CompensationResult | undefined {
    const outcome = this.outcome();
    if (!outcome.ok || !rules || this.caoIsUnknown) return undefined;
    if (outcome.input.cao && this.caoRecord?.id !== outcome.input.cao) return undefined;
    return checkCompensation(outcome.input, { rules, cao: outcome.input.cao ? this.caoRecord : null }, this.referenceDate);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.isBadge && !this.full) this.loadFull();
    if (changed.has('cao') || changed.has('input')) this.chosenCao = undefined;
    // The id as the input reads it (trimmed), and only one that can be an id: a lone surrogate made
    // the record's URL throw (shown as "could not load"), and "cao-horeca " was looked up as it was.
    const caoId = this.chosenCao ? undefined : this.values().cao?.trim();
    const caoOutcome = caoId ? this.outcome() : undefined;
    this.data.want(caoOutcome && (caoOutcome.ok || !caoOutcome.issues.some(({ field }) => field === 'cao')) ? caoId : undefined, this.src);
  }

  private loadFull(): void {
    this.fullLoading ??= import('./compensation-full.js').then((module) => {
      this.full = module;
      this.shared = module.readSharedFields(globalThis.location?.hash ?? '');
      // The form's styles come with the full view; a badge never loads them.
      adoptStyles(this.renderRoot as ShadowRoot, [...StagekitCompensationChecker.elementStyles, module.formControlStyles, module.compensationFormStyles]);
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.fullLoading && !this.full) {
      await this.fullLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const result = this.result();
    if (!result) return;
    const key = JSON.stringify(result);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    this.emit('stagekit-check', result);
  }

  private reportLoadError(): void {
    void this.messagesReady(compensationCatalog).then((t) => this.emit('stagekit-error', { code: 'dataset-unreachable', message: t('loadError') }));
  }

  /** The form's texts (loaded with the full view); undefined while they load. */
  fullMessages(): Translator<CompensationFullMessageKey> | undefined {
    return this.messages(compensationFullCatalog);
  }

  /** Called by the form: a field changed. */
  setField(field: CompensationField, value: string): void {
    this.edits = { ...this.edits, [field]: value };
    if (field === 'cao') this.chosenCao = undefined;
  }

  /** Called by the form: the user left a field, so its problem may now be shown. */
  touch(field: CompensationField): void {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  /** Called by the form: the user chose a CAO in the embedded lookup. */
  chooseCao(record: CaoRecord | null): void {
    this.chosenCao = record;
    this.edits = { ...this.edits, cao: record?.id ?? '' };
  }

  submit(): void {
    this.submitted = true;
  }

  retry(): void {
    this.data.retry();
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.messages(compensationCatalog);
    if (!t) return this.messagesFailed ? html`<p class="error" role="alert">Stagekit kon zijn teksten niet laden. / Stagekit could not load its texts.</p>` : nothing;
    if (this.data.failed) return this.renderLoadError(t);
    if (this.isBadge) return renderBadge(this, t);
    return this.full ? this.full.renderFull(this, t) : nothing;
  }

  private renderLoadError(t: Translator<CompensationMessageKey>): TemplateResult {
    return html`<div class="error" part="base" role="alert">
      <p>${t('loadError')}</p>
      <button type="button" @click=${() => this.retry()}>${t('retry')}</button>
    </div>`;
  }

  /** True while the rules or the CAO record are still being fetched. */
  get loading(): boolean {
    return this.chosenCao ? this.data.rules === undefined : this.data.loading;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stagekit-compensation-checker': StagekitCompensationChecker;
  }
}
