/**
 * Figure 4: resuming deep into a play. In the synthetic long scenario the learner makes
 * `depth` choices (the save then holds them all), then reloads the page; the time is from
 * navigation start to the frame that paints the current decision again, with every earlier
 * passage back in the story log (resume replays the saved choices). The HTTP cache is warm,
 * as for a learner who reloads; measured with and without a 4× CPU slowdown.
 */
import type { Browser } from 'playwright-core';
import { choiceTimes, installChoiceProbe, newContext, startScenario, throttle, waitForSaved } from './browser.ts';
import { median, round } from './stats.ts';

export interface ResumeResult {
  scenario: string;
  depth: number;
  variants: { cpu: number; ms: number[]; medianMs: number }[];
}

export interface ResumeOptions {
  browser: Browser;
  base: string;
  scenario: string;
  depth: number;
  runs: number;
  cpuRates: number[];
  log: (line: string) => void;
}

export async function measureResume(o: ResumeOptions): Promise<ResumeResult> {
  const context = await newContext(o.browser);
  const samples = new Map<number, number[]>(o.cpuRates.map((r) => [r, []]));
  try {
    const setup = await startScenario(context, o.base, o.scenario, '?visual=off');
    for (let i = 0; i < o.depth; i++) {
      // Options in turn, so the path is not the same choice over and over.
      const options = setup.locator('.choice');
      const before = await setup.locator('.choice-made').count();
      await options.nth(i % (await options.count())).click();
      await setup.locator('.choice-made').nth(before).waitFor();
    }
    await waitForSaved(setup);
    await setup.close();

    const reload = async (cpu: number): Promise<number> => {
      const page = await context.newPage();
      try {
        await page.goto(`${o.base}#/play/${o.scenario}`);
        await page.locator('.choice').first().waitFor({ timeout: 60_000 });
        await throttle(page, { cpu });
        await installChoiceProbe(page);
        await page.reload({ waitUntil: 'commit' });
        const times = await choiceTimes(page);
        const made = await page.locator('.choice-made').count();
        if (made !== o.depth) throw new Error(`resumed with ${made} choices made, expected ${o.depth}`);
        return times.paintedAt;
      } finally {
        await page.close();
      }
    };
    await reload(1); // warm-up: fills the HTTP cache
    for (let i = 0; i < o.runs; i++) {
      for (const cpu of i % 2 ? [...o.cpuRates].reverse() : o.cpuRates) {
        samples.get(cpu)!.push(await reload(cpu));
      }
      o.log(
        `  run ${i + 1}/${o.runs}: ${o.cpuRates.map((c) => `CPU ${c}× ${round(samples.get(c)!.at(-1)!)} ms`).join(', ')}`,
      );
    }
  } finally {
    await context.close();
  }
  return {
    scenario: o.scenario,
    depth: o.depth,
    variants: o.cpuRates.map((cpu) => ({
      cpu,
      ms: samples.get(cpu)!.map((x) => round(x)),
      medianMs: round(median(samples.get(cpu)!)),
    })),
  };
}
