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

/**
 * Order within each row: brothers and sisters together, in their parents' order; within a
 * family of siblings, those with a partner from outside it last, so their partners (who
 * married in, with no parents in the family) can stand next to them.
 */
function rowOrder(family: Family, gen: Map<string, number>): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  const parentUnion = (id: string) => family.unions.find((u) => u.children.includes(id)) ?? null;
  const partnersOf = (id: string) =>
    family.unions
      .filter((u) => u.partners.includes(id) && u.partners.length === 2)
      .map((u) => u.partners.find((p) => p !== id)!);
  const depth = Math.max(0, ...gen.values());
  for (let level = 0; level <= depth; level++) {
    const row: string[] = [];
    const place = (id: string) => {
      if (gen.get(id) === level && !row.includes(id)) row.push(id);
    };
    const inRow = family.members.filter((m) => gen.get(m.id) === level).map((m) => m.id);
    const above = rows.get(level - 1) ?? [];
    const parentsAt = (id: string) => {
      const u = parentUnion(id);
      const at = u ? u.partners.map((p) => above.indexOf(p)).filter((i) => i >= 0) : [];
      return at.length ? Math.min(...at) : Infinity;
    };
    const groups = new Map<FamilyUnion | null, string[]>();
    for (const id of [...inRow].sort((a, b) => parentsAt(a) - parentsAt(b))) {
      const u = parentUnion(id);
      groups.set(u, [...(groups.get(u) ?? []), id]);
    }
    const marriedIn = (id: string) => parentUnion(id) === null;
    for (const [union, siblings] of groups) {
      if (union === null) continue; // placed beside their partners, or at the end
      const withPartners = (id: string) => partnersOf(id).some(marriedIn);
      const ordered = [...siblings.filter((id) => !withPartners(id)), ...siblings.filter(withPartners)];
      for (const id of ordered) {
        place(id);
        for (const partner of partnersOf(id)) if (marriedIn(partner)) place(partner);
      }
    }
    for (const id of groups.get(null) ?? []) {
      place(id);
      for (const partner of partnersOf(id)) if (marriedIn(partner)) place(partner);
    }
    rows.set(level, row);
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
