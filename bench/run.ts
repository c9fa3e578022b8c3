/**
 * `npm run bench`: the benchmark suite. Figures, not pass/fail tests; each browser figure
 * is the median of several runs in Debian's Chromium (playwright-core). See
 * docs/performance.md for what each figure means and how it is measured.
 *
 *   npm run bench                              builds /tmp/bench-dist and /tmp/bench-dist-long, runs everything
 *   npm run bench -- --runs 7                  runs per figure (default 5)
 *   npm run bench -- --slow-runs 5             runs of figures 3, 6 and 7 (default 3: each takes minutes)
 *   npm run bench -- --dist dist               measure an existing build (figure 4 still builds its own)
 *   npm run bench -- --only 1,2,5 --reuse      some figures; reuse earlier builds in /tmp
 *   npm run bench -- --scenario child-t        the scenario for figures 1–3 and 8
 *   npm run bench -- --from bench/results/latest.json   reprint a run's table (and put it in the doc)
 *
 * A full run prints the table, writes bench/results/latest.json and updates the table in
 * docs/performance.md; a partial run (--only) writes bench/results/partial.tmp.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { cachedScenario } from '../tools/lib/build-cache.ts';
import { CPU_SLOWDOWN, launchBrowser } from './lib/browser.ts';
import { measureDashboard } from './lib/dashboard.ts';
import { measureExploration, scenarioDirs } from './lib/exploration.ts';
import { measureFirstChoice } from './lib/first-choice.ts';
import { writeFloorPage } from './lib/floor-page.ts';
import { measureFrameRate } from './lib/frame-rate.ts';
import { LONG_STORY_DIR, LONG_STORY_ID, writeLongStory } from './lib/long-story.ts';
import { loadNow, machineInfo } from './lib/machine.ts';
import { measureNextText } from './lib/next-text.ts';
import { type BenchResults, markdownTable, rows, updateDoc, writeJson } from './lib/report.ts';
import { measureResume } from './lib/resume.ts';
import { ROOT, type Served, buildSite, serve } from './lib/site.ts';
import { suspendForScenario, suspendForSyntheticPath } from './lib/suspend.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'slow-runs': { type: 'string' },
    dist: { type: 'string' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    scenario: { type: 'string' },
    records: { type: 'string', default: '100000' },
    'resume-depth': { type: 'string', default: '50' },
    out: { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(
    readFileSync(import.meta.filename, 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*|^ \* ?/gm, ''),
  );
  process.exit(0);
}

const RUNS = Number(args.runs);
/** Whole playthroughs, exploration and the 100,000-record dashboard take minutes per run: fewer runs. */
const SLOW_RUNS = Number(args['slow-runs'] ?? Math.min(RUNS, 3));
const RESUME_DEPTH = Number(args['resume-depth']);
const RECORDS = Number(args.records);
for (const [name, value] of Object.entries({ RUNS, SLOW_RUNS, RESUME_DEPTH, RECORDS })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name.toLowerCase()} must be a positive whole number`);
}
const ONLY = new Set((args.only ?? '1,2,3,4,5,6,7,8').split(',').map((s) => s.trim()));
const FULL = !args.only;
const wants = (...figures: number[]) => figures.some((f) => ONLY.has(String(f)));

const STORIES = path.join(ROOT, 'stories');
const DIST = path.resolve(args.dist ?? '/tmp/bench-dist');
const LONG_DIST = '/tmp/bench-dist-long';
const OUT = path.resolve(args.out ?? path.join(ROOT, 'bench', 'results', FULL ? 'latest.json' : 'partial.tmp.json'));
const DOC = path.join(ROOT, 'docs', 'performance.md');

const started = performance.now();
const log = (line: string) => console.error(line);
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
const section = (title: string) => log(`\n[${elapsed()}] ${title}`);

/** The scenario whose best path is longest (ties: alphabetical), among those in the build. */
function referenceScenario(): { id: string; best: string[] } {
  const only = (process.env.SIM_STORIES ?? '').split(',').filter(Boolean);
  const candidates = scenarioDirs(STORIES)
    .map((dir) => ({ id: path.basename(dir), file: path.join(dir, 'playthroughs.json') }))
    .filter((c) => (!only.length || only.includes(c.id)) && existsSync(c.file))
    .map((c) => {
      const paths = JSON.parse(readFileSync(c.file, 'utf8')) as Record<string, { choices?: string[] }>;
      return { id: c.id, best: paths.best?.choices ?? [] };
    })
    .filter((c) => c.best.length && (!args.scenario || c.id === args.scenario))
    .sort((a, b) => b.best.length - a.best.length || a.id.localeCompare(b.id));
  if (!candidates[0]) {
    throw new Error(
      args.scenario ? `no playthroughs.json best path for '${args.scenario}'` : 'no scenario with a best path',
    );
  }
  return candidates[0];
}

async function ensureBuilt(outDir: string, build: () => Promise<void>, label: string): Promise<void> {
  if (args.reuse && existsSync(path.join(outDir, 'index.html'))) {
    log(`  reusing ${outDir}`);
    return;
  }
  section(`building ${label} into ${outDir}`);
  await build();
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const reference = referenceScenario();
  const results: BenchResults = {
    machine,
    options: {
      runs: RUNS,
      slowRuns: SLOW_RUNS,
      dist: DIST,
      scenario: reference.id,
      resumeDepth: RESUME_DEPTH,
      records: RECORDS,
      figures: [...ONLY].sort(),
    },
  };
  /** A figure that fails is reported and the others are still measured. */
  const attempt = async (figure: string, measure: () => Promise<void>): Promise<void> => {
    try {
      await measure();
    } catch (e) {
      log(`  failed: ${(e as Error).message}`);
      results.failures = { ...results.failures, [figure]: (e as Error).message.split('\n')[0]! };
    }
  };
  log(
    `Benchmarks: ${RUNS} runs per figure, ${SLOW_RUNS} for playthroughs, exploration and the dashboard; load ${machine.loadAverage.start[0]}`,
  );

  if (!args.dist) await ensureBuilt(DIST, () => buildSite({ outDir: DIST }), 'the site (all scenarios)');
  else if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} has no build`);
  if (wants(4)) {
    if (!existsSync(path.join(LONG_STORY_DIR, 'main.ink'))) writeLongStory();
    await ensureBuilt(
      LONG_DIST,
      () => buildSite({ outDir: LONG_DIST, storiesRoot: path.dirname(LONG_STORY_DIR), only: [LONG_STORY_ID] }),
      'the site with the synthetic long scenario',
    );
  }

  const servers: Served[] = [];
  let browser: Browser | null = null;
  try {
    if (wants(1, 2, 3, 4, 8)) {
      const chromium = await launchBrowser();
      browser = chromium;
      machine.chromium = chromium.version();
      const app = await serve(DIST);
      servers.push(app);
      if (wants(1, 2)) {
        section(`1–2. first choice: ${reference.id}, CPU ${CPU_SLOWDOWN}×, slow 4G, cold cache`);
        await attempt('1–2', async () => {
          const compiled = cachedScenario(path.join(STORIES, reference.id)).compiled;
          if (!compiled) throw new Error(`${reference.id} does not compile`);
          const floor = await serve(await writeFloorPage(compiled));
          servers.push(floor);
          results.firstChoice = await measureFirstChoice({
            browser: chromium,
            appBase: app.base,
            floorBase: floor.base,
            dist: DIST,
            scenario: reference.id,
            runs: RUNS,
            log,
          });
        });
      }
      if (wants(3)) {
        section(
          `3. choice → next text: ${reference.id}, best path (${reference.best.length} decisions, ${SLOW_RUNS} runs)`,
        );
        await attempt('3', async () => {
          results.nextText = await measureNextText({
            browser: chromium,
            base: app.base,
            scenario: reference.id,
            pathName: 'best',
            script: reference.best,
            runs: SLOW_RUNS,
            conditions: [
              { cpu: 1, visual: true },
              { cpu: CPU_SLOWDOWN, visual: true },
              { cpu: 1, visual: false },
            ],
            log,
          });
        });
      }
      if (wants(4)) {
        section(`4. resume after ${RESUME_DEPTH} choices (${LONG_STORY_ID})`);
        await attempt('4', async () => {
          const long = await serve(LONG_DIST);
          servers.push(long);
          results.resume = await measureResume({
            browser: chromium,
            base: long.base,
            scenario: LONG_STORY_ID,
            depth: RESUME_DEPTH,
            runs: RUNS,
            cpuRates: [1, CPU_SLOWDOWN],
            log,
          });
        });
      }
      if (wants(8)) {
        section(`8. Phaser frame rate: ${reference.id}, CPU ${CPU_SLOWDOWN}×`);
        await attempt('8', async () => {
          results.frameRate = await measureFrameRate(chromium, app.base, reference.id, RUNS, log);
        });
      }
    }
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
  }

  if (wants(5, 6)) {
    section(`6. checker exploration of every scenario (${wants(6) ? SLOW_RUNS : 1} runs)`);
    await attempt('5–6', async () => {
      const dirs = scenarioDirs(STORIES);
      const explored = measureExploration(dirs, wants(6) ? SLOW_RUNS : 1, log);
      if (wants(6)) results.exploration = explored.figures;
      if (wants(5)) {
        results.suspendData = [
          ...dirs.map((dir) => suspendForScenario(path.basename(dir), explored.builds.get(dir)!)),
          suspendForSyntheticPath(200),
        ];
      }
    });
  }
  if (wants(7)) {
    section(`7. dashboard: ${RECORDS.toLocaleString('en-GB')} records (bench/dashboard.ts, ${SLOW_RUNS} runs)`);
    await attempt('7', async () => {
      results.dashboard = await measureDashboard(DIST, RECORDS, SLOW_RUNS, log);
    });
  }

  machine.loadAverage.end = loadNow();
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  const table = markdownTable(rows(results));
  console.log(`\n${table}\n`);
  console.log(
    `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium ?? '—'}; ` +
      `load ${machine.loadAverage.start[0]} → ${machine.loadAverage.end[0]}; ${results.durationSeconds} s`,
  );
  await writeJson(OUT, results);
  log(`wrote ${path.relative(process.cwd(), OUT)}`);
  const failed = Object.entries(results.failures ?? {});
  for (const [figure, message] of failed) console.error(`figure ${figure} could not be measured: ${message}`);
  if (failed.length) process.exitCode = 1;
  else if (FULL && (await updateDoc(DOC, results))) log(`updated the table in ${path.relative(process.cwd(), DOC)}`);
}

/** Reprints the table of an earlier run and puts it in the doc, without measuring anything. */
async function reprint(file: string): Promise<void> {
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  console.log(`\n${markdownTable(rows(results))}\n`);
  if (await updateDoc(DOC, results)) log(`updated the table in ${path.relative(process.cwd(), DOC)}`);
}

(args.from ? reprint(args.from) : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
