/**
 * Compiles an Ink story (with its INCLUDEs) to the runtime JSON format.
 * Shared by the Vite plugin and the checker CLI. Uses the compiler from `inkjs/full`,
 * which must never reach the learner's bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export type Severity = 'error' | 'warning' | 'info';

export interface InkDiagnostic {
  file: string;
  line: number | null;
  message: string;
  severity: Severity;
}

export interface CompileResult {
  /** Runtime JSON, or null when compilation failed. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  /** Every file read, entry first (for watching in dev). */
  files: string[];
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

/** Parses one of the compiler's messages, e.g. `ERROR: 'a.ink' line 4: Expected …`. */
export function parseCompilerMessage(raw: string, entryFile: string, kind: number): InkDiagnostic {
  const m = MESSAGE.exec(raw.trim());
  const severity: Severity = kind === 2 ? 'error' : kind === 1 ? 'warning' : 'info';
  if (!m) return { file: entryFile, line: null, message: raw.trim(), severity };
  const [, , file, line, message] = m;
  return {
    file: file ? path.resolve(path.dirname(entryFile), file) : entryFile,
    line: line ? Number(line) : null,
    message: (message ?? '').trim(),
    severity,
  };
}

export function formatDiagnostic(d: InkDiagnostic, relativeTo = process.cwd()): string {
  const file = path.isAbsolute(d.file) ? path.relative(relativeTo, d.file) : d.file;
  const where = d.line === null ? file : `${file}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

export function compileInk(
  entryPath: string,
  readFile: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): CompileResult {
  const entry = path.resolve(entryPath);
  const dir = path.dirname(entry);
  const files: string[] = [entry];
  const diagnostics: InkDiagnostic[] = [];

  let source: string;
  try {
    source = readFile(entry);
  } catch (e) {
    diagnostics.push({
      file: entry,
      line: null,
      message: `cannot read file: ${(e as Error).message}`,
      severity: 'error',
    });
    return { json: null, diagnostics, files };
  }

  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(dir, name),
    LoadInkFileContents: (file: string) => {
      if (!files.includes(file)) files.push(file);
      return readFile(file);
    },
  };
  const errorHandler = (message: string, kind: number) => {
    const d = parseCompilerMessage(message, entry, kind);
    // The compiler reports some faults twice (e.g. a bad brace inside a choice): say it once.
    const repeat = diagnostics.some((o) => o.file === d.file && o.line === d.line && o.message === d.message);
    if (!repeat) diagnostics.push(d);
  };
  // The compiler names the entry by the name we give it; included files by their resolved path.
  const options = new CompilerOptions(entry, [], false, errorHandler, fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = story.ToJson() ?? null;
  } catch (e) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ file: entry, line: null, message: (e as Error).message, severity: 'error' });
    }
  }
  return { json, diagnostics, files };
}
