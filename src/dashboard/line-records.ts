/**
 * A JSON list written one record per line, as the app and most tools write it: each line
 * is parsed natively without scanning it first.
 */
import { RESULT_FORMAT } from '../engine/result.ts';
import { depthWithin } from './json-depth.ts';
import { FileRefused, MAX_DEPTH, MAX_RECORD_CHARS } from './read-limits.ts';

const isMarked = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === RESULT_FORMAT;

/** Reads a JSON list written one record per line; stops (leaving `unread`) at the first line that is not. */
export class LineRecords {
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
