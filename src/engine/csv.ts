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

/** Reads CSV with a header row into objects of strings; reports malformed rows. */
export function parseCsv(text: string): { rows: Record<string, string>[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const errors = parsed.errors.slice(0, 20).map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`);
  return { rows: parsed.data, errors };
}

/** Undoes safeCell's quote on import. */
export function unsafeCell(text: string): string {
  return text.startsWith("'") && QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}
