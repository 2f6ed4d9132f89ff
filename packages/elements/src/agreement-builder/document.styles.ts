import { css } from 'lit';

/** The document: a preview on screen, A4 on paper with the fingerprint on every page. */
export const documentStyles = css`
  .document {
    margin-block-start: var(--_stagekit-space);
    padding: 1.5rem;
    border: 1px solid var(--_stagekit-border);
    background: #ffffff;
    color: #1a1a1a;
    font-family: Georgia, 'Times New Roman', serif;
    overflow-wrap: anywhere;
  }
  .document h3 {
    margin: 0;
    font-size: 1.5rem;
  }
  .document h4 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.15rem;
    border-block-end: 1px solid #6e6e6e;
  }
  .document h5 {
    margin: 0.75rem 0 0.1rem;
    font-size: 1rem;
  }
  .doc-status,
  .fingerprint {
    margin: 0;
    font-size: 0.85rem;
    color: #4d4d4d;
  }
  .fingerprint {
    font-family: ui-monospace, monospace;
  }
  .draft {
    font-weight: 700;
    border: 2px solid #1a1a1a;
    padding: 0.25rem 0.5rem;
  }
  .document dl {
    margin: 0.25rem 0;
  }
  .document dl div {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 0 1rem;
  }
  .document dt {
    font-weight: 700;
  }
  .document dd {
    margin: 0;
    white-space: pre-line;
  }
  .doc-empty {
    font-style: italic;
    margin: 0.25rem 0;
  }
  .doc-note {
    margin: 0.25rem 0;
  }
  .signature-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 1rem;
  }
  .signature p {
    margin: 0.2rem 0;
  }
  .signature .role {
    font-weight: 700;
  }
  .signature-box {
    block-size: 4rem;
    border: 1px solid #6e6e6e;
  }
  .doc-sources li {
    font-size: 0.85rem;
  }
  .print-footer {
    display: none;
  }
  @media print {
    .document {
      border: 0;
      padding: 0 0 12mm;
      font-size: 10.5pt;
    }
    .doc-clause,
    .signature {
      break-inside: avoid;
    }
    .doc-signatures,
    .doc-sources {
      break-before: page;
    }
    /* A fixed element repeats on every printed page: the fingerprint is on each one. */
    .print-footer {
      display: block;
      position: fixed;
      inset-block-end: 0;
      inset-inline: 0;
      margin: 0;
      font: 8pt ui-monospace, monospace;
      color: #1a1a1a;
    }
  }
`;
