/**
 * The path explorer: follows every choice from the start, de-duplicating identical
 * story states, and reports what the state graph shows — dead ends, loops that never
 * end, unreached knots, each learning point's reachable range, endings and path lengths.
 */
import type { Story } from 'inkjs';
import { analyse } from './explore-analysis.ts';
import { StateGraph, addEffects, walk } from './explore-walk.ts';
import type { Exploration } from './exploration.ts';
import type { InkStructure } from './ink-structure.ts';
import { LiveVariables } from './live-variables.ts';
import { StoryRunner } from './runner.ts';
import { shortestPaths } from './state-graph.ts';

export type { Exploration, ExploreEdge, ExploreNode, LpRange, TagSighting } from './exploration.ts';

export interface ExploreOptions {
  /** Stop after this many distinct states (the report says so). */
  maxStates?: number;
  /** Asked now and then: a reason to stop early (e.g. memory running short), or null. */
  shouldStop?: () => string | null;
  /** Called every `progressEvery` states. */
  onProgress?: (states: number, queued: number) => void;
  progressEvery?: number;
  bindExternals?: (story: Story) => void;
  /** Structure of the story compiled normally (decides which visit counts are state). */
  structure: InkStructure;
  /** Plain Ink (no scenario.json): stopping with no choices is an ending, as in Inky. */
  plainInk?: boolean;
}

/** Explores a story compiled with `countAllVisits` (so reached knots can be listed). */
export function explore(jsonAllVisits: string, options: ExploreOptions): Exploration {
  const maxStates = options.maxStates ?? 100_000;
  const runner = new StoryRunner(jsonAllVisits, { seed: 1, bindExternals: options.bindExternals });
  const graph = new StateGraph(runner, options.structure.counted, new LiveVariables(jsonAllVisits), options.plainInk);
  const first = runner.continue();
  const baseEffects: Record<string, number> = {};
  addEffects(baseEffects, first.effects);
  graph.add(first, -1, null);
  const stoppedBecause = walk(runner, graph, {
    maxStates,
    shouldStop: options.shouldStop,
    progressEvery: options.progressEvery ?? 1000,
    onProgress: options.onProgress,
  });

  const pathTo = shortestPaths(graph.nodes);
  const visited = [...graph.visited];
  const unreachedKnots = options.structure.knots.filter((k) => !visited.some((v) => v === k || v.startsWith(`${k}.`)));
  const { knots, choices } = options.structure;
  return analyse(graph.nodes, baseEffects, {
    complete: stoppedBecause === null,
    stoppedBecause,
    coverage: {
      knots: { reached: knots.length - unreachedKnots.length, total: knots.length },
      choices: { reached: choices.filter((c) => graph.visited.has(c)).length, total: choices.length },
    },
    maxStates,
    problems: [...graph.problemAt.values()].map(({ node, ...p }) => ({ ...p, at: pathTo(node) })),
    runaway: graph.runaway.map(pathTo),
    pathTo,
    unreachedKnots,
    sightings: [...graph.sightings.values()],
    decisions: [...graph.decisions.entries()].map(([id, kinds]) => ({ id, kinds })),
  });
}
