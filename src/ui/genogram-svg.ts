/**
 * A scenario's fictional family drawn as a genogram (SVG), with the same family in words
 * beneath it for screen readers and anyone who does not read genograms: squares for men,
 * circles for women, diamonds where not known; a double outline for the child the scenario
 * is about; shaded symbols for the child's household; the line between partners solid when
 * together, dashed when on and off, crossed when separated, dotted when not known.
 */
import { GENOGRAM, type GenogramLayout, layoutGenogram } from '../engine/genogram.ts';
import type { Family, FamilyMember, FamilyUnion } from '../engine/scenario.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function el(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

const STATUS_DASH: Record<FamilyUnion['status'], string | null> = {
  together: null,
  separated: null,
  'on-and-off': '10 6',
  unknown: '2 5',
};

/** Splits a label into lines of about `width` characters at spaces. */
function wrap(text: string, width = 20): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function symbol(member: FamilyMember, x: number, y: number): SVGElement {
  const r = GENOGRAM.symbol / 2;
  const className = `genogram-symbol${member.household ? ' household' : ''}`;
  const group = el('g', { class: member.focus ? 'genogram-member focus' : 'genogram-member' });
  const shape = (grow: number) =>
    member.sex === 'female'
      ? el('circle', { cx: x, cy: y, r: r + grow, class: className })
      : member.sex === 'male'
        ? el('rect', {
            x: x - r - grow,
            y: y - r - grow,
            width: 2 * (r + grow),
            height: 2 * (r + grow),
            class: className,
          })
        : el('polygon', {
            points: `${x},${y - r - grow} ${x + r + grow},${y} ${x},${y + r + grow} ${x - r - grow},${y}`,
            class: className,
          });
  if (member.focus) group.append(shape(5));
  group.append(shape(0));
  const label = el('text', { x, y: y + r + 18, 'text-anchor': 'middle', class: 'genogram-label' });
  const lines = [member.name, ...(member.age ? [member.age] : []), ...wrap(member.relation)].slice(
    0,
    GENOGRAM.labelLines,
  );
  lines.forEach((line, i) =>
    label.append(
      el('tspan', { x, dy: i === 0 ? 0 : 15, class: i === 0 ? 'genogram-name' : 'genogram-relation' }, line),
    ),
  );
  group.append(label);
  return group;
}

function unionLines(u: GenogramLayout['unions'][number]): SVGElement {
  const group = el('g', { class: 'genogram-union' });
  const line = (x1: number, y1: number, x2: number, y2: number, dash: string | null = null) => {
    const l = el('line', { x1, y1, x2, y2, class: 'genogram-line' });
    if (dash) l.setAttribute('stroke-dasharray', dash);
    group.append(l);
  };
  for (const p of u.partners) line(p.x, p.top, p.x, u.laneY);
  if (u.partners.length === 2) {
    const a = u.partners[0]!;
    const b = u.partners[1]!;
    line(a.x, u.laneY, b.x, u.laneY, STATUS_DASH[u.union.status]);
    if (u.union.status === 'separated') {
      const mx = (a.x + b.x) / 2 + (u.drop ? 18 : 0);
      for (const dx of [-4, 4]) line(mx + dx - 5, u.laneY + 8, mx + dx + 5, u.laneY - 8);
    }
  }
  if (u.drop && u.children.length) {
    const xs = [u.drop.x, ...u.children.map((c) => c.x)];
    line(u.drop.x, u.laneY, u.drop.x, u.drop.barY);
    line(Math.min(...xs), u.drop.barY, Math.max(...xs), u.drop.barY);
    for (const c of u.children) line(c.x, u.drop.barY, c.x, c.y - GENOGRAM.symbol / 2);
  }
  return group;
}

const STATUS_WORDS: Record<FamilyUnion['status'], string> = {
  together: 'together',
  separated: 'separated',
  'on-and-off': 'on and off',
  unknown: 'relationship not known',
};

/** The family in words: one line per person, then one per couple or parent and their children. */
export function familyInWords(family: Family): HTMLElement {
  const name = (id: string) => family.members.find((m) => m.id === id)?.name ?? id;
  return h(
    'div',
    { className: 'genogram-words' },
    h(
      'ul',
      {},
      family.members.map((m) =>
        h(
          'li',
          {},
          `${m.name}${m.age ? `, ${m.age}` : ''}: ${m.relation}`,
          m.focus ? '; the child this scenario is about' : '',
          m.household ? "; lives in the child's household" : '; lives elsewhere',
        ),
      ),
    ),
    h(
      'ul',
      {},
      family.unions.map((u) =>
        h(
          'li',
          {},
          u.partners.length === 2
            ? `${name(u.partners[0]!)} and ${name(u.partners[1]!)}: ${STATUS_WORDS[u.status]}`
            : `${name(u.partners[0]!)}, other parent not in the story`,
          u.children.length
            ? `; ${u.children.length === 1 ? 'child' : 'children'} ${u.children.map(name).join(', ')}`
            : '',
        ),
      ),
    ),
  );
}

export function renderGenogram(family: Family, title: string): HTMLElement {
  const layout = layoutGenogram(family);
  const svg = el(
    'svg',
    {
      viewBox: `0 0 ${layout.width} ${layout.height + 30}`,
      width: layout.width,
      height: layout.height + 30,
      role: 'img',
      'aria-labelledby': 'genogram-title',
      class: 'genogram',
    },
    el('title', { id: 'genogram-title' }, `Genogram: ${title}`),
    ...layout.unions.map(unionLines),
    ...layout.members.map((p) => symbol(p.member, p.x, p.y)),
  );
  return h(
    'figure',
    { className: 'genogram-figure' },
    svg,
    h(
      'figcaption',
      {},
      'Squares are men, circles women; a double outline marks the child this scenario is about; shaded symbols live in ' +
        "the child's household. Partners' lines: solid together, dashed on and off, crossed separated, dotted not known.",
    ),
    familyInWords(family),
  );
}
