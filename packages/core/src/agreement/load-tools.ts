/** Validation, files and share links (zod): loaded when a step is left or a file or link is opened. */
export function loadAgreementTools(): Promise<typeof import('./tools.js')> {
  return import('./tools.js');
}

/** The PDF writer (jsPDF) is large: it is loaded only when a user asks for a PDF. */
export function loadAgreementPdf(): Promise<typeof import('./pdf.js')> {
  return import('./pdf.js');
}
