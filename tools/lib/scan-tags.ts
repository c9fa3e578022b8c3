/**
 * Finds every tag in Ink source files with its file and line, so that tags on paths the
 * explorer never reaches are linted too. Reads Ink's tag syntax loosely: `# text` up to
 * the next `#`, `]` (inside a choice's brackets) or the end of the line.
 */
import { readFileSync } from 'node:fs';

export interface SourceTag {
  file: string;
  line: number;
  raw: string;
  /** On a choice line: inside the brackets (choice-only) or after them (output). */
  place: 'line' | 'choice' | 'after-choice';
}

function stripComment(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '/' && line[i + 1] === '/' && line[i - 1] !== ':') break;
    out += line[i];
  }
  return out;
}

export function scanTags(file: string, source = readFileSync(file, 'utf8')): SourceTag[] {
  const found: SourceTag[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((rawLine, i) => {
    let line = rawLine;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    const start = line.indexOf('/*');
    if (start >= 0 && line.indexOf('*/', start) < 0) {
      line = line.slice(0, start);
      inBlockComment = true;
    }
    line = stripComment(line);
    const isChoice = /^\s*[*+]/.test(line);
    const open = isChoice ? line.indexOf('[') : -1;
    const close = open >= 0 ? line.indexOf(']', open) : -1;
    const re = /(?<!\\)#([^#\]]*)/g;
    for (const m of line.matchAll(re)) {
      const at = m.index ?? 0;
      const raw = (m[1] ?? '').trim();
      if (!raw) continue;
      // Tags inside { } logic are dynamic; skip what we cannot read statically.
      if (/[{}]/.test(raw)) continue;
      let place: SourceTag['place'] = 'line';
      if (isChoice && open >= 0 && close >= 0)
        place = at > open && at < close ? 'choice' : at > close ? 'after-choice' : 'line';
      else if (isChoice) place = 'choice';
      found.push({ file, line: i + 1, raw, place });
    }
  });
  return found;
}
