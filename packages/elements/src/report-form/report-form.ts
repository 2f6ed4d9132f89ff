import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  draftConflictCatalog,
  REPORT_LIMITS,
  OutboxError,
  ReportCryptoError,
  REPORT_STEPS,
  STEP_FIELDS,
  checkEndpoint,
  draftToReport,
  formatDateTime,
  isDraftEmpty,
  isMailAddress,
  loadedMessages,
  loadReportRouting,
  loadReportTools,
  newId,
  newReportDraft,
  parsePrefillType,
  prefillFromCompensation,
  reportCatalog,
  stepOfField,
  toggleWish,
  type CompensationInput,
  type CompensationResult,
  type DraftField,
  type DraftIssue,
  type DraftTextField,
  type Messages,
  type OutboxItem,
  type Report,
  type ReportDraft,
  type ReportMessageKey,
  type ReportStart,
  type ReportStep,
  type StorageKind,
  type Translator,
  type Wish,
} from '@stagekit/core';
import { StagekitElement } from '../internal/stagekit-element.js';

type ReportTools = Awaited<ReturnType<typeof loadReportTools>>;
import { sharedStyles } from '../internal/shared.styles.js';
import { formControlStyles } from '../internal/form-controls.styles.js';
import { stepperStyles } from '../internal/stepper.styles.js';
import type { StagekitErrorCode } from '../internal/events.js';
import { downloadFile } from '../internal/files.js';
import { printHost } from '../internal/print-host.js';
import { renderAdviceStep } from './form-advice.js';
import { renderDevicePanel, renderErrorSummary, renderProtects, renderQuickExit, renderStepper } from './form-panels.js';
import { renderReceipt, renderSendStep, renderStatus } from './form-send.js';
import { renderContactStep, renderDetailsStep, renderWhatStep } from './form-steps.js';
import { reportDrafts } from './report-drafts.js';
import { renderDraftConflict } from '../internal/draft-conflict.js';
import { draftConflictStyles } from '../internal/draft-conflict.styles.js';
import { ReportStorage } from './report-storage.js';
import { controlId, type AdviceState, type Receipt, type ReportView, type SchoolSetup, type SummaryItem } from './report-view.js';
import { reportFormStyles } from './report-form.styles.js';

/** The words in front of a problem ("Wat is er gebeurd moet ingevuld zijn"): nouns, not the questions. */
const FIELD_NAMES: Record<DraftField, ReportMessageKey> = {
  type: 'text.type',
  grounds: 'text.grounds',
  kinds: 'text.kinds',
  otherDetail: 'text.otherDetail',
  situation: 'text.situation',
  level: 'text.level',
  reporter: 'text.reporter',
  whenDate: 'text.when',
  whenDescription: 'text.when',
  where: 'text.where',
  companyName: 'text.company',
  companyLocation: 'text.company',
  whatHappened: 'text.whatHappened',
  witnesses: 'text.witnesses',
  files: 'text.attachments',
  wishes: 'text.wishes',
  anonymous: 'text.contact',
  name: 'text.name',
  email: 'text.email',
  phone: 'text.phone',
};

/** Three Shift presses in a row within this time leave the page (as GOV.UK's "Exit this page"). */
const SHIFT_WINDOW_MS = 2_000;

/**
 * A safe way to report internship discrimination or misuse to the right place. Five steps: what
 * happened (with examples), when and where (with evidence files whose photo metadata is removed),
 * what the reporter wants and whether to stay anonymous, routing advice for the case (with what
 * each place can do and its sources), and check and send. Sending goes to the school's endpoint
 * through an outbox in IndexedDB that retries until the school has it (encrypted first when the
 * school gives a public key); without an endpoint the reporter e-mails, copies or prints it.
 * Nothing leaves the device unless the reporter sends it; "quick exit" leaves at once.
 *
 * @summary Report internship discrimination or misuse: routing advice, encryption, outbox that never loses a report.
 * @tag stagekit-report-form
 *
 * @attr lang - `nl` or `en`; else the nearest ancestor's `lang`, else Dutch.
 * @attr endpoint - The school's HTTPS address that takes reports (POST, JSON `stagekit-report/1`, `Idempotency-Key`). `http://localhost` and `http://127.0.0.1` only for development. Without it the form offers e-mail, copy and print.
 * @attr public-key - The school's public key as a JWK (EC P-256 or RSA-OAEP-256 of at least 2048 bits): reports and files are encrypted in the browser before they are stored to send or sent.
 * @attr meldpunt-name - The name of the school's reporting point, shown in the advice and when sending.
 * @attr meldpunt-email - Its e-mail address: the form offers a prefilled e-mail.
 * @attr meldpunt-phone - Its phone number, shown in the advice.
 * @attr storage - `local` (default): drafts, the outbox and files are kept in this browser (IndexedDB) until sent or deleted. `memory`: nothing is kept on the device.
 * @attr prefill-type - Where a new report starts: `discrimination`, `misuse`, misuse kinds (`underpaid`, `disguised-job`, …) or compensation checker verdicts (`below-cao`, `employment-risk`), several separated by commas.
 * @attr exit-url - Where "quick exit" goes (http or https); default an empty page (`about:blank`).
 * @prop {string} reportId - The id of the open report (also its Idempotency-Key).
 *
 * @fires stagekit-report-status - `detail.id`, `detail.status` (`draft`, `queued`, `sent`, `rejected`), `detail.receipt` (`reference`, `fromServer`, `message`) when sent, `detail.reason` and `detail.httpStatus` when rejected.
 * @fires stagekit-quick-exit - Cancelable; fired after the form is cleared, before the page goes to `exit-url`. `detail.url`.
 * @fires stagekit-error - A recoverable problem: `detail.code` (`invalid-attribute`, `invalid-file`, `send-failed`, `storage-unavailable`, `storage-write-failed`) and `detail.message` (localized).
 *
 * @csspart base - The wrapper.
 * @csspart form - The current step.
 * @csspart error-summary - The list of problems after "next" or before sending.
 * @csspart routes - The routing advice.
 * @csspart files - The evidence files added.
 * @csspart status - Messages and the state of a report being sent.
 * @csspart receipt - The receipt after sending.
 * @csspart protects - "What this form protects, and what it cannot".
 * @csspart saved - Unsent drafts on this device.
 *
 * @cssprop --stagekit-color-primary - Accent colour.
 * @cssprop --stagekit-color-exit - Background of the quick exit button.
 */
export class StagekitReportForm extends StagekitElement {
  static override styles = [sharedStyles, formControlStyles, draftConflictStyles, stepperStyles, reportFormStyles];

  static override properties = {
    endpoint: { type: String },
    publicKey: { type: String, attribute: 'public-key' },
    meldpuntName: { type: String, attribute: 'meldpunt-name' },
    meldpuntEmail: { type: String, attribute: 'meldpunt-email' },
    meldpuntPhone: { type: String, attribute: 'meldpunt-phone' },
    storage: { type: String },
    prefillType: { type: String, attribute: 'prefill-type' },
    exitUrl: { type: String, attribute: 'exit-url' },
    draft: { state: true },
    step: { state: true },
    errors: { state: true },
    summary: { state: true },
    summaryAll: { state: true },
    stepsWithErrors: { state: true },
    advice: { state: true },
    outboxItem: { state: true },
    receipt: { state: true },
    sending: { state: true },
    filesBusy: { state: true },
    confirmDeleteAll: { state: true },
    keepNothing: { state: true },
    notice: { state: true },
    problem: { state: true },
    keyProblem: { state: true },
    exited: { state: true },
    printText: { state: true },
    queuedIds: { state: true },
  };

  declare endpoint: string | undefined;
  declare publicKey: string | undefined;
  declare meldpuntName: string | undefined;
  declare meldpuntEmail: string | undefined;
  declare meldpuntPhone: string | undefined;
  /** `local` (default) keeps drafts, the outbox and files in this browser; `memory` keeps nothing. */
  declare storage: StorageKind;
  declare prefillType: string | undefined;
  declare exitUrl: string | undefined;

  protected declare draft: ReportDraft;
  protected declare step: ReportStep;
  protected declare errors: ReadonlyMap<DraftField, string>;
  protected declare summary: readonly SummaryItem[];
  protected declare summaryAll: boolean;
  protected declare stepsWithErrors: ReadonlySet<ReportStep>;
  protected declare advice: AdviceState;
  protected declare outboxItem: OutboxItem | undefined;
  protected declare receipt: Receipt | undefined;
  protected declare sending: boolean;
  protected declare filesBusy: boolean;
  protected declare confirmDeleteAll: boolean;
  protected declare keepNothing: boolean;
  protected declare notice: string;
  protected declare problem: string;
  protected declare keyProblem: string | undefined;
  protected declare exited: boolean;
  protected declare printText: string;
  protected declare queuedIds: ReadonlySet<string>;

  /** The draft as it started: while the reporter has changed nothing, nothing is saved. */
  private start!: ReportDraft;
  private readonly checkedSteps = new Set<ReportStep>();
  private readonly startedIds = new Set<string>();
  private readonly reportedAttributes = new Set<string>();
  /** What was sent, kept until the school answers, for the receipt's copy. */
  private readonly sentReports = new Map<string, { report: Report; created: string }>();
  /** Where each report this page queued waits: "keep nothing" may change the kind for new work meanwhile. */
  private readonly queuedIn = new Map<string, StorageKind>();
  private focusAfterUpdate?: string;
  private shiftPresses: number[] = [];
  private readonly drafts = reportDrafts(this, {
    onFallback: () => this.report('storage-unavailable', (t) => t('storage.fallback'), false),
    onRejected: () => this.report('storage-unavailable', (t) => t('storage.draftRejected')),
    onSaveFailed: () => this.report('storage-write-failed', (t) => t('storage.saveFailed')),
    onConflict: () => this.requestUpdate(),
  });
  private readonly store = new ReportStorage({
    onChange: (item) => this.outboxChanged(item),
    onError: () => this.report('storage-write-failed', (t) => t('storage.saveFailed')),
  });

  constructor() {
    super();
    this.storage = 'local';
    this.step = 'what';
    this.errors = new Map();
    this.summary = [];
    this.summaryAll = false;
    this.stepsWithErrors = new Set();
    this.advice = { kind: 'need-case' };
    this.sending = false;
    this.filesBusy = false;
    this.confirmDeleteAll = false;
    this.keepNothing = false;
    this.notice = '';
    this.problem = '';
    this.exited = false;
    this.printText = '';
    this.queuedIds = new Set();
  }

  /** The id of the open report; it is also the Idempotency-Key it is sent with. */
  get reportId(): string {
    return this.ensureDraft().id;
  }

  /** Writes a pending draft save now (e.g. before the page closes). */
  async saveNow(): Promise<void> {
    await this.drafts.flush();
  }

  /**
   * Starts a new report from a compensation checker result (its `result()`, or the detail of
   * `stagekit-check`): below the CAO → underpaid; a high risk that it is really a job → that kind.
   * Returns false (and changes nothing) when the verdict gives no reason to report.
   */
  startFromCompensation(result: Pick<CompensationResult, 'cao' | 'employmentRisk'>, input?: Pick<CompensationInput, 'level'>): boolean {
    const start = prefillFromCompensation(result, input);
    if (!start) return false;
    this.startNew(start);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('keydown', this.onDocumentKey, true);
    // Reports queued on an earlier visit are sent now, without opening anything.
    if (this.hasUpdated) this.track(this.store.resume(this.kind));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.onDocumentKey, true);
    this.store.stop();
  }

  private get kind(): StorageKind {
    return this.storage === 'memory' || this.keepNothing || this.drafts.fallback ? 'memory' : 'local';
  }

  private ensureDraft(): ReportDraft {
    if (!this.draft) {
      this.draft = newReportDraft(this.startFromAttribute());
      this.start = this.draft;
    }
    return this.draft;
  }

  private startFromAttribute(): ReportStart {
    return parsePrefillType(this.prefillType) ?? {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const draft = this.ensureDraft();
    if (changed.has('storage')) {
      if (this.storage !== 'local' && this.storage !== 'memory') {
        // A removed attribute is null: the default, not a value to report (it said "null" does not exist).
        if (this.storage != null) this.reportAttribute('storage', String(this.storage));
        this.storage = 'local';
      }
      this.track(this.store.resume(this.kind).then(() => this.refreshQueued()));
      this.track(this.drafts.use(this.kind));
    }
    if (changed.has('prefillType') && this.prefillType) {
      if (!parsePrefillType(this.prefillType)) this.reportAttribute('prefill-type', this.prefillType);
      // Same id: a page may have read `reportId` before the attribute came.
      else if (isDraftEmpty(draft, this.start)) this.startNew(this.startFromAttribute(), draft.id);
    }
    if (changed.has('endpoint') && this.endpoint && !checkEndpoint(this.endpoint).ok) this.reportAttribute('endpoint', this.endpoint);
    if (changed.has('meldpuntEmail') && this.meldpuntEmail && !isMailAddress(this.meldpuntEmail.trim())) this.reportAttribute('meldpunt-email', this.meldpuntEmail);
    if (changed.has('exitUrl') && this.exitUrl && !/^https?:\/\//i.test(this.exitUrl.trim())) this.reportAttribute('exit-url', this.exitUrl);
    if (changed.has('publicKey')) this.track(this.checkKey());
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  private get school(): SchoolSetup {
    const endpoint = this.endpoint ? checkEndpoint(this.endpoint) : undefined;
    const email = this.meldpuntEmail?.trim();
    return {
      ...(endpoint?.ok ? { endpoint: endpoint.url } : {}),
      ...(this.meldpuntName?.trim() ? { name: this.meldpuntName.trim() } : {}),
      ...(email && isMailAddress(email) ? { email } : {}),
      ...(this.meldpuntPhone?.trim() ? { phone: this.meldpuntPhone.trim() } : {}),
      keyGiven: Boolean(this.publicKey?.trim()),
      ...(this.keyProblem ? { keyProblem: this.keyProblem } : {}),
    };
  }

  /** The school's key is checked once it is set: a key that cannot be used blocks sending (never a silent fallback to plain text). */
  private async checkKey(): Promise<void> {
    this.keyProblem = undefined;
    const key = this.publicKey?.trim();
    if (!key) return;
    const t = await this.messagesReady(reportCatalog);
    let code: string | undefined;
    if (!globalThis.isSecureContext || !globalThis.crypto?.subtle) code = 'insecure-context';
    else {
      const tools = await loadReportTools();
      try {
        tools.parsePublicKey(key);
      } catch (error) {
        code = error instanceof ReportCryptoError ? error.code : 'invalid-key';
      }
    }
    if (!code || key !== this.publicKey?.trim()) return;
    this.keyProblem = t(`crypto.${code}` as ReportMessageKey);
    if (code !== 'insecure-context') this.reportAttribute('public-key', this.keyProblem);
    else void this.report('send-failed', () => this.keyProblem!, false);
  }

  private reportAttribute(name: 'storage' | 'prefill-type' | 'endpoint' | 'meldpunt-email' | 'exit-url' | 'public-key', value: string): void {
    const key = `${name}=${value}`;
    if (this.reportedAttributes.has(key)) return;
    this.reportedAttributes.add(key);
    void this.report('invalid-attribute', (t) =>
      name === 'public-key' ? t('attribute.public-key', { problem: value }) : t(`attribute.${name}`, { value: Array.from(value).slice(0, 80).join('') }),
    );
  }

  /** Tells the user (alert) and the page (`stagekit-error`) the same sentence. */
  private async report(code: StagekitErrorCode, message: (t: Translator<ReportMessageKey>) => string, alert = true): Promise<void> {
    const work = this.messagesReady(reportCatalog).then((t) => {
      const text = message(t);
      if (alert) this.problem = text;
      this.emit('stagekit-error', { code, message: text });
    });
    this.track(work);
    await work.catch(() => undefined);
  }

  // Editing -------------------------------------------------------------------------------------

  private edit(change: Partial<ReportDraft>): void {
    if (this.outboxItem?.status === 'queued' || this.receipt) return;
    this.draft = { ...this.draft, ...change };
    this.problem = '';
    if (isDraftEmpty(this.draft, this.start)) {
      // Back to nothing: what was typed before must not stay on disk (this also drops a pending save).
      if (this.startedIds.has(this.draft.id)) this.track(this.drafts.remove(this.draft.id).catch(() => undefined));
      return;
    }
    this.drafts.save(this.draft, this.school.endpoint ?? '');
    if (!this.startedIds.has(this.draft.id)) {
      this.startedIds.add(this.draft.id);
      this.emit('stagekit-report-status', { id: this.draft.id, status: 'draft' });
    }
    if (this.checkedSteps.size) this.track(this.recheck());
    if (this.step === 'advice') this.loadAdvice();
  }

  private setText(field: DraftTextField, value: string): void {
    this.edit({ [field]: value } as Partial<ReportDraft>);
  }

  private toggle(field: 'grounds' | 'kinds' | 'wishes', value: string, on: boolean): void {
    const list = this.draft[field] as string[];
    if (field === 'wishes') {
      if (list.includes(value) !== on) this.edit({ wishes: toggleWish(this.draft.wishes, value as Wish) });
      return;
    }
    this.edit({ [field]: on ? [...new Set([...list, value])] : list.filter((item) => item !== value) } as Partial<ReportDraft>);
  }

  private choose(field: 'type' | 'situation' | 'level' | 'reporter' | 'anonymous', value: string): void {
    if (field === 'anonymous') this.edit({ anonymous: value === 'yes' });
    else this.edit({ [field]: value } as Partial<ReportDraft>);
  }

  // Checking ------------------------------------------------------------------------------------

  private async issues(): Promise<DraftIssue[]> {
    const tools = await loadReportTools();
    return tools.checkReportDraft(this.draft, this.locale);
  }

  private sentence(tools: ReportTools, t: Translator<ReportMessageKey>, issue: DraftIssue): string {
    const messages = loadedMessages(reportCatalog, this.locale) as Messages<ReportMessageKey>;
    return `${t(FIELD_NAMES[issue.field])} ${tools.reportProblemText(issue, messages, this.locale)}`;
  }

  /** Shows the problems of the steps already checked; fields the reporter fixed lose their message at once. */
  private async recheck(): Promise<void> {
    const [issues, t, tools] = await Promise.all([this.issues(), this.messagesReady(reportCatalog), loadReportTools()]);
    const shown = issues.filter((issue) => this.checkedSteps.has(stepOfField(issue.field)));
    this.errors = new Map(shown.map((issue) => [issue.field, this.sentence(tools, t, issue)]));
    this.stepsWithErrors = new Set(shown.map((issue) => stepOfField(issue.field)));
    const fields = new Set(shown.map((issue) => issue.field));
    this.summary = this.summary.filter((item) => fields.has(item.field)).map((item) => ({ ...item, text: this.errors.get(item.field) ?? item.text }));
  }

  /** Checks one step (or all): true when it has no problems; else the error summary is shown and focused. */
  private async check(steps: readonly ReportStep[], all: boolean): Promise<boolean> {
    for (const step of steps) this.checkedSteps.add(step);
    await this.recheck();
    const [issues, t, tools] = await Promise.all([this.issues(), this.messagesReady(reportCatalog), loadReportTools()]);
    const relevant = issues.filter((issue) => steps.includes(stepOfField(issue.field)));
    this.summaryAll = all;
    this.summary = relevant.map((issue) => ({ field: issue.field, step: stepOfField(issue.field), text: this.sentence(tools, t, issue) }));
    if (relevant.length) this.focusAfterUpdate = '.error-summary';
    return relevant.length === 0;
  }

  private goTo(step: ReportStep, focusField?: DraftField): void {
    this.step = step;
    this.summary = [];
    this.notice = '';
    this.focusAfterUpdate = focusField ? `#${controlId(focusField)}` : '#step-title';
    if (step === 'advice') this.loadAdvice();
  }

  private async next(): Promise<void> {
    const index = REPORT_STEPS.indexOf(this.step);
    if (STEP_FIELDS[this.step].length && !(await this.check([this.step], false))) return;
    const next = REPORT_STEPS[Math.min(index + 1, REPORT_STEPS.length - 1)]!;
    this.goTo(next);
  }

  private previous(): void {
    const index = REPORT_STEPS.indexOf(this.step);
    this.goTo(REPORT_STEPS[Math.max(index - 1, 0)]!);
  }

  /** Before anything leaves: every step checked; the summary lists all problems with links. */
  private async checkAll(): Promise<boolean> {
    return this.check(REPORT_STEPS, true);
  }

  // Advice --------------------------------------------------------------------------------------

  private loadAdvice(): void {
    const d = this.draft;
    if (!d.type || !d.situation) {
      this.advice = { kind: 'need-case' };
      return;
    }
    if (this.advice.kind !== 'ready') this.advice = { kind: 'loading' };
    const school = this.school;
    const work = loadReportRouting().then(
      ({ routeAdvice, routeMessageKeys }) => {
        this.advice = {
          kind: 'ready',
          keysOf: routeMessageKeys,
          routes: routeAdvice({
            type: d.type!,
            kinds: d.kinds,
            situation: d.situation!,
            ...(d.level ? { level: d.level } : {}),
            wishes: d.wishes,
            schoolConfigured: Boolean(school.endpoint || school.name || school.email || school.phone),
          }),
        };
      },
      () => {
        this.advice = { kind: 'failed' };
      },
    );
    this.track(work);
  }

  // Files ---------------------------------------------------------------------------------------

  private async addFiles(files: readonly File[]): Promise<void> {
    this.filesBusy = true;
    const t = await this.messagesReady(reportCatalog);
    const notes: string[] = [];
    const problems: string[] = [];
    let notKept = false;
    const size = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    try {
      const tools = await loadReportTools();
      const reportId = this.draft.id;
      const store = await this.store.files(this.kind);
      for (const file of files) {
        const name = file.name;
        // Another report was opened meanwhile: the rest is not added to it.
        if (this.draft.id !== reportId) break;
        if (this.draft.attachments.length >= REPORT_LIMITS.attachments) {
          problems.push(t('files.tooMany', { maximum: REPORT_LIMITS.attachments, name }));
          continue;
        }
        if (file.size > REPORT_LIMITS.attachmentBytes) {
          problems.push(t('files.tooLarge', { name, maximum: size(REPORT_LIMITS.attachmentBytes) }));
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          problems.push(t('files.unreadable', { name }));
          continue;
        }
        const prepared = tools.prepareAttachment({ id: newId(), name, type: file.type, bytes });
        const total = this.draft.attachments.reduce((sum, meta) => sum + meta.size, 0) + prepared.meta.size;
        if (total > REPORT_LIMITS.totalAttachmentBytes) {
          problems.push(t('files.totalTooLarge', { name, maximum: size(REPORT_LIMITS.totalAttachmentBytes) }));
          continue;
        }
        const copy = prepared.bytes.slice().buffer;
        if (this.draft.id !== reportId) break;
        await store.put({ ...prepared.meta, reportId, bytes: copy, added: new Date().toISOString() });
        this.edit({ attachments: [...this.draft.attachments, prepared.meta] });
        notes.push(`${t('files.added', { name: prepared.meta.name })} ${t(`metadata.${prepared.meta.metadata}`)}`);
      }
    } catch {
      notKept = true;
      problems.push(t('storage.saveFailed'));
    } finally {
      this.filesBusy = false;
    }
    this.notice = notes.join(' ');
    // A file that could not be kept (e.g. the disk is full) is a storage problem, not a bad file.
    if (problems.length) void this.report(notKept ? 'storage-write-failed' : 'invalid-file', () => problems.join(' '));
  }

  private async removeFile(id: string): Promise<void> {
    const meta = this.draft.attachments.find((file) => file.id === id);
    if (!meta) return;
    this.edit({ attachments: this.draft.attachments.filter((file) => file.id !== id) });
    await (await this.store.files(this.kind)).delete(id);
    const t = await this.messagesReady(reportCatalog);
    this.notice = t('files.removed', { name: meta.name });
    this.focusAfterUpdate = `#${controlId('files')}`;
  }

  // Sending -------------------------------------------------------------------------------------

  private async send(): Promise<void> {
    const endpoint = this.school.endpoint;
    if (this.sending || !endpoint || this.keyProblem) return;
    // Set before the check: a second click while checking must not build a second body.
    this.sending = true;
    this.problem = '';
    const draft = this.draft;
    const kind = this.kind;
    try {
      if (!(await this.checkAll())) return;
      const tools = await loadReportTools();
      const rows = await (await this.store.files(kind)).listFor(draft.id);
      const attachments = draft.attachments.map((meta) => {
        const row = rows.find((candidate) => candidate.id === meta.id);
        if (!row) throw new Error(`file ${meta.name} is missing`);
        return { meta, bytes: new Uint8Array(row.bytes) };
      });
      const created = new Date().toISOString();
      const report = draftToReport(draft, this.locale) as Report;
      const { body } = await tools.buildReportWire({ id: draft.id, created, report, attachments, ...(this.publicKey?.trim() ? { publicKey: this.publicKey.trim() } : {}) });
      this.sentReports.set(draft.id, { report, created });
      const { rejection: _old, ...withoutRejection } = draft;
      // The reporter may have opened another report meanwhile: only the one being sent changes.
      if (this.draft.id === draft.id) this.draft = withoutRejection;
      this.drafts.save(withoutRejection, endpoint);
      await this.drafts.flush();
      this.queuedIn.set(draft.id, kind);
      const outbox = await this.store.outbox(kind);
      await outbox.enqueue({ id: draft.id, endpoint, body });
    } catch (error) {
      // Already queued or sent (another click, another tab): the outbox reports its state.
      if (error instanceof OutboxError && (error.code === 'already-queued' || error.code === 'already-sent')) return;
      await this.report('send-failed', (t) =>
        error instanceof ReportCryptoError ? t('send.keyProblem', { problem: t(`crypto.${error.code}` as ReportMessageKey) }) : t('send.failed'),
      );
    } finally {
      this.sending = false;
    }
  }

  private async retryNow(): Promise<void> {
    const id = this.outboxItem?.id;
    if (!id) return;
    const item = await (await this.store.outbox(this.queuedIn.get(id) ?? this.kind)).retryNow(id);
    // Another tab may have delivered it meanwhile: then this page never heard the answer.
    if (item && item.status !== 'queued') this.outboxChanged(item);
  }

  /** Every change of the outbox, also of reports sent on an earlier visit. */
  private async refreshQueued(): Promise<void> {
    const ids = new Set<string>();
    for (const kind of this.storage === 'memory' ? (['memory'] as const) : (['local', 'memory'] as const)) {
      for (const item of await (await this.store.outbox(kind)).list()) if (item.status === 'queued') ids.add(item.id);
    }
    this.queuedIds = ids;
  }

  private outboxChanged(item: OutboxItem): void {
    this.track(this.refreshQueued());
    this.emit('stagekit-report-status', {
      id: item.id,
      status: item.status,
      ...(item.receipt ? { receipt: item.receipt } : {}),
      ...(item.rejection ? { reason: item.rejection.reason, httpStatus: item.rejection.status } : {}),
    });
    const open = item.id === this.draft?.id;
    if (item.status === 'queued') {
      if (open) {
        // The form (and the focused Send button) gives way to the status: focus follows.
        if (this.outboxItem?.status !== 'queued') this.focusAfterUpdate = '#status-title';
        this.outboxItem = item;
      }
      return;
    }
    this.track(open ? this.settleOpen(item) : this.settleEarlier(item));
  }

  private async settleOpen(item: OutboxItem): Promise<void> {
    const t = await this.messagesReady(reportCatalog);
    this.outboxItem = undefined;
    if (item.status === 'rejected' && item.rejection) {
      this.draft = { ...this.draft, rejection: item.rejection };
      this.drafts.save(this.draft, this.school.endpoint ?? '');
      this.step = 'send';
      this.focusAfterUpdate = '#status-title';
      return;
    }
    const sent = this.sentReports.get(item.id);
    const receipt = item.receipt ?? { reference: item.id, fromServer: false };
    const messages = loadedMessages(reportCatalog, this.locale) as Messages<ReportMessageKey>;
    const { reportPlainText } = await loadReportTools();
    const copy = sent
      ? reportPlainText(sent.report, messages, this.locale, {
          id: item.id,
          created: sent.created,
          reference: receipt.reference,
          status: 'sent',
          ...(this.school.name ? { sentTo: this.school.name } : {}),
          attachments: this.draft.attachments,
        })
      : `${t('receipt.reference')}: ${receipt.reference}`;
    this.focusAfterUpdate = '#receipt-title';
    this.receipt = { id: item.id, ...receipt, anonymous: this.draft.anonymous === true, copy };
    this.notice = t('outbox.sent', { reference: receipt.reference });
    this.sentReports.delete(item.id);
    await this.forget(item.id);
  }

  /** A report queued on an earlier visit got its answer: say so; a refused one is kept as a draft to open. */
  private async settleEarlier(item: OutboxItem): Promise<void> {
    const t = await this.messagesReady(reportCatalog);
    if (item.status === 'sent') {
      await this.forget(item.id);
      this.notice = t('status.deliveredLater', { reference: item.receipt?.reference ?? item.id });
      return;
    }
    const saved = await this.drafts.load(item.id);
    if (saved && item.rejection) this.drafts.save({ ...saved, rejection: item.rejection }, '');
    this.notice = t('status.rejectedLater', { status: item.rejection?.status ?? 0 });
  }

  /** Once the school has a report, its readable draft and files leave the device; the receipt stays in the outbox. */
  private async forget(id: string): Promise<void> {
    await this.drafts.remove(id).catch(() => undefined);
    await this.store.deleteFiles(id, this.storage === 'memory' ? ['memory'] : ['memory', 'local']);
  }

  // Copies --------------------------------------------------------------------------------------

  /** The plain-text copy of the report, after every step is checked. */
  private async copyOfDraft(): Promise<string | undefined> {
    if (this.receipt) return this.receipt.copy;
    if (!(await this.checkAll())) return undefined;
    const messages = loadedMessages(reportCatalog, this.locale) as Messages<ReportMessageKey>;
    const { reportPlainText } = await loadReportTools();
    return reportPlainText(draftToReport(this.draft, this.locale) as Report, messages, this.locale, {
      id: this.draft.id,
      created: new Date().toISOString(),
      status: 'draft',
      attachments: this.draft.attachments,
    });
  }

  private async copyText(): Promise<void> {
    const text = await this.copyOfDraft();
    if (text === undefined) return;
    const t = await this.messagesReady(reportCatalog);
    try {
      await navigator.clipboard.writeText(text);
      this.notice = t('send.copied');
    } catch {
      this.problem = t('send.copyFailed');
    }
  }

  private async downloadCopy(): Promise<void> {
    const text = await this.copyOfDraft();
    if (text === undefined) return;
    downloadFile(`${this.locale === 'nl' ? 'melding' : 'report'}-${(this.receipt?.reference ?? this.draft.id).replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}.txt`, text, 'text/plain;charset=utf-8');
  }

  private async printCopy(): Promise<void> {
    const text = await this.copyOfDraft();
    if (text === undefined) return;
    this.printText = text;
    await this.updateComplete;
    // The copy leaves the page once printed, so a later print or "delete everything" finds nothing.
    printHost(this, undefined, () => {
      this.printText = '';
    });
  }

  private async openMail(event: Event): Promise<void> {
    const link = event.currentTarget as HTMLAnchorElement;
    const email = this.school.email;
    if (!email) return;
    // The link opens a mail program; it may only carry a report that passed every check.
    if (link.dataset.ready !== 'true') {
      event.preventDefault();
      const text = await this.copyOfDraft();
      if (text === undefined) return;
      const t = await this.messagesReady(reportCatalog);
      const { reportMailto } = await loadReportTools();
      const mail = reportMailto({
        to: email,
        subject: t('mailto.subject', { type: t(`type.${this.draft.type!}`), reference: this.draft.id }),
        body: text,
        truncatedNote: t('mailto.truncated'),
      });
      if (!mail) return;
      this.notice = mail.truncated ? t('send.mailtoTruncated') : '';
      link.href = mail.url;
      link.dataset.ready = 'true';
      link.click();
      return;
    }
    delete link.dataset.ready;
  }

  // Drafts, storage, leaving -------------------------------------------------------------------

  private startNew(start: ReportStart = this.startFromAttribute(), id?: string): void {
    this.draft = { ...newReportDraft(start), ...(id ? { id } : {}) };
    this.start = this.draft;
    this.receipt = undefined;
    this.outboxItem = undefined;
    this.step = 'what';
    this.errors = new Map();
    this.summary = [];
    this.stepsWithErrors = new Set();
    this.checkedSteps.clear();
    this.advice = { kind: 'need-case' };
    this.problem = '';
    this.printText = '';
  }

  private newReport(): void {
    this.startNew();
    this.notice = '';
    this.focusAfterUpdate = '#step-title';
  }

  private async open(id: string): Promise<void> {
    await this.drafts.flush();
    const draft = await this.drafts.load(id);
    if (!draft) return;
    this.startNew();
    this.draft = draft;
    this.start = newReportDraft();
    this.startedIds.add(id);
    const item = await (await this.store.outbox(this.kind)).get(id);
    this.outboxItem = item?.status === 'queued' ? item : undefined;
    this.step = draft.rejection ? 'send' : 'what';
    this.focusAfterUpdate = '#step-title';
  }

  /** The two-tabs question, once its texts are loaded (only when it is asked). */
  private renderConflict(): TemplateResult | typeof nothing {
    const t = this.drafts.conflict && this.messages(draftConflictCatalog);
    return t ? renderDraftConflict(t, 'report', (version) => this.track(this.resolveConflict(version))) : nothing;
  }

  /** Another tab saved this report too: the user's choice is saved or shown, and focus goes back to the top. */
  private async resolveConflict(version: 'theirs' | 'mine'): Promise<void> {
    const t = await this.messagesReady(draftConflictCatalog);
    if (version === 'mine') {
      await this.drafts.keepMine(this.draft, this.school.endpoint ?? '');
      this.notice = t('keptMine');
    } else {
      const draft = await this.drafts.useTheirs();
      if (!draft) return;
      this.draft = draft;
      this.notice = t('tookTheirs');
    }
    this.focusAfterUpdate = 'h2';
  }

  private async setKeepNothing(on: boolean): Promise<void> {
    if (on === this.keepNothing) return;
    const from = this.kind;
    const draft = this.draft;
    const empty = isDraftEmpty(draft, this.start);
    if (on) await this.drafts.remove(draft.id).catch(() => undefined);
    this.keepNothing = on;
    const to = this.kind;
    await this.store.moveFiles(draft.id, from, to);
    await this.drafts.use(to);
    if (!empty) this.drafts.save(draft, this.school.endpoint ?? '');
  }

  private async deleteAll(): Promise<void> {
    this.confirmDeleteAll = false;
    const t = await this.messagesReady(reportCatalog);
    await this.drafts.remove(this.draft.id).catch(() => undefined);
    for (const saved of this.drafts.saved) await this.drafts.remove(saved.row.id).catch(() => undefined);
    await this.store.deleteAll(this.storage === 'memory' ? 'memory' : 'local');
    this.startNew();
    await this.drafts.refresh();
    this.notice = t('deleteAll.done');
    this.focusAfterUpdate = '#step-title';
  }

  private quickExit(): void {
    const url = this.exitUrl && /^https?:\/\//i.test(this.exitUrl.trim()) ? this.exitUrl.trim() : 'about:blank';
    // What was typed stays saved (unless the reporter keeps nothing), but leaves the screen at once.
    void this.drafts.flush();
    this.exited = true;
    this.performUpdate();
    const go = this.dispatchEvent(new CustomEvent('stagekit-quick-exit', { bubbles: true, composed: true, cancelable: true, detail: { url } }));
    if (go) globalThis.location?.replace(url);
  }

  private readonly onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.shiftPresses = [];
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    this.shiftPresses = [...this.shiftPresses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.shiftPresses.length >= 3) {
      this.shiftPresses = [];
      this.quickExit();
    }
  };

  // Rendering -----------------------------------------------------------------------------------

  private view(t: Translator<ReportMessageKey>): ReportView {
    return {
      t,
      locale: this.locale,
      draft: this.draft,
      step: this.step,
      school: this.school,
      errors: this.errors,
      summary: this.summary,
      summaryAll: this.summaryAll,
      stepsWithErrors: this.stepsWithErrors,
      advice: this.advice,
      ...(this.outboxItem ? { outboxItem: this.outboxItem } : {}),
      ...(this.receipt ? { receipt: this.receipt } : {}),
      sending: this.sending,
      filesBusy: this.filesBusy,
      saved: this.drafts.saved,
      queuedIds: this.queuedIds,
      confirmDeleteAll: this.confirmDeleteAll,
      keepNothing: this.kind === 'memory',
      keepNothingFixed: this.storage === 'memory',
      storageFallback: this.drafts.fallback,
      formatDate: (iso) => formatDateTime(new Date(iso), this.locale),
      text: (field, value) => this.setText(field, value),
      toggle: (field, value, on) => this.toggle(field, value, on),
      choose: (field, value) => this.choose(field, value),
      addFiles: (files) => this.track(this.addFiles(files)),
      removeFile: (id) => this.track(this.removeFile(id)),
      goTo: (step, field) => this.goTo(step, field),
      next: () => this.track(this.next()),
      previous: () => this.previous(),
      loadAdvice: () => this.loadAdvice(),
      send: () => this.track(this.send()),
      retryNow: () => this.track(this.retryNow()),
      copyText: () => this.track(this.copyText()),
      downloadCopy: () => this.track(this.downloadCopy()),
      printCopy: () => this.track(this.printCopy()),
      openMail: (event) => this.track(this.openMail(event)),
      newReport: () => this.newReport(),
      open: (id) => this.track(this.open(id)),
      setKeepNothing: (on) => this.track(this.setKeepNothing(on)),
      askDeleteAll: (on) => {
        this.confirmDeleteAll = on;
        this.focusAfterUpdate = on ? '[data-action="cancel-delete-all"]' : '[data-action="delete-all"]';
      },
      deleteAll: () => this.track(this.deleteAll()),
      quickExit: () => this.quickExit(),
    };
  }

  private renderStep(v: ReportView): TemplateResult {
    const step = this.step;
    const last = step === 'send';
    const body =
      step === 'what' ? renderWhatStep(v) : step === 'details' ? renderDetailsStep(v) : step === 'contact' ? renderContactStep(v) : step === 'advice' ? renderAdviceStep(v) : renderSendStep(v);
    return html`<form part="form" novalidate aria-labelledby="step-title" @submit=${(event: Event) => event.preventDefault()}>
      <h2 id="step-title" tabindex="-1">${v.t(`step.${step}`)}</h2>
      ${renderErrorSummary(v)} ${body}
      <div class="nav">
        ${step !== 'what' ? html`<button type="button" class="secondary" data-action="back" @click=${() => v.previous()}>${v.t('form.back')}</button>` : nothing}
        ${last ? nothing : html`<button type="button" class="primary" data-action="next" @click=${() => v.next()}>${v.t('form.next')}</button>`}
      </div>
    </form>`;
  }

  override render(): TemplateResult | typeof nothing {
    if (this.exited) return nothing;
    const t = this.messages(reportCatalog);
    if (!t) {
      return this.messagesFailed
        ? html`<p class="problem" role="alert">${this.locale === 'en' ? 'The texts of this form could not be loaded. Check your connection and reload the page.' : 'De teksten van dit formulier konden niet geladen worden. Controleer je verbinding en laad de pagina opnieuw.'}</p>`
        : nothing;
    }
    const v = this.view(t);
    const queued = this.outboxItem?.status === 'queued';
    return html`<div class="base" part="base">
      ${renderQuickExit(v)}
      <h2 class="title" tabindex="-1">${t('form.title')}</h2>
      <p class="intro">${t('form.intro')}</p>
      <div part="status" class="status">
        <div role="status">${this.notice ? html`<p>${this.notice}</p>` : nothing}</div>
        ${renderStatus(v)}
      </div>
      <div role="alert" class="alert">${this.problem ? html`<p class="problem">${this.problem}</p>` : nothing}${this.renderConflict()}</div>
      ${this.receipt
        ? renderReceipt(v)
        : queued
          ? html`<button type="button" class="secondary" data-action="new-report" @click=${() => v.newReport()}>${t('receipt.new')}</button>`
          : html`${renderStepper(v)} ${this.renderStep(v)}`}
      ${renderProtects(v)} ${renderDevicePanel(v)}
      ${this.printText ? html`<pre class="print-copy" aria-hidden="true">${this.printText}</pre>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stagekit-report-form': StagekitReportForm;
  }
}
