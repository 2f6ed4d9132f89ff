/**
 * A report of internship discrimination or misuse, as the reporter makes it. A report holds special
 * categories of personal data (origin, religion, sexual orientation, health): the form keeps it on
 * the device unless the reporter sends it, and can encrypt it for the school before it is stored in
 * the outbox or sent (see crypto.ts).
 *
 * Everything here is plain data: constants and types, no zod. The zod schema of the same shapes is
 * in schema.ts, loaded on demand (loadReportTools).
 */

/** The versioned wire format POSTed to the school's endpoint; also the JSON Schema's title. */
export const REPORT_FORMAT = 'stagekit-report/1';

export const REPORT_TYPES = ['discrimination', 'misuse'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/**
 * The grounds of the Algemene wet gelijke behandeling (AWGB) and the other equal-treatment laws, as
 * listed on mensenrechten.nl (domain research §4). `sex-gender` includes transgender and intersex
 * people; `other` is for grounds the reporter names themselves (art. 1 Grondwet: "or any other ground").
 */
export const PROTECTED_GROUNDS = [
  'origin',
  'religion',
  'sex-gender',
  'pregnancy',
  'sexual-orientation',
  'nationality',
  'civil-status',
  'political-opinion',
  'disability-illness',
  'age',
  'other',
] as const;
export type ProtectedGround = (typeof PROTECTED_GROUNDS)[number];

/**
 * Kinds of internship misuse. `disguised-job` (an "internship" that is really a job) is the second
 * verdict the compensation checker can open the form with; `underpaid` covers "unpaid or below the CAO".
 */
export const MISUSE_KINDS = [
  'too-many-hours',
  'no-supervision',
  'unfit-tasks',
  'replacing-staff',
  'underpaid',
  'disguised-job',
  'unsafe-work',
  'harassment',
  'sexual-harassment',
  'other',
] as const;
export type MisuseKind = (typeof MISUSE_KINDS)[number];

/** Looking for a placement (application, selection, intake) or during the placement. */
export const SITUATIONS = ['search', 'during'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The student's level decides some routes (SBB is for mbo only). `other`: not a student in mbo, hbo or wo, or not known. */
export const REPORT_LEVELS = ['mbo', 'hbo', 'wo', 'other'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** Who makes the report. */
export const REPORTER_ROLES = ['student', 'witness', 'staff'] as const;
export type ReporterRole = (typeof REPORTER_ROLES)[number];

/** What the reporter wants. `register` means "only register it" and stands alone. */
export const WISHES = ['register', 'advice', 'school-action', 'mediation'] as const;
export type Wish = (typeof WISHES)[number];

/** Where a prefilled report came from: the compensation checker's verdicts. */
export const PREFILL_VERDICTS = ['below-cao', 'employment-risk'] as const;
export type PrefillVerdict = (typeof PREFILL_VERDICTS)[number];

export interface ReportPrefill {
  source: 'compensation-checker';
  verdicts: PrefillVerdict[];
  /** The CAO the checker compared with, if any (its record id). */
  caoId?: string;
}

export type ReportContact =
  | { anonymous: true }
  | {
      anonymous: false;
      name?: string;
      /** At least one of email and phone, so that someone can answer. */
      email?: string;
      phone?: string;
    };

interface ReportCommon {
  /** Free text when `other` is chosen among the grounds or kinds. */
  otherDetail?: string;
  situation: Situation;
  level?: ReportLevel;
  reporter: ReporterRole;
  /** When it happened: a date as precise as the reporter knows it (2026, 2026-03, 2026-03-14), and/or words. */
  when?: { date?: string; description?: string };
  /** Where: a place, a department, a website, a city. */
  where?: string;
  /** The company; optional, a reporter may not want to name it. */
  company?: { name: string; location?: string };
  whatHappened: string;
  witnesses?: string;
  wishes: Wish[];
  contact: ReportContact;
  /** The language the reporter used the form in: the receiver may answer in it. */
  language: 'nl' | 'en';
  prefill?: ReportPrefill;
}

export type DiscriminationReport = ReportCommon & { type: 'discrimination'; grounds: ProtectedGround[] };
export type MisuseReport = ReportCommon & { type: 'misuse'; kinds: MisuseKind[] };
export type Report = DiscriminationReport | MisuseReport;

/** What was done to a file's metadata before it left the device (see exif.ts). */
export const METADATA_STATUSES = ['removed', 'none-found', 'not-removed'] as const;
export type MetadataStatus = (typeof METADATA_STATUSES)[number];

/** An attachment as described in the report; its bytes travel apart (plain: `data`; encrypted: in the envelope). */
export interface AttachmentMeta {
  id: string;
  name: string;
  type: string;
  size: number;
  /** SHA-256 of the bytes sent (after metadata removal), 64 hex digits. */
  sha256: string;
  metadata: MetadataStatus;
}

/** What the encrypted envelope holds, and what `decryptReport` gives back (with the files' bytes). */
export interface ReportPayload {
  report: Report;
  attachments: AttachmentMeta[];
}

/** Upper bounds: what the schema accepts. Long enough for any honest report, short enough for any receiver. */
export const REPORT_LIMITS = {
  idMin: 8,
  idMax: 64,
  shortText: 200,
  place: 300,
  otherDetail: 300,
  whenDescription: 300,
  whatHappened: 10_000,
  witnesses: 2_000,
  email: 200,
  phone: 30,
  fileName: 200,
  fileType: 100,
  attachments: 10,
  /** Per file, after metadata removal. */
  attachmentBytes: 10 * 1024 * 1024,
  /** All files of one report together. */
  totalAttachmentBytes: 20 * 1024 * 1024,
} as const;

/** A report id: lower-case letters, digits and dashes (a UUID from newId()); it is the Idempotency-Key. */
export const REPORT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{7,63}$/;

/**
 * The report's own validation rules (message key `rule.<key>` in the report messages). Shared rules
 * (too-long, list-empty, partial-date, …) keep their words in the shared validation catalogue.
 */
export const REPORT_RULES = [
  'required',
  'choose-one',
  'choose-some',
  'control-character',
  'list-duplicates',
  'wish-register-alone',
  'contact-needed',
  'date-in-future',
  'email',
  'phone',
  'report-id',
  'report-endpoint',
  'timestamp',
  'media-type',
  'fingerprint-format',
  'file-too-large',
  'files-too-large',
  'attachment-size',
  'base64url',
  'envelope-id',
  'not-json',
] as const;
export type ReportRule = (typeof REPORT_RULES)[number];
