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
import { longestTaskBetween, startMainThreadTrace, stopMainThreadTrace } from './main-thread-tasks.ts';
import { median, percentile, round } from './stats.ts';

const CLICK_MARK = 'bench:choice';
const PAINT_MARK = 'bench:painted';
/** How long after a passage is painted its choice's work is looked for (if the next choice comes later). */
const AFTER_WINDOW_MS = 1000;

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
  /**
   * The main thread's longest task from the click to the frame that paints the next
   * passage (the text waits for it), p95 and max over every choice of every run.
   */
  longestTaskToTextP95Ms?: number;
  longestTaskToTextMaxMs?: number;
  /** The longest task after that frame, until the next choice (the drawing catching up). */
  longestTaskAfterTextP95Ms?: number;
  longestTaskAfterTextMaxMs?: number;
}

interface ChoiceSample {
  ms: number;
  longestToText: number;
  longestAfterText: number;
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
        channel.port1.onmessage = () => {
          performance.mark('bench:painted');
          resolve(performance.now() - start);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(log, { childList: true });
    performance.mark('bench:choice');
    const start = performance.now();
    matches[0]!.click();
  });
}

export async function measureNextText(o: NextTextOptions): Promise<NextTextResult> {
  let renderer: string | null = null;
  const samples = new Map<NextTextCondition, ChoiceSample[][]>(o.conditions.map((c) => [c, []]));
  const playthrough = async ({ cpu, visual }: NextTextCondition): Promise<ChoiceSample[]> => {
    const context = await newContext(o.browser);
    try {
      const page = await startScenario(context, o.base, o.scenario, visual ? '' : '?visual=off');
      if (visual) renderer = (await drawingRenderer(page)) ?? renderer;
      await throttle(page, { cpu });
      await page.waitForTimeout(300);
      const times: number[] = [];
      await startMainThreadTrace(o.browser, page);
      for (const wanted of o.script) {
        times.push(await page.evaluate(chooseAndTime, wanted));
        // A learner reads before choosing again: let saving and drawing settle.
        await page.waitForTimeout(100);
      }
      await page.locator('.ending-title').waitFor({ timeout: 10_000 });
      const trace = await stopMainThreadTrace(o.browser, [CLICK_MARK, PAINT_MARK]);
      const clicks = trace.marks.get(CLICK_MARK) ?? [];
      const paints = trace.marks.get(PAINT_MARK) ?? [];
      if (clicks.length !== times.length || paints.length !== times.length) {
        throw new Error(
          `the trace holds ${clicks.length} clicks and ${paints.length} paints for ${times.length} choices`,
        );
      }
      return times.map((ms, i) => ({
        ms,
        longestToText: longestTaskBetween(trace, clicks[i]!, paints[i]!),
        longestAfterText: longestTaskBetween(
          trace,
          paints[i]!,
          Math.min(clicks[i + 1] ?? Infinity, paints[i]! + AFTER_WINDOW_MS * 1000),
        ),
      }));
    } finally {
      await context.close();
    }
  };
  for (let i = 0; i < o.runs; i++) {
    for (const condition of i % 2 ? [...o.conditions].reverse() : o.conditions) {
      const run = await playthrough(condition);
      samples.get(condition)!.push(run);
      o.log(
        `  run ${i + 1}/${o.runs}, CPU ${condition.cpu}×${condition.visual ? '' : ', visual layer off'}: ` +
          `p95 ${round(
            percentile(
              run.map((c) => c.ms),
              95,
            ),
            1,
          )} ms over ${run.length} choices; longest task ` +
          `to the text ${round(Math.max(...run.map((c) => c.longestToText)), 1)} ms, ` +
          `after it ${round(Math.max(...run.map((c) => c.longestAfterText)), 1)} ms`,
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
      const pooled = runs.flat().map((c) => c.ms);
      const p95s = runs.map((r) =>
        percentile(
          r.map((c) => c.ms),
          95,
        ),
      );
      const toText = runs.flat().map((c) => c.longestToText);
      const afterText = runs.flat().map((c) => c.longestAfterText);
      return {
        ...condition,
        p95Ms: p95s.map((x) => round(x, 1)),
        medianP95Ms: round(median(p95s), 1),
        pooledMedianMs: round(median(pooled), 1),
        pooledP95Ms: round(percentile(pooled, 95), 1),
        maxMs: round(Math.max(...pooled), 1),
        choices: pooled.length,
        longestTaskToTextP95Ms: round(percentile(toText, 95), 1),
        longestTaskToTextMaxMs: round(Math.max(...toText), 1),
        longestTaskAfterTextP95Ms: round(percentile(afterText, 95), 1),
        longestTaskAfterTextMaxMs: round(Math.max(...afterText), 1),
      };
    }),
  };
}
