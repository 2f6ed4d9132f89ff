/**
 * Printing only one widget (the agreement, a report's copy). Rules inside the shadow root cannot
 * hide the rest of the host page or set the page size, so while printing one document-level sheet
 * hides everything but the widget (visibility is inherited into the shadow tree, where the document turns it back on) and
 * sets A4 margins. Constructable sheets are not inline styles, so a strict CSP allows them.
 */
const PRINT_RULES = `
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body * { visibility: hidden !important; }
  [data-stagekit-printing] { visibility: visible !important; position: absolute; inset: 0 auto auto 0; inline-size: 100%; }
}`;

let sheet: CSSStyleSheet | undefined;

export function printHost(host: HTMLElement, print: () => void = () => globalThis.print?.(), after?: () => void): void {
  const doc = host.ownerDocument;
  if (!sheet && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_RULES);
  }
  const added = sheet && !doc.adoptedStyleSheets.includes(sheet);
  if (sheet && added) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  host.setAttribute('data-stagekit-printing', '');
  let cleaned = false;
  const done = () => {
    if (cleaned) return;
    cleaned = true;
    host.removeAttribute('data-stagekit-printing');
    if (sheet && added) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    after?.();
  };
  // afterprint comes when the dialog closes, also where print() returns at once.
  doc.defaultView?.addEventListener('afterprint', done, { once: true });
  print();
}
