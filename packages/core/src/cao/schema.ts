import { z } from 'zod/mini';
import { isWholeCents } from '../money/money.js';
import { EDUCATION_LEVELS, RECORD_KINDS, STAGE_TYPES, STUDENT_GROUPS } from './kinds.js';
import { matching, nonEmptyList, numberBetween, positiveNumber, text, wholeNumberBetween } from '../validation/rules.js';
import { partialDateSchema, sourceSchema, type Source } from '../sources/source.js';

export * from './kinds.js';





/** Text in both languages; datasets are read by Dutch and English users alike. */
export const localTextSchema = z.object({ nl: text(), en: text() });
export type LocalText = z.infer<typeof localTextSchema>;

export const PRORATION_RULES = ['hours', 'days-scale', 'half-day', 'none', 'unknown'] as const;

/**
 * How a part-time internship is paid: `hours` (amount × hours ÷ hoursPerWeek), `days-scale` (a share
 * by days a week, e.g. Horeca 3 days → 2/3; `advisory` when the CAO only advises it), `half-day` (a
 * day under `thresholdHours` counts half: Kinderopvang), `none` (as stated), `unknown` (not said).
 * One object with rules, rather than a union of shapes: same checks, and a smaller validator.
 */
export const prorationSchema = z
  .object({
    rule: z.enum(PRORATION_RULES),
    steps: z.optional(nonEmptyList(z.object({ minDays: wholeNumberBetween(1, 7), fraction: numberBetween(0, 1) }))),
    thresholdHours: z.optional(positiveNumber()),
    advisory: z.optional(z.boolean()),
  })
  .check(
    z.refine((proration) => proration.rule !== 'days-scale' || proration.steps !== undefined, { message: 'proration-steps', path: ['steps'] }),
    z.refine((proration) => proration.rule !== 'half-day' || proration.thresholdHours !== undefined, { message: 'proration-threshold', path: ['thresholdHours'] }),
  );
export type Proration =
  | { rule: 'hours' }
  | { rule: 'days-scale'; steps: { minDays: number; fraction: number }[]; advisory?: boolean }
  | { rule: 'half-day'; thresholdHours: number }
  | { rule: 'none' }
  | { rule: 'unknown' };

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
export type ClauseAmount = Omit<z.infer<typeof clauseAmountSchema>, 'proration'> & { proration: Proration };

/** The clause of a CAO: `found` with its amounts, or `none-found` with the source that was checked. */
export const clauseSchema = z
  .object({
    status: z.enum(['found', 'none-found']),
    article: z.optional(text(100)),
    amounts: z.optional(nonEmptyList(clauseAmountSchema)),
    /** For `none-found`: what was checked, and when. Not proof that the CAO has no clause. */
    source: z.optional(sourceSchema),
    note: z.optional(localTextSchema),
  })
  .check(
    z.refine((clause) => clause.status !== 'found' || clause.amounts !== undefined, { message: 'clause-amounts', path: ['amounts'] }),
    z.refine((clause) => clause.status !== 'none-found' || clause.source !== undefined, { message: 'clause-source', path: ['source'] }),
  );
export type Clause =
  | { status: 'found'; article?: string; amounts: ClauseAmount[]; note?: LocalText }
  | { status: 'none-found'; source: Source; note?: LocalText };

const recordSchema = z.object({
  id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'record-id'),
  name: text(200),
  kind: z.enum(RECORD_KINDS),
  sector: localTextSchema,
  keywords: z.array(text(100)),
  clause: clauseSchema,
});
/** A validated record: the schema's checks guarantee the shapes of `Clause` and `Proration`. */
export type CaoRecord = Omit<z.infer<typeof recordSchema>, 'clause'> & { clause: Clause };
export const caoRecordSchema = recordSchema as unknown as z.ZodMiniType<CaoRecord>;

/**
 * The envelope of a dataset file. Records are validated one by one afterwards, so that one bad
 * record in a school's own dataset does not take the good ones down with it.
 */
export const caoDatasetEnvelopeSchema = z.object({
  $schema: z.enum(['stagekit-cao-dataset/1']),
  version: text(50),
  date: partialDateSchema,
  title: z.optional(localTextSchema),
  records: z.array(z.unknown()),
});
export type CaoDatasetEnvelope = z.infer<typeof caoDatasetEnvelopeSchema>;
