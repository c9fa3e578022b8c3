/**
 * Reads the container structure of compiled Ink JSON: which containers count visits,
 * and which knots and stitches exist. Used by the path explorer.
 */

type InkNode = unknown;

interface ContainerInfo {
  path: string;
  countsVisits: boolean;
  named: boolean;
}

const GENERATED_NAME = /^(c|g|s)-\d+$/;

function walk(node: InkNode, path: string, named: boolean, out: ContainerInfo[]): void {
  if (!Array.isArray(node)) return;
  const last = node[node.length - 1] as Record<string, InkNode> | null | undefined;
  const meta = last && typeof last === 'object' && !Array.isArray(last) ? last : null;
  const flags = meta && typeof meta['#f'] === 'number' ? (meta['#f'] as number) : 0;
  out.push({ path, countsVisits: (flags & 1) === 1, named });
  const contentEnd = meta || last === null ? node.length - 1 : node.length;
  for (let i = 0; i < contentEnd; i++) {
    const child = node[i];
    if (!Array.isArray(child)) continue;
    const childLast = child[child.length - 1] as Record<string, InkNode> | null;
    const childName =
      childLast && typeof childLast === 'object' && !Array.isArray(childLast) ? childLast['#n'] : undefined;
    const segment = typeof childName === 'string' ? childName : String(i);
    walk(child, path ? `${path}.${segment}` : segment, false, out);
  }
  if (meta) {
    for (const [key, child] of Object.entries(meta)) {
      if (key === '#f' || key === '#n') continue;
      walk(child, path ? `${path}.${key}` : key, !GENERATED_NAME.test(key), out);
    }
  }
}

export interface InkStructure {
  /** Container paths whose visits the story itself counts (they matter to its state). */
  counted: Set<string>;
  /** Knots and stitches written by the author (paths like `knot` or `knot.stitch`). */
  knots: string[];
  /** The container of every choice's content (`knot.0.c-1`): a choice is reached when its is visited. */
  choices: string[];
}

export function readInkStructure(json: string | object): InkStructure {
  const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as { root: InkNode };
  const all: ContainerInfo[] = [];
  walk(parsed.root, '', false, all);
  const counted = new Set(all.filter((c) => c.countsVisits).map((c) => c.path));
  const knots = all
    .filter((c) => c.named && c.path && !c.path.startsWith('global decl'))
    .filter((c) => c.path.split('.').length <= 2)
    .map((c) => c.path);
  const choices = all.filter((c) => /(^|\.)c-\d+$/.test(c.path)).map((c) => c.path);
  return { counted, knots, choices };
}
