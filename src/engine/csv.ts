/** CSV writing and reading for every export; cells that a spreadsheet would run as a formula are neutralised. */
import Papa from 'papaparse';

/** A formula start (=, +, -, @, tab, CR), after any number of quotes: what `safeCell` quotes and `unsafeCell` unquotes. */
const QUOTED_FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Prefixes a cell that starts like a formula (=, +, -, @, tab, CR) with a quote, as OWASP
 * advises. A cell that already starts with quotes and a formula character gets one more, so
 * that `unsafeCell` gives back exactly what was written.
 */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (QUOTED_FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) return `'${text}`;
  return text;
}

/** Writes rows (objects) as CSV with a header of the given columns, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((c) => safeCell(row[c])));
  return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' });
}

/** Undoes safeCell's quote: applied to every cell read, since the writer may guard any cell. */
export function unsafeCell(text: string): string {
  return text.startsWith("'") && QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}

/** One row of a CSV file read with its header: the cells (guards undone) by column, or why not. */
export type CsvRow = { row: number; cells: Record<string, string> } | { row: number; problem: string };

/**
 * Reads CSV text that arrives in pieces with Papa Parse's own parser, a block of whole rows
 * at a time (a row whose quoted cell goes on is carried to the next piece). Each row keeps
 * its spreadsheet row number (the header is row 1); a row that cannot be read is reported
 * and the rows after it are read as usual.
 */
export class CsvReader {
  private carry = '';
  private header: string[] | null = null;
  private newline: '\r\n' | '\n' | null = null;
  private rowNumber = 1;

  get columns(): readonly string[] | null {
    return this.header;
  }

  /** The whole rows in `text` (and what was carried); the last row waits for more text. */
  push(text: string): CsvRow[] {
    return this.parse(this.carry + text, false);
  }

  /** The rows left at the end of the text. */
  end(): CsvRow[] {
    const rest = this.carry;
    this.carry = '';
    return rest ? this.parse(rest, true) : [];
  }

  /** Characters waiting for the end of their row. */
  get waiting(): number {
    return this.carry.length;
  }

  private parse(input: string, last: boolean): CsvRow[] {
    this.newline ??= input.includes('\r\n') ? '\r\n' : input.includes('\n') || last ? '\n' : null;
    if (!this.newline) {
      this.carry = input;
      return [];
    }
    const parser = new Papa.Parser({ delimiter: ',', newline: this.newline });
    const result = parser.parse(input, 0, !last) as {
      data: string[][];
      errors: { row?: number; message: string }[];
      meta: { cursor: number };
    };
    this.carry = last ? '' : input.slice(result.meta.cursor);
    const problems = new Map<number, string>();
    for (const e of result.errors) if (e.row !== undefined && !problems.has(e.row)) problems.set(e.row, e.message);
    const out: CsvRow[] = [];
    result.data.forEach((cells, i) => {
      if (cells.every((c) => !c.trim())) return;
      if (!this.header) {
        this.header = cells.map((c) => c.trim());
        return;
      }
      const row = ++this.rowNumber;
      const problem = problems.get(i);
      if (problem) out.push({ row, problem: `${problem.toLowerCase()}: a quote may be out of place` });
      else if (cells.length !== this.header.length) {
        out.push({
          row,
          problem: `it has ${cells.length} cells where the header has ${this.header.length}: a comma or quote may be out of place`,
        });
      } else {
        const named: Record<string, string> = {};
        this.header.forEach((column, k) => (named[column] = unsafeCell(cells[k]!)));
        out.push({ row, cells: named });
      }
    });
    return out;
  }
}

/** Reads a whole CSV text with a header row (rows that cannot be read are reported by row number). */
export function parseCsv(text: string): { rows: Record<string, string>[]; errors: string[] } {
  const reader = new CsvReader();
  const read = [...reader.push(text), ...reader.end()];
  const rows: Record<string, string>[] = [];
  const errors: string[] = [];
  for (const r of read) {
    if ('cells' in r) rows.push(r.cells);
    else errors.push(`row ${r.row}: ${r.problem}`);
  }
  return { rows, errors };
}
