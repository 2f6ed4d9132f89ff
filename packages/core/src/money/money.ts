/** Amounts are kept in whole euro cents so that sums and shares never drift through floating point. */
export type Cents = number;

export function eurosToCents(euros: number): Cents {
  return Math.round(euros * 100);
}

/** Has at most two decimals, as a euro amount written in a dataset should. */
export function isWholeCents(euros: number): boolean {
  return Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6;
}
