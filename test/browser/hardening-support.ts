/**
 * Shared by the hardening tests: a seeded random generator (so every run replays the same
 * cases), starting a scenario in the page, and reading the app's IndexedDB records directly.
 */
import type { Page } from 'playwright-core';
import { seededRandom } from '../../src/engine/seeded-random.ts';
import { startScenario } from './harness.ts';

export { seededRandom, startScenario };

export const DB_NAME = 'safeguarding-simulator';
export const DATA_STORE = 'data';

/** One record of the app's data store, read with IndexedDB itself (not through the app). */
export function readRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    ({ db, store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { db: DB_NAME, store: DATA_STORE, key },
  );
}

/** Waits until the save status reports the latest choice stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('.save-status.saved', { hasText: 'Progress saved' }).waitFor();
}

export interface PlayerState {
  options: string[];
  log: string;
  choicesMade: number;
  ended: boolean;
}

/** What the player shows: the options on offer, the story log and how many choices it lists. */
export function playerState(page: Page): Promise<PlayerState> {
  return page.evaluate(() => ({
    options: [...document.querySelectorAll('.choice-list .choice .choice-text')].map((e) => e.textContent ?? ''),
    log: document.querySelector('.story-log')?.textContent ?? '',
    choicesMade: document.querySelectorAll('.story-log .choice-made').length,
    ended: !!document.querySelector('.choices button.primary') && !document.querySelector('.choice-list'),
  }));
}

/**
 * Makes choices in the page, one per number in `draws` (each in [0, 1) picks among the
 * options on offer, taken in the story's order, not the shuffled order on screen, so that
 * the same draws make the same choices in every session), stopping at the ending. Returns
 * the texts chosen.
 */
export function chooseInPage(page: Page, draws: number[]): Promise<string[]> {
  return page.evaluate(async (draws) => {
    const chosen: string[] = [];
    for (const r of draws) {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.choice-list button.choice')].sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      );
      if (!buttons.length) break;
      const button = buttons[Math.floor(r * buttons.length)]!;
      chosen.push(button.querySelector('.choice-text')?.textContent ?? '');
      const made = document.querySelectorAll('.story-log .choice-made').length;
      button.click();
      // Wait until the player has logged this choice, so that the page's own work (saving,
      // the visual layer) interleaves as it would between a learner's clicks.
      const logged = () => document.querySelectorAll('.story-log .choice-made').length > made;
      if (!logged()) {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!logged()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      }
    }
    return chosen;
  }, draws);
}
