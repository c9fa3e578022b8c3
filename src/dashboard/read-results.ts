/**
 * Reads result files for the dashboard as a stream of text, so that a file of 100,000
 * records is never held or parsed in one piece: JSON (an array of records, a single
 * record, or `{ "results": [...] }`) and the results CSV (src/engine/result-csv.ts).
 * Hostile input is refused with a reason: binary data, text that is not UTF-8, JSON
 * nested deeper than any result record, and sizes beyond the limits below.
 * No DOM: it runs in the dashboard's worker and in Node tests.
 */
import { resultsFromCsv } from '../engine/result-csv.ts';

export const MAX_FILE_BYTES = 1024 ** 3;
/** A top-level JSON object (one record, or `{ "results": [...] }`) is parsed whole, so it is capped lower. */
export const MAX_OBJECT_CHARS = 64 * 1024 ** 2;
/** One record as JSON text or one CSV row; a real record is a few kilobytes. */
export const MAX_RECORD_CHARS = 4 * 1024 ** 2;
/** A result record nests six levels deep; anything much deeper is not one. */
export const MAX_DEPTH = 32;

const sizeText = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${+(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;

/** The whole file is refused: nothing from it is imported. */
export class FileRefused extends Error {}

/** A record read from a file (not yet validated), or why it could not be read. */
export type Candidate = { at: string; value: unknown } | { at: string; problem: string };

export type FileFormat = 'JSON' | 'CSV';

/** How much of a file is read and decoded at a time. */
const PIECE_BYTES = 1024 * 1024;

/** Decodes a file as UTF-8 text piece by piece, refusing binary data and other encodings. */
export async function* textChunks(file: Blob, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new FileRefused(`it is larger than ${sizeText(MAX_FILE_BYTES)}, the most the dashboard reads from one file`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < file.size; at += PIECE_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + PIECE_BYTES).arrayBuffer());
    if (
      at === 0 &&
      bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    ) {
      throw new FileRefused('it is saved as UTF-16 text: save or export it again as UTF-8');
    }
    onBytes(bytes.length);
    yield checked(decode(decoder, bytes, true));
  }
  yield checked(decode(decoder, undefined, false));
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new FileRefused('it is not UTF-8 text: it may be a spreadsheet, a document or another binary file');
  }
}

function checked(text: string): string {
  if (text.includes('\0')) throw new FileRefused('it contains binary data, not JSON or CSV text');
  return text;
}

const SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/** The index of the quote that closes the string opened at `open`, or -1 if the text ends first. */
function closingQuote(text: string, open: number): number {
  for (let j = text.indexOf('"', open + 1); j !== -1; j = text.indexOf('"', j + 1)) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return j;
  }
  return -1;
}

/**
 * Splits the text of a JSON array into the text of its elements as it arrives, checking
 * the structure between them (commas, brackets, depth); each element is parsed on its
 * own by the caller. Strings are skipped with indexOf, as most of a record is strings.
 */
export class JsonArraySplitter {
  private buffer = '';
  /** Where scanning resumes in `buffer`. */
  private pos = 0;
  /** Start of the element being read, in `buffer`; -1 between elements. */
  private start = -1;
  /** The element being read is a bare value (number, true, false, null). */
  private bare = false;
  private depth = 0;
  private readonly closers: number[] = [];
  private expectValue = true;
  private sawComma = false;
  private finished = false;
  /** Elements emitted so far. */
  count = 0;

  push(text: string): string[] {
    const out: string[] = [];
    const b = (this.buffer += text);
    let i = this.pos;
    for (; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (this.finished) {
        if (!SPACE.has(c)) throw new FileRefused('it has more text after the end of the JSON list');
        continue;
      }
      if (this.depth === 0) {
        if (c === OPEN_ARRAY) this.depth = 1;
        else if (!SPACE.has(c)) throw new FileRefused('it is not a JSON list');
        continue;
      }
      if (this.depth === 1 && this.bare) {
        if (!(SPACE.has(c) || c === COMMA || c === CLOSE_ARRAY)) continue;
        this.emit(out, i - 1);
      }
      if (c === QUOTE) {
        const end = closingQuote(b, i);
        // The string goes on in the next piece: scan it again from its opening quote then.
        if (end < 0) break;
        if (this.depth === 1) {
          this.begin(i);
          this.emit(out, end);
        }
        i = end;
        continue;
      }
      if (this.depth > 1) {
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.open(c);
        else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
          if (this.closers.pop() !== c) throw this.syntax('a bracket that does not match');
          this.depth--;
          if (this.depth === 1) this.emit(out, i);
        }
        continue;
      }
      // Directly inside the list: between elements.
      if (SPACE.has(c)) continue;
      if (c === COMMA) {
        if (this.expectValue) throw this.syntax('a comma where a record should be');
        this.expectValue = true;
        this.sawComma = true;
      } else if (c === CLOSE_ARRAY) {
        if (this.expectValue && this.sawComma) throw this.syntax('a comma before the closing ]');
        this.finished = true;
        this.depth = 0;
      } else if (c === CLOSE_OBJECT) throw this.syntax('a } that closes nothing');
      else {
        this.begin(i);
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.open(c);
        else this.bare = true;
      }
    }
    const keep = this.start >= 0 ? this.start : i;
    this.buffer = b.slice(keep);
    this.pos = i - keep;
    if (this.start >= 0) this.start = 0;
    if (this.buffer.length > MAX_RECORD_CHARS) {
      throw new FileRefused(`record ${this.count + 1} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    }
    return out;
  }

  /** Checks that the list was closed. */
  end(): void {
    if (!this.finished) throw new FileRefused('it is not complete JSON: the list is never closed (was it cut short?)');
  }

  private begin(at: number): void {
    if (!this.expectValue) throw this.syntax('a missing comma between records');
    this.start = at;
    this.expectValue = false;
  }

  private open(c: number): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new FileRefused(`it is nested more than ${MAX_DEPTH} levels deep`);
    this.closers.push(c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
  }

  private emit(out: string[], end: number): void {
    // A record that began and ended within the text read since the last check is measured here.
    if (end + 1 - this.start > MAX_RECORD_CHARS) {
      throw new FileRefused(`record ${this.count + 1} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    }
    out.push(this.buffer.slice(this.start, end + 1));
    this.start = -1;
    this.bare = false;
    this.count++;
  }

  private syntax(what: string): FileRefused {
    return new FileRefused(`it is not valid JSON: ${what}, after record ${this.count}`);
  }
}

/** Tracks the nesting depth of JSON text arriving in pieces, refusing anything too deep. */
class DepthGuard {
  private depth = 0;
  private inString = false;
  private escaped = false;

  check(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) this.inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (++this.depth > MAX_DEPTH) throw new FileRefused(`it is nested more than ${MAX_DEPTH} levels deep`);
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) this.depth--;
    }
  }
}

/**
 * Splits CSV text arriving in pieces into blocks of whole rows (a newline inside quotes
 * belongs to its cell). Blank rows are dropped; each row's line number is kept.
 */
export class CsvRowSplitter {
  private carry = '';
  private inQuotes = false;
  private line = 1;
  private rowLine = 1;
  header: string | null = null;
  private rows: string[] = [];
  private lines: number[] = [];

  /** Adds text; returns the complete rows so far (excluding the header) and their line numbers. */
  push(text: string): { rows: string[]; lines: number[] } {
    const b = this.carry + text;
    let rowStart = 0;
    // The carried part was scanned before: its quotes and line breaks are already counted.
    for (let i = this.carry.length; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === QUOTE) this.inQuotes = !this.inQuotes;
      else if (c === 0x0a) {
        this.line++;
        if (!this.inQuotes) {
          this.take(b.slice(rowStart, i));
          rowStart = i + 1;
          this.rowLine = this.line;
        }
      }
    }
    this.carry = b.slice(rowStart);
    if (this.carry.length > MAX_RECORD_CHARS) {
      throw new FileRefused(`the row at line ${this.rowLine} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    }
    return this.drain();
  }

  end(): { rows: string[]; lines: number[] } {
    if (this.carry) this.take(this.carry);
    this.carry = '';
    return this.drain();
  }

  private take(row: string): void {
    if (row.length > MAX_RECORD_CHARS) {
      throw new FileRefused(`the row at line ${this.rowLine} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    }
    const text = row.endsWith('\r') ? row.slice(0, -1) : row;
    if (/^[\s,;]*$/.test(text)) return;
    if (this.header === null) this.header = text;
    else {
      this.rows.push(text);
      this.lines.push(this.rowLine);
    }
  }

  private drain(): { rows: string[]; lines: number[] } {
    const out = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    return out;
  }
}

/** How often (in characters of text) CSV rows are handed to the parser. */
const CSV_BLOCK_CHARS = 512 * 1024;

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

async function* readJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<Candidate[]> {
  const splitter = new JsonArraySplitter();
  for await (const text of chunks) {
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

const HAS_ID_COLUMN = /(^|[,;\t])"?id"?([,;\t]|$)/;

async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<Candidate[]> {
  const splitter = new CsvRowSplitter();
  let rows: string[] = [];
  let lines: number[] = [];
  let size = 0;
  const block = (): Candidate[] => {
    const header = splitter.header ?? '';
    if (!HAS_ID_COLUMN.test(header)) {
      throw new FileRefused('it is neither JSON nor a results CSV (the first row has no "id" column)');
    }
    const { records, errors } = resultsFromCsv(`${header}\r\n${rows.join('\r\n')}`);
    const rowProblems = new Map<number, string>();
    for (const e of errors) {
      const m = /^row (\d+): (.*)$/.exec(e);
      if (m) rowProblems.set(Number(m[1]) - 2, m[2]!);
    }
    const out = records.map((value, k): Candidate => {
      const at = `row ${lines[k] ?? '?'}`;
      const problem = rowProblems.get(k);
      return problem ? { at, problem: `the CSV row cannot be read (${problem})` } : { at, value };
    });
    rows = [];
    lines = [];
    size = 0;
    return out;
  };
  for await (const text of chunks) {
    const got = splitter.push(text);
    rows = rows.concat(got.rows);
    lines = lines.concat(got.lines);
    size += text.length;
    if (size >= CSV_BLOCK_CHARS && rows.length) yield block();
  }
  const last = splitter.end();
  rows = rows.concat(last.rows);
  lines = lines.concat(last.lines);
  if (splitter.header === null) throw new FileRefused('it is empty');
  yield block();
}
