/**
 * Benchmark of working offline: the size of what the service worker keeps (the precache),
 * and, after one visit, the time from a reload with no network (the menu) to the first
 * decision of a scenario never opened before, on screen (its briefing, Start and the skip of
 * the optional questions included), with no slowdown and with the CPU 4× slower.
 *
 *   npm run bench:offline                      (dist/, 5 runs)
 *   DIST_DIR=/tmp/my-dist npm run bench:offline -- --runs 3 --json out.json
 *
 * Timings depend on the machine and its load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../tools/lib/static-server.ts';
import { CPU_SLOWDOWN, NAME_SHIM, WIDE_VIEWPORT, launchBrowser, throttle } from './lib/browser.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    scenario: { type: 'string', default: 'child-o' },
  },
});
const RUNS = Number(args.runs);
const DIST = process.env.DIST_DIR ?? 'dist';
const SCENARIO = args.scenario!;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The precache list in the generated service worker: how many files and their size on disk. */
function precache(): { entries: number; bytes: number } {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const bytes = urls.reduce((sum, url) => sum + readFileSync(path.join(DIST, url)).byteLength, 0);
  return { entries: urls.length, bytes };
}

async function offlineToDecision(browser: Browser, base: string, cpu: number): Promise<number> {
  const context = await browser.newContext({ viewport: WIDE_VIEWPORT, serviceWorkers: 'allow' });
  await context.addInitScript({ content: NAME_SHIM });
  try {
    const page = await context.newPage();
    await page.goto(`${base}#/`);
    await page.locator('.offline-status', { hasText: 'Ready to work offline' }).waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    await throttle(page, { cpu });
    const start = Date.now();
    // A reload: the first visit's page was not yet served by the service worker; this one is.
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a scenario', exact: true, level: 1 }).waitFor();
    await page.goto(`${base}#/scenario/${SCENARIO}`);
    await page.locator('form.start-form').getByRole('button', { name: 'Start', exact: true }).click();
    const skip = page.getByRole('button', { name: 'Skip all of this and start', exact: true });
    const decision = page.getByRole('heading', { name: 'What do you do?', exact: true, level: 2 });
    await skip.or(decision).waitFor();
    if (await skip.isVisible()) await skip.click();
    await decision.waitFor();
    return Date.now() - start;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const site = await startStaticServer(DIST);
  const browser = await launchBrowser();
  const load = [os.loadavg()[0]!];
  try {
    const kept = precache();
    console.log(`precache: ${kept.entries} files, ${(kept.bytes / 1024).toFixed(0)} KiB (${DIST}/)`);
    const figures: Record<string, number[]> = { 'no slowdown': [], [`CPU ${CPU_SLOWDOWN}×`]: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [label, cpu] of [
        ['no slowdown', 1],
        [`CPU ${CPU_SLOWDOWN}×`, CPU_SLOWDOWN],
      ] as const) {
        const ms = await offlineToDecision(browser, site.url, cpu);
        figures[label]!.push(ms);
        console.log(`  run ${run + 1}/${RUNS}, ${label}: offline reload → first decision of ${SCENARIO} in ${ms} ms`);
      }
    }
    load.push(os.loadavg()[0]!);
    const result = {
      at: new Date().toISOString(),
      load,
      precache: kept,
      scenario: SCENARIO,
      offlineToDecisionMs: Object.fromEntries(
        Object.entries(figures).map(([k, v]) => [k, { median: median(v), runs: v }]),
      ),
    };
    for (const [label, v] of Object.entries(figures)) console.log(`${label}: median ${median(v)} ms`);
    console.log(`load ${load.map((l) => l.toFixed(2)).join(' → ')}`);
    if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
