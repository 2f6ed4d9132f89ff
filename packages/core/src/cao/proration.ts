import { eurosToCents, type Cents } from '../money/money.js';
import type { ClauseAmount } from './schema.js';

export interface StageWeek {
  hoursPerWeek: number;
  /** Days per week at the internship; needed by day-based rules. */
  daysPerWeek?: number;
}

export type ProrationResult =
  | { status: 'computed'; cents: Cents; fraction: number; per: ClauseAmount['per'] }
  /** The CAO's own rule cannot be applied with what is known; `reason` says what is missing. */
  | { status: 'not-computable'; reason: 'amount-unknown' | 'hours-basis-unknown' | 'rule-unknown' | 'days-unknown' };

/**
 * The amount this CAO rule gives for a given week, by the CAO's own proration rule.
 * A week at or above the hours basis gets the full amount: CAOs set minimums, not hourly rates.
 */
export function prorate(amount: ClauseAmount, week: StageWeek): ProrationResult {
  if (amount.euros === null) return { status: 'not-computable', reason: 'amount-unknown' };
  const full = eurosToCents(amount.euros);
  const rule = amount.proration;
  const computed = (fraction: number): ProrationResult => ({
    status: 'computed',
    cents: Math.round(full * fraction),
    fraction,
    per: amount.per,
  });
  switch (rule.rule) {
    case 'none':
      return computed(1);
    case 'unknown':
      return { status: 'not-computable', reason: 'rule-unknown' };
    case 'hours':
      if (amount.hoursPerWeek === null) return { status: 'not-computable', reason: 'hours-basis-unknown' };
      return computed(Math.min(1, Math.max(0, week.hoursPerWeek) / amount.hoursPerWeek));
    case 'days-scale': {
      if (week.daysPerWeek === undefined) return { status: 'not-computable', reason: 'days-unknown' };
      const step = [...rule.steps].sort((a, b) => b.minDays - a.minDays).find((s) => week.daysPerWeek! >= s.minDays);
      return computed(step ? step.fraction : 0);
    }
    case 'half-day': {
      if (week.daysPerWeek === undefined || week.daysPerWeek <= 0) return { status: 'not-computable', reason: 'days-unknown' };
      const hoursPerDay = week.hoursPerWeek / week.daysPerWeek;
      return computed(hoursPerDay < rule.thresholdHours ? 0.5 : 1);
    }
  }
}
