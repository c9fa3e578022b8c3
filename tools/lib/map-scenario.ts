/** Builds a scenario folder and derives its story map, or says why it cannot. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type StoryMap, buildStoryMap } from '../../src/engine/story-map.ts';
import { type ScenarioBuild, buildScenario, deriveFacts } from './build-scenario.ts';
import { formatDiagnostic } from './compile-ink.ts';
import { readKnotPlaces } from './map-knots.ts';

export type ScenarioMap = { ok: true; id: string; map: StoryMap; files: string[] } | { ok: false; problems: string[] };

/** The map of a build whose Ink compiled (scenario.json is optional: a bare Ink file has none). */
export function storyMapOf(build: ScenarioBuild): StoryMap | null {
  if (!build.json || !build.exploration) return null;
  const facts = build.compiled?.facts ?? deriveFacts(build.meta, build.json, build.exploration);
  return buildStoryMap({
    title:
      build.meta?.title ?? path.basename(build.entry === path.join(build.dir, 'main.ink') ? build.dir : build.entry),
    exploration: build.exploration,
    episodes: facts.episodes,
    places: readKnotPlaces(build.json),
  });
}

export function mapScenario(dir: string, maxStates = 200_000): ScenarioMap {
  if (!existsSync(path.join(dir, 'main.ink'))) return { ok: false, problems: [`${dir}: no main.ink in this folder`] };
  const build = buildScenario(dir, { maxStates });
  const where = (file: string) => path.relative(process.cwd(), path.join(build.dir, file));
  const problems = [
    ...build.metaProblems.map((p) => `${where('scenario.json')}: ${p}`),
    ...build.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)),
  ];
  const map = problems.length ? null : storyMapOf(build);
  if (!map || !build.meta)
    return { ok: false, problems: problems.length ? problems : [`${dir}: the Ink does not compile`] };
  return { ok: true, id: build.meta.id, map, files: build.files };
}
