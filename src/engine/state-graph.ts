/** Graph algorithms on the explored state graph: shortest paths and strongly connected components. */
import type { ExploreNode } from './exploration.ts';

/** For reports: the shortest list of option texts from the start to each state. */
export function shortestPaths(nodes: ExploreNode[]): (id: number) => string[] {
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

/** The number of choices on the shortest path from the start to each state (Infinity if none). */
export function distancesFromStart(nodes: ExploreNode[]): number[] {
  const distance = new Array<number>(nodes.length).fill(Infinity);
  distance[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const e of nodes[v]!.edges) {
      if (distance[e.to] === Infinity) {
        distance[e.to] = distance[v]! + 1;
        queue.push(e.to);
      }
    }
  }
  return distance;
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

/** The graph with each strongly connected component as one vertex. */
export interface Condensation {
  /** The component of each node. */
  comp: number[];
  count: number;
  /** Node ids of each component. Components are numbered in reverse topological order: successors first. */
  members: number[][];
  /** The component holds a loop. */
  cyclic: boolean[];
}

export function condense(nodes: ExploreNode[]): Condensation {
  const comp = components(nodes);
  const count = comp.reduce((m, c) => Math.max(m, c), -1) + 1;
  const members: number[][] = Array.from({ length: count }, () => []);
  nodes.forEach((node, i) => members[comp[i]!]!.push(node.id));
  const cyclic = members.map((m) => m.length > 1 || nodes[m[0]!]!.edges.some((e) => e.to === m[0]));
  return { comp, count, members, cyclic };
}

/**
 * How many distinct paths of choices lead from the start to each state: Infinity where a
 * loop lies on the way (or the state is in one), since a loop can be gone round any number of times.
 */
export function pathCounts(nodes: ExploreNode[], { comp, count, members, cyclic }: Condensation): number[] {
  const paths = new Array<number>(count).fill(0);
  if (!nodes.length) return [];
  paths[comp[0]!] = cyclic[comp[0]!] ? Infinity : 1;
  // Components come successors first: walk them from the start's side.
  for (let c = count - 1; c >= 0; c--) {
    if (!paths[c]) continue;
    for (const id of members[c]!) {
      for (const e of nodes[id]!.edges) {
        const to = comp[e.to]!;
        if (to === c) continue;
        paths[to] = cyclic[to] ? Infinity : paths[to]! + paths[c]!;
      }
    }
  }
  return nodes.map((n) => paths[comp[n.id]!]!);
}
