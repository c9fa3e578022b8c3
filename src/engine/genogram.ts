/**
 * Where each member of a scenario's fictional family goes in a genogram: generations as
 * rows (children a row below their parents), partners side by side, children under their
 * parents' line. Pure geometry; ui/genogram-svg.ts draws it.
 */
import type { Family, FamilyMember, FamilyUnion } from './scenario.ts';

export const GENOGRAM = { column: 160, row: 230, symbol: 44, margin: 24, labelLines: 4, lane: 10 } as const;

/** From a symbol's centre to below its label (name, age and relation lines): where its lines start. */
export const UNDER_LABEL = GENOGRAM.symbol / 2 + 18 + 15 * GENOGRAM.labelLines;

export interface PlacedMember {
  member: FamilyMember;
  generation: number;
  /** Centre of the symbol. */
  x: number;
  y: number;
}

export interface PlacedUnion {
  union: FamilyUnion;
  /** Each partner's line down from under their label to the union's lane. */
  partners: { x: number; top: number }[];
  /** The union's own lane below the row: the line between partners, and where the children's line starts. */
  laneY: number;
  /** The children's line: down from the lane's middle to a bar above them, then down to each. */
  drop: { x: number; barY: number } | null;
  children: { x: number; y: number }[];
}

export interface GenogramLayout {
  width: number;
  height: number;
  members: PlacedMember[];
  unions: PlacedUnion[];
}

/** Generation of each member: 0 at the top; a child one below its lower parent; partners level. */
function generations(family: Family): Map<string, number> {
  const gen = new Map(family.members.map((m) => [m.id, 0]));
  for (let pass = 0; pass <= family.members.length; pass++) {
    let changed = false;
    const raise = (id: string, value: number) => {
      if ((gen.get(id) ?? 0) < value) {
        gen.set(id, value);
        changed = true;
      }
    };
    for (const u of family.unions) {
      const level = Math.max(...u.partners.map((p) => gen.get(p) ?? 0));
      for (const p of u.partners) raise(p, level);
      for (const c of u.children) raise(c, level + 1);
    }
    if (!changed) break;
  }
  return gen;
}

/** Order within each row: partners next to each other, children in the order of their parents. */
function rowOrder(family: Family, gen: Map<string, number>): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  const place = (id: string) => {
    const row = rows.get(gen.get(id)!) ?? [];
    if (!row.includes(id)) row.push(id);
    rows.set(gen.get(id)!, row);
  };
  const depth = Math.max(0, ...gen.values());
  for (let level = 0; level <= depth; level++) {
    const inRow = family.members.filter((m) => gen.get(m.id) === level);
    // Children of unions already placed first, in their parents' order, then everyone else.
    const above = rows.get(level - 1) ?? [];
    const parentsAt = (id: string) => {
      const u = family.unions.find((x) => x.children.includes(id));
      return u ? Math.min(...u.partners.map((p) => (above.indexOf(p) < 0 ? Infinity : above.indexOf(p)))) : Infinity;
    };
    const sorted = [...inRow].sort((a, b) => parentsAt(a.id) - parentsAt(b.id));
    for (const m of sorted) {
      place(m.id);
      for (const u of family.unions.filter((x) => x.partners.includes(m.id))) {
        for (const p of u.partners) if (gen.get(p) === level) place(p);
      }
    }
  }
  return rows;
}

export function layoutGenogram(family: Family): GenogramLayout {
  const gen = generations(family);
  const rows = rowOrder(family, gen);
  const widest = Math.max(1, ...[...rows.values()].map((r) => r.length));
  const { column, row, margin, symbol } = GENOGRAM;
  const width = widest * column + margin * 2;
  const height = rows.size * row + margin * 2;
  const byId = new Map<string, PlacedMember>();
  for (const [level, ids] of rows) {
    // Each row centred across the widest.
    const offset = margin + ((widest - ids.length) * column) / 2 + column / 2;
    ids.forEach((id, i) => {
      const member = family.members.find((m) => m.id === id)!;
      byId.set(id, { member, generation: level, x: offset + i * column, y: margin + symbol / 2 + level * row });
    });
  }
  // Each union of a row has its own lane under the labels, so lines between partners who are
  // not side by side pass under the others instead of through them.
  const lanesUsed = new Map<number, number>();
  const unions = family.unions.map((union): PlacedUnion => {
    const partners = union.partners.map((p) => byId.get(p)!).sort((a, b) => a.x - b.x);
    const level = partners[0]!.generation;
    const lane = lanesUsed.get(level) ?? 0;
    lanesUsed.set(level, lane + 1);
    const top = partners[0]!.y + UNDER_LABEL;
    const laneY = top + GENOGRAM.lane * (lane + 1);
    const children = union.children.map((c) => byId.get(c)!).map((c) => ({ x: c.x, y: c.y }));
    const mid = (partners[0]!.x + partners[partners.length - 1]!.x) / 2;
    const drop = children.length
      ? { x: mid, barY: Math.min(...children.map((c) => c.y)) - symbol / 2 - 14 - 6 * (lane % 4) }
      : null;
    return { union, partners: partners.map((p) => ({ x: p.x, top })), laneY, drop, children };
  });
  return { width, height, members: [...byId.values()], unions };
}
