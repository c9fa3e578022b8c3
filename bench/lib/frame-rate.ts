/**
 * Figure 8: the frame rate of the Phaser scene with the CPU slowed 4×. In a wide window
 * (so the visual layer draws), once the scene is up and has settled for a second, every
 * requestAnimationFrame callback is counted for five seconds; Phaser's game loop runs on
 * those same frames, so a frame it cannot finish in time is a frame missed here. For
 * reference, the same count on an empty page under the same slowdown.
 */
import type { Browser, Page } from 'playwright-core';
import { CPU_SLOWDOWN, NAME_SHIM, drawingRenderer, newContext, startScenario, throttle } from './browser.ts';
import { median, percentile, round } from './stats.ts';

export const SAMPLE_MS = 5000;

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

/** The same count on an empty page: what headless Chromium delivers with nothing to draw. */
async function emptyPageRate(browser: Browser): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await throttle(page, { cpu: CPU_SLOWDOWN });
    await page.setContent('<!doctype html><title>empty</title><p>empty</p>');
    await page.evaluate(NAME_SHIM);
    return rate(await sample(page)).fps;
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
      const r = rate(await sample(page));
      fps.push(r.fps);
      p95.push(percentile(r.intervals, 95));
      longest.push(Math.max(...r.intervals));
      log(
        `  run ${i + 1}/${runs}: ${round(r.fps, 1)} frames/s (${renderer}), longest frame ${round(longest.at(-1)!)} ms`,
      );
    } finally {
      await context.close();
    }
  }
  const emptyPageFps = await emptyPageRate(browser);
  return {
    scenario,
    cpu: CPU_SLOWDOWN,
    renderer,
    fps: fps.map((x) => round(x, 1)),
    medianFps: round(median(fps), 1),
    p95FrameMs: round(median(p95), 1),
    longestFrameMs: round(median(longest), 1),
    emptyPageFps: round(emptyPageFps, 1),
  };
}
