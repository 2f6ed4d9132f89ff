import type { Catalog } from '../translate.js';

/** Messages for rejected input, keyed by zod issue code or by the message key a rule sets. */
export const validationMessages = {
  nl: {
    invalid_type: 'ontbreekt of heeft het verkeerde type',
    too_small: 'is te klein of te kort (minimaal {minimum})',
    too_big: 'is te groot of te lang (maximaal {maximum})',
    invalid_value: 'heeft een waarde die niet is toegestaan (toegestaan: {values})',
    invalid_format: 'heeft niet de goede vorm',
    invalid_union: 'past bij geen van de toegestane vormen',
    unrecognized_keys: 'heeft onbekende velden: {keys}',
    other: 'is niet geldig',
    'partial-date': 'is geen geldige datum (gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD)',
    'http-url': 'is geen webadres (begin met https://)',
    positive: 'moet groter zijn dan 0',
    text: 'moet ingevuld zijn en mag hoogstens {maximum} tekens hebben',
    'number-range': 'moet een getal zijn van {minimum} tot en met {maximum}',
    'whole-number-range': 'moet een heel getal zijn van {minimum} tot en met {maximum}',
    'list-empty': 'moet minstens één waarde hebben',
    'whole-cents': 'mag hoogstens 2 cijfers achter de komma hebben',
    'amount-needs-source-url': 'mist een link naar de bron (verplicht bij een bedrag)',
    'validity-order': 'ligt vóór de begindatum',
    'record-id': 'mag alleen kleine letters, cijfers en streepjes bevatten',
    'duplicate-id': 'komt al eerder voor in de dataset',
    'issue-at': '{field} {problem}',
    'issue-root': 'Het bestand {problem}',
  },
  en: {
    invalid_type: 'is missing or has the wrong type',
    too_small: 'is too small or too short (minimum {minimum})',
    too_big: 'is too large or too long (maximum {maximum})',
    invalid_value: 'has a value that is not allowed (allowed: {values})',
    invalid_format: 'does not have the right format',
    invalid_union: 'matches none of the allowed forms',
    unrecognized_keys: 'has unknown fields: {keys}',
    other: 'is not valid',
    'partial-date': 'is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    'http-url': 'is not a web address (start with https://)',
    positive: 'must be more than 0',
    text: 'must be filled in and have at most {maximum} characters',
    'number-range': 'must be a number from {minimum} to {maximum}',
    'whole-number-range': 'must be a whole number from {minimum} to {maximum}',
    'list-empty': 'must have at least one value',
    'whole-cents': 'may have at most 2 decimals',
    'amount-needs-source-url': 'lacks a link to the source (required for an amount)',
    'validity-order': 'lies before the start date',
    'record-id': 'may only hold lower-case letters, digits and hyphens',
    'duplicate-id': 'already appears earlier in the dataset',
    'issue-at': '{field} {problem}',
    'issue-root': 'The file {problem}',
  },
} as const satisfies Catalog<string>;

export type ValidationMessageKey = keyof typeof validationMessages.nl;

validationMessages.en satisfies Record<ValidationMessageKey, unknown>;
