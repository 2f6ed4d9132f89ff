/**
 * For people who paste one script tag: defines each Stagekit element the first time its tag
 * appears in the page (now or later), loading only that element's code.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'stagekit-cao-lookup': () => import('./cao-lookup/define.js'),
  'stagekit-compensation-checker': () => import('./compensation-checker/define.js'),
};

const requested = new Set<string>();

function discover(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    const found = (root instanceof Element && root.localName === tag) || root.querySelector(tag);
    if (found) {
      requested.add(tag);
      loaders[tag]!().catch((error: unknown) => {
        requested.delete(tag);
        console.error(`Stagekit: could not load <${tag}>`, error);
      });
    }
  }
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// A module with no exports of its own: it only registers elements.
export {};
