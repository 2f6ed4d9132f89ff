import { z } from 'zod/mini';
import { isValidPartialDate } from '../dates/partial-date.js';
import { text } from '../validation/rules.js';

export const CONFIDENCE_LEVELS = ['high', 'medium-high', 'medium', 'low-medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const partialDateSchema = z.string().check(z.refine(isValidPartialDate, { message: 'partial-date' }));

const httpUrl = z.string().check(z.refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { message: 'http-url' }));

/**
 * Where a figure comes from. Every figure shown to a user carries one: the page, the date the
 * figure itself refers to (null when the source gives none), when it was last checked, and how far
 * the source can be trusted.
 */
export const sourceSchema = z.object({
  url: z.optional(httpUrl),
  title: text(300),
  publisher: text(200),
  figureDate: z.nullable(partialDateSchema),
  checked: partialDateSchema,
  confidence: z.enum(CONFIDENCE_LEVELS),
});

export type Source = z.infer<typeof sourceSchema>;
