/**
 * The path explorer: follows every choice from the start, de-duplicating identical
 * story states, and reports what the state graph shows — dead ends, loops that never
 * end, unreached knots, each learning point's reachable range, endings and path lengths.
 */
import type { InkStructure } from './ink-structure.ts';
import { type Beat, type StoryProblem, StoryRunner } from './runner.ts';
import type { Story } from 'inkjs';
import type { LpEffect } from './tags.ts';

export interface ExploreOptions {
  /** Stop after this many distinct states (the report says so). */
  maxStates?: number;
  /** Called every `progressEvery` states. */
  onProgress?: (states: number, queued: number) => void;
  progressEvery?: number;
  bindExternals?: (story: Story) => void;
  /** Structure of the story compiled normally (decides which visit counts are state). */
  structure: InkStructure;
}

export interface ExploreEdge {
  to: number;
  optionIndex: number;
  optionText: string;
  effects: Record<string, number>;
}

export interface ExploreNode {
  id: number;
  parent: number;
  /** Option text that first led here (for reporting a path). */
  via: string | null;
  depth: number;
  beatSummary: {
    decisionId: string | null;
    options: number;
    ending: { id: string; title: string } | null;
    lastText: string;
    /** The beat stopped on a runtime error or a runaway loop (reported as such, not as a dead end). */
    faulted: boolean;
  };
  edges: ExploreEdge[];
}

export interface LpRange {
  min: number;
  max: number;
  /** A loop can raise (max) or lower (min) the score without limit. */
  unboundedMax: boolean;
  unboundedMin: boolean;
}

export interface TagSighting {
  kind: string;
  data: Record<string, string | number>;
}

export interface Exploration {
  complete: boolean;
  maxStates: number;
  nodes: ExploreNode[];
  /** Effects applied before the first decision (on every path). */
  baseEffects: Record<string, number>;
  problems: (StoryProblem & { at: string[] })[];
  deadEnds: string[][];
  neverEnding: string[][];
  runaway: string[][];
  unreachedKnots: string[];
  lpRanges: Record<string, LpRange>;
  endings: { id: string; title: string; states: number }[];
  shortestPath: number | null;
  longestPath: number | null;
  longestUnbounded: boolean;
  sightings: TagSighting[];
  decisions: { id: string; kinds: string[] }[];
}

function stateKey(s: Record<string, unknown>, counted: Set<string>): string {
  const flows = s.flows as Record<string, Record<string, unknown>>;
  const flow = flows[s.currentFlowName as string] ?? {};
  const choices = ((flow.currentChoices as Record<string, unknown>[] | undefined) ?? []).map((c) => [
    c.text,
    c.targetPath,
    c.originalChoicePath,
  ]);
  const visits: Record<string, number> = {};
  for (const [path, n] of Object.entries((s.visitCounts as Record<string, number>) ?? {})) {
    if (counted.has(path)) visits[path] = n;
  }
  const callstack = (flow.callstack as { threads: { callstack: unknown }[] }).threads.map((t) => t.callstack);
  return JSON.stringify([callstack, choices, s.variablesState, s.evalStack, visits, s.previousRandom]);
}

function addEffects(into: Record<string, number>, effects: { id: string; delta: number }[]): void {
  for (const e of effects) into[e.id] = (into[e.id] ?? 0) + e.delta;
}

function collectSightings(beat: Beat, sightings: Map<string, TagSighting>, decisions: Map<string, string[]>): void {
  for (const line of beat.lines) {
    for (const tag of line.tags) {
      let s: TagSighting | null = null;
      if (tag.name === 'info') s = { kind: 'info', data: { agency: tag.agency, text: tag.text } };
      else if (tag.name === 'chrono') s = { kind: 'chrono', data: { when: tag.when, what: tag.what } };
      else if (tag.name === 'episode') s = { kind: 'episode', data: { number: tag.number, title: tag.title } };
      else if (tag.name === 'ending') s = { kind: 'ending', data: { id: tag.id, title: tag.title } };
      if (s) sightings.set(JSON.stringify(s), s);
    }
  }
  // One sighting per distinct option set: the set's texts are keyed before anything is built.
  const setKey =
    beat.decision && beat.options.length > 1
      ? `set:${beat.decision.id}\u0000${beat.options.map((o) => o.text).join('\u0000')}`
      : null;
  if (beat.decision && setKey && !sightings.has(setKey)) {
    const options = beat.options.map((o) => ({
      text: o.text,
      score: o.effects.reduce((sum, e) => sum + e.delta, 0),
      real: o.real,
      critical: o.critical.length > 0,
      pinned: o.pin !== null,
    }));
    const s: TagSighting = {
      kind: 'options',
      data: {
        decision: beat.decision.id,
        kinds: beat.decision.kinds.join('+'),
        real: beat.decision.real ?? '',
        options: JSON.stringify(options),
      },
    };
    sightings.set(setKey, s);
  }
  for (const option of beat.options) {
    for (const lp of option.critical) {
      const s: TagSighting = { kind: 'critical', data: { lp, decision: beat.decision?.id ?? '', option: option.text } };
      sightings.set(JSON.stringify(s), s);
    }
  }
  if (beat.decision) decisions.set(beat.decision.id, beat.decision.kinds);
}

/** Explores a story compiled with `countAllVisits` (so reached knots can be listed). */
export function explore(jsonAllVisits: string, options: ExploreOptions): Exploration {
  const maxStates = options.maxStates ?? 100_000;
  const progressEvery = options.progressEvery ?? 1000;
  const counted = options.structure.counted;
  const runner = new StoryRunner(jsonAllVisits, { seed: 1, bindExternals: options.bindExternals });
  const story = runner.story;
  const nodes: ExploreNode[] = [];
  /** Saved Ink state and options of nodes still being expanded (freed when done). */
  const pending = new Map<number, { state: string; options: { text: string; effects: LpEffect[] }[] }>();
  const byKey = new Map<string, number>();
  const problemAt = new Map<string, StoryProblem & { node: number }>();
  const sightings = new Map<string, TagSighting>();
  const decisions = new Map<string, string[]>();
  const visited = new Set<string>();
  const runaway: number[] = [];

  const addNode = (beat: Beat, parent: number, via: string | null): number => {
    const stateJson = story.state.ToJson();
    const parsed = JSON.parse(stateJson) as Record<string, unknown>;
    // Every arrival counts for reachability: states that merge may have passed different knots.
    for (const path of Object.keys((parsed.visitCounts as Record<string, number>) ?? {})) visited.add(path);
    // Endings differ by their text, not by Ink state (after END nothing is left): keep them apart.
    const key = `${stateKey(parsed, counted)}|${beat.ending?.id ?? ''}`;
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    const id = nodes.length;
    nodes.push({
      id,
      parent,
      via,
      depth: parent >= 0 ? nodes[parent]!.depth + 1 : 0,
      beatSummary: {
        decisionId: beat.decision?.id ?? null,
        options: beat.options.length,
        ending: beat.ending,
        lastText: beat.lines.filter((l) => l.text).at(-1)?.text ?? '',
        faulted: beat.problems.some((p) => p.kind !== 'tag'),
      },
      edges: [],
    });
    if (beat.options.length) {
      pending.set(id, { state: stateJson, options: beat.options.map((o) => ({ text: o.text, effects: o.effects })) });
    }
    byKey.set(key, id);
    collectSightings(beat, sightings, decisions);
    for (const p of beat.problems) {
      const k = `${p.kind}:${p.message}:${p.raw ?? ''}`;
      if (!problemAt.has(k)) problemAt.set(k, { ...p, node: id });
      if (p.kind === 'runaway') runaway.push(id);
    }
    return id;
  };

  const first = runner.continue();
  const baseEffects: Record<string, number> = {};
  addEffects(baseEffects, first.effects);
  addNode(first, -1, null);

  // Depth first: a new state's first option is followed from the live story without
  // reloading it; only its siblings need the saved state.
  let complete = true;
  let live = 0;
  const stack: { id: number; next: number }[] = [{ id: 0, next: 0 }];
  let expanded = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const info = pending.get(top.id);
    if (!info || top.next >= info.options.length) {
      pending.delete(top.id);
      stack.pop();
      if (options.onProgress && ++expanded % progressEvery === 0) options.onProgress(nodes.length, stack.length);
      continue;
    }
    if (nodes.length >= maxStates) {
      complete = false;
      break;
    }
    const i = top.next++;
    if (live !== top.id) story.state.LoadJson(info.state);
    const option = info.options[i]!;
    runner.choose(i);
    const beat = runner.continue();
    const before = nodes.length;
    const to = addNode(beat, top.id, option.text);
    const effects: Record<string, number> = {};
    addEffects(effects, option.effects);
    addEffects(effects, beat.effects);
    nodes[top.id]!.edges.push({ to, optionIndex: i, optionText: option.text, effects });
    if (to === before) {
      live = to;
      stack.push({ id: to, next: 0 });
    } else live = -1;
  }

  const pathTo = shortestPaths(nodes);
  return analyse(nodes, baseEffects, {
    complete,
    maxStates,
    problems: [...problemAt.values()].map(({ node, ...p }) => ({ ...p, at: pathTo(node) })),
    runaway: runaway.map(pathTo),
    pathTo,
    unreachedKnots: options.structure.knots.filter((k) => ![...visited].some((v) => v === k || v.startsWith(`${k}.`))),
    sightings: [...sightings.values()],
    decisions: [...decisions.entries()].map(([id, kinds]) => ({ id, kinds })),
  });
}

/** For reports: the shortest list of option texts from the start to each state. */
function shortestPaths(nodes: ExploreNode[]): (id: number) => string[] {
  const parent = new Array<number>(nodes.length).fill(-1);
  const via = new Array<string>(nodes.length).fill('');
  const seen = new Array<boolean>(nodes.length).fill(false);
  seen[0] = true;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const e of nodes[v]!.edges) {
      if (seen[e.to]) continue;
      seen[e.to] = true;
      parent[e.to] = v;
      via[e.to] = e.optionText;
      queue.push(e.to);
    }
  }
  return (id) => {
    const out: string[] = [];
    for (let n = id; n > 0 && parent[n]! >= 0; n = parent[n]!) out.unshift(via[n]!);
    return out;
  };
}

interface Partial_ {
  complete: boolean;
  maxStates: number;
  problems: (StoryProblem & { at: string[] })[];
  runaway: string[][];
  pathTo: (id: number) => string[];
  unreachedKnots: string[];
  sightings: TagSighting[];
  decisions: { id: string; kinds: string[] }[];
}

/** Tarjan's strongly connected components, iteratively (graphs can be deep). */
function components(nodes: ExploreNode[]): number[] {
  const n = nodes.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const comp = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let compCount = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [v, ei] = frame;
      if (ei === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
      }
      const edges = nodes[v]!.edges;
      if (ei < edges.length) {
        frame[1] = ei + 1;
        const w = edges[ei]!.to;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          comp[w] = compCount;
        } while (w !== v);
        compCount++;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return comp;
}

function analyse(nodes: ExploreNode[], baseEffects: Record<string, number>, p: Partial_): Exploration {
  const comp = components(nodes);
  const compCount = comp.reduce((m, c) => Math.max(m, c), -1) + 1;
  // Tarjan numbers components in reverse topological order: successors first.
  const members: number[][] = Array.from({ length: compCount }, () => []);
  nodes.forEach((node, i) => members[comp[i]!]!.push(node.id));
  const cyclic = members.map((m) => m.length > 1 || nodes[m[0]!]!.edges.some((e) => e.to === m[0]));

  const lps = new Set<string>(Object.keys(baseEffects));
  for (const node of nodes) for (const e of node.edges) for (const id of Object.keys(e.effects)) lps.add(id);

  // Which nodes can reach an ending (reverse reachability).
  const isEnding = (n: ExploreNode) => n.beatSummary.options === 0;
  const canEnd = new Array<boolean>(nodes.length).fill(false);
  for (let c = 0; c < compCount; c++) {
    const ms = members[c]!;
    const ends = ms.some(
      (id) => isEnding(nodes[id]!) || nodes[id]!.edges.some((e) => comp[e.to] !== c && canEnd[e.to]),
    );
    for (const id of ms) canEnd[id] = ends;
  }

  const lpRanges: Record<string, LpRange> = {};
  for (const lp of lps) {
    const best = new Array<number>(compCount).fill(0);
    const worst = new Array<number>(compCount).fill(0);
    let unboundedMax = false;
    let unboundedMin = false;
    for (let c = 0; c < compCount; c++) {
      let hi = -Infinity;
      let lo = Infinity;
      let terminal = false;
      for (const id of members[c]!) {
        const node = nodes[id]!;
        if (node.edges.length === 0) terminal = true;
        for (const e of node.edges) {
          const d = e.effects[lp] ?? 0;
          if (comp[e.to] === c) {
            if (d > 0) unboundedMax = true;
            if (d < 0) unboundedMin = true;
            continue;
          }
          hi = Math.max(hi, d + best[comp[e.to]!]!);
          lo = Math.min(lo, d + worst[comp[e.to]!]!);
        }
      }
      if (terminal || hi === -Infinity) {
        hi = Math.max(hi, 0);
        lo = Math.min(lo, 0);
      }
      best[c] = hi;
      worst[c] = lo;
    }
    const base = baseEffects[lp] ?? 0;
    lpRanges[lp] = { max: best[comp[0]!]! + base, min: worst[comp[0]!]! + base, unboundedMax, unboundedMin };
  }

  // Path lengths in choices, from the start to any ending.
  const shortestTo = new Array<number>(nodes.length).fill(Infinity);
  shortestTo[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const e of nodes[v]!.edges) {
      if (shortestTo[e.to] === Infinity) {
        shortestTo[e.to] = shortestTo[v]! + 1;
        queue.push(e.to);
      }
    }
  }
  const endingNodes = nodes.filter((n) => isEnding(n) && n.beatSummary.ending);
  const shortest = endingNodes.length ? endingNodes.reduce((m, n) => Math.min(m, shortestTo[n.id]!), Infinity) : null;
  const longestFrom = new Array<number>(compCount).fill(-Infinity);
  let longestUnbounded = false;
  for (let c = 0; c < compCount; c++) {
    if (cyclic[c] && members[c]!.some((id) => canEnd[id])) longestUnbounded = true;
    let best = -Infinity;
    for (const id of members[c]!) {
      const node = nodes[id]!;
      if (isEnding(node) && node.beatSummary.ending) best = Math.max(best, 0);
      for (const e of node.edges) if (comp[e.to] !== c) best = Math.max(best, 1 + longestFrom[comp[e.to]!]!);
    }
    longestFrom[c] = best;
  }
  const longest = longestFrom[comp[0]!]!;

  const endingCounts = new Map<string, { id: string; title: string; states: number }>();
  for (const n of endingNodes) {
    const e = n.beatSummary.ending!;
    const entry = endingCounts.get(e.id) ?? { id: e.id, title: e.title, states: 0 };
    entry.states++;
    endingCounts.set(e.id, entry);
  }

  return {
    complete: p.complete,
    maxStates: p.maxStates,
    nodes,
    baseEffects,
    problems: p.problems,
    deadEnds: nodes
      .filter((n) => isEnding(n) && !n.beatSummary.ending && !n.beatSummary.faulted)
      .map((n) => p.pathTo(n.id)),
    neverEnding: p.complete
      ? nodes
          .filter((n) => !canEnd[n.id] && !isEnding(n))
          .slice(0, 20)
          .map((n) => p.pathTo(n.id))
      : [],
    runaway: p.runaway,
    unreachedKnots: p.complete ? p.unreachedKnots : [],
    lpRanges,
    endings: [...endingCounts.values()],
    shortestPath: shortest === null || shortest === Infinity ? null : shortest,
    longestPath: longest === -Infinity ? null : longest,
    longestUnbounded,
    sightings: p.sightings,
    decisions: p.decisions,
  };
}
