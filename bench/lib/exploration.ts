/**
 * Figure 6: the checker's exhaustive exploration of every scenario (compile, then follow
 * every choice from the start, merging identical story states), timed per scenario, with
 * the number of distinct states. The builds are kept for figure 5, which needs the graphs.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type ScenarioBuild, buildScenario } from '../../tools/lib/build-scenario.ts';
import { median, round } from './stats.ts';

/** The checker's default bound (tools/check.ts). */
export const MAX_STATES = 200_000;

export interface ExplorationFigure {
  scenario: string;
  seconds: number[];
  medianSeconds: number;
  states: number | null;
  complete: boolean;
  longestPath: number | null;
  problem: string | null;
}

export function scenarioDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'main.ink')))
    .map((d) => path.join(root, d.name))
    .sort();
}

export function measureExploration(
  dirs: string[],
  runs: number,
  log: (line: string) => void,
): { figures: ExplorationFigure[]; builds: Map<string, ScenarioBuild> } {
  const builds = new Map<string, ScenarioBuild>();
  const seconds = new Map<string, number[]>(dirs.map((d) => [d, []]));
  for (let run = 0; run < runs; run++) {
    for (const dir of dirs) {
      const start = performance.now();
      const build = buildScenario(dir, { maxStates: MAX_STATES });
      seconds.get(dir)!.push((performance.now() - start) / 1000);
      builds.set(dir, build);
    }
    log(
      `  run ${run + 1}/${runs}: ${dirs.map((d) => `${path.basename(d)} ${round(seconds.get(d)!.at(-1)!, 1)} s`).join(', ')}`,
    );
  }
  const figures = dirs.map((dir): ExplorationFigure => {
    const build = builds.get(dir)!;
    const e = build.exploration;
    const errors = build.diagnostics.filter((d) => d.severity === 'error');
    return {
      scenario: path.basename(dir),
      seconds: seconds.get(dir)!.map((s) => round(s, 2)),
      medianSeconds: round(median(seconds.get(dir)!), 2),
      states: e?.nodes.length ?? null,
      complete: e?.complete ?? false,
      longestPath: e?.longestUnbounded ? null : (e?.longestPath ?? null),
      problem: errors.length ? `does not compile (${errors[0]!.message})` : e?.complete === false ? 'bound hit' : null,
    };
  });
  return { figures, builds };
}
