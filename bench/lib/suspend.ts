/**
 * Figure 5: SCORM suspend data length (src/lms/suspend-data.ts) for the longest path of
 * every scenario, found in the explorer's state graph, and for a synthetic 200-decision
 * path. SCORM 1.2 allows 4,096 characters. Each save uses the largest seed the app draws,
 * and a choice every five minutes (two base-36 digits of time per choice). For comparison,
 * the length of the saved Ink state at the end of the same path (what is not stored).
 */
import type { ScenarioBuild } from '../../tools/lib/build-scenario.ts';
import type { ExploreNode } from '../../src/engine/explore.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { StoryRunner } from '../../src/engine/runner.ts';
import {
  type CompactSave,
  SCORM12_SUSPEND_LIMIT,
  decodeSuspendData,
  encodeSuspendData,
} from '../../src/lms/suspend-data.ts';

const LARGEST_SEED = 2 ** 31 - 1;
const STARTED_AT = Date.UTC(2026, 0, 5, 9, 0, 0);
const SECONDS_PER_CHOICE = 300;

export interface SuspendFigure {
  scenario: string;
  /** Choices on the path (every choice the learner makes, "continue" ones included). */
  choices: number | null;
  characters: number | null;
  limit: number;
  timesKept: boolean | null;
  choicesKept: number | null;
  /** Decodes back to the same choices. */
  roundTrip: boolean | null;
  inkStateCharacters: number | null;
  note: string | null;
}

/** Option indices of a longest path from the start through the state graph; null if a loop makes it unbounded. */
export function longestPath(nodes: ExploreNode[]): number[] | null {
  const memo = new Map<number, number[]>();
  const onPath = new Set<number>();
  let loops = false;
  const from = (id: number): number[] => {
    const known = memo.get(id);
    if (known) return known;
    if (onPath.has(id)) {
      loops = true;
      return [];
    }
    onPath.add(id);
    let best: number[] = [];
    for (const edge of nodes[id]?.edges ?? []) {
      const rest = from(edge.to);
      if (rest.length + 1 > best.length) best = [edge.optionIndex, ...rest];
    }
    onPath.delete(id);
    memo.set(id, best);
    return best;
  };
  const path = nodes.length ? from(0) : [];
  return loops ? null : path;
}

function figureFor(scenario: string, storyHash: string, indices: number[], inkState: number | null): SuspendFigure {
  const save: CompactSave = {
    scenarioId: scenario,
    storyHash: storyHash.slice(0, 8),
    seed: LARGEST_SEED,
    feedbackMode: 'assessment',
    startedAt: STARTED_AT,
    indices,
    times: indices.map((_, i) => STARTED_AT + (i + 1) * SECONDS_PER_CHOICE * 1000),
  };
  const encoded = encodeSuspendData(save, SCORM12_SUSPEND_LIMIT);
  const decoded = decodeSuspendData(encoded.data);
  const roundTrip =
    decoded.ok &&
    decoded.save.indices.length === encoded.kept &&
    decoded.save.indices.every((index, i) => index === indices[i]);
  return {
    scenario,
    choices: indices.length,
    characters: encoded.data.length,
    limit: SCORM12_SUSPEND_LIMIT,
    timesKept: encoded.timesKept,
    choicesKept: encoded.kept,
    roundTrip,
    inkStateCharacters: inkState,
    note: null,
  };
}

/** Plays the path on the story as shipped and returns the length of its saved Ink state. */
function inkStateLength(story: CompiledScenario['story'], indices: number[]): number {
  const runner = new StoryRunner(story, { seed: 1 });
  runner.continue();
  for (const index of indices) {
    runner.choose(index);
    runner.continue();
  }
  return runner.story.state.ToJson().length;
}

export function suspendForScenario(scenario: string, build: ScenarioBuild): SuspendFigure {
  const empty = (note: string): SuspendFigure => ({
    scenario,
    choices: null,
    characters: null,
    limit: SCORM12_SUSPEND_LIMIT,
    timesKept: null,
    choicesKept: null,
    roundTrip: null,
    inkStateCharacters: null,
    note,
  });
  if (!build.exploration || !build.compiled) return empty('does not compile');
  const indices = longestPath(build.exploration.nodes);
  if (!indices) return empty('a loop makes the longest path unbounded');
  return figureFor(scenario, build.compiled.storyHash, indices, inkStateLength(build.compiled.story, indices));
}

/** A 200-decision path with option indices spread over 0–4 (deterministic). */
export function suspendForSyntheticPath(decisions = 200): SuspendFigure {
  let state = 12345;
  const indices = Array.from({ length: decisions }, () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 16) % 5;
  });
  return figureFor(`synthetic-${decisions}`, 'ffffffff', indices, null);
}
