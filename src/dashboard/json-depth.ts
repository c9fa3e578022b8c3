/** The nesting depth of JSON, as text arriving in pieces or as a parsed value: anything too deep is no result record. */
import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './json-chars.ts';
import { FileRefused, MAX_DEPTH } from './read-limits.ts';

/** Tracks the nesting depth of JSON text arriving in pieces, refusing anything too deep. */
export class DepthGuard {
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

/** Whether a parsed value nests no more than `levels` deep (the exact splitter refuses deeper ones). */
export function depthWithin(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (levels <= 0) return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (!depthWithin(v, levels - 1)) return false;
  return true;
}
