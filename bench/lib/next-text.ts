/**
 * Figure 3: from a choice to the next passage on screen, over a whole playthrough (a
 * scenario's best path from its playthroughs.json), measured inside the page: the button is
 * clicked, a MutationObserver sees the new passage in the story log, and the time is taken
 * after the next animation frame (in the task that follows it, so the frame is painted).
 * The visual layer is on (wide window) and its drawing is up before the first choice; one
 * variant turns it off (`?visual=off`) to show what the story alone costs.
 */
import type { Browser } from 'playwright-core';
import { drawingRenderer, newContext, startScenario, throttle } from './browser.ts';
import { median, percentile, round } from './stats.ts';

export interface NextTextCondition {
  cpu: number;
  visual: boolean;
}

export interface NextTextVariant extends NextTextCondition {
  /** p95 of each run's playthrough. */
  p95Ms: number[];
  medianP95Ms: number;
  /** Median and p95 over every choice of every run together. */
  pooledMedianMs: number;
  pooledP95Ms: number;
  maxMs: number;
  choices: number;
}

export interface NextTextResult {
  scenario: string;
  path: string;
  decisions: number;
  renderer: string | null;
  variants: NextTextVariant[];
}

export interface NextTextOptions {
  browser: Browser;
  base: string;
  scenario: string;
  pathName: string;
  script: string[];
  runs: number;
  conditions: NextTextCondition[];
  log: (line: string) => void;
}

/** Clicks the one option whose text contains `wanted`; resolves with ms until the next passage is painted. */
function chooseAndTime(wanted: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = document.querySelector('.story-log');
    const matches = [...document.querySelectorAll<HTMLButtonElement>('.choice')].filter((b) =>
      (b.querySelector('.choice-text')?.textContent ?? '').includes(wanted),
    );
    if (!log || matches.length !== 1) {
      reject(new Error(`${matches.length} options match "${wanted}"`));
      return;
    }
    const passages = log.querySelectorAll('.beat').length;
    const observer = new MutationObserver(() => {
      if (log.querySelectorAll('.beat').length <= passages) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(log, { childList: true });
    const start = performance.now();
    matches[0]!.click();
  });
}

export async function measureNextText(o: NextTextOptions): Promise<NextTextResult> {
  let renderer: string | null = null;
  const samples = new Map<NextTextCondition, number[][]>(o.conditions.map((c) => [c, []]));
  const playthrough = async ({ cpu, visual }: NextTextCondition): Promise<number[]> => {
    const context = await newContext(o.browser);
    try {
      const page = await startScenario(context, o.base, o.scenario, visual ? '' : '?visual=off');
      if (visual) renderer = (await drawingRenderer(page)) ?? renderer;
      await throttle(page, { cpu });
      await page.waitForTimeout(300);
      const times: number[] = [];
      for (const wanted of o.script) {
        times.push(await page.evaluate(chooseAndTime, wanted));
        // A learner reads before choosing again: let saving and drawing settle.
        await page.waitForTimeout(100);
      }
      await page.locator('.ending-title').waitFor({ timeout: 10_000 });
      return times;
    } finally {
      await context.close();
    }
  };
  for (let i = 0; i < o.runs; i++) {
    for (const condition of i % 2 ? [...o.conditions].reverse() : o.conditions) {
      const times = await playthrough(condition);
      samples.get(condition)!.push(times);
      o.log(
        `  run ${i + 1}/${o.runs}, CPU ${condition.cpu}×${condition.visual ? '' : ', visual layer off'}: ` +
          `p95 ${round(percentile(times, 95), 1)} ms over ${times.length} choices`,
      );
    }
  }
  return {
    scenario: o.scenario,
    path: o.pathName,
    decisions: o.script.length,
    renderer,
    variants: o.conditions.map((condition) => {
      const runs = samples.get(condition)!;
      const pooled = runs.flat();
      const p95s = runs.map((r) => percentile(r, 95));
      return {
        ...condition,
        p95Ms: p95s.map((x) => round(x, 1)),
        medianP95Ms: round(median(p95s), 1),
        pooledMedianMs: round(median(pooled), 1),
        pooledP95Ms: round(percentile(pooled, 95), 1),
        maxMs: round(Math.max(...pooled), 1),
        choices: pooled.length,
      };
    }),
  };
}
