/**
 * Builds one scenario folder: reads scenario.json, compiles the Ink (normally, and with
 * every visit counted for the explorer), explores every path and derives the facts the
 * player needs (learning-point maxima, episodes, everything the agencies could reveal).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { type Exploration, explore } from '../../src/engine/explore.ts';
import { contentHash } from '../../src/engine/hash.ts';
import { readInkStructure } from '../../src/engine/ink-structure.ts';
import {
  type CompiledScenario,
  type EpisodeInfo,
  type ScenarioFacts,
  type ScenarioMeta,
} from '../../src/engine/scenario.ts';
import { parseScenarioMeta } from '../../src/engine/scenario-schema.ts';
import { type InkDiagnostic, compileInk } from './compile-ink.ts';
import type { Quiz } from '../../src/engine/quiz.ts';
import { parseQuiz } from '../../src/engine/quiz-schema.ts';

export interface ScenarioBuild {
  dir: string;
  entry: string;
  meta: ScenarioMeta | null;
  /** Checked as plain Ink (no scenario.json): any tag is allowed and stopping is an ending. */
  plainInk: boolean;
  metaProblems: string[];
  quiz: Quiz | null;
  /** Problems in quiz.json (a missing quiz is not a problem here; the checker warns). */
  quizProblems: string[];
  diagnostics: InkDiagnostic[];
  files: string[];
  json: string | null;
  exploration: Exploration | null;
  compiled: CompiledScenario | null;
}

export interface BuildOptions {
  maxStates?: number;
  onProgress?: (states: number, queued: number) => void;
  /** Skip scenario.json (checking a bare Ink file). */
  bare?: boolean;
}

function compileAllVisits(entry: string, source: string): string | null {
  const dir = path.dirname(entry);
  const options = new CompilerOptions(entry, [], true, () => undefined, {
    ResolveInkFilename: (name: string) => path.resolve(dir, name),
    LoadInkFileContents: (file: string) => readFileSync(file, 'utf8'),
  });
  try {
    return new Compiler(source, options).Compile().ToJson() ?? null;
  } catch {
    return null;
  }
}

/** Finds which knot opens each episode (the knot whose own content carries the tag). */
function episodeKnots(json: string): Map<number, string> {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root[root.length - 1] as Record<string, unknown> | null;
  const found = new Map<number, string>();
  if (!named) return found;
  const re = /"\^episode:\s*(\d+)\s*;/g;
  for (const [knot, container] of Object.entries(named)) {
    if (knot.startsWith('#') || knot === 'global decl') continue;
    const text = JSON.stringify(container);
    for (const m of text.matchAll(re)) {
      const n = Number(m[1]);
      if (!found.has(n)) found.set(n, knot);
    }
  }
  return found;
}

/**
 * The explorer keeps its state graph in memory: it stops, and says so, well before the heap
 * runs out. What it may use is counted from the heap in use when the walk starts, so a
 * long-lived process (the dev server, a benchmark) does not cut the walk short; and it
 * stops anyway when the whole heap nears its limit.
 */
const HEAP_BUDGET = Math.min(0.5 * getHeapStatistics().heap_size_limit, 400 * 2 ** 20);
const HEAP_CEILING = 0.6 * getHeapStatistics().heap_size_limit;

function memoryGuard(): () => string | null {
  const start = process.memoryUsage().heapUsed;
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return () => {
    const used = process.memoryUsage().heapUsed;
    if (used - start > HEAP_BUDGET) return `memory: ${mb(used - start)} MB of the ${mb(HEAP_BUDGET)} MB it may use`;
    if (used > HEAP_CEILING) return `memory: the heap is at ${mb(used)} MB of its ${mb(HEAP_CEILING / 0.6)} MB limit`;
    return null;
  };
}

export function deriveFacts(meta: ScenarioMeta | null, json: string, exploration: Exploration): ScenarioFacts {
  const maxima: Record<string, number> = {};
  for (const lp of meta?.learningPoints ?? []) {
    const range = exploration.lpRanges[lp.id];
    maxima[lp.id] = range && !range.unboundedMax ? Math.max(0, range.max) : 0;
  }
  const knots = episodeKnots(json);
  const episodes: EpisodeInfo[] = [];
  const allInfo: ScenarioFacts['allInfo'] = [];
  const allChrono: ScenarioFacts['allChrono'] = [];
  const criticalPoints = new Set<string>();
  for (const s of exploration.sightings) {
    if (s.kind === 'episode') {
      const number = Number(s.data.number);
      if (!episodes.some((e) => e.number === number)) {
        episodes.push({ number, title: String(s.data.title), knot: knots.get(number) ?? null });
      }
    } else if (s.kind === 'info') allInfo.push({ agency: String(s.data.agency), text: String(s.data.text) });
    else if (s.kind === 'chrono') allChrono.push({ when: String(s.data.when), what: String(s.data.what) });
    else if (s.kind === 'critical') criticalPoints.add(String(s.data.lp));
  }
  episodes.sort((a, b) => a.number - b.number);
  return {
    maxima,
    episodes,
    allInfo,
    allChrono,
    endings: exploration.endings.map(({ id, title }) => ({ id, title })),
    criticalPoints: [...criticalPoints].sort(),
  };
}

export function buildScenario(target: string, options: BuildOptions = {}): ScenarioBuild {
  const isFile = target.endsWith('.ink');
  const dir = isFile ? path.dirname(path.resolve(target)) : path.resolve(target);
  const entry = isFile ? path.resolve(target) : path.join(dir, 'main.ink');
  const build: ScenarioBuild = {
    dir,
    entry,
    meta: null,
    plainInk: Boolean(options.bare),
    metaProblems: [],
    quiz: null,
    quizProblems: [],
    diagnostics: [],
    files: [entry],
    json: null,
    exploration: null,
    compiled: null,
  };
  const metaFile = path.join(dir, 'scenario.json');
  if (!options.bare) {
    if (!existsSync(metaFile)) build.metaProblems.push('scenario.json is missing');
    else {
      build.files.push(metaFile);
      try {
        const parsed = JSON.parse(readFileSync(metaFile, 'utf8')) as unknown;
        const read = parseScenarioMeta(parsed, path.basename(dir));
        build.metaProblems.push(...read.problems);
        build.meta = read.meta;
      } catch (e) {
        build.metaProblems.push(`scenario.json is not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  const quizFile = path.join(dir, 'quiz.json');
  if (!options.bare && build.meta && existsSync(quizFile)) {
    build.files.push(quizFile);
    try {
      const parsed = JSON.parse(readFileSync(quizFile, 'utf8')) as unknown;
      const read = parseQuiz(
        parsed,
        build.meta.learningPoints.map((lp) => lp.id),
      );
      build.quizProblems = read.problems;
      build.quiz = read.quiz;
    } catch (e) {
      build.quizProblems.push(`quiz.json is not valid JSON: ${(e as Error).message}`);
    }
  }
  const result = compileInk(entry);
  build.diagnostics = result.diagnostics;
  build.files.push(...result.files.filter((f) => f !== entry));
  build.json = result.json;
  if (!result.json) return build;

  const allVisits = compileAllVisits(entry, readFileSync(entry, 'utf8')) ?? result.json;
  build.exploration = explore(allVisits, {
    structure: readInkStructure(result.json),
    plainInk: build.plainInk,
    maxStates: options.maxStates,
    onProgress: options.onProgress,
    shouldStop: memoryGuard(),
  });
  if (build.meta) {
    build.compiled = {
      meta: build.meta,
      quiz: build.quiz,
      facts: deriveFacts(build.meta, result.json, build.exploration),
      story: result.json,
      storyHash: contentHash(result.json),
    };
  }
  return build;
}
