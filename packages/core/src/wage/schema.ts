import { z } from 'zod/mini';
import { ISO_DATE_PATTERN } from '../dates/partial-date.js';
import { sourceSchema } from '../sources/source.js';
import { matching, numberBetween, positiveNumber } from '../validation/rules.js';

const isoDay = matching(ISO_DATE_PATTERN, 'partial-date');
/** Hourly amounts by age ("15" … "21", where "21" means 21 and older). */
const rate = z.optional(numberBetween(0.01, 100));
const hourlyByAge = z.object({ '15': rate, '16': rate, '17': rate, '18': rate, '19': rate, '20': rate, '21': rate });

export const minimumWagePeriodSchema = z.object({
  from: isoDay,
  hourly: hourlyByAge,
  /** The bbl scale (ages 18–20): for employees whose contract is tied to a bbl programme. */
  bbl: hourlyByAge,
  source: sourceSchema,
});

export const minimumWageSchema = z.object({
  indexationMonths: positiveNumber(),
  periods: z.array(minimumWagePeriodSchema),
  indexationSource: sourceSchema,
});
export type MinimumWageTable = z.infer<typeof minimumWageSchema>;
