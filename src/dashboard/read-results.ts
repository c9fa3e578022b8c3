/**
 * Reads result files for the dashboard as a stream of text, so that a file of 100,000
 * records is never held or parsed in one piece: JSON (an array of records, a single
 * record, or `{ "results": [...] }`) and the results CSV (src/engine/result-csv.ts).
 * Hostile input is refused with a reason: binary data, text that is not UTF-8, JSON
 * nested deeper than any result record, and sizes beyond the limits in read-limits.ts.
 * No DOM: it runs in the dashboard's worker and in Node tests.
 */
import { type CsvRow, CsvReader } from '../engine/csv.ts';
import { resultFromCsvRow } from '../engine/result-csv.ts';
import { JsonArraySplitter } from './json-array-splitter.ts';
import { DepthGuard } from './json-depth.ts';
import { LineRecords } from './line-records.ts';
import { FileRefused, MAX_OBJECT_CHARS, MAX_RECORD_CHARS, sizeText } from './read-limits.ts';

export { FileRefused, MAX_DEPTH, MAX_FILE_BYTES, MAX_OBJECT_CHARS, MAX_RECORD_CHARS } from './read-limits.ts';
export { JsonArraySplitter } from './json-array-splitter.ts';
export { textChunks } from './text-chunks.ts';

/** A record read from a file (not yet validated), or why it could not be read. */
export type Candidate = { at: string; value: unknown } | { at: string; problem: string };

export type FileFormat = 'JSON' | 'CSV';

/**
 * Reads the records of a file's text, yielding them in batches as the text arrives.
 * Throws FileRefused when the file as a whole cannot be read.
 */
export async function* readCandidates(
  chunks: AsyncIterable<string>,
  onFormat: (format: FileFormat) => void = () => {},
): AsyncGenerator<Candidate[]> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = '';
  // Find the first character that is not white space, to tell JSON from CSV.
  for (;;) {
    const next = await iterator.next();
    if (next.done) throw new FileRefused('it is empty');
    first += next.value;
    if (first.trim()) break;
  }
  const rest: AsyncIterable<string> = {
    [Symbol.asyncIterator]: () => {
      let pending: string | null = first;
      return {
        next: async () => {
          if (pending !== null) {
            const value = pending;
            pending = null;
            return { done: false, value };
          }
          return iterator.next();
        },
      };
    },
  };
  const lead = first.trimStart()[0];
  if (lead === '[') {
    onFormat('JSON');
    yield* readJsonArray(rest);
  } else if (lead === '{') {
    onFormat('JSON');
    yield* readJsonObject(rest);
  } else {
    onFormat('CSV');
    yield* readCsv(rest);
  }
}

/**
 * A JSON list read a line at a time: the app and most tools write one record per line,
 * and such a line is parsed natively without scanning it first. Anything else (a record
 * over several lines, a malformed one) falls back, from that line on, to the exact
 * splitter, which checks the structure between records and names the record that is wrong.
 */
async function* readJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<Candidate[]> {
  const iterator = chunks[Symbol.asyncIterator]();
  const lines = new LineRecords();
  let fallback: string | null = null;
  for (;;) {
    const next = await iterator.next();
    const values = lines.push(next.done ? '\n' : next.value);
    if (values.length) yield values.map((value, k) => ({ at: `record ${lines.count - values.length + k + 1}`, value }));
    if (lines.unread !== null) {
      fallback = lines.unread;
      break;
    }
    if (next.done) {
      if (!lines.closed) throw new FileRefused('it is not complete JSON: the list is never closed (was it cut short?)');
      return;
    }
  }
  const splitter = new JsonArraySplitter(lines.count);
  const rest: AsyncIterable<string> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (fallback === null) return iterator.next();
        const value = fallback;
        fallback = null;
        return { done: false, value };
      },
    }),
  };
  for await (const text of rest) {
    const before = splitter.count;
    const elements = splitter.push(text);
    if (elements.length) yield elements.map((element, k) => parseElement(element, before + k + 1));
  }
  splitter.end();
}

function parseElement(text: string, index: number): Candidate {
  const at = `record ${index}`;
  try {
    return { at, value: JSON.parse(text) };
  } catch (e) {
    throw new FileRefused(`it is not valid JSON: ${at} cannot be read (${(e as Error).message})`);
  }
}

async function* readJsonObject(chunks: AsyncIterable<string>): AsyncGenerator<Candidate[]> {
  const guard = new DepthGuard();
  const parts: string[] = [];
  let length = 0;
  for await (const text of chunks) {
    length += text.length;
    if (length > MAX_OBJECT_CHARS) {
      throw new FileRefused(
        `a single JSON object larger than ${sizeText(MAX_OBJECT_CHARS)} is not read: export the records as a JSON list instead`,
      );
    }
    guard.check(text);
    parts.push(text);
  }
  let value: unknown;
  try {
    value = JSON.parse(parts.join(''));
  } catch (e) {
    throw new FileRefused(`it is not valid JSON (${(e as Error).message})`);
  }
  const wrapped = value && typeof value === 'object' ? (value as { results?: unknown }).results : undefined;
  if (Array.isArray(wrapped)) yield wrapped.map((v, i) => ({ at: `record ${i + 1}`, value: v }));
  else yield [{ at: 'record 1', value }];
}

/**
 * A results CSV, read with Papa Parse a piece at a time. A row that cannot be read is
 * reported with its spreadsheet row number and the rest of the file imports; the file is
 * refused whole only when it is not a results CSV at all.
 */
const rowChars = (cells: Record<string, string>) => Object.values(cells).reduce((n, c) => n + c.length, 0);

async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<Candidate[]> {
  const reader = new CsvReader();
  const candidates = (rows: CsvRow[]): Candidate[] => {
    const columns = reader.columns;
    if (columns && !columns.includes('id')) {
      throw new FileRefused('it is neither JSON nor a results CSV (the first row has no "id" column)');
    }
    return rows.map((r) =>
      'cells' in r
        ? { at: `row ${r.row}`, value: resultFromCsvRow(r.cells) }
        : { at: `row ${r.row}`, problem: `the row cannot be read (${r.problem})` },
    );
  };
  for await (const text of chunks) {
    const rows = reader.push(text);
    const big = rows.find((r) => 'cells' in r && rowChars(r.cells) > MAX_RECORD_CHARS);
    if (big) throw new FileRefused(`row ${big.row} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    if (reader.waiting > MAX_RECORD_CHARS) {
      throw new FileRefused(
        `a row after row ${rows.at(-1)?.row ?? 1} is larger than ${sizeText(MAX_RECORD_CHARS)}: a quote may be missing its partner`,
      );
    }
    if (rows.length) yield candidates(rows);
  }
  const last = candidates(reader.end());
  if (!reader.columns) throw new FileRefused('it is empty');
  yield last;
}
