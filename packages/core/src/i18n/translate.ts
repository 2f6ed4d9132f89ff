import type { Locale } from './locale.js';

/** A message, or a message per plural category (Intl.PluralRules) when it counts something. */
export type Message = string | { readonly one: string; readonly other: string };
export type Params = Readonly<Record<string, string | number>>;

/** A catalogue: Dutch defines the keys; English must have every one of them (checked by the type). */
export type Catalog<K extends string> = { readonly nl: Readonly<Record<K, Message>>; readonly en: Readonly<Record<K, Message>> };

const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(locale: Locale, count: number): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** Fills `{name}` placeholders; a `count` parameter picks the plural form. */
export function translate<K extends string>(catalog: Catalog<K>, locale: Locale, key: K, params: Params = {}): string {
  const message = catalog[locale][key];
  const template = typeof message === 'string' ? message : message[plural(locale, Number(params.count ?? 0))];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translator<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(catalog: Catalog<K>, locale: Locale): Translator<K> {
  return (key, params) => translate(catalog, locale, key, params);
}
