/** Compiles stories for engine tests, for real (inkjs/full), once per process. */
import { buildScenario } from '../../tools/lib/build-scenario.ts';
import { cachedScenario } from '../../tools/lib/build-cache.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { compileInk } from '../../tools/lib/compile-ink.ts';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cache = new Map<string, CompiledScenario>();

export function compiledScenario(dir: string): CompiledScenario {
  const hit = cache.get(dir);
  if (hit) return hit;
  // Built once for every test run (and by `npm run check`): the disk cache keys on the sources.
  const { compiled, build } = cachedScenario(dir);
  if (!compiled)
    throw new Error(`could not build ${dir}: ${JSON.stringify([build?.metaProblems, build?.diagnostics])}`);
  cache.set(dir, compiled);
  return compiled;
}

export function sample(): CompiledScenario {
  return compiledScenario('stories/sample');
}

/** A copy of the sample with its Ink edited, compiled for real. */
export function editedSample(edit: (main: string) => string): CompiledScenario {
  const dir = mkdtempSync(path.join(tmpdir(), 'sample-'));
  const copy = path.join(dir, 'sample');
  cpSync('stories/sample', copy, { recursive: true });
  const main = path.join(copy, 'main.ink');
  writeFileSync(main, edit(readFileSync(main, 'utf8')));
  const build = buildScenario(copy);
  if (!build.compiled) throw new Error(JSON.stringify(build.diagnostics));
  return build.compiled;
}

export function compileSource(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ink-'));
  const file = path.join(dir, 'main.ink');
  writeFileSync(file, source);
  const result = compileInk(file);
  if (!result.json) throw new Error(JSON.stringify(result.diagnostics));
  return result.json;
}
