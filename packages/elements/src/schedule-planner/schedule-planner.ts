import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  draftConflictCatalog,
  buildSchedule,
  contactDateProblem,
  createPlan,
  describeScheduleWarning,
  formatPartialDate,
  isValidIsoDate,
  isWithin,
  parseDecimal,
  SCHEDULE_LIMITS,
  TIME_PATTERN,
  loadCalendarTools,
  MAX_PLAN_DAYS,
  planOptionsFromAttributes,
  planToFile,
  scheduleCatalog,
  shiftedContactDate,
  todayIsoDate,
  dayNumber,
  withCalendarEntries,
  withContactMoment,
  withOverride,
  withPeriod,
  withPeriodChanged,
  DEFAULT_WEEKS,
  SCHEDULE_MODELS,
  WEEKDAYS,
  type AttributeProblem,
  type ContactKind,
  type DayOverride,
  type DraftRow,
  type Schedule,
  type ScheduleMessageKey,
  type ScheduleModel,
  type SchedulePlan,
  type StorageKind,
  type Translator,
  type Weekday,
} from '@stagekit/core';
import { StagekitElement } from '../internal/stagekit-element.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { formControlStyles } from '../internal/form-controls.styles.js';
import type { StagekitErrorCode, ScheduleWarningDetail } from '../internal/events.js';
import { plannerDrafts } from './planner-drafts.js';
import { withTextField } from './text-fields.js';
import { AttributeChecks, quotedValue, replaceAttributeNotices, type AttributeNotices } from '../internal/attribute-notices.js';
import { renderDraftConflict } from '../internal/draft-conflict.js';
import { draftConflictStyles } from '../internal/draft-conflict.styles.js';
import { planValidation } from './plan-validation.js';
import { downloadFile, fileSlug } from '../internal/files.js';
import { renderGrid, renderLegend, renderList } from './planner-calendar.js';
import { openListWeeks, toggled, weekHolding } from './list-weeks.js';
import { renderContactMoments, renderDaysOff, renderOverrides, renderPeriodFields, renderSupervision, renderWeekFields } from './planner-settings.js';
import { renderExport, renderSaved, renderTotals, renderWarnings } from './planner-summary.js';
import type { CalendarView, OverrideChoice, PlannerView } from './planner-view.js';
import { schedulePlannerStyles } from './schedule-planner.styles.js';

const issueText = () => import('../internal/issue-text.js');

const ATTRIBUTES = ['start', 'end', 'hoursPerDay', 'totalHours', 'model', 'week'] as const;

/**
 * Plans an internship together: where the student is each day (company, remote, school, off),
 * the weekly check-in with the praktijkopleider, onboarding, and the three contact moments between
 * student, school and company. Shows a calendar (grid or list), totals and warnings with their
 * reasons; exports an iCalendar file, a JSON plan and a printed page; keeps drafts in this browser.
 *
 * @summary Internship schedule planner: work week, supervision rhythm, contact moments, calendar export.
 * @tag stagekit-schedule-planner
 *
 * @attr lang - `nl` or `en`; else the nearest ancestor's `lang`, else Dutch.
 * @attr start - First internship day `YYYY-MM-DD`; default next Monday.
 * @attr end - Last internship day `YYYY-MM-DD`; default 20 weeks after the start.
 * @attr hours-per-day - Hours per work day (0.5–24, default 8).
 * @attr total-hours - The agreed total hours to plan against (optional).
 * @attr model - `lint`, `blok`, `hybrid` or `modular`; default from `week`, else `lint`.
 * @attr week - The standard week as `day:type` pairs, e.g. `mon:company,tue:company,wed:remote,thu:school,fri:off` (types `company`, `remote`, `school`, `off`; days not named are off).
 * @attr storage - `local` (default): drafts are kept in this browser (IndexedDB). `memory`: nothing is kept.
 * @prop {SchedulePlan} plan - The whole plan (as in an exported file); set it to load a plan, read it to get the current one. An invalid plan is refused with a `stagekit-error`.
 *
 * @fires stagekit-schedule-change - The plan changed or was first worked out: `detail.plan`, `detail.totals` (`plannedHours`, `agreedHours`, `onSiteDays`, `remoteDays`, `onSiteShare`, `weeksWithoutSupervision`, …) and `detail.warnings` (`{code, message}` and the dates they are about).
 * @fires stagekit-error - A recoverable problem: `detail.code` (`invalid-attribute`, `invalid-plan`, `invalid-file`, `storage-unavailable`, `storage-write-failed`) and `detail.message` (localized).
 *
 * @csspart base - The wrapper.
 * @csspart form - The settings.
 * @csspart totals - The totals.
 * @csspart warnings - The warnings.
 * @csspart calendar - The calendar grid or list.
 * @csspart legend - The calendar's legend.
 * @csspart export - Download, import and print.
 * @csspart saved - The list of saved plans.
 *
 * @cssprop --stagekit-color-primary - Accent colour.
 * @cssprop --stagekit-color-company - Background of company days.
 * @cssprop --stagekit-color-remote - Background of remote days.
 * @cssprop --stagekit-color-school - Background of school days.
 */
export class StagekitSchedulePlanner extends StagekitElement {
  static override styles = [sharedStyles, formControlStyles, draftConflictStyles, schedulePlannerStyles];

  static override properties = {
    start: { type: String },
    end: { type: String },
    hoursPerDay: { type: String, attribute: 'hours-per-day' },
    totalHours: { type: String, attribute: 'total-hours' },
    model: { type: String },
    week: { type: String },
    storage: { type: String },
    plan: { attribute: false, noAccessor: true },
    fieldErrors: { state: true },
    overrideDate: { state: true },
    overrideChoice: { state: true },
    overrideWith: { state: true },
    focusDate: { state: true },
    view: { state: true },
    chosenWeeks: { state: true },
    includeWorkdays: { state: true },
    calendarKind: { state: true },
    status: { state: true },
    problem: { state: true },
    notices: { state: true },
    attributeNotices: { state: true },
  };

  declare start: string | undefined;
  declare end: string | undefined;
  declare hoursPerDay: string | undefined;
  declare totalHours: string | undefined;
  declare model: string | undefined;
  declare week: string | undefined;
  /** `local` (default) keeps drafts in this browser; `memory` keeps nothing. */
  declare storage: StorageKind;

  protected declare fieldErrors: ReadonlyMap<string, string>;
  protected declare overrideDate: string;
  protected declare overrideChoice: OverrideChoice;
  protected declare overrideWith: string;
  protected declare focusDate: string | undefined;
  protected declare view: CalendarView;
  /** The weeks the user opened or closed in the list; undefined until then (the first weeks open). */
  protected declare chosenWeeks: ReadonlySet<string> | undefined;
  protected declare includeWorkdays: boolean;
  protected declare calendarKind: 'holiday' | 'school-week';
  /** A confirmation for the polite live region. */
  protected declare status: string;
  /** A problem the user must see now (bad file, refused date), in the alert region. */
  protected declare problem: string;
  /** Lasting notices about storage and saved drafts. */
  protected declare notices: readonly string[];
  /** Notices about attributes, until the page corrects the attribute. */
  protected declare attributeNotices: AttributeNotices;
  private readonly attributeChecks = new AttributeChecks();

  private current?: SchedulePlan;
  private printing = false;
  private origin = '';
  private planGiven = false;
  private edited = false;
  private built?: Schedule;
  private emittedFor?: Schedule;
  private announcedWarnings = '';
  private readonly drafts = plannerDrafts(this, {
    onFallback: () => this.report('storage-unavailable', (t) => t('storageFallback'), true),
    onRejected: () => this.report('invalid-plan', (t) => t('draftRejected'), true),
    onSaveFailed: () => this.report('storage-write-failed', (t) => t('saveFailed'), true),
    onConflict: () => this.requestUpdate(),
  });

  constructor() {
    super();
    this.storage = 'local';
    this.fieldErrors = new Map();
    this.overrideDate = '';
    this.overrideChoice = 'sick';
    this.overrideWith = '';
    this.view = 'grid';
    this.includeWorkdays = false;
    this.calendarKind = 'holiday';
    this.status = '';
    this.problem = '';
    this.notices = [];
    this.attributeNotices = new Map();
  }

  /** The whole plan. Setting it checks it first; an invalid plan is refused and reported. */
  get plan(): SchedulePlan {
    return this.ensurePlan();
  }

  set plan(value: SchedulePlan) {
    // Checked before use; `updateComplete` waits for the check, so `await el.updateComplete` after
    // setting `plan` sees the new plan (or the refusal).
    this.planGiven = true;
    const checking = planValidation().then(({ schedulePlanSchema, describeIssue }) => {
      const parsed = schedulePlanSchema.safeParse(value);
      if (!parsed.success) {
        const problems = parsed.error.issues
          .slice(0, 3)
          .map((issue) => describeIssue(issue, this.locale))
          .join('; ');
        this.report('invalid-plan', (t) => t('invalidPlan', { problems }));
        return;
      }
      const old = this.current;
      this.current = parsed.data as SchedulePlan;
      this.requestUpdate('plan', old);
    });
    this.track(checking);
    this.requestUpdate();
  }

  /** The worked-out plan: days, weeks, contact moments, totals and warnings. */
  get schedule(): Schedule {
    const plan = this.ensurePlan();
    if (this.built?.plan !== plan) this.built = buildSchedule(plan);
    return this.built;
  }

  private ensurePlan(): SchedulePlan {
    if (!this.current) {
      const { options, problems } = planOptionsFromAttributes(this.attributeValues(), todayIsoDate());
      this.current = createPlan(options);
      this.origin = this.attributeOrigin();
      if (problems.length) this.track(this.reportAttributeProblems(problems, []));
    }
    return this.current;
  }

  private attributeValues() {
    return { start: this.start, end: this.end, hoursPerDay: this.hoursPerDay, totalHours: this.totalHours, model: this.model, week: this.week };
  }

  /** Which page setup a draft started from: a reload of the same page restores it. */
  private attributeOrigin(): string {
    return JSON.stringify(ATTRIBUTES.map((name) => this[name] ?? null));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('beforeprint', this.printStarted);
    globalThis.addEventListener?.('afterprint', this.printEnded);
    if (!this.hasUpdated) return;
    void this.drafts.use(this.storage === 'memory' ? 'memory' : 'local');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.printStarted);
    globalThis.removeEventListener?.('afterprint', this.printEnded);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const attributesChanged = ATTRIBUTES.some((name) => changed.has(name));
    if (!this.hasUpdated) {
      // A narrow container (a phone, a side column) starts with the list: a grid needs width.
      // Decided before the first render, so the grid is never built only to be replaced.
      const width = this.getBoundingClientRect().width;
      if (width > 0 && width < 560) this.view = 'list';
      this.ensurePlan();
      this.track(this.restoreDraft());
    } else if (attributesChanged && !changed.has('plan' as keyof StagekitSchedulePlanner)) {
      this.applyAttributes(ATTRIBUTES.filter((name) => changed.has(name)));
    }
    if (changed.has('storage') && this.hasUpdated) void this.drafts.use(this.storage === 'memory' ? 'memory' : 'local');
  }

  /** On first load, the newest draft from the same page setup, unless the page gave a plan. */
  private async restoreDraft(): Promise<void> {
    const opened = this.drafts.use(this.storage === 'memory' ? 'memory' : 'local');
    await opened;
    await this.drafts.refresh();
    if (this.planGiven || this.edited) return;
    if (!this.drafts.saved.some((saved) => saved.row.origin === this.origin)) return;
    const plan = await this.drafts.latest(this.origin);
    if (plan && !this.planGiven && !this.edited) {
      this.current = plan;
      this.requestUpdate();
    }
  }

  /** A page changed an attribute after the start: that setting follows, the rest of the plan stays. */
  private applyAttributes(names: readonly (typeof ATTRIBUTES)[number][]): void {
    const { options, problems } = planOptionsFromAttributes(this.attributeValues(), todayIsoDate());
    let plan = this.ensurePlan();
    if (names.includes('start') || names.includes('end')) plan = withPeriod(plan, options.start, options.end);
    if (names.includes('hoursPerDay')) plan = { ...plan, hoursPerDay: options.hoursPerDay };
    if (names.includes('totalHours')) {
      const { totalHours: _dropped, ...rest } = plan;
      plan = options.totalHours === undefined ? rest : { ...plan, totalHours: options.totalHours };
    }
    const first = plan.periods[0];
    if (first && (names.includes('model') || names.includes('week'))) plan = withPeriodChanged(plan, first.id, { model: options.model, week: options.week ?? DEFAULT_WEEKS[options.model] });
    this.current = plan;
    // Start and end are read together: a new start can make the old end wrong (before it, too far).
    const checked = names.map((name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
    if (checked.includes('start') || checked.includes('end')) checked.push('start', 'end');
    this.track(this.reportAttributeProblems(problems.filter((problem) => checked.includes(problem.attribute)), checked));
  }

  /** Shows and reports the problems of attributes just read; `checked` attributes without one lose their notice. */
  private async reportAttributeProblems(problems: AttributeProblem[], checked: readonly string[]): Promise<void> {
    const isNewest = this.attributeChecks.start([...checked, ...problems.map((problem) => problem.attribute)]);
    if (!problems.length) {
      this.attributeNotices = replaceAttributeNotices(this.attributeNotices, checked, new Map());
      return;
    }
    const [{ describeRule }, t] = await Promise.all([issueText(), this.messagesReady(scheduleCatalog)]);
    // Each sentence once: week="x x x …" (50,000 bad pairs) once gave 50,000 notices and froze the page.
    const found = new Map<string, Set<string>>();
    for (const problem of problems.filter((candidate) => isNewest(candidate.attribute))) {
      const texts = found.get(problem.attribute) ?? new Set<string>();
      found.set(problem.attribute, texts);
      texts.add(
        problem.attribute === 'week'
          ? t('invalidWeek', { attribute: 'week', pair: quotedValue(problem.pair) })
          : t('invalidAttribute', { attribute: problem.attribute, value: quotedValue(problem.value), problem: describeRule(problem.key, this.locale, problem.params), fallback: t('defaultValue') }),
      );
    }
    const before = new Set([...this.attributeNotices.values()].flat());
    this.attributeNotices = replaceAttributeNotices(this.attributeNotices, checked.filter(isNewest), new Map([...found].map(([name, texts]) => [name, [...texts]])));
    // The page hears of each problem when it appears, not again for every other attribute it sets.
    for (const texts of found.values()) for (const message of texts) if (!before.has(message)) this.emit('stagekit-error', { code: 'invalid-attribute', message });
  }

  /** Tells the user (alert, or a lasting notice) and the page (`stagekit-error`). */
  private report(code: StagekitErrorCode, text: (t: Translator<ScheduleMessageKey>) => string, lasting = false): void {
    const reporting = this.messagesReady(scheduleCatalog).then((t) => {
      const message = text(t);
      if (lasting) {
        if (!this.notices.includes(message)) this.notices = [...this.notices, message];
      } else this.problem = message;
      this.emit('stagekit-error', { code, message });
    });
    this.track(reporting);
  }

  protected override updated(): void {
    const t = this.messages(scheduleCatalog);
    const schedule = this.schedule;
    if (!t || schedule === this.emittedFor) return;
    this.emittedFor = schedule;
    const warnings = this.warningDetails(schedule, t);
    this.emit('stagekit-schedule-change', { plan: schedule.plan, totals: schedule.totals, warnings });
  }

  private warningDetails(schedule: Schedule, t: Translator<ScheduleMessageKey>): ScheduleWarningDetail[] {
    return schedule.warnings.map((warning) => ({ ...warning, message: describeScheduleWarning(warning, schedule, t, this.locale) }));
  }

  /** Every edit goes through here: the plan changes, is saved shortly after, and changes are announced. */
  private change(next: SchedulePlan, announce?: string): void {
    const t = this.messages(scheduleCatalog);
    this.edited = true;
    this.current = next;
    this.problem = '';
    this.drafts.save(next, this.origin);
    const schedule = this.schedule;
    let status = announce ?? '';
    if (t) {
      const messages = this.warningDetails(schedule, t).map((warning) => warning.message);
      const key = messages.join('|');
      if (key !== this.announcedWarnings && messages.length) status = `${status} ${t('warningsAnnounce', { count: messages.length, first: messages[0]! })}`.trim();
      this.announcedWarnings = key;
    }
    this.status = status;
    this.requestUpdate();
  }

  /** Saves any pending draft now (e.g. before a test or the page closes). */
  async saveNow(): Promise<void> {
    await this.drafts.flush();
  }

  private async fieldProblem(name: string, label: string, key: string, params?: Record<string, string | number>): Promise<void> {
    const { describeRule } = await issueText();
    const errors = new Map(this.fieldErrors);
    errors.set(name, `${label} ${describeRule(key, this.locale, params)}`);
    this.fieldErrors = errors;
  }

  private clearProblem(name: string): void {
    if (!this.fieldErrors.has(name)) return;
    const errors = new Map(this.fieldErrors);
    errors.delete(name);
    this.fieldErrors = errors;
  }

  /** A form field changed: check it, then change the plan, or show the problem and change nothing. */
  private field(name: string, raw: string, label: string): void {
    const plan = this.ensurePlan();
    const value = raw.trim();
    const number = parseDecimal(value);
    const fail = (key: string, params?: Record<string, string | number>) => void this.fieldProblem(name, label, key, params);
    const numberIn = (range: { minimum: number; maximum: number }, whole = false) => {
      const ok = value !== '' && isWithin(number, range) && (!whole || Number.isInteger(number));
      if (!ok) fail(whole ? 'whole-number-range' : 'number-range', { ...range });
      return ok;
    };
    const dateRange = (start: string, end: string) => {
      if (!isValidIsoDate(start) || !isValidIsoDate(end)) return fail('iso-date'), false;
      if (end < start) return fail('end-before-start'), false;
      if (dayNumber(end) - dayNumber(start) >= MAX_PLAN_DAYS) return fail('plan-too-long', { maximum: MAX_PLAN_DAYS }), false;
      return true;
    };
    const supervision = (change: Partial<SchedulePlan['supervision']>) => ({ ...plan, supervision: { ...plan.supervision, ...change } });
    let next = withTextField(plan, name, raw);
    const [group, id, part, day] = name.split('.');
    if (!next) switch (group) {
      case 'start':
      case 'end': {
        const start = group === 'start' ? value : plan.start;
        const end = group === 'end' ? value : plan.end;
        if (dateRange(start, end)) next = withPeriod(plan, start, end);
        break;
      }
      case 'hoursPerDay':
        if (numberIn(SCHEDULE_LIMITS.hoursPerDay)) next = { ...plan, hoursPerDay: number };
        break;
      case 'totalHours':
        if (value === '') {
          const { totalHours: _dropped, ...rest } = plan;
          next = rest;
        } else if (numberIn(SCHEDULE_LIMITS.totalHours)) next = { ...plan, totalHours: number };
        break;
      case 'goedeVrijdag':
        next = { ...plan, daysOff: { ...plan.daysOff, goedeVrijdag: value === 'true' } };
        break;
      case 'bevrijdingsdag':
        if (value === 'every-year' || value === 'every-fifth-year' || value === 'never') next = { ...plan, daysOff: { ...plan.daysOff, bevrijdingsdag: value } };
        break;
      case 'checkInDay':
        if ((WEEKDAYS as readonly string[]).includes(value)) next = supervision({ checkInDay: value as Weekday });
        break;
      case 'checkInTime':
      case 'contactTime':
        if (TIME_PATTERN.test(value)) next = supervision({ [group]: value });
        else fail('time');
        break;
      case 'checkInMinutes':
      case 'contactMinutes':
        if (numberIn(SCHEDULE_LIMITS.minutes, true)) next = supervision({ [group]: number });
        break;
      case 'onboardingWeeks':
        if (numberIn(SCHEDULE_LIMITS.onboardingWeeks, true)) next = supervision({ onboardingWeeks: number });
        break;
      case 'onboardingOnSite':
        next = supervision({ onboardingOnSite: value === 'true' });
        break;
      case 'supervisorDay': {
        const weekday = id as Weekday;
        const days = new Set(plan.supervision.supervisorDays);
        if (value === 'true') days.add(weekday);
        else days.delete(weekday);
        next = supervision({ supervisorDays: WEEKDAYS.filter((candidate) => days.has(candidate)) });
        break;
      }
      case 'calendar': {
        const entry = JSON.parse(raw) as { start: string; end: string; kind: 'holiday' | 'school-week'; label: string };
        if (dateRange(entry.start, entry.end)) next = withCalendarEntries(plan, [{ ...entry, label: entry.label.slice(0, 120) }]);
        break;
      }
      case 'period': {
        const period = plan.periods.find((candidate) => candidate.id === id);
        if (!period) break;
        if (part === 'model' && (SCHEDULE_MODELS as readonly string[]).includes(value)) {
          next = withPeriodChanged(plan, period.id, { model: value as ScheduleModel, week: { ...DEFAULT_WEEKS[value as ScheduleModel] } });
        } else if (part === 'week' && day) {
          next = withPeriodChanged(plan, period.id, { week: { ...period.week, [day]: value } });
        } else if (part === 'start' || part === 'end') {
          const start = part === 'start' ? value : period.start;
          const end = part === 'end' ? value : period.end;
          if (dateRange(start, end)) {
            if (start < plan.start || end > plan.end) fail('contact-outside-plan');
            else next = withPeriodChanged(plan, period.id, { start, end });
          }
        }
        break;
      }
    }
    if (next) {
      this.clearProblem(name);
      this.change(next);
    }
  }

  /** While the user types free text: saved at once (a closed tab loses nothing); the screen follows on `change`. */
  private typing(name: string, raw: string): void {
    const next = withTextField(this.ensurePlan(), name, raw);
    if (!next) return;
    this.edited = true;
    this.drafts.save(next, this.origin);
  }

  private setContactDate(kind: ContactKind, date: string): void {
    const name = `contact-${kind}`;
    const t = this.messages(scheduleCatalog)!;
    if (!date) {
      this.clearProblem(name);
      this.change(withContactMoment(this.ensurePlan(), kind, undefined));
      return;
    }
    const problem = isValidIsoDate(date) ? contactDateProblem(this.schedule.days, date) : 'outside-plan';
    if (problem) {
      const errors = new Map(this.fieldErrors);
      const plan = this.ensurePlan();
      errors.set(name, t(`contactProblem.${problem}`, { date: this.formatDate(date), start: this.formatDate(plan.start), end: this.formatDate(plan.end) }));
      this.fieldErrors = errors;
      // The input shows the refused date until the next render: put the moment's date back.
      this.requestUpdate();
      return;
    }
    this.clearProblem(name);
    this.change(withContactMoment(this.ensurePlan(), kind, date));
  }

  private moveContact(kind: ContactKind, direction: -1 | 1): void {
    const schedule = this.schedule;
    const date = shiftedContactDate(schedule.days, schedule.contactMoments, kind, direction);
    const name = `contact-${kind}`;
    if (!date) {
      const t = this.messages(scheduleCatalog)!;
      this.fieldErrors = new Map(this.fieldErrors).set(name, t('contactProblem.none'));
      return;
    }
    this.clearProblem(name);
    const t = this.messages(scheduleCatalog)!;
    this.change(withContactMoment(this.ensurePlan(), kind, date), `${t(`contact.${kind}`)}: ${this.formatDate(date)}`);
  }

  private saveOverride(): void {
    const t = this.messages(scheduleCatalog)!;
    const plan = this.ensurePlan();
    const inside = (date: string) => isValidIsoDate(date) && date >= plan.start && date <= plan.end;
    const fail = (message: string) => {
      this.fieldErrors = new Map(this.fieldErrors).set('override', message);
    };
    if (!inside(this.overrideDate)) return fail(t('overrideOutside', { start: this.formatDate(plan.start), end: this.formatDate(plan.end) }));
    let override: DayOverride;
    if (this.overrideChoice === 'swap') {
      if (!this.overrideWith || this.overrideWith === this.overrideDate) return fail(t('overrideSwapMissing'));
      if (!inside(this.overrideWith)) return fail(t('overrideOutside', { start: this.formatDate(plan.start), end: this.formatDate(plan.end) }));
      override = { date: this.overrideDate, kind: 'swap', with: this.overrideWith };
    } else if (this.overrideChoice === 'extra-company' || this.overrideChoice === 'extra-remote') {
      override = { date: this.overrideDate, kind: 'extra', type: this.overrideChoice === 'extra-company' ? 'company' : 'remote' };
    } else {
      override = { date: this.overrideDate, kind: this.overrideChoice };
    }
    this.clearProblem('override');
    this.change(withOverride(plan, override), t('overrideSaved', { date: this.formatDate(this.overrideDate) }));
  }

  /** The list's open weeks; all of them while the page prints, so paper has every day. */
  private openWeeks(): ReadonlySet<string> {
    const weeks = this.schedule.weeks;
    if (this.printing) return new Set(weeks.map((week) => week.monday));
    return openListWeeks(weeks, this.chosenWeeks, todayIsoDate());
  }

  private toggleWeek(monday: string): void {
    this.chosenWeeks = toggled(this.openWeeks(), monday);
  }

  private setAllWeeks(open: boolean): void {
    this.chosenWeeks = new Set(open ? this.schedule.weeks.map((week) => week.monday) : []);
  }

  private readonly printStarted = () => {
    this.printing = true;
    // The browser lays the page out for paper right after this event: render now, not in a microtask.
    this.requestUpdate();
    this.performUpdate();
  };

  private readonly printEnded = () => {
    this.printing = false;
    this.requestUpdate();
  };

  private chooseDay(date: string): void {
    const t = this.messages(scheduleCatalog)!;
    const week = weekHolding(this.schedule.weeks, date);
    if (week) this.chosenWeeks = toggled(this.openWeeks(), week, true);
    this.overrideDate = date;
    this.focusDate = date;
    this.status = t('dayChosen', { date: this.formatDate(date) });
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#override-kind') as HTMLSelectElement | null)?.focus());
  }

  private async readFile(file: File): Promise<string | undefined> {
    try {
      return await file.text();
    } catch {
      this.report('invalid-file', (t) => t('readError', { file: file.name }));
      return undefined;
    }
  }

  private async importCalendarFile(file: File): Promise<void> {
    const text = await this.readFile(file);
    if (text === undefined) return;
    const [t, { importCalendar }] = await Promise.all([this.messagesReady(scheduleCatalog), loadCalendarTools()]);
    const kind = this.calendarKind;
    const result = importCalendar(text, kind, t(kind === 'holiday' ? 'defaultHolidayLabel' : 'defaultSchoolWeekLabel'));
    if (!result.ok) return this.report('invalid-file', (t) => t(`calendarError.${result.reason}`, { file: file.name }));
    let message = t('calendarImported', { count: result.entries.length, file: file.name });
    if (result.rejected.length) message += ` ${t('calendarRejected', { count: result.rejected.length, lines: result.rejected.slice(0, 10).join(', ') })}`;
    this.change(withCalendarEntries(this.ensurePlan(), result.entries), message);
    if (result.rejected.length) this.report('invalid-file', () => message);
  }

  private async importPlanFile(file: File): Promise<void> {
    const text = await this.readFile(file);
    if (text === undefined) return;
    const { planFromFile, describeIssue } = await planValidation();
    const result = planFromFile(text);
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const problems = result.issues.slice(0, 3).map((issue) => describeIssue(issue, this.locale)).join('; ');
        return this.report('invalid-file', (t) => t('importError.invalid', { file: file.name, problems }));
      }
      return this.report('invalid-file', (t) => t(`importError.${result.reason}`, { file: file.name }));
    }
    const t = await this.messagesReady(scheduleCatalog);
    this.fieldErrors = new Map();
    this.change(result.plan, t('imported', { file: file.name }));
  }

  private async downloadIcs(): Promise<void> {
    const [t, { toICalendar }] = await Promise.all([this.messagesReady(scheduleCatalog), loadCalendarTools()]);
    const schedule = this.schedule;
    const title = schedule.plan.title || t('ics.defaultTitle');
    const text = toICalendar(schedule, {
      includeWorkdays: this.includeWorkdays,
      texts: {
        calendarName: t('ics.calendarName', { title }),
        contact: { start: t('contact.start'), mid: t('contact.mid'), final: t('contact.final') },
        contactDescription: t('ics.contactDescription'),
        checkIn: t('ics.checkIn'),
        day: { company: t('type.company'), remote: t('type.remote'), school: t('type.school') },
      },
    });
    const name = `${fileSlug(title, 'stage')}.ics`;
    downloadFile(name, text, 'text/calendar;charset=utf-8');
    this.status = t('downloaded', { file: name });
  }

  private downloadJson(): void {
    const t = this.messages(scheduleCatalog)!;
    const plan = this.ensurePlan();
    const name = `${fileSlug(plan.title || t('ics.defaultTitle'), 'stage')}.json`;
    downloadFile(name, planToFile(plan), 'application/json');
    this.status = t('downloaded', { file: name });
  }

  private async openSaved(row: DraftRow): Promise<void> {
    const [t, plan] = await Promise.all([this.messagesReady(scheduleCatalog), this.drafts.load(row.id)]);
    if (!plan) return;
    this.current = plan;
    this.origin = row.origin;
    this.edited = true;
    this.fieldErrors = new Map();
    this.status = t('opened', { title: row.title || t('untitled') });
  }

  /** The two-tabs question, once its texts are loaded (only when it is asked). */
  private renderConflict(): TemplateResult | typeof nothing {
    const t = this.drafts.conflict && this.messages(draftConflictCatalog);
    return t ? renderDraftConflict(t, 'schedule', (version) => this.track(this.resolveConflict(version))) : nothing;
  }

  /** Another tab saved this plan too: the user's choice is saved or shown, and focus goes back to the top. */
  private async resolveConflict(version: 'theirs' | 'mine'): Promise<void> {
    const t = await this.messagesReady(draftConflictCatalog);
    if (version === 'mine') {
      await this.drafts.keepMine(this.ensurePlan(), this.origin);
      this.status = t('keptMine');
    } else {
      const plan = await this.drafts.useTheirs();
      if (!plan) return;
      this.current = plan;
      this.fieldErrors = new Map();
      this.status = t('tookTheirs');
    }
    this.requestUpdate();
    // Not awaited: updateComplete also waits for this tracked work.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  private async deleteSaved(row: DraftRow): Promise<void> {
    const t = await this.messagesReady(scheduleCatalog);
    await this.drafts.remove(row.id);
    if (row.id === this.ensurePlan().id) this.startNewPlan(false);
    this.status = t('deleted', { title: row.title || t('untitled') });
  }

  private startNewPlan(save = true): void {
    const { options } = planOptionsFromAttributes(this.attributeValues(), todayIsoDate());
    this.origin = this.attributeOrigin();
    this.fieldErrors = new Map();
    this.edited = true;
    if (save) this.change(createPlan(options));
    else {
      this.current = createPlan(options);
      this.requestUpdate();
    }
  }

  private formatDate(iso: string): string {
    return formatPartialDate(iso, this.locale);
  }

  private viewModel(t: Translator<ScheduleMessageKey>): PlannerView {
    return {
      t,
      locale: this.locale,
      plan: this.ensurePlan(),
      schedule: this.schedule,
      fieldErrors: this.fieldErrors,
      overrideDate: this.overrideDate,
      overrideChoice: this.overrideChoice,
      overrideWith: this.overrideWith,
      focusDate: this.focusDate,
      view: this.view,
      openWeeks: this.view === 'list' ? this.openWeeks() : new Set(),
      includeWorkdays: this.includeWorkdays,
      calendarKind: this.calendarKind,
      saved: this.drafts.saved,
      formatDate: (iso) => this.formatDate(iso),
      change: (next, announce) => this.change(next, announce),
      field: (name, value, label) => this.field(name, value, label),
      typing: (name, value) => this.typing(name, value),
      setState: (state) => Object.assign(this, state),
      saveOverride: () => this.saveOverride(),
      chooseDay: (date) => this.chooseDay(date),
      toggleWeek: (monday) => this.toggleWeek(monday),
      setAllWeeks: (open) => this.setAllWeeks(open),
      moveContact: (kind, direction) => this.moveContact(kind, direction),
      setContactDate: (kind, date) => this.setContactDate(kind, date),
      importCalendar: (file) => void this.importCalendarFile(file),
      importPlan: (file) => void this.importPlanFile(file),
      downloadIcs: () => this.track(this.downloadIcs()),
      downloadJson: () => this.downloadJson(),
      print: () => globalThis.print?.(),
      openSaved: (row) => this.track(this.openSaved(row)),
      deleteSaved: (row) => void this.deleteSaved(row),
      newPlan: () => this.startNewPlan(),
    };
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.messages(scheduleCatalog);
    if (!t) return this.messagesFailed ? html`<p class="error" role="alert">Stagekit kon zijn teksten niet laden. / Stagekit could not load its texts.</p>` : nothing;
    const v = this.viewModel(t);
    const warnings = this.warningDetails(v.schedule, t).map((warning) => warning.message);
    const notices = [...new Set([...[...this.attributeNotices.values()].flat(), ...this.notices])];
    return html`<div class="planner" part="base">
      <h2 tabindex="-1">${t('title')}</h2>
      <p class="intro">${t('intro')}</p>
      <p class="print-only">${t('printPeriod', { start: v.formatDate(v.plan.start), end: v.formatDate(v.plan.end), hours: v.plan.hoursPerDay })}</p>
      ${notices.map((notice) => html`<p class="notice">${notice}</p>`)}
      <div class="vh" role="status">${this.status}</div>
      <div class="alert" role="alert">${this.problem ? html`<p class="error">${this.problem}</p>` : nothing}${this.renderConflict()}</div>
      <div class="layout">
        <div class="settings" part="form">
          ${renderPeriodFields(v)} ${renderWeekFields(v)} ${renderContactMoments(v)} ${renderOverrides(v)} ${renderDaysOff(v)} ${renderSupervision(v)}
        </div>
        <div class="output">
          ${renderTotals(v)} ${renderWarnings(v, warnings)}
          <section class="calendar" aria-labelledby="calendar-title">
            <h3 id="calendar-title">${t('section.calendar')}</h3>
            <fieldset class="view-switch">
              <legend>${t('view')}</legend>
              ${(['grid', 'list'] as const).map(
                (view) => html`<span class="check">
                  <input type="radio" id="view-${view}" name="view" value=${view} .checked=${this.view === view} @change=${() => (this.view = view)} />
                  <label for="view-${view}">${t(`view.${view}`)}</label>
                </span>`,
              )}
            </fieldset>
            ${renderLegend(v)} ${this.view === 'grid' ? renderGrid(v) : renderList(v)}
          </section>
          ${renderExport(v)} ${renderSaved(v)}
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stagekit-schedule-planner': StagekitSchedulePlanner;
  }
}
