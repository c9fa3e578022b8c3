/**
 * Reads result files for the dashboard as a stream of text, so that a file of 100,000
 * records is never held or parsed in one piece: JSON (an array of records, a single
 * record, or `{ "results": [...] }`) and the results CSV (src/engine/result-csv.ts).
 * Hostile input is refused with a reason: binary data, text that is not UTF-8, JSON
 * nested deeper than any result record, and sizes beyond the limits below.
 * No DOM: it runs in the dashboard's worker and in Node tests.
 */
import { type CsvRow, CsvReader } from '../engine/csv.ts';
import { resultFromCsvRow } from '../engine/result-csv.ts';
import { RESULT_FORMAT } from '../engine/result.ts';

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
/** Inside a record: a whole string (group 1 is its closing quote, absent if the text ends first, maybe after a backslash) or a bracket. */
const INNER_TOKEN = /"(?:[^"\\]|\\[\s\S])*(?:(")|\\?$)|[{}[\]]/g;

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
  /** Elements emitted so far (counting from `count`: records already read by other means). */
  constructor(public count = 0) {}

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
        // Inside a record only strings and brackets matter: one regular-expression step skips
        // to the next bracket or over a whole string (which may hold brackets).
        INNER_TOKEN.lastIndex = i;
        const token = INNER_TOKEN.exec(b);
        if (!token) {
          i = b.length;
          break;
        }
        if (token[0].charCodeAt(0) === QUOTE) {
          // The string goes on in the next piece: scan it again from its opening quote then.
          if (token[1] === undefined) {
            i = token.index;
            break;
          }
          i = token.index + token[0].length - 1;
          continue;
        }
        i = token.index;
        const bracket = b.charCodeAt(i);
        if (bracket === OPEN_OBJECT || bracket === OPEN_ARRAY) this.open(bracket);
        else {
          if (this.closers.pop() !== bracket) throw this.syntax('a bracket that does not match');
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

/** Reads a JSON list written one record per line; stops (leaving `unread`) at the first line that is not. */
class LineRecords {
  private carry = '';
  private opened = false;
  closed = false;
  count = 0;
  /** The text from the first line that is not one whole record, once found. */
  unread: string | null = null;

  push(text: string): unknown[] {
    const out: unknown[] = [];
    // The carried part joins only the first line: scanning a joined string is slow in V8.
    const first = text.indexOf('\n');
    if (first < 0) {
      this.carry += text;
    } else {
      const wasOpen = this.opened;
      const line = this.carry + text.slice(0, first);
      this.carry = '';
      if (!this.take(line, out)) {
        this.unread = this.resumeFrom(line + text.slice(first), wasOpen);
        return out;
      }
      let start = first + 1;
      for (let end = text.indexOf('\n', start); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
        const open = this.opened;
        if (!this.take(text.slice(start, end), out)) {
          this.unread = this.resumeFrom(text.slice(start), open);
          return out;
        }
      }
      this.carry = text.slice(start);
    }
    if (this.carry.length > MAX_RECORD_CHARS) this.unread = this.resumeFrom(this.carry, this.opened);
    return out;
  }

  /** What the exact splitter reads on from: the list's opening bracket, if this text comes after it. */
  private resumeFrom(text: string, afterOpening: boolean): string {
    return afterOpening ? `[${text}` : text;
  }

  /** Takes one line; false when the line is not simply whole records. */
  private take(raw: string, out: unknown[]): boolean {
    let line = raw.trim();
    if (!line) return true;
    if (this.closed) throw new FileRefused('it has more text after the end of the JSON list');
    if (!this.opened) {
      if (!line.startsWith('[')) return false;
      this.opened = true;
      line = line.slice(1).trim();
      if (!line) return true;
    }
    if (line === ']') {
      this.closed = true;
      return true;
    }
    if (line.endsWith(',')) line = line.slice(0, -1);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return false;
    }
    // A result record is shallow; anything else is checked for the depth the splitter refuses.
    if (!isMarked(value) && !depthWithin(value, MAX_DEPTH - 1)) return false;
    out.push(value);
    this.count++;
    return true;
  }
}

const isMarked = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === RESULT_FORMAT;

/** Whether a parsed value nests no more than `levels` deep (the exact splitter refuses deeper ones). */
function depthWithin(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (levels <= 0) return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (!depthWithin(v, levels - 1)) return false;
  return true;
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
