import type { Locale } from './locale.js';

/** A message, or a message per plural category (Intl.PluralRules) when it counts something. */
export type Message = string | { readonly one: string; readonly other: string };
export type Params = Readonly<Record<string, string | number>>;
export type Messages<K extends string> = Readonly<Record<K, Message>>;

/** Both languages in one object: for small catalogues that are only needed together. */
export type Catalog<K extends string> = { readonly nl: Messages<K>; readonly en: Messages<K> };

/** Per language a loader, so that a page fetches only the language it shows. */
export type MessageLoader<K extends string> = Readonly<Record<Locale, () => Promise<Messages<K>>>>;

export type Translator<K extends string> = (key: K, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(locale: Locale, count: number): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** Fills `{name}` placeholders; a `count` parameter picks the plural form. */
export function formatMessage(message: Message, locale: Locale, params: Params = {}): string {
  const template = typeof message === 'string' ? message : message[plural(locale, Number(params.count ?? 0))];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator<K extends string>(messages: Messages<K>, locale: Locale): Translator<K> {
  return (key, params) => formatMessage(messages[key], locale, params);
}

export function translate<K extends string>(catalog: Catalog<K>, locale: Locale, key: K, params?: Params): string {
  return formatMessage(catalog[locale][key], locale, params);
}

const loaded = new WeakMap<MessageLoader<string>, Map<Locale, Messages<string>>>();
const loading = new WeakMap<MessageLoader<string>, Map<Locale, Promise<Messages<string>>>>();

/** The messages of a language if they are already loaded (synchronous, for rendering). */
export function loadedMessages<K extends string>(loader: MessageLoader<K>, locale: Locale): Messages<K> | undefined {
  return loaded.get(loader)?.get(locale) as Messages<K> | undefined;
}

/** Loads a language's messages once; later calls share the same promise. A failed load may be retried. */
export function loadMessages<K extends string>(loader: MessageLoader<K>, locale: Locale): Promise<Messages<K>> {
  let pending = loading.get(loader);
  if (!pending) loading.set(loader, (pending = new Map()));
  let promise = pending.get(locale);
  if (!promise) {
    promise = loader[locale]().then(
      (messages) => {
        let done = loaded.get(loader);
        if (!done) loaded.set(loader, (done = new Map()));
        done.set(locale, messages);
        return messages;
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise as Promise<Messages<K>>;
}
