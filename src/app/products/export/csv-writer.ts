import type { ExportRow } from '../../catalog/export/export-row';

/** A cell value before it is written: text, a number, a date (written as ISO 8601), or nothing. */
export type CsvValue = string | number | Date | null;

/** One column of the file: its header and how a row fills it. */
export interface CsvColumn {
  readonly header: string;
  value(row: ExportRow): CsvValue;
}

/** UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only with it. */
export const BOM = '\uFEFF';
const EOL = '\r\n';
/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes RFC 4180 CSV text chunk by chunk: the header (after the BOM) first, then rows as they arrive, every
 * line ended by CRLF. Text cells are always quoted (quotes doubled), so commas and line breaks inside a cell stay
 * inside it; a text cell that starts like a formula gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are written bare (so they stay numbers), dates as ISO 8601 UTC. Nothing else is changed: scripts, RTL
 * marks, emoji and very long names come out exactly as they are.
 */
export class CsvWriter {
  constructor(private readonly columns: readonly CsvColumn[]) {}

  /** The start of the file: BOM and header line. */
  header(): string {
    return BOM + this.columns.map((c) => textCell(c.header)).join(',') + EOL;
  }

  /** Lines for these rows. */
  rows(rows: readonly ExportRow[]): string {
    let out = '';
    for (const row of rows) out += this.columns.map((c) => cell(c.value(row))).join(',') + EOL;
    return out;
  }
}

/** One cell as written. */
export function cell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : '';
  return textCell(value);
}

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
