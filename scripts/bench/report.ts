/** One row of the results table, and the table itself (Markdown, padded so it also reads in a terminal). */
export interface Row {
  section: 'size' | 'search' | 'check' | 'render' | 'storage';
  name: string;
  measured: string;
  limit: string;
  result: 'PASS' | 'FAIL' | 'info' | 'ERROR';
  /** The measured number behind `measured`, in `unit`, for the JSON. */
  value?: number;
  limitValue?: number;
  unit?: string;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const sortedCopy = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Milliseconds with sensible precision: 0.042 ms, 1.37 ms, 432 ms. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(0)} ms`;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(rows: readonly Row[]): string {
  const header = ['budget', 'measured', 'limit', 'result'];
  const cells = rows.map((row) => [`${row.section}: ${row.name}`, row.measured, row.limit, row.result === 'FAIL' || row.result === 'ERROR' ? `**${row.result}**` : row.result].map(escapeCell));
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => [...line[column]!].length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value + ' '.repeat(widths[column]! - [...value].length)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.map(line)].join('\n');
}
