/**
 * Reads where things sit in compiled Ink JSON, for the story map: which knot or stitch
 * carries each decision and ending tag, which knot opens each episode, and from the
 * diverts between knots, the episode every other knot belongs to.
 */
import { readInkStructure } from '../../src/engine/ink-structure.ts';
import type { KnotPlaces } from '../../src/engine/story-map.ts';
import { parseTag } from '../../src/engine/tags.ts';

type InkNode = unknown;

/** Content of one knot: the knots it diverts to and the tags it carries. */
interface KnotContent {
  targets: Set<string>;
  tags: string[];
}

/** Keys of a divert-like object whose value is a path: divert, tunnel, function call, divert target. */
const PATH_KEYS = ['->', '->t->', 'f()', '^->'];
const START = '';

/** Resolves an Ink path as the runtime does: relative paths start from the container holding the object. */
function resolvePath(target: string, container: string): string {
  if (!target.startsWith('.')) return target;
  // The first `^` of a path held by a non-container object means its own container.
  const parts = container ? container.split('.') : [];
  for (const part of target.split('.').slice(2)) {
    if (part === '^') parts.pop();
    else parts.push(part);
  }
  return parts.join('.');
}

class KnotReader {
  readonly content = new Map<string, KnotContent>();

  constructor(private readonly knots: Set<string>) {}

  /** The knot or stitch a container path belongs to (START for the story's opening). */
  ownerOf(path: string): string {
    const [knot, stitch] = path.split('.');
    if (knot === undefined || knot === '') return START;
    if (stitch !== undefined && this.knots.has(`${knot}.${stitch}`)) return `${knot}.${stitch}`;
    return this.knots.has(knot) ? knot : START;
  }

  private at(path: string): KnotContent {
    const owner = this.ownerOf(path);
    const found = this.content.get(owner) ?? { targets: new Set<string>(), tags: [] };
    this.content.set(owner, found);
    return found;
  }

  /** Entering a stitch enters its knot too. */
  private divert(from: string, to: string): void {
    const targets = this.at(from).targets;
    const knot = to.split('.')[0]!;
    if (knot !== to && this.knots.has(knot)) targets.add(knot);
    targets.add(to);
  }

  read(node: InkNode, path: string): void {
    if (!Array.isArray(node)) return;
    const last = node[node.length - 1] as unknown;
    const meta = last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, InkNode>) : null;
    const end = meta || last === null ? node.length - 1 : node.length;
    for (let i = 0; i < end; i++) this.readItem(node, i, path);
    for (const [key, child] of Object.entries(meta ?? {})) {
      if (key !== '#f' && key !== '#n') this.read(child, path ? `${path}.${key}` : key);
    }
  }

  private readItem(container: InkNode[], i: number, path: string): void {
    const item = container[i];
    if (Array.isArray(item)) {
      const tail = item[item.length - 1] as Record<string, InkNode> | null;
      const name = tail && typeof tail === 'object' && typeof tail['#n'] === 'string' ? tail['#n'] : String(i);
      this.read(item, path ? `${path}.${name}` : name);
    } else if (typeof item === 'string') {
      if (item.startsWith('^') && container[i - 1] === '#') this.at(path).tags.push(item.slice(1));
    } else if (item && typeof item === 'object') {
      const object = item as Record<string, unknown>;
      if (typeof object['#'] === 'string') this.at(path).tags.push(object['#']);
      if (object.var) return;
      for (const key of PATH_KEYS) {
        const target = object[key];
        if (typeof target === 'string') this.divert(path, this.ownerOf(resolvePath(target, path)));
      }
    }
  }
}

/**
 * The episode of each knot: the one it opens, else the earliest episode of the knots that
 * lead to it (a knot shared by several episodes is shown with the first).
 */
function episodesOf(content: Map<string, KnotContent>, opens: Map<string, number>): Record<string, number> {
  const episode = new Map(opens);
  const queue = [...opens.keys()];
  while (queue.length) {
    const from = queue.shift()!;
    const n = episode.get(from)!;
    for (const to of content.get(from)?.targets ?? []) {
      if (to === START || opens.has(to) || (episode.get(to) ?? Infinity) <= n) continue;
      episode.set(to, n);
      queue.push(to);
    }
  }
  return Object.fromEntries(episode);
}

/** Knots in the order a reader meets them: breadth first along the diverts from the start. */
function storyOrder(knots: string[], content: Map<string, KnotContent>): string[] {
  const seen = new Set<string>([START]);
  const queue = [START];
  for (let q = 0; q < queue.length; q++) {
    for (const to of content.get(queue[q]!)?.targets ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  const reached = queue.slice(1).filter((k) => knots.includes(k));
  return [...reached, ...knots.filter((k) => !seen.has(k))];
}

export function readKnotPlaces(json: string): KnotPlaces {
  const parsed = JSON.parse(json) as { root: InkNode };
  const knots = readInkStructure(parsed).knots;
  const reader = new KnotReader(new Set(knots));
  reader.read(parsed.root, '');
  const opens = new Map<string, number>();
  const decisionKnots: Record<string, string[]> = {};
  const endingKnots: Record<string, string[]> = {};
  const add = (table: Record<string, string[]>, id: string, knot: string) => {
    if (!(table[id] ??= []).includes(knot)) table[id].push(knot);
  };
  for (const knot of knots) {
    for (const raw of reader.content.get(knot)?.tags ?? []) {
      const read = parseTag(raw);
      if (!read.ok) continue;
      const { tag } = read;
      if (tag.name === 'decision') add(decisionKnots, tag.id, knot);
      else if (tag.name === 'ending') add(endingKnots, tag.id, knot);
      else if (tag.name === 'episode' && !opens.has(knot)) opens.set(knot, tag.number);
    }
  }
  return {
    knots: storyOrder(knots, reader.content),
    episodeOf: episodesOf(reader.content, opens),
    decisionKnots,
    endingKnots,
  };
}
