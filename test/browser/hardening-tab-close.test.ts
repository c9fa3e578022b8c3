/**
 * The tab is closed at random points of 50 scripted sessions (the sample and a real
 * scenario): each reopens at its last completed decision — the same options, the same story
 * so far — and, played on to its ending, gives the debrief the engine computes for the same
 * choices. Some tabs are closed straight after a click, before its save can finish: those
 * reopen at the decision before the click or the one after it, never anywhere else.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SavedSession, Session } from '../../src/engine/session.ts';
import { compiledScenario } from '../engine/fixtures.ts';
import { onView, openPage, scenarioTitle, useBrowser } from './harness.ts';
import {
  type PlayerState,
  chooseInPage,
  playerState,
  readRecord,
  seededRandom,
  startScenario,
  waitForSaved,
} from './hardening-support.ts';

/** Longest number of choices to make before closing, per scenario (about a full path). */
const SCENARIOS = { sample: 4, 'child-t': 30 } as const;
type ScenarioId = keyof typeof SCENARIOS;
const SESSIONS = 50;

interface Plan {
  n: number;
  id: ScenarioId;
  /** Choices to make before the tab is closed. */
  choices: number;
  /** Close straight after one more click, without waiting for its save. */
  awkward: boolean;
  seed: number;
}

const plans: Plan[] = (() => {
  const random = seededRandom(20_261_111);
  const ids = Object.keys(SCENARIOS) as ScenarioId[];
  return Array.from({ length: SESSIONS }, (_, n) => {
    const id = ids[n % ids.length]!;
    return {
      n,
      id,
      choices: Math.floor(random() * (SCENARIOS[id] + 1)),
      awkward: n % 3 === 2,
      seed: Math.floor(random() * 2 ** 31),
    };
  });
})();

const STATUS_TEXT = { met: 'Met', partly: 'Partly met', missed: 'Missed' } as const;

interface Debrief {
  learningPoints: [string | null, string, number][];
  themes: [string, string][];
}

/** What the debrief should show for this path, computed by the engine in Node. */
function expectedDebrief(id: ScenarioId, seed: number, path: string[]): Debrief {
  const scenario = compiledScenario(`stories/${id}`);
  const session = Session.start(scenario, { seed });
  for (const [step, text] of path.entries()) {
    const option = session.current.options.find((o) => o.text === text);
    if (!option) throw new Error(`step ${step + 1}: "${text}" is not on offer in Node`);
    session.choose(option.index);
  }
  return {
    learningPoints: session.ledger
      .results()
      .map((r) => [r.id, STATUS_TEXT[r.status], r.entries.length] as [string, string, number]),
    themes: session.ledger.themes(scenario.meta.themes).map((t) => [t.title, `${t.score} of ${t.max}`]),
  };
}

function shownDebrief(page: Page): Promise<Debrief> {
  return page.evaluate(() => ({
    learningPoints: [...document.querySelectorAll('.lp-table tbody tr')].map(
      (tr) =>
        [
          tr.getAttribute('data-lp'),
          tr.querySelector('td')?.textContent ?? '',
          tr.querySelectorAll('td:nth-of-type(2) li').length,
        ] as [string | null, string, number],
    ),
    themes: [...document.querySelectorAll('.theme-table tbody tr')].map(
      (tr) =>
        [tr.querySelector('th')?.textContent ?? '', /\((\d+ of \d+)\)/.exec(tr.textContent ?? '')?.[1] ?? ''] as [
          string,
          string,
        ],
    ),
  }));
}

/**
 * Clicks one option (picked by `draw` among the options in the story's order) and reads the
 * player at once, in the same task: nothing has been saved yet.
 */
function clickAndRead(page: Page, draw: number): Promise<{ chosen: string; state: PlayerState }> {
  return page.evaluate((draw) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.choice-list button.choice')].sort(
      (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
    );
    const button = buttons[Math.floor(draw * buttons.length)]!;
    const chosen = button.querySelector('.choice-text')?.textContent ?? '';
    button.click();
    return {
      chosen,
      state: {
        options: [...document.querySelectorAll('.choice-list .choice .choice-text')].map((e) => e.textContent ?? ''),
        log: document.querySelector('.story-log')?.textContent ?? '',
        choicesMade: document.querySelectorAll('.story-log .choice-made').length,
        ended: !!document.querySelector('.choices button.primary') && !document.querySelector('.choice-list'),
      },
    };
  }, draw);
}

// Each session in its own browser context (its own IndexedDB), one browser for all.
// A narrow window: the illustrations stay off, so the run is about saving, not drawing.
const h = useBrowser({ context: { viewport: { width: 540, height: 900 } } });

/** One session: play, close the tab, reopen, check, then play on to the debrief and check the scores. */
async function closeAndReopen(plan: Plan): Promise<void> {
  const random = seededRandom(plan.seed);
  const draws = (n: number) => Array.from({ length: n }, random);

  const { page, errors } = await h.open('#/');
  await onView(page, 'Choose a scenario');
  await startScenario(page, plan.id);
  const before = await chooseInPage(page, draws(plan.choices));
  await waitForSaved(page);
  const saved = await playerState(page);
  expect(saved.choicesMade).toBe(before.length);

  let click: { chosen: string; state: PlayerState } | null = null;
  if (plan.awkward && !saved.ended) click = await clickAndRead(page, random());
  await page.close();

  const reopenedPage = await openPage(h.context, `#/play/${plan.id}`);
  const again = reopenedPage.page;
  // The player (or, closed before any choice was saved, the briefing): both are headed by the title.
  await onView(again, scenarioTitle(plan.id));
  const reopened = await playerState(again);
  // Closed straight after a click, either save may be the last one completed.
  const clickKept = click !== null && reopened.choicesMade === click.state.choicesMade;
  expect(reopened).toEqual(clickKept ? click!.state : saved);

  const path = [...before, ...(clickKept ? [click!.chosen] : []), ...(await chooseInPage(again, draws(300)))];
  expect((await playerState(again)).ended).toBe(true);
  const record = (await readRecord(again, `save:${plan.id}`)) as SavedSession;
  expect(record.storyHash, 'the build is older than the stories: rebuild it').toBe(
    compiledScenario(`stories/${plan.id}`).storyHash,
  );
  expect(record.choices.map((c) => c.text)).toEqual(path);

  await again.getByRole('button', { name: 'See your debrief', exact: true }).click();
  await onView(again, `Debrief: ${scenarioTitle(plan.id)}`);
  await again.locator('.debrief .lp-table').waitFor();
  expect(await shownDebrief(again)).toEqual(expectedDebrief(plan.id, record.seed, path));
  expect([...errors, ...reopenedPage.errors]).toEqual([]);
}

describe('closing the tab at random points of 50 sessions', () => {
  it.each(plans)('session $n: $id, closed after $choices choice(s) (straight after a click: $awkward)', (plan) =>
    closeAndReopen(plan),
  );

  it('covers both scenarios, closes at the start, mid-way and straight after clicks', () => {
    expect(new Set(plans.map((p) => p.id))).toEqual(new Set(Object.keys(SCENARIOS)));
    expect(plans.some((p) => p.choices === 0)).toBe(true);
    expect(plans.filter((p) => p.awkward).length).toBeGreaterThanOrEqual(15);
    expect(plans.filter((p) => p.id === 'child-t' && p.choices >= 10).length).toBeGreaterThan(5);
  });
});
