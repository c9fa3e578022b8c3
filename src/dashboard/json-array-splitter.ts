/**
 * Splits the text of a JSON array into the text of its elements as it arrives, checking
 * the structure between them (commas, brackets, depth); each element is parsed on its
 * own by the caller. Strings are skipped with indexOf, as most of a record is strings.
 */
import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COMMA, OPEN_ARRAY, OPEN_OBJECT, QUOTE, SPACE } from './json-chars.ts';
import { FileRefused, MAX_DEPTH, MAX_RECORD_CHARS, sizeText } from './read-limits.ts';

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
        this.bracket(out, b.charCodeAt(i), i);
        continue;
      }
      if (!SPACE.has(c)) this.betweenElements(c, i);
    }
    this.keepFrom(i);
    return out;
  }

  /** Checks that the list was closed. */
  end(): void {
    if (!this.finished) throw new FileRefused('it is not complete JSON: the list is never closed (was it cut short?)');
  }

  /** A bracket inside a record, at `at`. */
  private bracket(out: string[], c: number, at: number): void {
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.open(c);
    else {
      if (this.closers.pop() !== c) throw this.syntax('a bracket that does not match');
      this.depth--;
      if (this.depth === 1) this.emit(out, at);
    }
  }

  /** A character directly inside the list, between elements, that is not white space or a string. */
  private betweenElements(c: number, at: number): void {
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
      this.begin(at);
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.open(c);
      else this.bare = true;
    }
  }

  /** Drops the text before `scanned` (where scanning stopped) that no element still being read needs. */
  private keepFrom(scanned: number): void {
    const keep = this.start >= 0 ? this.start : scanned;
    this.buffer = this.buffer.slice(keep);
    this.pos = scanned - keep;
    if (this.start >= 0) this.start = 0;
    if (this.buffer.length > MAX_RECORD_CHARS) {
      throw new FileRefused(`record ${this.count + 1} is larger than ${sizeText(MAX_RECORD_CHARS)}`);
    }
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
