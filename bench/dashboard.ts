/**
 * Benchmark of the partnership dashboard with synthetic records (bench/synthetic-results.ts).
 *
 *  1. Node: the pure aggregation (src/engine/measures.ts) over N records, unfiltered and
 *     filtered, and the import pipeline (read, validate, keep) of an N-record JSON file.
 *  2. Chromium (Debian's, through playwright-core) against a built site: importing the
 *     N-record file through the page's file input until the measures are on screen, the
 *     worker's aggregation time, re-measuring after a filter change, re-opening the page
 *     with the records already stored, and the longest main-thread task meanwhile.
 *
 *   npm run bench:dashboard                     (100,000 records, 3 browser runs, dist/)
 *   DIST_DIR=/tmp/my-dist npm run bench:dashboard -- --records 20000 --runs 5 --json out.json
 *   npm run bench:dashboard -- --node-only
 *
 * Prints a table and the figures as JSON. Timings depend on the machine and its load.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { openAsBlob } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { MeasureTable, toMeasured } from '../src/engine/measures.ts';
import { RESULT_VERSION } from '../src/engine/result.ts';
import { RecordStore } from '../src/dashboard/record-store.ts';
import { DashboardRecords } from '../src/dashboard/records.ts';
import { MemoryStore } from '../src/storage/store.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/chromium.ts';
import { syntheticResult, writeSyntheticFile } from './synthetic-results.ts';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    'node-only': { type: 'boolean', default: false },
  },
});
const N = Number(args.records);
const RUNS = Number(args.runs);
const SEED = 1;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

interface Row {
  measure: string;
  median: number;
  runs: number[];
}
const rows: Row[] = [];
const record = (measure: string, runs: number[]) => {
  rows.push({ measure, median: median(runs), runs });
  console.log(`  ${measure}: ${ms(median(runs))} (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`);
};

async function benchNode(file: string): Promise<void> {
  console.log(`Node ${process.version}: aggregation of ${N.toLocaleString('en-GB')} records`);
  const table = new MeasureTable();
  const [, build] = time(() => {
    for (let i = 0; i < N; i++) table.add(toMeasured(syntheticResult(i, SEED)));
  });
  console.log(`  (generating and tabling the records took ${ms(build)})`);
  const unfiltered: number[] = [];
  const filtered: number[] = [];
  const choices: number[] = [];
  for (let run = 0; run < 7; run++) {
    unfiltered.push(time(() => table.aggregate({}))[1]);
    filtered.push(time(() => table.aggregate({ agency: 'Police', from: '2026-03-01', to: '2026-09-30' }))[1]);
    choices.push(time(() => table.choices())[1]);
  }
  record('node: aggregate all records', unfiltered);
  record('node: aggregate with filters (agency, dates)', filtered);
  record('node: list filter choices', choices);

  const imports: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 2); run++) {
    const records = new DashboardRecords(new RecordStore(new MemoryStore()));
    const blob = Object.assign(await openAsBlob(file), { name: path.basename(file) });
    const start = performance.now();
    const outcome = await records.importFiles([blob], () => {});
    imports.push(performance.now() - start);
    if (outcome.reports[0]!.accepted !== N) throw new Error(`imported ${outcome.reports[0]!.accepted} of ${N}`);
  }
  record('node: read + validate + table the JSON file (no storage)', imports);
}

async function benchChromium(file: string): Promise<void> {
  const outDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: build the site first`);
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/#/dashboard`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  console.log(`Chromium ${browser.version()}: ${N.toLocaleString('en-GB')} records through the page (${outDir}/)`);
  const results = { importToScreen: [] as number[], workerAggregate: [] as number[], pageAggregate: [] as number[] };
  const filterRuns: number[] = [];
  const reopen: number[] = [];
  const longest: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('.selection-summary', { hasText: 'No records yet' }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
          type: 'longtask',
        });
      });
      await page.setInputFiles('#dashboard-files', file);
      await page.locator('.file-report').waitFor({ timeout: 600_000 });
      await page.locator('.key-figures').first().waitFor({ timeout: 600_000 });
      const importMs = await measureOf(page, 'dashboard:import');
      const aggregate = await aggregateOf(page);
      results.importToScreen.push(importMs);
      results.pageAggregate.push(aggregate.page);
      results.workerAggregate.push(aggregate.worker);
      longest.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)));

      await page.evaluate(() => performance.clearMeasures('dashboard:aggregate'));
      await page.selectOption('#filter-agency', { index: 1 });
      await page.waitForFunction(() => performance.getEntriesByName('dashboard:aggregate').length > 0);
      filterRuns.push(await measureOf(page, 'dashboard:aggregate'));

      const start = Date.now();
      await page.reload();
      await page.locator('.key-figures').first().waitFor({ timeout: 600_000 });
      reopen.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  record('chromium: import file until measures are on screen', results.importToScreen);
  record('chromium: aggregate all records (in the worker)', results.workerAggregate);
  record('chromium: aggregate all records (page request to reply)', results.pageAggregate);
  record('chromium: re-measure after a filter change (request to reply)', filterRuns);
  record('chromium: re-open the page with the records stored, until measures show', reopen);
  record('chromium: longest main-thread task during import', longest);
}

async function measureOf(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
}

async function aggregateOf(page: Page): Promise<{ page: number; worker: number }> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByName('dashboard:aggregate').at(-1) as PerformanceMeasure | undefined;
    return { page: entry?.duration ?? NaN, worker: (entry?.detail as { workerMs?: number })?.workerMs ?? NaN };
  });
}

// Named for the record format too, so that a file generated before the format changed is not reused.
const file = path.join(os.tmpdir(), `dashboard-bench-${N}-${SEED}-v${RESULT_VERSION}.json`);
if (!existsSync(file)) {
  console.log(`Writing ${N.toLocaleString('en-GB')} synthetic records to ${file}…`);
  await writeSyntheticFile(file, N, SEED);
}
console.log(
  `${file}: ${(statSync(file).size / 1024 ** 2).toFixed(0)} MB; ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`,
);
await benchNode(file);
if (!args['node-only']) await benchChromium(file);

console.log('\n| measure | median | runs |\n| --- | ---: | --- |');
for (const r of rows) console.log(`| ${r.measure} | ${ms(r.median)} | ${r.runs.map((x) => x.toFixed(0)).join(', ')} |`);
const report = {
  records: N,
  fileMB: Math.round(statSync(file).size / 1024 ** 2),
  cpus: os.cpus().length,
  loadAverage: os.loadavg()[0],
  results: rows,
};
console.log(JSON.stringify(report));
if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2));
