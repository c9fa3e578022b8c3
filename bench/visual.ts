/**
 * What the visual layer costs: the gzip size of the JavaScript a learner downloads before
 * the first choice is on screen versus all of it, and the time to the first choice in
 * Chromium with the visual layer and without it (`?visual=off`), median of several runs,
 * on the local machine and with a throttled connection.
 *
 *   npm run build && npm run bench:visual              # or DIST_DIR=/tmp/x npm run bench:visual
 *   npm run bench:visual -- --runs 7 --json            # JSON only
 *
 * Measured on the resume path (#/play/<id> with a save), a fresh page with the cache off
 * each run. Time to first choice is from navigation start to the first choice button in the
 * DOM; time to drawing is when the Phaser canvas is up.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from 'playwright-core';
import { preview } from 'vite';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const RUNS = Number(option('runs', '7'));
const SCENARIO = option('scenario', 'sample');
const JSON_ONLY = args.includes('--json');
const DIST = process.env.DIST_DIR ?? 'dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/** A throttled profile, roughly a slow 4G phone connection. */
const NETWORKS = {
  local: null,
  'slow-4g': {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
} as const;
type NetworkName = keyof typeof NETWORKS;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function startScenario(context: BrowserContext, base: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}?visual=off#/scenario/${SCENARIO}`); // setup only: no drawing to compete with the runs
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const skip = page.getByRole('button', { name: 'Skip all of this and start' });
  await Promise.race([skip.waitFor(), page.locator('.choice').first().waitFor()]);
  if (await skip.isVisible()) await skip.click();
  await page.locator('.choice').first().waitFor();
  await page.close();
}

interface Run {
  firstChoiceMs: number;
  drawingMs: number | null;
  jsBeforeChoice: string[];
}

async function measure(context: BrowserContext, base: string, visual: boolean, network: NetworkName): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const conditions = NETWORKS[network];
  if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
  await page.addInitScript(() => {
    const w = window as unknown as { firstChoiceAt?: number; drawingAt?: number };
    new MutationObserver(() => {
      if (w.firstChoiceAt === undefined && document.querySelector('.choice')) w.firstChoiceAt = performance.now();
      if (w.drawingAt === undefined && document.querySelector('.visual-canvas[data-renderer]')) {
        w.drawingAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(`${base}${visual ? '' : '?visual=off'}#/play/${SCENARIO}`);
  await page.locator('.choice').first().waitFor({ timeout: 60_000 });
  if (visual) await page.locator('.visual-canvas[data-renderer]').waitFor({ timeout: 120_000 });
  const run = await page.evaluate(() => {
    const w = window as unknown as { firstChoiceAt: number; drawingAt?: number };
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.startTime < w.firstChoiceAt)
      .map((e) => new URL(e.name).pathname);
    return { firstChoiceMs: w.firstChoiceAt, drawingMs: w.drawingAt ?? null, jsBeforeChoice: js };
  });
  await page.close();
  return run;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/ has no build: run \`npm run build\` first (or set DIST_DIR)`);
  }
  const assets = path.join(DIST, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = new Map(allJs.map((f) => [f, gz(path.join(assets, f))]));
  const totalJs = [...sizes.values()].reduce((a, b) => a + b, 0);

  const server = await preview({
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

  const configs = (Object.keys(NETWORKS) as NetworkName[]).flatMap((network) =>
    [true, false].map((visual) => ({
      network,
      visual,
      key: `${network} ${visual ? 'with visual layer' : 'without (?visual=off)'}`,
    })),
  );
  const results: Record<string, { firstChoice: number[]; drawing: number[] }> = Object.fromEntries(
    configs.map((c) => [c.key, { firstChoice: [], drawing: [] }]),
  );
  let beforeChoice = new Set<string>();
  const once = async (c: (typeof configs)[number]): Promise<Run> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      await startScenario(context, base);
      return await measure(context, base, c.visual, c.network);
    } finally {
      await context.close();
    }
  };
  try {
    await once(configs[0]!); // warm-up, not counted
    // Interleaved, so a machine that gets busier or warmer favours no configuration.
    for (let i = 0; i < RUNS; i++) {
      for (const c of i % 2 ? [...configs].reverse() : configs) {
        const run = await once(c);
        results[c.key]!.firstChoice.push(run.firstChoiceMs);
        if (run.drawingMs !== null) results[c.key]!.drawing.push(run.drawingMs);
        if (c.visual && c.network === 'local') beforeChoice = new Set([...beforeChoice, ...run.jsBeforeChoice]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const beforeFiles = allJs.filter((f) => [...beforeChoice].some((p) => p.endsWith(`/${f}`)));
  const beforeBytes = beforeFiles.reduce((a, f) => a + (sizes.get(f) ?? 0), 0);
  const phaser = allJs.filter((f) => f.startsWith('phaser-game-'));
  const report = {
    scenario: SCENARIO,
    runs: RUNS,
    gzip: {
      beforeFirstChoice: beforeBytes,
      total: totalJs,
      phaserChunk: phaser.reduce((a, f) => a + (sizes.get(f) ?? 0), 0),
      filesBeforeFirstChoice: beforeFiles,
      files: Object.fromEntries([...sizes.entries()].sort((a, b) => b[1] - a[1])),
    },
    medianMs: Object.fromEntries(
      Object.entries(results).map(([k, v]) => [
        k,
        {
          firstChoice: Math.round(median(v.firstChoice)),
          drawing: v.drawing.length ? Math.round(median(v.drawing)) : null,
        },
      ]),
    ),
    samplesMs: results,
  };

  if (JSON_ONLY) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`\nJavaScript (gzip -9), scenario "${SCENARIO}"`);
  console.table({
    'before the first choice': { gzip: kb(beforeBytes), files: beforeFiles.join(', ') },
    'Phaser chunk (after the first choice)': { gzip: kb(report.gzip.phaserChunk), files: phaser.join(', ') },
    'all JavaScript in the build': { gzip: kb(totalJs), files: `${allJs.length} files` },
  });
  console.log(`Time to first choice (median of ${RUNS}, fresh page, cache off)`);
  console.table(
    Object.fromEntries(
      Object.entries(report.medianMs).map(([k, v]) => [
        k,
        { 'first choice (ms)': v.firstChoice, 'drawing up (ms)': v.drawing ?? '—' },
      ]),
    ),
  );
  console.log(JSON.stringify({ gzip: { ...report.gzip, files: undefined }, medianMs: report.medianMs }));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
