import { z } from 'zod/mini';
import {
  METADATA_STATUSES,
  MISUSE_KINDS,
  PREFILL_VERDICTS,
  PROTECTED_GROUNDS,
  REPORT_ID_PATTERN,
  REPORT_LEVELS,
  REPORTER_ROLES,
  SITUATIONS,
  WISHES,
  REPORT_TYPES,
} from './model.js';
import { draftToReport, fieldOfPath, type DraftField, type ReportDraft } from './draft.js';
import { validateReport, type ReportIssue } from './wire.js';
import { dateAfter } from './schema.js';
import { isValidPartialDate } from '../dates/partial-date.js';

/** A problem of a draft, at the control it is about. */
export interface DraftIssue {
  field: DraftField;
  key: ReportIssue['key'];
  params?: Record<string, string | number>;
}

/**
 * Every problem of a draft, one per control: first the choices that are still missing ("choose
 * one", "choose at least one"), then what the report's schema finds in what was typed.
 */
export function checkReportDraft(draft: ReportDraft, language: 'nl' | 'en', now: Date = new Date()): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const missing = (field: DraftField, key: 'choose-one' | 'choose-some' | 'required') => issues.push({ field, key });
  if (!draft.type) missing('type', 'choose-one');
  else if (draft.type === 'discrimination' && !draft.grounds.length) missing('grounds', 'choose-some');
  else if (draft.type === 'misuse' && !draft.kinds.length) missing('kinds', 'choose-some');
  if (!draft.situation) missing('situation', 'choose-one');
  if (!draft.reporter) missing('reporter', 'choose-one');
  if (!draft.whatHappened.trim()) missing('whatHappened', 'required');
  if (!draft.wishes.length) missing('wishes', 'choose-some');
  if (draft.anonymous === undefined) missing('anonymous', 'choose-one');
  const seen = new Set(issues.map((issue) => issue.field));
  // Missing choices are named above; stand-ins for them let the schema check everything typed, so a
  // skipped step never hides a bad e-mail address or date elsewhere.
  const candidate: ReportDraft = {
    ...draft,
    ...(draft.type ? {} : { type: 'misuse', kinds: ['other'] }),
    ...(draft.type === 'discrimination' && !draft.grounds.length ? { grounds: ['other'] } : {}),
    ...(draft.type === 'misuse' && !draft.kinds.length ? { kinds: ['other'] } : {}),
    situation: draft.situation ?? 'during',
    reporter: draft.reporter ?? 'student',
    wishes: draft.wishes.length ? draft.wishes : ['advice'],
    anonymous: draft.anonymous ?? true,
    whatHappened: draft.whatHappened.trim() ? draft.whatHappened : '-',
  };
  const report = draftToReport(candidate, language);
  const found = validateReport(report, now);
  // validateReport looks at the date only when all else is valid; the form says it at once.
  const date = report.when?.date;
  if (date && isValidPartialDate(date) && dateAfter(date, now.toISOString()) && !found.some((issue) => issue.path === 'when.date')) {
    found.push({ path: 'when.date', key: 'date-in-future' });
  }
  for (const issue of found) {
    // A problem at no control of the form (it cannot happen from the form's own answers) is shown at the first step, never dropped.
    const field = fieldOfPath(issue.path) ?? 'type';
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push({ field, key: issue.key, ...(issue.params ? { params: issue.params } : {}) });
  }
  return issues;
}

// What a stored draft may hold. Text is capped generously (the form's controls cap it lower), so a
// draft is never refused for being long, only for being something else.
const text = z.string().check(z.maxLength(100_000));
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(50));

const draftSchema = z.object({
  id: z.string().check(z.regex(REPORT_ID_PATTERN)),
  created: z.string().check(z.maxLength(40)),
  type: z.optional(z.enum(REPORT_TYPES)),
  grounds: list(z.enum(PROTECTED_GROUNDS)),
  kinds: list(z.enum(MISUSE_KINDS)),
  otherDetail: text,
  situation: z.optional(z.enum(SITUATIONS)),
  level: z.optional(z.enum(REPORT_LEVELS)),
  reporter: z.optional(z.enum(REPORTER_ROLES)),
  whenDate: text,
  whenDescription: text,
  where: text,
  companyName: text,
  companyLocation: text,
  whatHappened: text,
  witnesses: text,
  wishes: list(z.enum(WISHES)),
  anonymous: z.optional(z.boolean()),
  name: text,
  email: text,
  phone: text,
  // As strict as the report's own prefill: a stored draft must not fail only when it is sent.
  prefill: z.optional(
    z.object({
      source: z.literal('compensation-checker'),
      verdicts: list(z.enum(PREFILL_VERDICTS)).check(z.minLength(1), z.refine((verdicts) => new Set(verdicts).size === verdicts.length)),
      caoId: z.optional(z.string().check(z.maxLength(100), z.regex(/^[a-z0-9][a-z0-9-]*$/))),
    }),
  ),
  attachments: list(
    z.object({ id: z.string().check(z.maxLength(64)), name: text, type: text, size: z.number(), sha256: z.string().check(z.maxLength(64)), metadata: z.enum(METADATA_STATUSES) }),
  ),
  rejection: z.optional(z.object({ status: z.number(), reason: text })),
});

/** A draft read back from storage (the disk may hold anything): the draft, or undefined. */
export function parseReportDraft(data: unknown): ReportDraft | undefined {
  const parsed = draftSchema.safeParse(data);
  return parsed.success ? (parsed.data as ReportDraft) : undefined;
}
