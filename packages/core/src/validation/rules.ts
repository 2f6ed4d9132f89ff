import { z } from 'zod/mini';

/**
 * Validation rules shared by every schema. Each rule is one `refine` with a message key; the words
 * for the key live in i18n/messages/validation.ts. One rule kind (instead of zod's many check
 * kinds) also keeps the bundle small.
 */
export function text(maximum = 2000) {
  return z.string().check(z.refine((value) => value.trim().length > 0 && value.length <= maximum, { message: 'text', params: { maximum } }));
}

export function numberBetween(minimum: number, maximum: number) {
  return z.number().check(
    z.refine((value) => Number.isFinite(value) && value >= minimum && value <= maximum, { message: 'number-range', params: { minimum, maximum } }),
  );
}

export function wholeNumberBetween(minimum: number, maximum: number) {
  return z.number().check(
    z.refine((value) => Number.isInteger(value) && value >= minimum && value <= maximum, { message: 'whole-number-range', params: { minimum, maximum } }),
  );
}

export function positiveNumber() {
  return z.number().check(z.refine((value) => Number.isFinite(value) && value > 0, { message: 'positive' }));
}

export function nonEmptyList<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(z.refine((list) => list.length > 0, { message: 'list-empty' }));
}

export function matching(pattern: RegExp, message: string) {
  return z.string().check(z.refine((value) => pattern.test(value), { message }));
}
