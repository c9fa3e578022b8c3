/**
 * The story map as an outline: a heading per episode and nested lists of decisions,
 * options and where they lead. Rendered as plain text for screen-reader users, and as
 * HTML inside the map page (map-html.ts).
 */
import type { MapDecision, MapKnot, MapOption, StoryMap } from '../../src/engine/story-map.ts';
import { LEGEND, changeLabel, count, episodeHeading, summaryLine, targetLabel } from './map-labels.ts';

export interface OutlineItem {
  text: string;
  items: OutlineItem[];
}

export interface OutlineSection {
  heading: string;
  items: OutlineItem[];
}

export interface Outline {
  title: string;
  summary: string[];
  sections: OutlineSection[];
}

const item = (text: string, items: OutlineItem[] = []): OutlineItem => ({ text, items });

function optionItem(o: MapOption, map: StoryMap): OutlineItem {
  const details: OutlineItem[] = [];
  if (o.changes.length) details.push(item(`Learning points: ${o.changes.map(changeLabel).join(', ')}`));
  if (o.critical.length) details.push(item(`Critical act for: ${o.critical.join(', ')}`));
  details.push(item(`Leads to: ${o.leadsTo.map((t) => targetLabel(t, map)).join('; ')}`));
  return item(`Option: ${o.text}`, details);
}

export function decisionLabel(d: MapDecision): string {
  const kinds = d.kinds.length ? ` (${d.kinds.join(', ')})` : '';
  const knot = d.knot ? `, in knot ${d.knot}` : '';
  return `Decision ${d.id}${kinds}${knot}, seen in ${count(d.states, 'state')}`;
}

/** A knot's name and what is tagged in it. */
export function knotContent(k: MapKnot): string {
  const holds = [...k.decisions.map((d) => `decision ${d}`), ...k.endings.map((e) => `ending ${e}`)];
  return holds.length ? `${k.name}, holds ${holds.join(', ')}` : k.name;
}

export function knotLabel(k: MapKnot): string {
  return k.reached ? knotContent(k) : `${k.name} (unreached)${knotContent(k).slice(k.name.length)}`;
}

function unreachedItems(map: StoryMap): OutlineItem[] {
  if (!map.complete) return [item('Not known: the exploration was incomplete.')];
  if (!map.unreachedKnots.length) return [item('Nothing: every knot is reached.')];
  return map.unreachedKnots.map((k) => item(`Unreached knot: ${knotLabel(k)}`));
}

export function outlineOf(map: StoryMap): Outline {
  const episodes: OutlineSection[] = map.episodes.map((e) => ({
    heading: episodeHeading(e),
    items: [
      ...e.decisions.map((d) =>
        item(
          decisionLabel(d),
          d.options.map((o) => optionItem(o, map)),
        ),
      ),
      ...(e.knots.length
        ? [
            item(
              'Knots',
              e.knots.map((k) => item(knotLabel(k))),
            ),
          ]
        : []),
    ],
  }));
  const endings = map.endings.map((e) => {
    const knot = e.knot ? `, in knot ${e.knot}` : '';
    return item(`Ending ${e.id}: ${e.title}, reached by ${count(e.states, 'state')}${knot}`);
  });
  return {
    title: `Story map: ${map.title}`,
    summary: [summaryLine(map), ...LEGEND],
    sections: [
      { heading: 'Start', items: [item(`The story opens at ${map.start.map((t) => targetLabel(t, map)).join('; ')}`)] },
      ...episodes,
      { heading: 'Endings', items: endings.length ? endings : [item('No ending is reached.')] },
      { heading: 'Unreached', items: unreachedItems(map) },
    ],
  };
}

function textItems(items: OutlineItem[], depth: number): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}- ${i.text}`, ...textItems(i.items, depth + 1)]);
}

/** The outline as plain text: `#` headings and `-` lists indented by two spaces a level. */
export function renderMapText(map: StoryMap): string {
  const outline = outlineOf(map);
  const lines = [`# ${outline.title}`, '', ...outline.summary, ''];
  for (const s of outline.sections) lines.push(`## ${s.heading}`, '', ...textItems(s.items, 0), '');
  return lines.join('\n');
}
