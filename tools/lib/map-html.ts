/**
 * The story map as a self-contained HTML page: a column per episode with a box for each
 * decision point and its options, a column of endings, what is unreached, and the text
 * outline for screen-reader users. No scripts and no external assets; every piece of story
 * text is escaped.
 */
import type {
  MapDecision,
  MapEnding,
  MapEpisode,
  MapKnot,
  MapOption,
  MapTarget,
  StoryMap,
} from '../../src/engine/story-map.ts';
import { LEGEND, changeLabel, count, episodeHeading, summaryLine, targetLabel } from './map-labels.ts';
import { type OutlineItem, knotContent, outlineOf } from './map-outline.ts';
import { MAP_CSS } from './map-style.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const anchorOf = (t: MapTarget): string | null => ('id' in t ? `${t.kind}-${t.id}` : null);

function targetLink(t: MapTarget, map: StoryMap): string {
  const label = escapeHtml(targetLabel(t, map));
  const anchor = anchorOf(t);
  return anchor ? `<a href="#${escapeHtml(encodeURIComponent(anchor))}">${label}</a>` : label;
}

function leadsTo(targets: MapTarget[], map: StoryMap, words = 'leads to'): string {
  const links = targets.map((t) => targetLink(t, map)).join('; ');
  return `<p class="leads"><span aria-hidden="true">→</span> ${words} ${links}</p>`;
}

function optionHtml(o: MapOption, map: StoryMap): string {
  const changes = o.changes.map(
    (c) => `<span class="${c.max > 0 ? 'credit' : 'debit'}">${escapeHtml(changeLabel(c))}</span>`,
  );
  const critical = o.critical.length
    ? `<p><span class="badge critical-badge">Critical act</span> for ${escapeHtml(o.critical.join(', '))}</p>`
    : '';
  return [
    `<li class="option${o.critical.length ? ' critical' : ''}">`,
    `<p class="option-text">${escapeHtml(o.text)}</p>`,
    changes.length ? `<p>Learning points: ${changes.join(', ')}</p>` : '',
    critical,
    leadsTo(o.leadsTo, map),
    '</li>',
  ].join('');
}

function decisionHtml(d: MapDecision, map: StoryMap): string {
  const meta = [
    d.kinds.length ? d.kinds.join(', ') : null,
    d.knot ? `knot ${d.knot}` : null,
    count(d.states, 'state'),
  ].filter((m) => m !== null);
  return [
    `<article class="box decision" id="${escapeHtml(`decision-${d.id}`)}">`,
    `<h4>Decision ${escapeHtml(d.id)}</h4>`,
    `<p class="meta">${escapeHtml(meta.join(' · '))}</p>`,
    `<ul class="options">${d.options.map((o) => optionHtml(o, map)).join('')}</ul>`,
    '</article>',
  ].join('');
}

function knotHtml(k: MapKnot): string {
  return k.reached
    ? `<li>${escapeHtml(knotContent(k))}</li>`
    : `<li class="unreached"><span class="badge unreached-badge">Unreached</span> ${escapeHtml(knotContent(k))}</li>`;
}

function episodeHtml(e: MapEpisode, index: number, map: StoryMap): string {
  const knots = e.knots.map(knotHtml);
  return [
    `<section class="column" aria-labelledby="column-${index}">`,
    `<h3 id="column-${index}">${escapeHtml(episodeHeading(e))}</h3>`,
    e.decisions.length ? '' : '<p>No decision point.</p>',
    ...e.decisions.map((d) => decisionHtml(d, map)),
    knots.length ? `<h4>Knots</h4><ul class="knots">${knots.join('')}</ul>` : '',
    '</section>',
  ].join('');
}

function endingHtml(e: MapEnding): string {
  const knot = e.knot ? ` · knot ${e.knot}` : '';
  return [
    `<article class="box ending" id="${escapeHtml(`ending-${e.id}`)}">`,
    `<h4>Ending ${escapeHtml(e.id)}</h4>`,
    `<p>${escapeHtml(e.title)}</p>`,
    `<p class="meta">${escapeHtml(`reached by ${count(e.states, 'state')}${knot}`)}</p>`,
    '</article>',
  ].join('');
}

function unreachedHtml(map: StoryMap): string {
  if (!map.complete) return '<p>Not known: the exploration was incomplete.</p>';
  if (!map.unreachedKnots.length) return '<p>Nothing: every knot is reached.</p>';
  return `<ul class="knots">${map.unreachedKnots.map(knotHtml).join('')}</ul>`;
}

function outlineList(items: OutlineItem[]): string {
  if (!items.length) return '';
  return `<ul>${items.map((i) => `<li>${escapeHtml(i.text)}${outlineList(i.items)}</li>`).join('')}</ul>`;
}

function outlineHtml(map: StoryMap): string {
  const { sections } = outlineOf(map);
  const body = sections.map((s) => `<h3>${escapeHtml(s.heading)}</h3>${outlineList(s.items)}`).join('');
  return `<details><summary>Text outline</summary><div class="outline"><h2>Outline</h2>${body}</div></details>`;
}

export function renderMapHtml(map: StoryMap): string {
  const title = escapeHtml(`Story map: ${map.title}`);
  const columns = map.episodes.map((e, i) => episodeHtml(e, i, map));
  const endings = map.endings.map(endingHtml).join('') || '<p>No ending is reached.</p>';
  columns.push(
    `<section class="column" aria-labelledby="column-endings"><h3 id="column-endings">Endings</h3>${endings}</section>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><style>${MAP_CSS}</style></head><body>`,
    `<header><h1>${title}</h1><p>${escapeHtml(summaryLine(map))}</p>`,
    map.complete
      ? ''
      : '<p class="warning">This map is partial: the explorer stopped before it had seen every state.</p>',
    `<ul class="legend">${LEGEND.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></header>`,
    '<main><h2 id="map-heading">Map</h2>',
    leadsTo(map.start, map, 'The story opens at'),
    `<div class="columns" role="region" aria-labelledby="map-heading" tabindex="0">${columns.join('')}</div>`,
    `<h2>Unreached</h2>${unreachedHtml(map)}`,
    outlineHtml(map),
    '</main></body></html>',
    '',
  ].join('\n');
}
