import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../packages/elements/src/cao-lookup/define.js';
import type { StagekitCaoLookup } from '../../packages/elements/src/cao-lookup/cao-lookup.js';
import type { StagekitErrorDetail } from '../../packages/elements/src/internal/events.js';

export const datasetUrl = (name: string) => new URL(`../fixtures/datasets/${name}`, import.meta.url).href;

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function input(el: StagekitCaoLookup): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>('input[role="combobox"]')!;
}

export function options(el: StagekitCaoLookup): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
}

export function optionNames(el: StagekitCaoLookup): string[] {
  return options(el).map((option) => option.querySelector('.name')!.textContent!.trim());
}

export function statusText(el: StagekitCaoLookup): string {
  return words(shadow(el).querySelector('[role="status"]'));
}

/** Text with all white space (including the no-break spaces Intl puts in "€ 400,00") as single spaces. */
export function words(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function text(el: Element): string {
  return words(shadow(el));
}

/** True once the dataset has loaded (the result count shows) or failed (an alert shows). */
export function settled(el: StagekitCaoLookup): boolean {
  return /\d/.test(statusText(el)) || !!shadow(el).querySelector('[role="alert"]');
}

/**
 * Renders a lookup and waits until its dataset has loaded (or failed). With `open` (the default)
 * it then focuses the search field, which opens the list of results as it does for a user.
 */
export async function lookup(template: TemplateResult, { open = true } = {}): Promise<StagekitCaoLookup> {
  const el = await fixture<StagekitCaoLookup>(template);
  await waitUntil(() => settled(el), 'dataset did not load', { timeout: 8000 });
  if (open && !input(el).disabled) input(el).focus();
  await el.updateComplete;
  return el;
}

/** Types like a user: sets the value and fires `input`. */
export async function type(el: StagekitCaoLookup, value: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
  await el.updateComplete;
}

export async function press(el: StagekitCaoLookup, key: string): Promise<void> {
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

/** Collects the events of one type fired by an element. */
export function record<T>(el: EventTarget, name: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(name, (event) => seen.push(event as CustomEvent<T>));
  return seen;
}

/**
 * Answers fetches of one URL with `answer` (which may throw, or wait) until `restore()` is called;
 * `calls` counts them. Other URLs go to the network as usual.
 */
export function interceptFetch(url: string, answer: (call: number, real: typeof fetch) => Promise<Response>) {
  const realFetch = window.fetch;
  const state = { calls: 0, restore: () => (window.fetch = realFetch) };
  window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) =>
    String(resource) === url ? answer(state.calls++, (r, i) => realFetch(r, i ?? init)) : realFetch(resource, init)) as typeof fetch;
  return state;
}

/** Collects every `stagekit-error` that reaches the document until `stop()`. */
export function collectErrors() {
  const errors: CustomEvent<StagekitErrorDetail>[] = [];
  const listener = (event: Event) => errors.push(event as CustomEvent<StagekitErrorDetail>);
  document.addEventListener('stagekit-error', listener);
  return { errors, stop: () => document.removeEventListener('stagekit-error', listener) };
}

/** The accessible name of a control: aria-label, else its text without the aria-hidden parts. */
export function accessibleName(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label) return label;
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return words(copy);
}

/** Catches the downloads a widget starts (the link it clicks) and reads each file behind its blob: URL. */
export async function downloads(action: () => unknown): Promise<{ name: string; text: string }[]> {
  const click = HTMLAnchorElement.prototype.click;
  const links: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) links.push(this);
    else click.call(this);
  };
  try {
    await action();
    await waitUntil(() => links.length > 0, 'nothing was downloaded', { timeout: 5000, interval: 25 });
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return Promise.all(links.map(async (link) => ({ name: link.download, text: await (await fetch(link.href)).text() })));
}
