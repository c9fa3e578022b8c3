/**
 * A disk cache of built scenarios (compiled story + explorer facts), so that exploring a
 * scenario once serves the checker, the Vite build and the tests. The key covers the
 * scenario's own files and the engine and build code that produce the result.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentHash } from '../../src/engine/hash.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { type BuildOptions, type ScenarioBuild, buildScenario } from './build-scenario.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE_DIR = path.join(ROOT, '.cache', 'scenarios');
const CODE_DIRS = [path.join(ROOT, 'src', 'engine'), path.join(ROOT, 'tools', 'lib')];

function filesIn(dir: string, ext: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => ext.test(f))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

let codeKey: string | null = null;

/** The cache key of a scenario folder: its files, and the code that builds it. */
export function scenarioKey(dir: string): string {
  codeKey ??= contentHash(
    CODE_DIRS.flatMap((d) => filesIn(d, /\.ts$/))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\0'),
  );
  const own = filesIn(path.resolve(dir), /\.(ink|json)$/).map((f) => `${path.basename(f)}\n${readFileSync(f, 'utf8')}`);
  return contentHash(`${codeKey}\0${own.join('\0')}`);
}

function cacheFile(dir: string, key: string): string {
  return path.join(CACHE_DIR, `${path.basename(path.resolve(dir))}-${key}.json`);
}

export function storeInCache(dir: string, compiled: CompiledScenario, key = scenarioKey(dir)): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const id = path.basename(path.resolve(dir));
    for (const old of readdirSync(CACHE_DIR).filter((f) => f.startsWith(`${id}-`)))
      rmSync(path.join(CACHE_DIR, old), { force: true });
    writeFileSync(cacheFile(dir, key), JSON.stringify(compiled));
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** The built scenario from the cache, or built now (and cached) when it is not there. */
export function cachedScenario(
  dir: string,
  options: BuildOptions = {},
): { compiled: CompiledScenario | null; build: ScenarioBuild | null; files: string[] } {
  const key = scenarioKey(dir);
  const file = cacheFile(dir, key);
  const files = filesIn(path.resolve(dir), /\.(ink|json)$/);
  if (existsSync(file)) {
    try {
      return { compiled: JSON.parse(readFileSync(file, 'utf8')) as CompiledScenario, build: null, files };
    } catch {
      // Unreadable cache entry: build again.
    }
  }
  const build = buildScenario(dir, options);
  if (build.compiled && !build.diagnostics.some((d) => d.severity === 'error') && build.exploration?.complete) {
    storeInCache(dir, build.compiled, key);
  }
  return { compiled: build.compiled, build, files: build.files };
}
