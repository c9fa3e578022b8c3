/** Checks one scenario folder or Ink file: builds, lints and explores it, and reports. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type ScenarioBuild, buildScenario } from './build-scenario.ts';
import { storeInCache } from './build-cache.ts';
import { type DecisionCues, type QuizCues, decisionCues, quizCues } from './cue-lint.ts';
import { type Finding, lintScenario } from './lint.ts';

export function isBare(target: string): boolean {
  if (!target.endsWith('.ink')) return false;
  const dir = path.dirname(target);
  return path.basename(target) !== 'main.ink' || !existsSync(path.join(dir, 'scenario.json'));
}

export interface CheckReport {
  target: string;
  title: string | null;
  seconds: number;
  states: number;
  complete: boolean;
  endings: { id: string; title: string }[];
  shortestPath: number | null;
  longestPath: number | null;
  longestUnbounded: boolean;
  decisionPoints: { id: string; kinds: string[] }[];
  learningPoints: { id: string; min: number; max: number; canBeMet: boolean; canBeMissed: boolean }[];
  /** What a test-wise learner could read from options' length and place. */
  cues: { quiz: QuizCues | null; decisions: DecisionCues | null };
  findings: Finding[];
}

export function checkTarget(target: string, maxStates: number, onProgress?: (n: number) => void): CheckReport {
  const started = performance.now();
  const build: ScenarioBuild = buildScenario(target, { maxStates, bare: isBare(target), onProgress });
  const findings = lintScenario(build);
  // A sound scenario's build is kept, so the Vite build and the tests need not explore it again.
  if (build.compiled && build.exploration?.complete && !findings.some((f) => f.severity === 'error')) {
    storeInCache(build.dir, build.compiled);
  }
  const e = build.exploration;
  const lpIds = build.meta ? build.meta.learningPoints.map((lp) => lp.id) : Object.keys(e?.lpRanges ?? {});
  return {
    target,
    title: build.meta?.title ?? null,
    seconds: (performance.now() - started) / 1000,
    states: e?.nodes.length ?? 0,
    complete: e?.complete ?? false,
    endings: e?.endings.map(({ id, title }) => ({ id, title })) ?? [],
    shortestPath: e?.shortestPath ?? null,
    longestPath: e?.longestPath ?? null,
    longestUnbounded: e?.longestUnbounded ?? false,
    decisionPoints: e?.decisions.filter((d) => !d.kinds.includes('pace')) ?? [],
    learningPoints: lpIds.map((id) => {
      const r = e?.lpRanges[id];
      const max = r?.max ?? 0;
      const min = r?.min ?? 0;
      return { id, min, max, canBeMet: max > 0, canBeMissed: min <= 0 };
    }),
    cues: {
      quiz: build.quiz ? quizCues(build.quiz) : null,
      decisions: e?.complete ? decisionCues(e.sightings) : null,
    },
    findings,
  };
}
