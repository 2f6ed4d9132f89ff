import { addMonths, latestDayOf } from '../dates/partial-date.js';
import type { Source } from '../sources/source.js';

/** Figures older than this at the reference date are marked "may be outdated". */
export const STALE_AFTER_MONTHS = 18;

/**
 * A figure may be outdated when even the latest day its date can stand for lies more than
 * 18 months before the reference date. A figure without any date cannot be shown to be current.
 */
export function mayBeOutdated(source: Source, referenceDate: string, months = STALE_AFTER_MONTHS): boolean {
  if (source.figureDate === null) return true;
  return addMonths(latestDayOf(source.figureDate), months) < referenceDate;
}
