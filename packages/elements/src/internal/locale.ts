import { DEFAULT_LOCALE, toLocale, type Locale } from '@stagekit/core';

/** The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else Dutch. */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLocale(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return DEFAULT_LOCALE;
}

type LocaleListener = () => void;
const listeners = new Set<LocaleListener>();
let observer: MutationObserver | undefined;

/** Calls back when any `lang` attribute in the document changes, so widgets follow the page's language. */
export function onLangChange(listener: LocaleListener): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
