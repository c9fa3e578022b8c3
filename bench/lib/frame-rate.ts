/**
 * Figure 8: what the Phaser scene costs while the learner reads, with the CPU slowed 4×. In
 * a wide window (so the visual layer draws), once the scene is up and has settled for a
 * second, the page's main thread is traced for five seconds with nothing happening: the
 * animation frames it ran (each is a redraw, as Phaser's loop runs on them; 0 when the
 * scene sleeps) and the share of the time it was busy. Then, in the same window, every
 * requestAnimationFrame callback is counted for five seconds: a scene that hogs the main
 * thread shows as frames missed there. For reference, the same on an empty page.
 */
import type { Browser, Page } from 'playwright-core';
import { CPU_SLOWDOWN, NAME_SHIM, drawingRenderer, newContext, startScenario, throttle } from './browser.ts';
import { startMainThreadTrace, stopMainThreadTrace } from './main-thread-tasks.ts';
import { median, percentile, round } from './stats.ts';

export const SAMPLE_MS = 5000;
const IDLE_START = 'bench:idle-start';
const IDLE_END = 'bench:idle-end';

export interface FrameRateFigure {
  scenario: string;
  cpu: number;
  renderer: string | null;
  fps: number[];
  medianFps: number;
  /** Median over runs of each run's 95th-percentile and longest frame interval. */
  p95FrameMs: number;
  longestFrameMs: number;
  emptyPageFps: number;
  /** Animation frames the page ran in five seconds of reading (median over runs). */
  idleAnimationFrames?: number;
  /** Share of those five seconds the main thread was busy, in % (median over runs). */
  idleBusyPercent?: number;
  emptyPageBusyPercent?: number;
}

/** Frame timestamps over `ms` milliseconds of requestAnimationFrame callbacks. */
function countFrames(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const tick = (t: number) => {
      stamps.push(t);
      if (t - stamps[0]! < ms) requestAnimationFrame(tick);
      else resolve(stamps);
    };
    requestAnimationFrame(tick);
  });
}

function rate(stamps: number[]): { fps: number; intervals: number[] } {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const span = stamps.at(-1)! - stamps[0]!;
  return { fps: ((stamps.length - 1) * 1000) / span, intervals };
}

async function sample(page: Page): Promise<number[]> {
  return page.evaluate(countFrames, SAMPLE_MS);
}

/** Five seconds of the page left alone, traced: animation frames run and the main thread's busy share. */
async function idleCost(browser: Browser, page: Page): Promise<{ frames: number; busyPercent: number }> {
  await startMainThreadTrace(browser, page, true);
  await page.evaluate((name) => performance.mark(name), IDLE_START);
  await page.waitForTimeout(SAMPLE_MS);
  await page.evaluate((name) => performance.mark(name), IDLE_END);
  const trace = await stopMainThreadTrace(browser, [IDLE_START, IDLE_END]);
  const from = trace.marks.get(IDLE_START)?.[0];
  const to = trace.marks.get(IDLE_END)?.[0];
  if (from === undefined || to === undefined) throw new Error('the idle marks are missing from the trace');
  let busy = 0;
  for (const t of trace.tasks) busy += Math.max(0, Math.min(t.end, to) - Math.max(t.start, from));
  const frames = trace.animationFrames.filter((t) => t > from && t < to).length;
  return { frames, busyPercent: (100 * busy) / (to - from) };
}

/** The same on an empty page: what headless Chromium delivers with nothing to draw. */
async function emptyPage(browser: Browser): Promise<{ fps: number; busyPercent: number }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await throttle(page, { cpu: CPU_SLOWDOWN });
    await page.setContent('<!doctype html><title>empty</title><p>empty</p>');
    await page.evaluate(NAME_SHIM);
    const idle = await idleCost(browser, page);
    return { fps: rate(await sample(page)).fps, busyPercent: idle.busyPercent };
  } finally {
    await context.close();
  }
}

export async function measureFrameRate(
  browser: Browser,
  base: string,
  scenario: string,
  runs: number,
  log: (line: string) => void,
): Promise<FrameRateFigure> {
  let renderer: string | null = null;
  const fps: number[] = [];
  const p95: number[] = [];
  const longest: number[] = [];
  const idleFrames: number[] = [];
  const idleBusy: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser);
    try {
      await (await startScenario(context, base, scenario)).close();
      const page = await context.newPage();
      await throttle(page, { cpu: CPU_SLOWDOWN });
      await page.goto(`${base}#/play/${scenario}`);
      renderer = await drawingRenderer(page);
      if (!renderer) throw new Error('the Phaser scene did not come up');
      await page.waitForTimeout(1000);
      const idle = await idleCost(browser, page);
      idleFrames.push(idle.frames);
      idleBusy.push(idle.busyPercent);
      const r = rate(await sample(page));
      fps.push(r.fps);
      p95.push(percentile(r.intervals, 95));
      longest.push(Math.max(...r.intervals));
      log(
        `  run ${i + 1}/${runs}: reading, ${idle.frames} animation frames and the main thread ${round(idle.busyPercent, 1)} % busy; ` +
          `${round(r.fps, 1)} frames/s (${renderer}), longest frame ${round(longest.at(-1)!)} ms`,
      );
    } finally {
      await context.close();
    }
  }
  const empty = await emptyPage(browser);
  return {
    scenario,
    cpu: CPU_SLOWDOWN,
    renderer,
    fps: fps.map((x) => round(x, 1)),
    medianFps: round(median(fps), 1),
    p95FrameMs: round(median(p95), 1),
    longestFrameMs: round(median(longest), 1),
    emptyPageFps: round(empty.fps, 1),
    idleAnimationFrames: median(idleFrames),
    idleBusyPercent: round(median(idleBusy), 1),
    emptyPageBusyPercent: round(empty.busyPercent, 1),
  };
}
