/**
 * The walk of the explorer: follows every choice from the start, depth first, and records
 * each distinct story state once as a node of the state graph, with the problems and tag
 * sightings of the beat that led to it.
 */
import type { ExploreNode, TagSighting } from './exploration.ts';
import type { Beat, StoryProblem, StoryRunner } from './runner.ts';
import type { LiveVariables } from './live-variables.ts';
import { keyHash } from './key-hash.ts';
import { stateKey } from './story-state-key.ts';
import { flowOf, forgetStopPlace, takeStopPlace, watchEnds } from './stop-place.ts';
import { collectSightings } from './tag-sightings.ts';
import type { LpEffect } from './tags.ts';

export function addEffects(into: Record<string, number>, effects: { id: string; delta: number }[]): void {
  for (const e of effects) into[e.id] = (into[e.id] ?? 0) + e.delta;
}

/** The state graph as it is built: each new state becomes a node, a state seen before is merged. */
export class StateGraph {
  readonly nodes: ExploreNode[] = [];
  /** Saved Ink state and options of nodes still being expanded (freed when done). */
  readonly pending = new Map<number, { state: string; options: { text: string; effects: LpEffect[] }[] }>();
  /** The first of each distinct problem, with the node it was met at. */
  readonly problemAt = new Map<string, StoryProblem & { node: number }>();
  readonly sightings = new Map<string, TagSighting>();
  readonly decisions = new Map<string, string[]>();
  /** Every container path any arrival had visited. */
  readonly visited = new Set<string>();
  readonly runaway: number[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(
    private readonly runner: StoryRunner,
    private readonly counted: Set<string>,
    private readonly live?: LiveVariables,
    /** Plain Ink: a story that stops with no choices has ended, tag or not (as in Inky). */
    private readonly plainInk = false,
  ) {
    watchEnds(runner.story);
  }

  /** The node of the state the story is in after `beat`: a new one, or the one it merges with. */
  add(beat: Beat, parent: number, via: string | null): number {
    const stateJson = this.runner.story.state.ToJson();
    const parsed = JSON.parse(stateJson) as Record<string, unknown>;
    // Every arrival counts for reachability: states that merge may have passed different knots.
    for (const path of Object.keys((parsed.visitCounts as Record<string, number>) ?? {})) this.visited.add(path);
    const place = beat.options.length ? choicePlace(parsed) : takeStopPlace(this.runner.story);
    const ending =
      beat.ending ??
      (this.plainInk && !beat.options.length && !beat.problems.some((p) => p.kind !== 'tag')
        ? { id: place || 'END', title: beat.lines.filter((l) => l.text).at(-1)?.text ?? '' }
        : null);
    // Endings differ by their text, not by Ink state (after END nothing is left): keep them apart.
    const key = keyHash(`${stateKey(parsed, this.counted, this.live)}|${ending?.id ?? ''}`);
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const id = this.nodes.length;
    this.nodes.push({
      id,
      parent,
      via,
      depth: parent >= 0 ? this.nodes[parent]!.depth + 1 : 0,
      beatSummary: {
        decisionId: beat.decision?.id ?? null,
        options: beat.options.length,
        ending,
        lastText: beat.lines.filter((l) => l.text).at(-1)?.text ?? '',
        place,
        faulted: beat.problems.some((p) => p.kind !== 'tag'),
      },
      edges: [],
    });
    if (beat.options.length) {
      const options = beat.options.map((o) => ({ text: o.text, effects: o.effects }));
      this.pending.set(id, { state: stateJson, options });
    }
    this.byKey.set(key, id);
    collectSightings(beat, this.sightings, this.decisions);
    this.recordProblems(beat, id);
    return id;
  }

  private recordProblems(beat: Beat, id: number): void {
    for (const p of beat.problems) {
      const k = `${p.kind}:${p.message}:${p.raw ?? ''}`;
      if (!this.problemAt.has(k)) this.problemAt.set(k, { ...p, node: id });
      if (p.kind === 'runaway') this.runaway.push(id);
    }
  }
}

export interface WalkLimits {
  maxStates: number;
  /** Asked now and then: a reason to stop now (e.g. memory is running short), or null to go on. */
  shouldStop?: () => string | null;
  progressEvery: number;
  onProgress?: (states: number, queued: number) => void;
}

/** The knot (or `knot.stitch`) of a state's first choice. */
function choicePlace(parsed: Record<string, unknown>): string {
  const flows = parsed.flows as Record<string, { currentChoices?: { originalChoicePath?: string }[] }>;
  return flowOf(flows[parsed.currentFlowName as string]?.currentChoices?.[0]?.originalChoicePath ?? '');
}

const NO_EFFECTS: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * Expands every state reachable from the start node (already added to `graph`). Returns
 * null when it has, or why it stopped early (the bound, or `shouldStop`). Depth first: a new state's first option is followed
 * from the live story without reloading it; only its siblings need the saved state.
 */
export function walk(runner: StoryRunner, graph: StateGraph, limits: WalkLimits): string | null {
  const { nodes, pending } = graph;
  let live = 0;
  const stack: { id: number; next: number }[] = [{ id: 0, next: 0 }];
  let expanded = 0;
  let arrivals = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const info = pending.get(top.id);
    if (!info || top.next >= info.options.length) {
      pending.delete(top.id);
      stack.pop();
      if (limits.onProgress && ++expanded % limits.progressEvery === 0) limits.onProgress(nodes.length, stack.length);
      continue;
    }
    if (nodes.length >= limits.maxStates) return `the bound of ${limits.maxStates.toLocaleString('en-GB')} states`;
    if ((++arrivals & 255) === 0) {
      const reason = limits.shouldStop?.();
      if (reason) return reason;
    }
    const i = top.next++;
    if (live !== top.id) runner.story.state.LoadJson(info.state);
    const option = info.options[i]!;
    runner.choose(i);
    forgetStopPlace();
    const beat = runner.continue();
    const before = nodes.length;
    const to = graph.add(beat, top.id, option.text);
    let effects = NO_EFFECTS;
    if (option.effects.length || beat.effects.length) {
      effects = {};
      addEffects(effects, option.effects);
      addEffects(effects, beat.effects);
    }
    nodes[top.id]!.edges.push({ to, optionIndex: i, optionText: option.text, effects });
    if (to === before) {
      live = to;
      stack.push({ id: to, next: 0 });
    } else live = -1;
  }
  return null;
}
