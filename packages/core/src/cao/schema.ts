import { z } from 'zod/mini';
import { isWholeCents } from '../money/money.js';
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
export const localTextSchema = z.object({
  nl: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalText = z.infer<typeof localTextSchema>;

const positiveNumber = z.number().check(z.gte(0), z.refine((n) => n > 0, { message: 'positive' }));

export const prorationSchema = z.discriminatedUnion('rule', [
  /** amount × hours per week ÷ the amount's hoursPerWeek */
  z.object({ rule: z.literal('hours') }),
  /** a share of the amount by days per week, e.g. Horeca: 3 days → 2/3 */
  z.object({
    rule: z.literal('days-scale'),
    steps: z
      .array(z.object({ minDays: z.number().check(z.int(), z.gte(1), z.lte(7)), fraction: z.number().check(z.gte(0), z.lte(1)) }))
      .check(z.minLength(1)),
  }),
  /** a daily amount; a day with fewer hours than the threshold counts as half a day (Kinderopvang) */
  z.object({ rule: z.literal('half-day'), thresholdHours: positiveNumber }),
  /** the amount is paid as it is (e.g. already per day) */
  z.object({ rule: z.literal('none') }),
  /** the source does not say how a part-time internship is paid */
  z.object({ rule: z.literal('unknown') }),
]);
export type Proration = z.infer<typeof prorationSchema>;

export const conditionsSchema = z.object({
  minMonths: z.optional(positiveNumber),
  minTotalHours: z.optional(positiveNumber),
  minHoursPerWeek: z.optional(positiveNumber),
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
  z.gte(0),
  z.refine(isWholeCents, { message: 'whole-cents' }),
);

/** One amount of a clause. `euros: null` is an honest "amount unknown", never a guess. */
export const clauseAmountSchema = z
  .object({
    levels: z.array(z.enum(EDUCATION_LEVELS)).check(z.minLength(1)),
    euros: z.nullable(euroAmount),
    per: z.enum(['month', 'day']),
    hoursPerWeek: z.nullable(z.number().check(z.gte(1), z.lte(60))),
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

export const clauseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    article: z.optional(z.string().check(z.minLength(1))),
    amounts: z.array(clauseAmountSchema).check(z.minLength(1)),
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
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'record-id')),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(RECORD_KINDS),
  sector: localTextSchema,
  keywords: z.array(z.string().check(z.minLength(1), z.maxLength(100))),
  clause: clauseSchema,
});
export type CaoRecord = z.infer<typeof caoRecordSchema>;

/**
 * The envelope of a dataset file. Records are validated one by one afterwards, so that one bad
 * record in a school's own dataset does not take the good ones down with it.
 */
export const caoDatasetEnvelopeSchema = z.object({
  $schema: z.literal('stagekit-cao-dataset/1'),
  version: z.string().check(z.minLength(1)),
  date: partialDateSchema,
  title: z.optional(localTextSchema),
  records: z.array(z.unknown()),
});
export type CaoDatasetEnvelope = z.infer<typeof caoDatasetEnvelopeSchema>;
