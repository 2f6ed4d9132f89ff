import { z } from 'zod/mini';
import { isWholeCents } from '../money/money.js';
import { matching, nonEmptyList, numberBetween, positiveNumber, text, wholeNumberBetween } from '../validation/rules.js';
import { partialDateSchema, sourceSchema } from '../sources/source.js';

export const EDUCATION_LEVELS = ['mbo', 'hbo', 'wo'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const STAGE_TYPES = ['orientation', 'practice', 'graduation'] as const;
export type StageType = (typeof STAGE_TYPES)[number];

/** Groups of students a clause leaves out, in the words CAOs use. */
export const STUDENT_GROUPS = ['bbl', 'vo', 'hbo-duaal', 'coassistent'] as const;
export type StudentGroup = (typeof STUDENT_GROUPS)[number];

export const RECORD_KINDS = ['sector-cao', 'company-cao', 'regulation', 'employer-policy'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Text in both languages; datasets are read by Dutch and English users alike. */
export const localTextSchema = z.object({ nl: text(), en: text() });
export type LocalText = z.infer<typeof localTextSchema>;

export const prorationSchema = z.union([
  /** amount × hours per week ÷ the amount's hoursPerWeek */
  z.object({ rule: z.literal('hours') }),
  /** a share of the amount by days per week, e.g. Horeca: 3 days → 2/3 */
  z.object({
    rule: z.literal('days-scale'),
    /** True when the CAO parties only advise the scale; the full-time amount is the binding minimum. */
    advisory: z.optional(z.boolean()),
    steps: nonEmptyList(z.object({ minDays: wholeNumberBetween(1, 7), fraction: numberBetween(0, 1) })),
  }),
  /** a daily amount; a day with fewer hours than the threshold counts as half a day (Kinderopvang) */
  z.object({ rule: z.literal('half-day'), thresholdHours: positiveNumber() }),
  /** the amount is paid as it is (e.g. already per day) */
  z.object({ rule: z.literal('none') }),
  /** the source does not say how a part-time internship is paid */
  z.object({ rule: z.literal('unknown') }),
]);
export type Proration = z.infer<typeof prorationSchema>;

export const conditionsSchema = z.object({
  minMonths: z.optional(positiveNumber()),
  minTotalHours: z.optional(positiveNumber()),
  minHoursPerWeek: z.optional(positiveNumber()),
  excludedStageTypes: z.array(z.enum(STAGE_TYPES)),
  excludedStudents: z.array(z.enum(STUDENT_GROUPS)),
  note: z.optional(localTextSchema),
});
export type Conditions = z.infer<typeof conditionsSchema>;

export const validitySchema = z.object({
  from: z.optional(partialDateSchema),
  to: z.optional(partialDateSchema),
  note: z.optional(localTextSchema),
});
export type Validity = z.infer<typeof validitySchema>;

const euroAmount = z.number().check(
  z.refine((euros) => Number.isFinite(euros) && euros >= 0 && euros <= 100_000, { message: 'number-range', params: { minimum: 0, maximum: 100_000 } }),
  z.refine(isWholeCents, { message: 'whole-cents' }),
);

/** One amount of a clause. `euros: null` is an honest "amount unknown", never a guess. */
export const clauseAmountSchema = z
  .object({
    levels: nonEmptyList(z.enum(EDUCATION_LEVELS)),
    euros: z.nullable(euroAmount),
    per: z.enum(['month', 'day']),
    hoursPerWeek: z.nullable(numberBetween(1, 60)),
    proration: prorationSchema,
    conditions: conditionsSchema,
    validity: validitySchema,
    source: sourceSchema,
  })
  .check(
    // A figure without a link cannot be checked by the reader.
    z.refine((amount) => amount.euros === null || amount.source.url !== undefined, {
      message: 'amount-needs-source-url',
      path: ['source', 'url'],
    }),
    z.refine((amount) => !amount.validity.from || !amount.validity.to || amount.validity.from <= amount.validity.to, {
      message: 'validity-order',
      path: ['validity', 'to'],
    }),
  );
export type ClauseAmount = z.infer<typeof clauseAmountSchema>;

export const clauseSchema = z.union([
  z.object({
    status: z.literal('found'),
    article: z.optional(text(100)),
    amounts: nonEmptyList(clauseAmountSchema),
    note: z.optional(localTextSchema),
  }),
  /** The sources checked show no internship-compensation clause. Not proof that there is none. */
  z.object({
    status: z.literal('none-found'),
    source: sourceSchema,
    note: z.optional(localTextSchema),
  }),
]);
export type Clause = z.infer<typeof clauseSchema>;

export const caoRecordSchema = z.object({
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'record-id'),
  name: text(200),
  kind: z.enum(RECORD_KINDS),
  sector: localTextSchema,
  keywords: z.array(text(100)),
  clause: clauseSchema,
});
export type CaoRecord = z.infer<typeof caoRecordSchema>;

/**
 * The envelope of a dataset file. Records are validated one by one afterwards, so that one bad
 * record in a school's own dataset does not take the good ones down with it.
 */
export const caoDatasetEnvelopeSchema = z.object({
  $schema: z.literal('stagekit-cao-dataset/1'),
  version: text(50),
  date: partialDateSchema,
  title: z.optional(localTextSchema),
  records: z.array(z.unknown()),
});
export type CaoDatasetEnvelope = z.infer<typeof caoDatasetEnvelopeSchema>;
