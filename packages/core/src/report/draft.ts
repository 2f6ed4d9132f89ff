import { newId } from '../storage/new-id.js';
import {
  type AttachmentMeta,
  type MisuseKind,
  type ProtectedGround,
  type Report,
  type ReportContact,
  type ReportLevel,
  type ReporterRole,
  type ReportPrefill,
  type ReportType,
  type Situation,
  type Wish,
} from './model.js';
import type { ReportStart } from './prefill.js';

/**
 * A report as the form holds it while the reporter fills it in: every answer may still be missing,
 * text is kept as typed. `toReport` makes the Report that is checked and sent. Plain data, no zod:
 * the stored draft is checked with `parseReportDraft` (draft-check.ts, loaded on demand).
 */
export interface ReportDraft {
  /** The report id from the start: the Idempotency-Key and the reference when the school gives none. */
  id: string;
  /** When the draft was started (ISO). */
  created: string;
  type?: ReportType;
  grounds: ProtectedGround[];
  kinds: MisuseKind[];
  otherDetail: string;
  situation?: Situation;
  level?: ReportLevel;
  reporter?: ReporterRole;
  whenDate: string;
  whenDescription: string;
  where: string;
  companyName: string;
  companyLocation: string;
  whatHappened: string;
  witnesses: string;
  wishes: Wish[];
  /** Not chosen yet, anonymous, or with contact details. */
  anonymous?: boolean;
  name: string;
  email: string;
  phone: string;
  prefill?: ReportPrefill;
  /** The evidence files (their bytes are in the report files store, by id). */
  attachments: AttachmentMeta[];
  /** The school refused it (4xx): shown with the reason until it is sent again. */
  rejection?: { status: number; reason: string };
}

/** The text answers of a draft: each is one control of the form. */
export const DRAFT_TEXT_FIELDS = [
  'otherDetail',
  'whenDate',
  'whenDescription',
  'where',
  'companyName',
  'companyLocation',
  'whatHappened',
  'witnesses',
  'name',
  'email',
  'phone',
] as const;
export type DraftTextField = (typeof DRAFT_TEXT_FIELDS)[number];

/** Every control a problem can be about. */
export type DraftField = DraftTextField | 'type' | 'grounds' | 'kinds' | 'situation' | 'level' | 'reporter' | 'wishes' | 'anonymous' | 'files';

/** The form's steps, in order; each lists the answers it asks for. */
export const REPORT_STEPS = ['what', 'details', 'contact', 'advice', 'send'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export const STEP_FIELDS: Readonly<Record<ReportStep, readonly DraftField[]>> = {
  what: ['type', 'grounds', 'kinds', 'otherDetail', 'situation', 'level', 'reporter'],
  details: ['whenDate', 'whenDescription', 'where', 'companyName', 'companyLocation', 'whatHappened', 'witnesses', 'files'],
  contact: ['wishes', 'anonymous', 'name', 'email', 'phone'],
  advice: [],
  send: [],
};

/** A new, empty draft, started where the opener says (`prefill-type`, the compensation checker). */
export function newReportDraft(start: ReportStart = {}, now: Date = new Date()): ReportDraft {
  return {
    id: newId(),
    created: now.toISOString(),
    ...(start.type ? { type: start.type } : {}),
    grounds: [],
    kinds: start.kinds ? [...start.kinds] : [],
    otherDetail: '',
    ...(start.level ? { level: start.level } : {}),
    whenDate: '',
    whenDescription: '',
    where: '',
    companyName: '',
    companyLocation: '',
    whatHappened: '',
    witnesses: '',
    wishes: [],
    name: '',
    email: '',
    phone: '',
    ...(start.prefill ? { prefill: start.prefill } : {}),
    attachments: [],
  };
}

/** True when the reporter has not answered anything yet (a prefilled start does not count). */
export function isDraftEmpty(draft: ReportDraft, start: ReportDraft): boolean {
  const { id: _a, created: _b, ...rest } = draft;
  const { id: _c, created: _d, ...initial } = start;
  return JSON.stringify(rest) === JSON.stringify(initial);
}

const text = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/**
 * The report to check and send. Missing choices stay missing (the check names them); empty optional
 * text is left out; text is trimmed but otherwise sent as typed.
 */
export function draftToReport(draft: ReportDraft, language: 'nl' | 'en'): Partial<Report> & Record<string, unknown> {
  const contact: ReportContact | undefined =
    draft.anonymous === true
      ? { anonymous: true }
      : draft.anonymous === false
        ? {
            anonymous: false,
            ...(text(draft.name) ? { name: text(draft.name) } : {}),
            ...(text(draft.email) ? { email: text(draft.email) } : {}),
            ...(text(draft.phone) ? { phone: text(draft.phone) } : {}),
          }
        : undefined;
  const when = { ...(text(draft.whenDate) ? { date: text(draft.whenDate) } : {}), ...(text(draft.whenDescription) ? { description: text(draft.whenDescription) } : {}) };
  const company = text(draft.companyName) || text(draft.companyLocation) ? { name: draft.companyName.trim(), ...(text(draft.companyLocation) ? { location: text(draft.companyLocation) } : {}) } : undefined;
  const other = draft.type === 'discrimination' ? draft.grounds.includes('other') : draft.type === 'misuse' ? draft.kinds.includes('other') : false;
  return {
    ...(draft.type ? { type: draft.type } : {}),
    ...(draft.type === 'discrimination' ? { grounds: [...draft.grounds] } : draft.type === 'misuse' ? { kinds: [...draft.kinds] } : {}),
    ...(other && text(draft.otherDetail) ? { otherDetail: text(draft.otherDetail) } : {}),
    ...(draft.situation ? { situation: draft.situation } : {}),
    ...(draft.level ? { level: draft.level } : {}),
    ...(draft.reporter ? { reporter: draft.reporter } : {}),
    ...(Object.keys(when).length ? { when } : {}),
    ...(text(draft.where) ? { where: text(draft.where) } : {}),
    ...(company ? { company } : {}),
    whatHappened: draft.whatHappened.trim(),
    ...(text(draft.witnesses) ? { witnesses: text(draft.witnesses) } : {}),
    wishes: [...draft.wishes],
    ...(contact ? { contact } : {}),
    language,
    ...(draft.prefill ? { prefill: draft.prefill } : {}),
  };
}

/** The path of a problem in the Report ("contact.email", "when.date") as the control it is about. */
export function fieldOfPath(path: string): DraftField | undefined {
  const head = path.split(/[.[]/)[0] ?? '';
  const map: Record<string, DraftField> = {
    type: 'type',
    grounds: 'grounds',
    kinds: 'kinds',
    otherDetail: 'otherDetail',
    situation: 'situation',
    level: 'level',
    reporter: 'reporter',
    where: 'where',
    whatHappened: 'whatHappened',
    witnesses: 'witnesses',
    wishes: 'wishes',
    attachments: 'files',
  };
  if (path.startsWith('when.description')) return 'whenDescription';
  if (path.startsWith('when')) return 'whenDate';
  if (path.startsWith('company.location')) return 'companyLocation';
  if (path.startsWith('company')) return 'companyName';
  if (path.startsWith('contact.name')) return 'name';
  if (path.startsWith('contact.phone')) return 'phone';
  if (path.startsWith('contact.email')) return 'email';
  if (path.startsWith('contact')) return 'anonymous';
  return map[head];
}

/** The step a control is on. */
export function stepOfField(field: DraftField): ReportStep {
  return (Object.keys(STEP_FIELDS) as ReportStep[]).find((step) => STEP_FIELDS[step].includes(field)) ?? 'what';
}
