/**
 * Where a runtime problem is in the Ink source. The compiled story keeps no line numbers,
 * so problems found while exploring are placed at what they name: the knot or stitch of
 * their Ink path, or the EXTERNAL declaration of a function that has no binding.
 */
import { readFileSync } from 'node:fs';

export interface SourcePlace {
  file: string;
  line: number;
}

export interface Declarations {
  /** Knots and functions by name; stitches as `knot.stitch`. */
  flows: Map<string, SourcePlace>;
  externals: Map<string, SourcePlace>;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)/;
const EXTERNAL = /^\s*EXTERNAL\s+([A-Za-z_][\w]*)/;

export function readDeclarations(
  files: readonly string[],
  read = (f: string) => readFileSync(f, 'utf8'),
): Declarations {
  const found: Declarations = { flows: new Map(), externals: new Map() };
  for (const file of files.filter((f) => f.endsWith('.ink'))) {
    let source: string;
    try {
      source = read(file);
    } catch {
      continue;
    }
    let knot = '';
    source.split(/\r?\n/).forEach((text, i) => {
      const place = { file, line: i + 1 };
      const k = KNOT.exec(text);
      const s = k ? null : STITCH.exec(text);
      const e = EXTERNAL.exec(text);
      if (k) {
        knot = k[1]!;
        if (!found.flows.has(knot)) found.flows.set(knot, place);
      } else if (s && knot && !found.flows.has(`${knot}.${s[1]}`)) found.flows.set(`${knot}.${s[1]}`, place);
      if (e && !found.externals.has(e[1]!)) found.externals.set(e[1]!, place);
    });
  }
  return found;
}

/** The knot (or stitch) an Ink path such as `visit.inside.0.c-1` runs in; null at the top level. */
export function placeOfInkPath(declarations: Declarations, inkPath: string | undefined): SourcePlace | null {
  const [knot, stitch] = (inkPath ?? '').split('.');
  if (!knot || /^\d/.test(knot)) return null;
  return declarations.flows.get(`${knot}.${stitch}`) ?? declarations.flows.get(knot) ?? null;
}

/** Places a runtime problem: an unbound external at its declaration, anything else at its knot. */
export function placeOfProblem(declarations: Declarations, message: string, inkPath?: string): SourcePlace | null {
  const external = /binding for external:\s*'([^']+)'/.exec(message);
  if (external) return declarations.externals.get(external[1]!) ?? null;
  // inkjs names the pointer in some messages: "(Ink Pointer -> knot.stitch -- index 5)".
  const pointer = /Ink Pointer -> ([\w.]+)/.exec(message);
  return placeOfInkPath(declarations, pointer?.[1]) ?? placeOfInkPath(declarations, inkPath);
}

/** The line of scenario.json where a learning point's entry names its `"id"` (null when not found). */
export function lineOfId(file: string, id: string): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split(/\r?\n/);
  const from = Math.max(
    0,
    lines.findIndex((line) => line.includes('"learningPoints"')),
  );
  const at = lines.findIndex((line, i) => i >= from && /"id"\s*:\s*"([^"]*)"/.exec(line)?.[1] === id);
  return at < 0 ? null : at + 1;
}
