/**
 * Figures 1 and 2: what a learner downloads before the first choice, and how long it takes.
 *
 * The learner reopens `#/play/<id>` with progress saved at the first decision, with a cold
 * HTTP cache (IndexedDB holds the save; the cache is bypassed). Every JavaScript and CSS
 * response that completed before the first `.choice` button was in the DOM counts as
 * "before the first choice"; sizes are the gzip (level 9) sizes of those files in the build.
 * Time is from navigation start to the frame that paints the first choice, with the CPU
 * slowed 4× and a slow 4G link; the floor page (plain HTML, same first passage and buttons,
 * no script) is timed the same way in the same runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CPU_SLOWDOWN, choiceTimes, installChoiceProbe, newContext, startScenario, throttle } from './browser.ts';
import { median, round } from './stats.ts';

export interface AssetSizes {
  /** gzip bytes of the files fetched before the first choice. */
  beforeFirstChoice: number;
  /** gzip bytes of every such file in the build. */
  total: number;
  filesBeforeFirstChoice: string[];
  filesInBuild: number;
}

export interface FirstChoiceResult {
  scenario: string;
  gzip: { js: AssetSizes; css: AssetSizes; html: number };
  /**
   * When each file fetched before the first choice was requested and had arrived (ms since
   * navigation start, median over runs; the page itself first): where the time goes.
   */
  waterfall: { file: string; startMs: number; endMs: number }[];
  /** Bytes on the wire before the first choice (the page and every response), each run: a cross-check. */
  transferredBytes: number[];
  /** ms from navigation start to the first choice painted, each run. */
  appMs: number[];
  floorMs: number[];
  median: { appMs: number; floorMs: number; ratio: number };
  /**
   * In the same runs (CPU 4×), the app's own measures: loading the scenario's chunk (fetch
   * and parse, from the moment the app asks for it) and starting its story (inkjs reading
   * the compiled JSON, then replaying the save), median ms.
   */
  storyLoadMs?: number;
  storyStartMs?: number;
  /** gzip bytes of JavaScript before the first choice for every scenario in the build. */
  jsPerScenario?: { scenario: string; bytes: number }[];
}

/** Each scenario's chunk, from the preload map in the built index.html. */
function scenarioChunks(dist: string): Record<string, string> {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const map = /var c=(\{[^}]*\})/.exec(html);
  return map ? (JSON.parse(map[1]!) as Record<string, string>) : {};
}

/**
 * The JavaScript each scenario needs before its first choice: what the reference scenario
 * fetched, with its own chunk swapped for each other scenario's.
 */
function jsPerScenario(dist: string, fetched: Set<string>, reference: string): { scenario: string; bytes: number }[] {
  const chunks = scenarioChunks(dist);
  const own = chunks[reference];
  const shared = [...fetched].filter((f) => f.endsWith('.js') && f !== own);
  const sharedBytes = shared.reduce((a, f) => a + gzipSize(path.join(dist, f)), 0);
  return Object.entries(chunks).map(([scenario, file]) => ({
    scenario,
    bytes: sharedBytes + gzipSize(path.join(dist, file)),
  }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function sizesOf(dist: string, ext: '.js' | '.css', fetched: Set<string>): AssetSizes {
  const files = filesUnder(dist).filter((f) => f.endsWith(ext));
  const sizes = new Map(files.map((f) => [f, gzipSize(path.join(dist, f))]));
  const before = files.filter((f) => fetched.has(f)).sort();
  const sum = (list: string[]) => list.reduce((a, f) => a + sizes.get(f)!, 0);
  return {
    beforeFirstChoice: sum(before),
    total: sum(files),
    filesBeforeFirstChoice: before,
    filesInBuild: files.length,
  };
}

export interface FirstChoiceOptions {
  browser: Browser;
  appBase: string;
  floorBase: string;
  dist: string;
  scenario: string;
  runs: number;
  log: (line: string) => void;
}

export async function measureFirstChoice(o: FirstChoiceOptions): Promise<FirstChoiceResult> {
  const conditions = { cpu: CPU_SLOWDOWN, slow4g: true, coldCache: true };
  const timings = new Map<string, { start: number[]; end: number[] }>();
  const transferred: number[] = [];
  const storyLoad: number[] = [];
  const storyStart: number[] = [];
  const base = new URL(o.appBase).pathname;
  const relative = (pathname: string) => (pathname.startsWith(base) ? pathname.slice(base.length) : pathname);

  const appRun = async (): Promise<number> => {
    const context = await newContext(o.browser);
    try {
      await (await startScenario(context, o.appBase, o.scenario)).close();
      const page = await context.newPage();
      await throttle(page, conditions);
      await installChoiceProbe(page);
      await page.goto(`${o.appBase}#/play/${o.scenario}`, { waitUntil: 'commit' });
      const times = await choiceTimes(page);
      const entries = await page.evaluate((until) => {
        const documentEntry = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return [...documentEntry, ...resources.filter((e) => e.responseEnd <= until)].map((e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.transferSize,
        }));
      }, times.choiceAt);
      transferred.push(entries.reduce((a, e) => a + e.bytes, 0));
      const measures = await page.evaluate(() =>
        performance.getEntriesByType('measure').map((m) => ({ name: m.name, ms: m.duration })),
      );
      const measured = (name: string) => measures.find((m) => m.name === name)?.ms;
      const load = measured('scenario: load');
      const start = measured('scenario: start and replay the story');
      if (load !== undefined) storyLoad.push(load);
      if (start !== undefined) storyStart.push(start);
      for (const e of entries) {
        const file = relative(e.path) || 'index.html';
        const t = timings.get(file) ?? { start: [], end: [] };
        t.start.push(e.start);
        t.end.push(e.end);
        timings.set(file, t);
      }
      if (!(await page.locator('.player .choice').count()))
        throw new Error('the first choice shown is not the player’s');
      return times.paintedAt;
    } finally {
      await context.close();
    }
  };

  const floorRun = async (): Promise<number> => {
    const context = await newContext(o.browser);
    try {
      const page = await context.newPage();
      await throttle(page, conditions);
      await installChoiceProbe(page);
      await page.goto(o.floorBase, { waitUntil: 'commit' });
      return (await choiceTimes(page)).paintedAt;
    } finally {
      await context.close();
    }
  };

  await appRun(); // warm-up (Chromium and the server's first requests), not counted
  timings.clear();
  transferred.length = 0;
  storyLoad.length = 0;
  storyStart.length = 0;
  const appMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    // Alternating order, so a machine that gets busier favours neither page.
    if (i % 2) floorMs.push(await floorRun());
    appMs.push(await appRun());
    if (!(i % 2)) floorMs.push(await floorRun());
    o.log(`  run ${i + 1}/${o.runs}: app ${round(appMs.at(-1)!)} ms, floor ${round(floorMs.at(-1)!)} ms`);
  }
  const fetched = new Set(timings.keys());
  const waterfall = [...timings.entries()]
    .map(([file, t]) => ({ file, startMs: round(median(t.start)), endMs: round(median(t.end)) }))
    .sort((a, b) => a.startMs - b.startMs);
  const appMedian = median(appMs);
  const floorMedian = median(floorMs);
  return {
    scenario: o.scenario,
    gzip: {
      js: sizesOf(o.dist, '.js', fetched),
      css: sizesOf(o.dist, '.css', fetched),
      html: gzipSize(path.join(o.dist, 'index.html')),
    },
    waterfall,
    transferredBytes: [...transferred],
    appMs: appMs.map((x) => round(x)),
    floorMs: floorMs.map((x) => round(x)),
    median: { appMs: round(appMedian), floorMs: round(floorMedian), ratio: round(appMedian / floorMedian, 2) },
    storyLoadMs: storyLoad.length ? round(median(storyLoad)) : undefined,
    storyStartMs: storyStart.length ? round(median(storyStart)) : undefined,
    jsPerScenario: jsPerScenario(o.dist, fetched, o.scenario),
  };
}
