import { z } from 'zod/mini';
import { localTextSchema } from '../cao/schema.js';
import { partialDateSchema, sourceSchema } from '../sources/source.js';
import { text, numberBetween, positiveNumber } from '../validation/rules.js';
import { minimumWageSchema } from '../wage/schema.js';

/**
 * The planned legal right to a stagevergoeding, as data: the day it becomes law is an update of
 * `status` and `inForceFrom`, not a release. The plan sets no minimum amount, so there is none here.
 */
export const legalRightSchema = z.object({
  status: z.enum(['proposal', 'bill', 'law']),
  inForceFrom: z.nullable(partialDateSchema),
  /** Orientation stages up to this many weeks are excluded; null while the limit is not set. */
  shortOrientationLimitWeeks: z.nullable(positiveNumber()),
  expected: z.optional(localTextSchema),
  source: sourceSchema,
});
export type LegalRight = z.infer<typeof legalRightSchema>;

export const averageSchema = z.object({
  level: z.enum(['mbo', 'hbo', 'wo']),
  euros: numberBetween(0, 100_000),
  year: text(10),
  source: sourceSchema,
});

export const compensationRulesSchema = z.object({
  $schema: z.enum(['stagekit-compensation-rules/1']),
  version: text(50),
  date: partialDateSchema,
  minimumWage: minimumWageSchema,
  legalRight: legalRightSchema,
  averages: z.array(averageSchema),
});
export type CompensationRules = z.infer<typeof compensationRulesSchema>;
