/**
 * Which global variables can still change what a story does, from where it stands. The
 * explorer merges states that differ only in variables nothing ahead of them reads: a
 * flag set in the first episode and read only there no longer splits every later state
 * in two. The analysis is by knot and flow-insensitive, so it errs on the side of keeping
 * a variable: a knot reads what any line of it reads, and reaches every knot it names.
 */

type InkNode = unknown;

interface KnotFacts {
  reads: Set<string>;
  targets: Set<string>;
  /** It diverts to a target held in a variable, or calls a function bound outside Ink: anything may follow. */
  opaque: boolean;
}

/** The knot a path is in: its first segment; content before any knot is the root (''). */
export function knotOf(path: string): string {
  const first = path.split('.')[0] ?? '';
  return /^\d+$/.test(first) ? '' : first;
}

function scan(node: InkNode, facts: KnotFacts): void {
  if (Array.isArray(node)) {
    for (const child of node) scan(child, facts);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, InkNode>;
  if (typeof o['VAR?'] === 'string') facts.reads.add(o['VAR?']);
  if (typeof o['CNT?'] === 'string' && !o['CNT?'].startsWith('.')) facts.targets.add(knotOf(o['CNT?']));
  for (const key of ['->', '->t->', 'f()', '*', '^->']) {
    const target = o[key];
    if (typeof target !== 'string') continue;
    if (o.var === true) facts.opaque = true;
    else if (!target.startsWith('.')) facts.targets.add(knotOf(target));
  }
  if (typeof o['x()'] === 'string') facts.opaque = true;
  for (const [key, child] of Object.entries(o)) if (key !== '#f' && key !== '#n') scan(child, facts);
}

/** What can still matter from a place: the variables read ahead, and the knots that may run (and count visits). */
export interface Live {
  variables: Set<string>;
  knots: Set<string>;
}

export class LiveVariables {
  private readonly knots = new Map<string, KnotFacts>();
  private readonly closures = new Map<string, Live | null>();
  private readonly byPlace = new Map<string, Live | null>();

  /** `json`: the compiled story the explorer runs. */
  constructor(json: string | object) {
    const root = ((typeof json === 'string' ? JSON.parse(json) : json) as { root: InkNode[] }).root;
    const named = root.at(-1);
    const rootFacts: KnotFacts = { reads: new Set(), targets: new Set(), opaque: false };
    scan(root.slice(0, -1), rootFacts);
    this.knots.set('', rootFacts);
    if (named && typeof named === 'object' && !Array.isArray(named)) {
      for (const [name, body] of Object.entries(named as Record<string, InkNode>)) {
        if (name === '#f' || name === '#n') continue;
        const facts: KnotFacts = { reads: new Set(), targets: new Set(), opaque: false };
        scan(body, facts);
        this.knots.set(name, facts);
      }
    }
  }

  /** The knots reachable from `knot` (itself included) and every variable they read; null when any may be. */
  private readFrom(knot: string): Live | null {
    if (this.closures.has(knot)) return this.closures.get(knot)!;
    const reads = new Set<string>();
    const seen = new Set<string>([knot]);
    const queue = [knot];
    let result: Live | null = { variables: reads, knots: seen };
    while (queue.length) {
      const facts = this.knots.get(queue.pop()!);
      if (!facts) continue;
      if (facts.opaque) {
        result = null;
        break;
      }
      for (const r of facts.reads) reads.add(r);
      for (const t of facts.targets) {
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
      }
    }
    this.closures.set(knot, result);
    return result;
  }

  /**
   * What can still matter to a story standing at `paths` (every pointer on its call stacks
   * and every choice's target); null when anything may.
   */
  liveAt(paths: readonly string[]): Live | null {
    const place = paths.join('|');
    if (this.byPlace.has(place)) return this.byPlace.get(place)!;
    let live: Live | null = { variables: new Set(), knots: new Set() };
    for (const knot of new Set(paths.map(knotOf))) {
      const ahead = this.readFrom(knot);
      if (!ahead) {
        live = null;
        break;
      }
      for (const r of ahead.variables) live.variables.add(r);
      for (const k of ahead.knots) live.knots.add(k);
    }
    this.byPlace.set(place, live);
    return live;
  }
}
