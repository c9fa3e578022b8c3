import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exploration, ExploreNode } from '../../src/engine/exploration.ts';
import { readInkStructure } from '../../src/engine/ink-structure.ts';
import { type StoryMap, buildStoryMap, resolveTargets } from '../../src/engine/story-map.ts';
import { type ScenarioBuild, buildScenario } from '../../tools/lib/build-scenario.ts';
import { MAP_PAGE_POLICY, storyMapMiddleware } from '../../tools/lib/map-dev-server.ts';
import { renderMapHtml } from '../../tools/lib/map-html.ts';
import { renderMapText } from '../../tools/lib/map-outline.ts';
import { storyMapOf } from '../../tools/lib/map-scenario.ts';
import { CHROMIUM, launchChromium } from '../browser/chromium.ts';

function mapOf(build: ScenarioBuild): StoryMap {
  const map = storyMapOf(build);
  if (!map) throw new Error(JSON.stringify(build.diagnostics));
  return map;
}

/** A bare Ink story compiled and explored in a temporary folder. */
function buildSource(source: string): ScenarioBuild {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'story-map-')), 'main.ink');
  writeFileSync(file, source);
  return buildScenario(file, { bare: true });
}

describe('the story map of the sample', () => {
  let build: ScenarioBuild;
  let html: string;
  let text: string;
  beforeAll(() => {
    build = buildScenario('stories/sample');
    const map = mapOf(build);
    html = renderMapHtml(map);
    text = renderMapText(map);
  });

  it('shows every knot, the unreached ones as unreached', () => {
    const knots = readInkStructure(build.json!).knots;
    const unreached = new Set(build.exploration!.unreachedKnots);
    expect(knots.length).toBeGreaterThan(3);
    for (const knot of knots) {
      expect(html).toContain(knot);
      expect(text).toContain(knot);
      if (unreached.has(knot)) expect(text).toContain(`${knot} (unreached)`);
    }
  });

  it('shows every ending and every decision point', () => {
    const e = build.exploration!;
    expect(e.endings.length).toBeGreaterThan(0);
    for (const ending of e.endings) {
      expect(html).toContain(`id="ending-${ending.id}"`);
      expect(text).toContain(`Ending ${ending.id}: ${ending.title}`);
    }
    for (const d of e.decisions) {
      expect(html).toContain(`id="decision-${d.id}"`);
      expect(text).toContain(`Decision ${d.id}`);
    }
  });

  it('places decisions in their episodes, with credits and critical acts', () => {
    const map = mapOf(build);
    expect(map.episodes.map((e) => [e.number, e.decisions.map((d) => d.id)])).toEqual([
      [1, ['s-contacts']],
      [2, ['s-visit']],
      [3, ['s-closure']],
    ]);
    const visit = map.episodes[1]!.decisions[0]!;
    const see = visit.options.find((o) => o.text.startsWith('Ask to see Mia'))!;
    expect(see.changes).toEqual([{ lp: 's-see-the-child', min: 2, max: 2 }]);
    expect(see.critical).toEqual(['s-see-the-child']);
    expect(see.leadsTo).toEqual([{ kind: 'decision', id: 's-closure' }]);
    expect(map.start).toEqual([{ kind: 'decision', id: 's-contacts' }]);
    expect(text).toContain('Critical act for: s-see-the-child');
  });

  it('is a page without scripts or external assets, with the outline in headings and lists', () => {
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).toMatch(
      /<details><summary>Text outline<\/summary><div class="outline"><h2>Outline<\/h2><h3>Start<\/h3><ul>/,
    );
    expect(html).toContain('<h3>Episode 2: The home visit</h3>');
  });
});

describe('the story map of a small story', () => {
  const source = [
    '-> start',
    '=== start ===',
    '# episode: 1; The first <b>day</b>',
    '# decision: t-one; challenge',
    '* [Ask <script>alert(1)</script> loudly # lp: x +2 # critical: x] -> finish',
    '* [Stay quiet # lp: x -1] -> middle',
    '=== middle ===',
    'A pause.',
    '* [Carry on] -> finish',
    '=== finish ===',
    '# ending: done; Done & dusted',
    'The end.',
    '-> END',
    '=== orphan ===',
    '# decision: t-orphan; contact',
    'Nobody comes here.',
    '-> END',
    '',
  ].join('\n');
  let map: StoryMap;
  beforeAll(() => {
    map = mapOf(buildSource(source));
  });

  it('shows the unreached knot as unreached, with what it holds', () => {
    expect(map.unreachedKnots).toEqual([{ name: 'orphan', reached: false, decisions: ['t-orphan'], endings: [] }]);
    expect(renderMapText(map)).toContain('Unreached knot: orphan (unreached), holds decision t-orphan');
    expect(renderMapHtml(map)).toContain(
      '<li class="unreached"><span class="badge unreached-badge">Unreached</span> orphan, holds decision t-orphan</li>',
    );
  });

  it('shows credits and debits, and passes through states without a decision', () => {
    const [ask, quiet] = map.episodes[0]!.decisions[0]!.options;
    expect(ask!.changes).toEqual([{ lp: 'x', min: 2, max: 2 }]);
    expect(quiet!.leadsTo).toEqual([{ kind: 'ending', id: 'done' }]);
    const html = renderMapHtml(map);
    expect(html).toContain('<span class="credit">+2 x</span>');
    expect(html).toContain('<span class="debit">-1 x</span>');
    expect(renderMapText(map)).toContain('Learning points: +2 x');
  });

  it('escapes story text in the page', () => {
    const html = renderMapHtml(map);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>day');
    expect(html).toContain('Ask &#60;script&#62;alert(1)&#60;/script&#62; loudly');
    expect(html).toContain('Done &#38; dusted');
    expect(renderMapText(map)).toContain('Option: Ask <script>alert(1)</script> loudly');
  });
});

function node(id: number, decisionId: string | null, to: number[], ending: string | null = null): ExploreNode {
  return {
    id,
    parent: id - 1,
    via: null,
    depth: id,
    beatSummary: {
      decisionId,
      options: to.length,
      ending: ending ? { id: ending, title: ending } : null,
      lastText: '',
      place: '',
      faulted: false,
    },
    edges: to.map((t, i) => ({ to: t, optionIndex: i, optionText: `option ${i}`, effects: { lp: 1 } })),
  };
}

describe('collapsing the state graph', () => {
  it('follows loops of states without a decision to what they reach', () => {
    // 0 (decision a) -> 1 <-> 2 (no decision), 1 -> 3 (decision b), 2 -> 4 (ending)
    const nodes = [
      node(0, 'a', [1]),
      node(1, null, [2, 3]),
      node(2, null, [1, 4]),
      node(3, 'b', []),
      node(4, null, [], 'end'),
    ];
    const targetsOf = resolveTargets(nodes);
    expect(targetsOf(1).sort()).toEqual(['decision:b', 'ending:end']);
    expect(targetsOf(2).sort()).toEqual(['decision:b', 'ending:end']);
    expect(targetsOf(0)).toEqual(['decision:a']);
  });

  it('maps 50,000 states quickly', () => {
    const count = 50_000;
    // Ten decisions repeated along a long chain with a state without decision between each.
    const nodes = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? node(i, null, [], 'end') : node(i, i % 2 ? null : `d${(i / 2) % 10}`, [i + 1]),
    );
    // A real exploration's other fields, with this graph.
    const real = buildSource('Hello.\n-> END\n').exploration!;
    const exploration: Exploration = { ...real, nodes, complete: true, maxStates: count, endings: [], sightings: [] };
    const started = performance.now();
    const map = buildStoryMap({ title: 'long', exploration, episodes: [] });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(map.episodes[0]!.decisions).toHaveLength(10);
  });
});

describe('the story map in the dev server', () => {
  /** Asks the middleware for a path; what it answered, or null when it passed the request on. */
  function ask(handle: ReturnType<typeof storyMapMiddleware>, url: string) {
    const headers: Record<string, string> = {};
    const answer = { status: 200, headers, body: '' };
    const res = {
      statusCode: 200,
      setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
      end(body: string) {
        answer.status = this.statusCode;
        answer.body = body;
      },
    };
    let passed = false;
    handle({ url } as IncomingMessage, res as unknown as ServerResponse, () => (passed = true));
    return passed ? null : answer;
  }

  it('serves the map of a scenario, rebuilt when its Ink changes, and says when it does not build', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stories-'));
    cpSync('stories/sample', path.join(root, 'sample'), { recursive: true });
    const handle = storyMapMiddleware({ storiesRoot: () => root, scenarioIds: () => ['sample'] });
    expect(ask(handle, '/other')).toBeNull();
    const first = ask(handle, '/sample')!;
    expect([first.status, first.headers['content-security-policy']]).toEqual([200, MAP_PAGE_POLICY]);
    expect(first.body).toContain('Call the GP practice');

    const main = path.join(root, 'sample', 'main.ink');
    const ink = readFileSync(main, 'utf8');
    writeFileSync(main, ink.replace('Ask to see Mia now', 'Ask to see Mia straight away'));
    expect(ask(handle, '/sample?t=1')!.body).toContain('Ask to see Mia straight away');

    writeFileSync(main, `${ink}\n-> nowhere\n`);
    const broken = ask(handle, '/sample')!;
    expect(broken.status).toBe(500);
    expect(broken.body).toMatch(/does not build[\s\S]*nowhere/);
  });
});

describe('the accessibility of the map page', () => {
  it.skipIf(!existsSync(CHROMIUM))('has no axe-core violations (WCAG 2.2 A/AA)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const html = renderMapHtml(mapOf(buildScenario('stories/sample')));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      // The outline is checked too, as a reader who opens it sees it.
      await page.evaluate(() => document.querySelector('details')?.setAttribute('open', ''));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
