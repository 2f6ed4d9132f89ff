/**
 * Defines each Stagekit element the first time its tag appears in the page (now or later),
 * loading only that element's code through `load`.
 */
export function startAutoloader(load: (tag: string) => Promise<unknown>, tags: readonly string[]): void {
  const requested = new Set<string>();
  const discover = (root: ParentNode) => {
    for (const tag of tags) {
      if (requested.has(tag) || customElements.get(tag)) continue;
      const found = (root instanceof Element && root.localName === tag) || root.querySelector(tag);
      if (!found) continue;
      requested.add(tag);
      load(tag).catch((error: unknown) => {
        requested.delete(tag);
        console.error(`Stagekit: could not load <${tag}>`, error);
      });
    }
  };
  discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
