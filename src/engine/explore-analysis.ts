/**
 * What the explored state graph shows: which states can still reach an ending, each
 * learning point's reachable range, the lengths of paths to an ending, and the endings.
 */
import type { Exploration, ExploreNode, LpRange, PlacedPaths, TagSighting } from './exploration.ts';
import type { StoryProblem } from './runner.ts';
import { type Condensation, condense, distancesFromStart, pathCounts } from './state-graph.ts';

/** What the walk itself found, beside the graph. */
export interface WalkFacts {
  complete: boolean;
  stoppedBecause: string | null;
  coverage: Exploration['coverage'];
  maxStates: number;
  problems: (StoryProblem & { at: string[] })[];
  runaway: string[][];
  pathTo: (id: number) => string[];
  unreachedKnots: string[];
  sightings: TagSighting[];
  decisions: { id: string; kinds: string[] }[];
}

/** A state with no options: an ending, or a dead end when it has no ending tag. */
const isEnding = (n: ExploreNode) => n.beatSummary.options === 0;

/** Which nodes can reach an ending (reverse reachability, successors first). */
function reachesEnding(nodes: ExploreNode[], { comp, count, members }: Condensation): boolean[] {
  const canEnd = new Array<boolean>(nodes.length).fill(false);
  for (let c = 0; c < count; c++) {
    const ms = members[c]!;
    const ends = ms.some(
      (id) => isEnding(nodes[id]!) || nodes[id]!.edges.some((e) => comp[e.to] !== c && canEnd[e.to]),
    );
    for (const id of ms) canEnd[id] = ends;
  }
  return canEnd;
}

/** The best and worst score of one learning point from the start, and whether a loop changes it. */
function rangeOf(lp: string, nodes: ExploreNode[], { comp, count, members }: Condensation, base: number): LpRange {
  const best = new Array<number>(count).fill(0);
  const worst = new Array<number>(count).fill(0);
  let unboundedMax = false;
  let unboundedMin = false;
  for (let c = 0; c < count; c++) {
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
  return { max: best[comp[0]!]! + base, min: worst[comp[0]!]! + base, unboundedMax, unboundedMin };
}

function lpRanges(nodes: ExploreNode[], baseEffects: Record<string, number>, graph: Condensation) {
  const lps = new Set<string>(Object.keys(baseEffects));
  for (const node of nodes) for (const e of node.edges) for (const id of Object.keys(e.effects)) lps.add(id);
  const ranges: Record<string, LpRange> = {};
  for (const lp of lps) ranges[lp] = rangeOf(lp, nodes, graph, baseEffects[lp] ?? 0);
  return ranges;
}

/** Path lengths in choices, from the start to any ending. */
function pathLengths(nodes: ExploreNode[], { comp, count, members, cyclic }: Condensation, canEnd: boolean[]) {
  const shortestTo = distancesFromStart(nodes);
  const endingNodes = nodes.filter((n) => isEnding(n) && n.beatSummary.ending);
  const shortest = endingNodes.length ? endingNodes.reduce((m, n) => Math.min(m, shortestTo[n.id]!), Infinity) : null;
  const longestFrom = new Array<number>(count).fill(-Infinity);
  let longestUnbounded = false;
  for (let c = 0; c < count; c++) {
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
  return {
    shortestPath: shortest === null || shortest === Infinity ? null : shortest,
    longestPath: longest === -Infinity ? null : longest,
    longestUnbounded,
  };
}

/** The nodes grouped by the place they stopped in, each place with its shortest path. */
function byPlace(nodes: ExploreNode[], paths: number[], pathTo: (id: number) => string[]): PlacedPaths[] {
  const places = new Map<string, { states: number; paths: number; first: ExploreNode }>();
  for (const n of nodes) {
    const entry = places.get(n.beatSummary.place);
    if (!entry) places.set(n.beatSummary.place, { states: 1, paths: paths[n.id]!, first: n });
    else {
      entry.states++;
      entry.paths += paths[n.id]!;
      if (n.depth < entry.first.depth) entry.first = n;
    }
  }
  return [...places.entries()].map(([place, { first, ...counts }]) => ({ place, ...counts, path: pathTo(first.id) }));
}

/** Each ending reached, with the number of distinct states that reach it. */
function endingCounts(nodes: ExploreNode[]): Exploration['endings'] {
  const counts = new Map<string, { id: string; title: string; states: number }>();
  for (const n of nodes) {
    if (!isEnding(n) || !n.beatSummary.ending) continue;
    const e = n.beatSummary.ending;
    const entry = counts.get(e.id) ?? { id: e.id, title: e.title, states: 0 };
    entry.states++;
    counts.set(e.id, entry);
  }
  return [...counts.values()];
}

export function analyse(nodes: ExploreNode[], baseEffects: Record<string, number>, p: WalkFacts): Exploration {
  const graph = condense(nodes);
  const canEnd = reachesEnding(nodes, graph);
  const ranges = lpRanges(nodes, baseEffects, graph);
  const lengths = pathLengths(nodes, graph, canEnd);
  const paths = pathCounts(nodes, graph);
  return {
    complete: p.complete,
    stoppedBecause: p.stoppedBecause,
    coverage: p.coverage,
    maxStates: p.maxStates,
    nodes,
    baseEffects,
    problems: p.problems,
    deadEnds: byPlace(
      nodes.filter((n) => isEnding(n) && !n.beatSummary.ending && !n.beatSummary.faulted),
      paths,
      p.pathTo,
    ),
    neverEnding: p.complete
      ? byPlace(
          nodes.filter((n) => !canEnd[n.id] && !isEnding(n)),
          paths,
          p.pathTo,
        )
      : [],
    runaway: p.runaway,
    unreachedKnots: p.unreachedKnots,
    lpRanges: ranges,
    endings: endingCounts(nodes),
    ...lengths,
    sightings: p.sightings,
    decisions: p.decisions,
  };
}
