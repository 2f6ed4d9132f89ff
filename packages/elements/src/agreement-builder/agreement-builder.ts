import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  draftConflictCatalog,
  AGREEMENT_LIMITS,
  AGREEMENT_STEPS,
  REGIMES,
  SHARE_KEY,
  agreementCatalog,
  amend,
  buildDocument,
  buildSchedule,
  clausesFor,
  completeness,
  compensationImport,
  createAgreement,
  duplicateAgreement,
  eurosToCents,
  fieldsFromSchedule,
  fingerprint,
  formatEuros,
  formatMessage,
  formatPartialDate,
  loadAgreementPdf,
  loadAgreementTools,
  loadedMessages,
  loadMessages,
  loadScheduleValidation,
  openDrafts,
  translator,
  withDocumentLanguage,
  withFields,
  withRegime,
  withSource,
  type Agreement,
  type AgreementDocument,
  type AgreementFileProblem,
  type AgreementFields,
  type AgreementMessageKey,
  type AgreementStep,
  type CompensationResult,
  type Completeness,
  type DocumentLanguage,
  type FieldIssue,
  type Message,
  type OwnRuleWords,
  type Regime,
  type SchedulePlan,
  type StorageKind,
  type Translator,
} from '@stagekit/core';
import { StagekitElement } from '../internal/stagekit-element.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { formControlStyles } from '../internal/form-controls.styles.js';
import { stepperStyles } from '../internal/stepper.styles.js';
import type { ScheduleChangeDetail, StagekitErrorCode } from '../internal/events.js';
import { downloadFile, fileSlug } from '../internal/files.js';
import { summarizePlan, parsePlan, type SavedPlan } from '../schedule-planner/planner-drafts.js';
import { agreementDrafts, agreementTitle } from './agreement-drafts.js';
import { renderDraftConflict } from '../internal/draft-conflict.js';
import { draftConflictStyles } from '../internal/draft-conflict.styles.js';
import { renderClause, renderSigningFields } from './builder-fields.js';
import { renderCompensationImport, renderScheduleImport } from './builder-imports.js';
import { renderReview, renderRegime, renderSaved } from './builder-output.js';
import { renderCompleteness, renderErrorSummary, renderStepper } from './builder-panels.js';
import { printHost } from '../internal/print-host.js';
import { AttributeChecks, quotedValue, replaceAttributeNotices, type AttributeNotices } from '../internal/attribute-notices.js';
import { controlId, type BuilderView, type SummaryItem } from './builder-view.js';
import { agreementBuilderStyles } from './agreement-builder.styles.js';
import { documentStyles } from './document.styles.js';

const issueText = () => import('../internal/issue-text.js');
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const key = (text: string) => text as AgreementMessageKey;

/**
 * Puts together the internship agreement for student, school and company: the praktijkovereenkomst
 * (POK) for mbo, the stageovereenkomst for hbo and wo. A guided form in eight steps marks each
 * clause as required by law, required in the coming law (proposal) or recommended, with its source
 * and what it means for the student. It shows how complete the agreement is, saves drafts in this
 * browser, keeps amendments as versions with what changed, shares as a file or a link, and prints or
 * downloads a PDF with a fingerprint on every page.
 *
 * @summary Tripartite internship agreement builder (mbo POK, hbo/wo stageovereenkomst) with completeness, versions, PDF.
 * @tag stagekit-agreement-builder
 *
 * @attr lang - `nl` or `en` for the form; else the nearest ancestor's `lang`, else Dutch. The document's language is chosen apart.
 * @attr regime - `mbo` (praktijkovereenkomst, default), `hbo` or `wo` (stageovereenkomst), for a new agreement.
 * @attr storage - `local` (default): agreements are kept in this browser (IndexedDB). `memory`: nothing is kept.
 * @attr agreement-id - Opens the saved agreement with this id (lower-case letters, digits, dashes); a new agreement gets this id.
 * @prop {Agreement} agreement - The whole agreement (as in an exported file); set it to load one. An invalid agreement is refused with a `stagekit-error`.
 *
 * @fires stagekit-agreement-change - The agreement changed or was first shown: `detail.agreement` and `detail.completeness` (`law`, `proposal`, `recommended`: `{done, total, missing}`, and `lawComplete`).
 * @fires stagekit-agreement-export - A document or file was made: `detail.format` (`json`, `pdf`, `print`, `link`), `detail.fingerprint` (SHA-256, 64 hex digits) and, for files, `detail.file`.
 * @fires stagekit-error - A recoverable problem: `detail.code` (`invalid-attribute`, `invalid-agreement`, `invalid-file`, `storage-unavailable`, `storage-write-failed`, `export-failed`) and `detail.message` (localized).
 *
 * @csspart base - The wrapper.
 * @csspart form - The current step's clauses.
 * @csspart completeness - The completeness panel.
 * @csspart saved - Saved agreements.
 * @csspart document - The document preview (also what is printed).
 * @csspart versions - Versions and their changes.
 * @csspart share - File and link sharing.
 * @csspart import - Taking over the schedule or compensation.
 *
 * @cssprop --stagekit-color-primary - Accent colour.
 * @cssprop --stagekit-color-law - Colour of "required by law" marks.
 * @cssprop --stagekit-color-proposal - Colour of "required in the coming law" marks.
 */
export class StagekitAgreementBuilder extends StagekitElement {
  static override styles = [sharedStyles, formControlStyles, draftConflictStyles, stepperStyles, agreementBuilderStyles, documentStyles];

  static override properties = {
    regime: { type: String },
    storage: { type: String },
    agreementId: { type: String, attribute: 'agreement-id' },
    agreement: { attribute: false, noAccessor: true },
    step: { state: true },
    errors: { state: true },
    summary: { state: true },
    summaryAll: { state: true },
    stepsWithErrors: { state: true },
    status: { state: true },
    problem: { state: true },
    notices: { state: true },
    attributeNotices: { state: true },
    confirmDelete: { state: true },
    shareLink: { state: true },
    pdfBusy: { state: true },
    savedPlans: { state: true },
    pageSchedule: { state: true },
    pageCheck: { state: true },
    employmentRisk: { state: true },
  };

  declare regime: string | undefined;
  /** `local` (default) keeps agreements in this browser; `memory` keeps nothing. */
  declare storage: StorageKind;
  declare agreementId: string | undefined;

  protected declare step: AgreementStep;
  protected declare errors: ReadonlyMap<string, string>;
  protected declare summary: readonly SummaryItem[];
  protected declare summaryAll: boolean;
  protected declare stepsWithErrors: ReadonlySet<AgreementStep>;
  protected declare status: string;
  protected declare problem: string;
  protected declare notices: readonly string[];
  /** Notices about attributes, until the page corrects the attribute. */
  protected declare attributeNotices: AttributeNotices;
  private readonly attributeChecks = new AttributeChecks();
  protected declare confirmDelete: string | undefined;
  protected declare shareLink: string;
  protected declare pdfBusy: boolean;
  protected declare savedPlans: readonly SavedPlan[];
  protected declare pageSchedule: SchedulePlan | undefined;
  protected declare pageCheck: CompensationResult | undefined;
  protected declare employmentRisk: boolean;

  private current?: Agreement;
  private origin = '';
  private given = false;
  private edited = false;
  private emittedFor?: Agreement;
  private completenessFor?: { agreement: Agreement; result: Completeness };
  private focusAfterUpdate?: string;
  private readonly drafts = agreementDrafts(this, {
    onFallback: () => this.report('storage-unavailable', (t) => t('storageFallback'), true),
    onRejected: () => this.report('invalid-agreement', (t) => t('draftRejected'), true),
    onSaveFailed: () => this.report('storage-write-failed', (t) => t('saveFailed'), true),
    onConflict: () => this.requestUpdate(),
  });

  constructor() {
    super();
    this.storage = 'local';
    this.step = 'parties';
    this.errors = new Map();
    this.summary = [];
    this.summaryAll = false;
    this.stepsWithErrors = new Set();
    this.status = '';
    this.problem = '';
    this.notices = [];
    this.attributeNotices = new Map();
    this.confirmDelete = undefined;
    this.shareLink = '';
    this.pdfBusy = false;
    this.savedPlans = [];
    this.employmentRisk = false;
  }

  /** The whole agreement. Setting it checks it first; an invalid agreement is refused and reported. */
  get agreement(): Agreement {
    return this.ensureAgreement();
  }

  set agreement(value: Agreement) {
    this.given = true;
    const checking = Promise.all([loadAgreementTools(), issueText()]).then(([{ parseAgreement }, { describeIssue }]) => {
      const parsed = parseAgreement(value);
      if (!parsed.ok) {
        const problem = parsed.issues
          .slice(0, 3)
          .map((issue) => describeIssue(issue, this.locale, this.ownRuleWords))
          .join('; ');
        this.report('invalid-agreement', (t) => t('invalidAgreement', { problem }));
        return;
      }
      this.show(parsed.agreement);
    });
    this.track(checking);
    this.requestUpdate();
  }

  /** How complete the agreement is (law, coming law, recommended). */
  get completeness(): Completeness {
    const agreement = this.ensureAgreement();
    if (this.completenessFor?.agreement !== agreement) this.completenessFor = { agreement, result: completeness(agreement.regime, agreement.fields) };
    return this.completenessFor.result;
  }

  private regimeFromAttribute(): Regime {
    return REGIMES.find((regime) => regime === this.regime) ?? 'mbo';
  }

  private ensureAgreement(): Agreement {
    if (!this.current) {
      const id = this.agreementId && ID_PATTERN.test(this.agreementId) ? this.agreementId : undefined;
      this.current = createAgreement({ regime: this.regimeFromAttribute(), id, documentLanguage: this.locale });
      this.origin = JSON.stringify([this.regime ?? null, this.agreementId ?? null]);
    }
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Other Stagekit widgets on the page announce their results; the user chooses to take them over.
    document.addEventListener('stagekit-schedule-change', this.onPageSchedule);
    document.addEventListener('stagekit-check', this.onPageCheck);
    // Widgets that announced their result before this one was added: read it from them.
    const planner = document.querySelector('stagekit-schedule-planner');
    const checker = document.querySelector('stagekit-compensation-checker');
    if (planner?.hasUpdated) this.pageSchedule ??= planner.plan;
    if (checker?.hasUpdated) this.pageCheck ??= checker.result();
    if (this.hasUpdated) void this.drafts.use(this.storageKind());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('stagekit-schedule-change', this.onPageSchedule);
    document.removeEventListener('stagekit-check', this.onPageCheck);
  }

  private readonly onPageSchedule = (event: CustomEvent<ScheduleChangeDetail>) => {
    this.pageSchedule = event.detail.plan;
  };

  private readonly onPageCheck = (event: CustomEvent<CompensationResult>) => {
    this.pageCheck = event.detail;
  };

  private storageKind(): StorageKind {
    return this.storage === 'memory' ? 'memory' : 'local';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.ensureAgreement();
      this.checkAttributes();
      this.track(this.restore());
    } else {
      // Each changed attribute is checked (agreement-id was only when the regime changed too).
      this.checkAttributes(changed);
      if (changed.has('regime') && REGIMES.includes(this.regime as Regime)) this.changeRegime(this.regime as Regime);
      if (changed.has('storage')) void this.drafts.use(this.storageKind());
      if (changed.has('agreementId') && this.agreementId && ID_PATTERN.test(this.agreementId)) this.track(this.openById(this.agreementId));
    }
  }

  private checkAttributes(changed?: PropertyValues<this>): void {
    // A removed attribute is null: nothing to report (a removed regime was reported as "null").
    const regime = this.regime;
    if (!changed || changed.has('regime')) {
      this.attributeNotice('regime', regime != null && !REGIMES.includes(regime as Regime) ? (t) => t('invalidRegime', { value: quotedValue(regime) }) : undefined);
    }
    const id = this.agreementId;
    if (!changed || changed.has('agreementId')) {
      this.attributeNotice('agreement-id', id != null && !ID_PATTERN.test(id) ? (t) => t('invalidAgreementId', { value: quotedValue(id) }) : undefined);
    }
  }

  /** Shows and reports an attribute's problem; without one, its earlier notice goes. */
  private attributeNotice(name: string, text?: (t: Translator<AgreementMessageKey>) => string): void {
    const isNewest = this.attributeChecks.start([name]);
    if (!text) {
      if (this.attributeNotices.has(name)) this.attributeNotices = replaceAttributeNotices(this.attributeNotices, [name], new Map());
      return;
    }
    this.track(
      this.messagesReady(agreementCatalog).then((t) => {
        if (!isNewest(name)) return;
        const message = text(t);
        this.attributeNotices = replaceAttributeNotices(this.attributeNotices, [name], new Map([[name, [message]]]));
        this.emit('stagekit-error', { code: 'invalid-attribute', message });
      }),
    );
  }

  /** On first load: a shared link, else the agreement the page names, else the newest draft from the same page setup. */
  private async restore(): Promise<void> {
    await this.drafts.use(this.storageKind());
    await this.drafts.refresh();
    void this.loadSavedPlans();
    const hash = globalThis.location?.hash ?? '';
    // The link reader (zod) loads only when there is a link to read.
    const shared = hash.includes(SHARE_KEY) ? await (await loadAgreementTools()).readShareFragment(hash) : undefined;
    if (shared) {
      // The link did its work; without it a reload opens the saved draft instead of importing again.
      globalThis.history?.replaceState?.(null, '', globalThis.location.href.split('#')[0]);
      if (shared.ok) await this.openImported(shared.agreement, 'share.opened');
      else await this.reportFileProblem(shared.problem);
      return;
    }
    if (this.given || this.edited) return;
    if (this.agreementId && ID_PATTERN.test(this.agreementId)) {
      await this.openById(this.agreementId, true);
      return;
    }
    const latest = await this.drafts.latest(this.origin);
    if (latest && !this.given && !this.edited) this.show(latest);
  }

  private async openById(id: string, restoring = false): Promise<void> {
    const saved = await this.drafts.load(id);
    // While it loaded, the page may have set an agreement or the user typed: theirs wins.
    if (restoring && (this.given || this.edited)) return;
    if (saved) this.show(saved);
    else if (this.ensureAgreement().id !== id) this.show(createAgreement({ regime: this.regimeFromAttribute(), id, documentLanguage: this.locale }), false);
  }

  private async loadSavedPlans(): Promise<void> {
    try {
      const { store } = await openDrafts('schedule', this.storageKind());
      this.savedPlans = (await store.list()).map(summarizePlan).filter((plan): plan is SavedPlan => plan !== undefined);
    } catch {
      this.savedPlans = [];
    }
  }

  /** Shows another agreement (opened, imported, restored); forgets the old one's errors. */
  private show(agreement: Agreement, keep = true): void {
    this.current = agreement;
    this.errors = new Map();
    this.summary = [];
    this.stepsWithErrors = new Set();
    this.shareLink = '';
    this.confirmDelete = undefined;
    this.employmentRisk = false;
    this.summaryAll = false;
    if (keep && this.edited) this.drafts.save(agreement, this.origin);
    this.requestUpdate();
  }

  /** Tells the user (alert, or a lasting notice) and the page (`stagekit-error`). */
  private report(code: StagekitErrorCode, text: (t: Translator<AgreementMessageKey>) => string, lasting = false): void {
    const reporting = this.messagesReady(agreementCatalog).then((t) => {
      const message = text(t);
      if (lasting) {
        if (!this.notices.includes(message)) this.notices = [...this.notices, message];
      } else this.problem = message;
      this.emit('stagekit-error', { code, message });
    });
    this.track(reporting);
  }

  /** Saves a pending draft now (e.g. before the page closes). */
  async saveNow(): Promise<void> {
    await this.drafts.flush();
  }

  /** Every edit goes through here: the agreement changes, is saved shortly after, and the change is announced. */
  private change(next: Agreement, announce = ''): void {
    this.edited = true;
    this.current = next;
    this.problem = '';
    this.drafts.save(next, this.origin);
    this.status = announce;
    this.requestUpdate();
  }

  protected override updated(): void {
    const agreement = this.ensureAgreement();
    if (agreement !== this.emittedFor && this.messages(agreementCatalog)) {
      this.emittedFor = agreement;
      this.emit('stagekit-agreement-change', { agreement, completeness: this.completeness });
    }
    if (this.focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
      this.focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  /** Another regime has other rules: the problems on screen are checked again, so none is stale. */
  private changeRegime(regime: Regime): void {
    this.change(withRegime(this.ensureAgreement(), regime));
    if (this.errors.size || this.summary.length || this.stepsWithErrors.size) this.track(this.recheckShown());
  }

  /** Keeps the shown problems (field messages, summary, step marks) that still apply, with their current words. */
  private async recheckShown(): Promise<void> {
    const { validateStep } = await loadAgreementTools();
    const { regime, fields } = this.ensureAgreement();
    const steps = new Set<AgreementStep>([...this.stepsWithErrors, this.step, ...this.summary.map((item) => item.step)]);
    const now = new Map<AgreementStep, Map<string, string>>();
    for (const step of steps) now.set(step, await this.issueTexts(validateStep(regime, step, fields)));
    const still = (step: AgreementStep, field: string) => now.get(step)?.get(field);
    this.stepsWithErrors = new Set([...this.stepsWithErrors].filter((step) => now.get(step)!.size > 0));
    this.errors = new Map([...this.errors.keys()].filter((field) => still(this.step, field)).map((field) => [field, still(this.step, field)!]));
    this.summary = this.summary.filter((item) => still(item.step, item.field)).map((item) => ({ ...item, text: still(item.step, item.field)! }));
  }

  // Validation -------------------------------------------------------------------------------

  /** The agreement's own rule words (`rule.<key>` in its messages), for keys the shared catalogue does not have. */
  private readonly ownRuleWords: OwnRuleWords = (ruleKey, params) => {
    const messages = loadedMessages(agreementCatalog, this.locale) as Readonly<Record<string, Message>> | undefined;
    const message = messages?.[`rule.${ruleKey}`];
    return message === undefined ? undefined : formatMessage(message, this.locale, params);
  };

  private async issueTexts(issues: readonly FieldIssue[]): Promise<Map<string, string>> {
    const [{ describeRule }, t] = await Promise.all([issueText(), this.messagesReady(agreementCatalog)]);
    return new Map(
      issues.map((issue) => [issue.field, t('errors.item', { field: t(key(`field.${issue.field}`)), problem: describeRule(issue.key, this.locale, issue.params, this.ownRuleWords) })]),
    );
  }

  private async validate(step: AgreementStep): Promise<Map<string, string>> {
    const { validateStep } = await loadAgreementTools();
    const agreement = this.ensureAgreement();
    const texts = await this.issueTexts(validateStep(agreement.regime, step, agreement.fields));
    const steps = new Set(this.stepsWithErrors);
    if (texts.size) steps.add(step);
    else steps.delete(step);
    this.stepsWithErrors = steps;
    return texts;
  }

  /** After the user changed a field: check that field's form only (empty is fine until the step is left). */
  private async checkField(id: string): Promise<void> {
    const { validateStep } = await loadAgreementTools();
    const agreement = this.ensureAgreement();
    const issue = validateStep(agreement.regime, this.step, agreement.fields).find((candidate) => candidate.field === id && (candidate.key !== 'required-by-law' || this.errors.has(id)));
    const errors = new Map(this.errors);
    if (issue) {
      const text = (await this.issueTexts([issue])).get(id)!;
      // A new problem at the field is also said in the live region: focus has moved on by now.
      if (errors.get(id) !== text) this.status = text;
      errors.set(id, text);
    } else errors.delete(id);
    this.errors = errors;
    if (this.summary.length) this.summary = this.summary.filter((item) => item.field !== id || errors.has(id)).map((item) => (errors.has(item.field) ? { ...item, text: errors.get(item.field)! } : item));
  }

  private async leaveStep(target: AgreementStep, focusField?: string, blockOnErrors = false): Promise<void> {
    const from = this.step;
    const texts = await this.validate(from);
    if (blockOnErrors && texts.size) {
      this.errors = texts;
      this.summaryAll = false;
      this.summary = [...texts].map(([field, text]) => ({ field, step: from, text }));
      this.focusAfterUpdate = '.error-summary';
      return;
    }
    this.step = target;
    // The summary stays while the user works through it on the same step (GOV.UK keeps it until the next submit).
    if (target !== from && !this.summaryAll) this.summary = [];
    // Coming back to a step shows its problems again.
    this.errors = target === from ? texts : this.stepsWithErrors.has(target) ? await this.validate(target) : new Map();
    this.focusAfterUpdate = focusField ? this.focusSelector(focusField) : '#step-title';
    this.requestUpdate();
  }

  private focusSelector(field: string): string {
    const id = controlId(field);
    return this.renderRoot.querySelector(`#${id}-mon`) !== null || field.endsWith('Days') ? `#${id}-mon` : `#${id}`;
  }

  private async checkAll(): Promise<void> {
    const { validateAgreement } = await loadAgreementTools();
    const agreement = this.ensureAgreement();
    const t = await this.messagesReady(agreementCatalog);
    const all = validateAgreement(agreement.regime, agreement.fields);
    const items: SummaryItem[] = [];
    for (const { step, issues } of all) for (const [field, text] of await this.issueTexts(issues)) items.push({ field, step, text });
    this.stepsWithErrors = new Set(all.map((entry) => entry.step));
    this.summaryAll = true;
    this.summary = items;
    this.errors = new Map(items.filter((item) => item.step === this.step).map((item) => [item.field, item.text]));
    if (items.length) this.focusAfterUpdate = '.error-summary';
    else this.status = t('checkOk');
  }

  // Files, links, documents ------------------------------------------------------------------------

  private documentTranslator(language: DocumentLanguage): Translator<AgreementMessageKey> | undefined {
    const loaded = loadedMessages(agreementCatalog, language);
    if (loaded) return translator(loaded, language);
    this.track(loadMessages(agreementCatalog, language).then(() => this.requestUpdate()));
    return undefined;
  }

  private async agreementDocument(): Promise<AgreementDocument> {
    const agreement = this.ensureAgreement();
    const messages = await loadMessages(agreementCatalog, agreement.documentLanguage);
    return buildDocument(agreement, translator(messages, agreement.documentLanguage));
  }

  private fileName(extension: string, t: Translator<AgreementMessageKey>): string {
    const agreement = this.ensureAgreement();
    return `${fileSlug(agreementTitle(agreement) || t(agreement.regime === 'mbo' ? 'doc.titleMbo' : 'doc.titleHigher'), 'stageovereenkomst')}-v${agreement.version}.${extension}`;
  }

  private async exportJson(): Promise<void> {
    const [{ agreementToFile }, t] = await Promise.all([loadAgreementTools(), this.messagesReady(agreementCatalog)]);
    const file = agreementToFile(this.ensureAgreement());
    const name = this.fileName('json', t);
    const blob = new File([JSON.stringify(file, null, 2)], name, { type: 'application/json' });
    downloadFile(name, blob, 'application/json');
    this.emit('stagekit-agreement-export', { format: 'json', fingerprint: file.fingerprint, file: blob });
  }

  private async exportPdf(): Promise<void> {
    if (this.pdfBusy) return;
    const t = await this.messagesReady(agreementCatalog);
    this.pdfBusy = true;
    this.status = t('document.pdfBusy');
    try {
      const [document, { agreementPdf }] = await Promise.all([this.agreementDocument(), loadAgreementPdf()]);
      const { bytes, pages } = agreementPdf(document);
      const name = this.fileName('pdf', t);
      const file = new File([bytes as BlobPart], name, { type: 'application/pdf' });
      downloadFile(name, file, 'application/pdf');
      this.status = t('document.pdfReady', { pages });
      this.emit('stagekit-agreement-export', { format: 'pdf', fingerprint: document.fingerprint, file });
    } catch {
      this.report('export-failed', (tr) => tr('document.pdfFailed'));
    } finally {
      this.pdfBusy = false;
    }
  }

  private print(): void {
    printHost(this);
    this.emit('stagekit-agreement-export', { format: 'print', fingerprint: fingerprint(this.ensureAgreement()) });
  }

  private async makeLink(): Promise<void> {
    const [{ shareUrl }, t] = await Promise.all([loadAgreementTools(), this.messagesReady(agreementCatalog)]);
    const url = await shareUrl(globalThis.location.href, this.ensureAgreement());
    if (!url) {
      this.shareLink = '';
      this.problem = t('share.tooLong');
      return;
    }
    this.shareLink = url;
    this.status = t('share.linkReady');
    this.focusAfterUpdate = '#share-link';
    this.emit('stagekit-agreement-export', { format: 'link', fingerprint: fingerprint(this.ensureAgreement()) });
  }

  private async copyLink(): Promise<void> {
    const t = await this.messagesReady(agreementCatalog);
    try {
      await navigator.clipboard.writeText(this.shareLink);
      this.status = t('share.copied');
    } catch {
      // No clipboard permission: the link is selected, so Ctrl+C works.
      this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
    }
  }

  private async reportFileProblem(problem: AgreementFileProblem): Promise<void> {
    const { describeIssue } = await issueText();
    const messages: Record<AgreementFileProblem['kind'], (t: Translator<AgreementMessageKey>) => string> = {
      'too-large': (t) => t('import.tooLarge'),
      'not-json': (t) => t('import.notJson'),
      'not-agreement': (t) => t('import.notAgreement'),
      tampered: (t) => t('import.tampered'),
      invalid: (t) =>
        t('import.invalid', {
          problem:
            problem.kind === 'invalid'
              ? problem.issues
                  .slice(0, 3)
                  .map((issue) => describeIssue(issue, this.locale, this.ownRuleWords))
                  .join('; ')
              : '',
        }),
    };
    this.report('invalid-file', messages[problem.kind]);
  }

  private async importFile(file: File): Promise<void> {
    if (file.size > AGREEMENT_LIMITS.fileBytes) return this.reportFileProblem({ kind: 'too-large', maximum: AGREEMENT_LIMITS.fileBytes });
    const { agreementFromFile } = await loadAgreementTools();
    const result = agreementFromFile(await file.text());
    if (result.ok) await this.openImported(result.agreement, 'import.done');
    else await this.reportFileProblem(result.problem);
  }

  /** Opens an agreement from a file or link. One with the id of a different saved agreement becomes a copy: nothing saved is overwritten. */
  private async openImported(incoming: Agreement, message: 'import.done' | 'share.opened'): Promise<void> {
    const t = await this.messagesReady(agreementCatalog);
    await this.drafts.flush();
    await this.drafts.refresh();
    let agreement = incoming;
    let copied = false;
    if (this.drafts.saved.some((saved) => saved.row.id === incoming.id)) {
      const local = await this.drafts.load(incoming.id);
      // Anything different (content or versions) opens as a copy: the saved one is never overwritten.
      if (local && (fingerprint(local) !== fingerprint(incoming) || JSON.stringify(local.history) !== JSON.stringify(incoming.history))) {
        agreement = { ...duplicateAgreement(incoming), version: incoming.version, history: incoming.history, sources: incoming.sources };
        copied = true;
      }
    }
    this.edited = true;
    this.show(agreement);
    this.step = 'parties';
    const title = agreementTitle(agreement) || t('saved.untitled');
    this.status = `${t(message, { title })}${copied ? ` ${t('import.copy')}` : ''}`;
    this.problem = '';
  }

  // Imports from the other widgets ---------------------------------------------------------------

  /** Takes over period, hours, work days and contact moments from a planner plan. */
  async importSchedule(plan: SchedulePlan): Promise<void> {
    const { schedulePlanSchema } = await loadScheduleValidation();
    const parsed = schedulePlanSchema.safeParse(plan);
    if (!parsed.success) {
      this.report('invalid-file', (t) => t('schedule.invalid'));
      return;
    }
    const fields = fieldsFromSchedule(buildSchedule(parsed.data as SchedulePlan));
    const t = await this.messagesReady(agreementCatalog);
    this.change(withFields(this.ensureAgreement(), fields), t('schedule.imported', { count: Object.keys(fields).length }));
    if (this.errors.size) this.errors = await this.validate(this.step);
  }

  /** Takes over the amount, the CAO and its minimum (with source) from a compensation check. */
  async importCompensation(result: CompensationResult): Promise<void> {
    const t = await this.messagesReady(agreementCatalog);
    const imported = compensationImport(result);
    const fields: AgreementFields = { ...imported.fields };
    if (imported.caoName && imported.source) {
      const source = `${imported.source.title}, ${imported.source.publisher}, ${imported.source.figureDate ? formatPartialDate(imported.source.figureDate, this.locale) : t('source.noDate')}`;
      const amount = imported.minimumMonthly === null ? undefined : formatEuros(eurosToCents(imported.minimumMonthly), this.locale);
      fields['compensation.caoClause'] = amount
        ? t('compensation.clause', { cao: imported.caoName, amount, source })
        : t('compensation.clauseNoAmount', { cao: imported.caoName, source });
    }
    let next = withFields(this.ensureAgreement(), fields);
    if (imported.source) next = withSource(next, imported.source);
    this.employmentRisk = imported.employmentRisk;
    this.change(next, t('compensation.imported'));
  }

  private async scheduleFromSaved(id: string): Promise<void> {
    const { store } = await openDrafts('schedule', this.storageKind());
    const row = await store.get(id);
    const plan = row ? await parsePlan(row.data) : undefined;
    if (plan) await this.importSchedule(plan);
    else this.report('invalid-file', (t) => t('schedule.invalid'));
  }

  private async scheduleFromFile(file: File): Promise<void> {
    const { planFromFile } = await loadScheduleValidation();
    const result = planFromFile(await file.text());
    if (result.ok) await this.importSchedule(result.plan);
    else this.report('invalid-file', (t) => t('schedule.invalid'));
  }

  // Saved agreements ------------------------------------------------------------------------------

  private async openSaved(id: string): Promise<void> {
    await this.drafts.flush();
    const [t, agreement] = await Promise.all([this.messagesReady(agreementCatalog), this.drafts.load(id)]);
    if (!agreement) return;
    this.origin = this.drafts.saved.find((saved) => saved.row.id === id)?.row.origin ?? this.origin;
    this.edited = true;
    this.show(agreement, false);
    this.step = 'parties';
    this.status = t('saved.opened', { title: agreementTitle(agreement) || t('saved.untitled') });
  }

  /** The two-tabs question, once its texts are loaded (only when it is asked). */
  private renderConflict(): TemplateResult | typeof nothing {
    const t = this.drafts.conflict && this.messages(draftConflictCatalog);
    return t ? renderDraftConflict(t, 'agreement', (version) => this.track(this.resolveConflict(version))) : nothing;
  }

  /** Another tab saved this agreement too: the user's choice is saved or shown, and focus goes back to the top. */
  private async resolveConflict(version: 'theirs' | 'mine'): Promise<void> {
    const t = await this.messagesReady(draftConflictCatalog);
    if (version === 'mine') {
      await this.drafts.keepMine(this.ensureAgreement(), this.origin);
      this.status = t('keptMine');
    } else {
      const agreement = await this.drafts.useTheirs();
      if (!agreement) return;
      this.show(agreement, false);
      this.status = t('tookTheirs');
    }
    this.focusAfterUpdate = 'h2';
    this.requestUpdate();
  }

  private async duplicateSaved(id: string): Promise<void> {
    await this.drafts.flush();
    const [t, agreement] = await Promise.all([this.messagesReady(agreementCatalog), this.drafts.load(id)]);
    if (!agreement) return;
    this.show(duplicateAgreement(agreement), false);
    this.change(this.ensureAgreement(), t('saved.duplicated'));
    this.step = 'parties';
  }

  private async removeSaved(id: string): Promise<void> {
    const t = await this.messagesReady(agreementCatalog);
    const title = this.drafts.saved.find((saved) => saved.row.id === id)?.row.title || t('saved.untitled');
    await this.drafts.remove(id);
    this.confirmDelete = undefined;
    if (id === this.ensureAgreement().id) this.show(createAgreement({ regime: this.ensureAgreement().regime, documentLanguage: this.locale }), false);
    this.status = t('saved.deleted', { title });
    this.focusAfterUpdate = '.saved summary';
  }

  private async newAgreement(): Promise<void> {
    const t = await this.messagesReady(agreementCatalog);
    await this.drafts.flush();
    this.show(createAgreement({ regime: this.ensureAgreement().regime, documentLanguage: this.locale }), false);
    this.step = 'parties';
    this.status = t('new.done');
  }

  // Rendering -----------------------------------------------------------------------------------

  private viewModel(t: Translator<AgreementMessageKey>): BuilderView {
    const run = (work: Promise<unknown>) => this.track(work);
    const index = AGREEMENT_STEPS.indexOf(this.step);
    return {
      t,
      locale: this.locale,
      agreement: this.ensureAgreement(),
      step: this.step,
      completeness: this.completeness,
      errors: this.errors,
      summary: this.summary,
      summaryAll: this.summaryAll,
      stepsWithErrors: this.stepsWithErrors,
      saved: this.drafts.saved,
      savedPlans: this.savedPlans,
      confirmDelete: this.confirmDelete,
      shareLink: this.shareLink,
      pdfBusy: this.pdfBusy,
      pageSchedule: this.pageSchedule !== undefined,
      pageCheck: this.pageCheck !== undefined,
      employmentRisk: this.employmentRisk,
      memoryOnly: this.storageKind() === 'memory' || this.drafts.fallback,
      formatDate: (iso) => formatPartialDate(iso, this.locale),
      field: (id, value) => {
        this.change(withFields(this.ensureAgreement(), { [id]: value.length > AGREEMENT_LIMITS.longText * 2 ? value.slice(0, AGREEMENT_LIMITS.longText * 2) : value }));
      },
      blurField: (id) => run(this.checkField(id)),
      goTo: (step, field) => run(this.leaveStep(step, field)),
      next: () => run(this.leaveStep(AGREEMENT_STEPS[Math.min(index + 1, AGREEMENT_STEPS.length - 1)]!, undefined, true)),
      previous: () => run(this.leaveStep(AGREEMENT_STEPS[Math.max(index - 1, 0)]!)),
      checkAll: () => run(this.checkAll()),
      setRegime: (regime) => this.changeRegime(regime),
      setDocumentLanguage: (language) => this.change(withDocumentLanguage(this.ensureAgreement(), language)),
      open: (id) => run(this.openSaved(id)),
      duplicate: (id) => run(this.duplicateSaved(id)),
      askDelete: (id) => (this.confirmDelete = id),
      remove: (id) => run(this.removeSaved(id)),
      newAgreement: () => run(this.newAgreement()),
      amend: () => {
        const previous = this.ensureAgreement().version;
        this.change(amend(this.ensureAgreement()), t('versions.amended', { version: previous + 1, previous }));
      },
      exportJson: () => run(this.exportJson()),
      importFile: (file) => run(this.importFile(file)),
      makeLink: () => run(this.makeLink()),
      copyLink: () => run(this.copyLink()),
      print: () => this.print(),
      pdf: () => run(this.exportPdf()),
      scheduleFromPage: () => this.pageSchedule && run(this.importSchedule(this.pageSchedule)),
      scheduleFromSaved: (id) => run(this.scheduleFromSaved(id)),
      scheduleFromFile: (file) => run(this.scheduleFromFile(file)),
      compensationFromPage: () => this.pageCheck && run(this.importCompensation(this.pageCheck)),
    };
  }

  private renderStep(v: BuilderView): TemplateResult {
    const clauses = clausesFor(v.agreement.regime).filter((clause) => clause.step === v.step);
    const index = AGREEMENT_STEPS.indexOf(v.step);
    let document: AgreementDocument | undefined;
    if (v.step === 'signing') {
      const docT = this.documentTranslator(v.agreement.documentLanguage);
      document = docT ? buildDocument(v.agreement, docT) : undefined;
    }
    return html`<form class="step-form" part="form" novalidate aria-labelledby="step-title" @submit=${(event: Event) => (event.preventDefault(), v.next())}>
      <h3 id="step-title" tabindex="-1">${v.t(key(`step.${v.step}`))}</h3>
      ${renderErrorSummary(v)}
      ${v.step === 'period' ? renderScheduleImport(v) : nothing} ${v.step === 'compensation' ? renderCompensationImport(v) : nothing}
      ${clauses.map((clause) => renderClause(v, clause))}
      ${v.step === 'signing' ? html`${renderCompleteness(v)} ${renderSigningFields(v, ['signing.place', 'signing.date'])}` : nothing}
      <div class="step-actions">
        ${index > 0 ? html`<button type="button" class="secondary" @click=${() => v.previous()}>${v.t('previous')}</button>` : nothing}
        ${index < AGREEMENT_STEPS.length - 1 ? html`<button type="submit">${v.t('next')}</button>` : html`<button type="button" @click=${() => v.checkAll()}>${v.t('check')}</button>`}
      </div>
    </form>
    ${v.step === 'signing' ? renderReview(v, document) : nothing}`;
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.messages(agreementCatalog);
    if (!t) return this.messagesFailed ? html`<p class="error" role="alert">Stagekit kon zijn teksten niet laden. / Stagekit could not load its texts.</p>` : nothing;
    const v = this.viewModel(t);
    return html`<div class="builder" part="base">
      <h2 tabindex="-1">${t('title')}</h2>
      <p class="intro">${t('intro')}</p>
      ${[...this.attributeNotices.values()].flat().concat(this.notices).map((notice) => html`<p class="notice">${notice}</p>`)}
      <div class="vh" role="status">${this.status}</div>
      <div class="alert" role="alert">${this.problem ? html`<p class="error">${this.problem}</p>` : nothing}${this.renderConflict()}</div>
      <div class="top">${renderRegime(v)} ${renderSaved(v)}</div>
      ${renderStepper(v)}
      <div class="layout">
        ${v.step === 'signing' ? nothing : html`<aside class="side">${renderCompleteness(v)}</aside>`}
        <div class="main">${this.renderStep(v)}</div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stagekit-agreement-builder': StagekitAgreementBuilder;
  }
}
