import { jsPDF } from 'jspdf';
import type { AgreementDocument } from './document.js';

/**
 * The document as an A4 PDF (jsPDF, loaded only when someone asks for a PDF). The built-in PDF
 * fonts know the Windows-1252 letters (Dutch, most West-European names, €); other letters are
 * written without their accent, or as "?" when there is no Latin letter underneath. The print
 * view shows every letter as typed.
 */
const PAGE = { width: 210, height: 297, margin: 20, footer: 10 } as const;
const BODY = 10;
const LINE = 5;

/** Letters without a decomposition that the fonts lack, written as their nearest Latin letter. */
const NEAREST_LATIN: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', ŀ: 'l', ĸ: 'k' };

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const inWinAnsi = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/** Text the built-in fonts can show. */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\n' || inWinAnsi(char)) out += char;
    else if (char === '\t') out += ' ';
    else if (NEAREST_LATIN[char]) out += NEAREST_LATIN[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...base].every(inWinAnsi) && base ? base : '?';
    }
  }
  return out;
}

/** The PDF's bytes and its number of pages. */
export function agreementPdf(document: AgreementDocument): { bytes: Uint8Array; pages: number } {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  pdf.setProperties({ title: pdfSafeText(`${document.title} — ${document.subtitle}`), subject: document.fingerprintLine, creator: 'Stagekit' });
  const width = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.height - PAGE.margin - PAGE.footer;
  let y = PAGE.margin;

  const room = (height: number) => {
    if (y + height > bottom) {
      pdf.addPage();
      y = PAGE.margin;
    }
  };
  const write = (text: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}) => {
    const size = options.size ?? BODY;
    pdf.setFont('helvetica', options.bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    const lineHeight = (size / BODY) * LINE;
    const lines = pdf.splitTextToSize(pdfSafeText(text), width - (options.indent ?? 0)) as string[];
    for (const line of lines) {
      room(lineHeight);
      pdf.text(line, PAGE.margin + (options.indent ?? 0), y, { baseline: 'top' });
      y += lineHeight;
    }
    y += options.gap ?? 0;
  };

  write(document.title, { size: 18, bold: true, gap: 1 });
  write(document.subtitle, { size: 12, gap: 1 });
  write(document.versionLine, { gap: 1 });
  write(document.fingerprintLine, { size: 8, gap: 3 });
  if (document.draftNotice) write(document.draftNotice, { bold: true, gap: 3 });
  write(document.intro, { gap: 4 });

  for (const section of document.sections) {
    room(20);
    write(section.title, { size: 14, bold: true, gap: 2 });
    for (const clause of section.clauses) {
      room(15);
      write(`${clause.number}. ${clause.title}`, { size: 11, bold: true });
      write(clause.statusLabel, { size: 8, gap: 1 });
      for (const line of clause.lines) {
        write(`${line.label}:`, { bold: true, indent: 4 });
        write(line.value, { indent: 8, gap: 1 });
      }
      if (clause.empty) write(document.emptyClause, { indent: 4, gap: 1 });
      for (const note of clause.notes) write(note, { indent: 4, gap: 1 });
      y += 3;
    }
  }

  room(30);
  write(document.signatureTitle, { size: 14, bold: true, gap: 2 });
  write(document.signingLine, { gap: 4 });
  for (const signature of document.signatures) {
    room(34);
    write(signature.role, { bold: true });
    write(`${document.signatureLabels.name}: ${signature.name}`);
    write(`${document.signatureLabels.date}:`, { gap: 1 });
    write(`${document.signatureLabels.signature}:`);
    pdf.setDrawColor(120);
    pdf.rect(PAGE.margin, y + 1, 80, 14);
    y += 20;
  }

  pdf.addPage();
  y = PAGE.margin;
  write(document.sourcesTitle, { size: 14, bold: true, gap: 2 });
  for (const source of document.sources) write(`[${source.number}] ${source.text}${source.url ? ` ${source.url}` : ''}`, { size: 9, gap: 1 });

  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    pdf.setPage(page);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(7);
    pdf.text(pdfSafeText(document.pageFooter(page, pages)), PAGE.margin, PAGE.height - PAGE.margin / 2, { baseline: 'bottom' });
  }
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), pages };
}

export function renderAgreementPdf(document: AgreementDocument): Uint8Array {
  return agreementPdf(document).bytes;
}
