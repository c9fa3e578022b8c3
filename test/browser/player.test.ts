import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE,
  axeViolations,
  baseUrl,
  chooseByKey,
  goToView,
  onDecision,
  onView,
  pressUntilFocused,
  shownOptions,
  useBrowser,
} from './harness.ts';

const h = useBrowser();

const MENU = 'Choose a scenario';
const BEFORE = `Before you start: ${SAMPLE.title}`;
const DEBRIEF = `Debrief: ${SAMPLE.title}`;

/** The sample's card on the menu. */
const sampleCard = (page: Page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SAMPLE.title, exact: true }) });

/** Opens the sample's briefing and starts it, keyboard only. */
async function startSampleWithKeyboard(page: Page): Promise<void> {
  await onView(page, MENU);
  await pressUntilFocused(page, 'button[aria-describedby="scenario-sample"]');
  await page.keyboard.press('Enter');
  await onView(page, SAMPLE.title);
  await pressUntilFocused(page, 'form.start-form button[type=submit]');
  await page.keyboard.press('Enter');
  await onView(page, BEFORE);
  await pressUntilFocused(page, 'form.before-play button[type=submit]', 60);
  await page.keyboard.press('Enter');
  await onDecision(page);
}

describe('the sample scenario in the player', () => {
  it('plays to an ending with the keyboard only', async () => {
    const { page, errors } = await h.open();
    await startSampleWithKeyboard(page);
    await expect.poll(() => page.locator('.role').textContent()).toContain('Health visitor');
    await expect.poll(() => page.locator('.episode').textContent()).toBe('Episode 1 of 3: Missed checks');
    await chooseByKey(page, SAMPLE.gp);
    // Focus moves to the new passage, which is what a screen reader reads next.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('beat'))).toBe(true);
    await expect.poll(() => page.locator('.feedback').last().textContent()).toContain('immunisation record');
    await chooseByKey(page, SAMPLE.nursery);
    await chooseByKey(page, SAMPLE.seeMia);
    await chooseByKey(page, SAMPLE.strategyWithBoth);
    await expect.poll(() => page.locator('.ending-title').textContent()).toBe('Ending: The risk was seen and acted on');
    await pressUntilFocused(page, '.choices button.primary');
    await page.keyboard.press('Enter');
    await onView(page, DEBRIEF);
    const rows = await page.locator('.lp-table tbody tr td:nth-child(2)').allTextContents();
    expect(rows).toEqual(['Met', 'Met', 'Met']);
    expect(errors).toEqual([]);
  });

  it('resumes at the same decision, with the same text and score, after a reload', async () => {
    const { page } = await h.open();
    await startSampleWithKeyboard(page);
    await chooseByKey(page, SAMPLE.gp);
    await chooseByKey(page, SAMPLE.visitNow);
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Progress saved');
    const optionsBefore = await shownOptions(page);
    const logBefore = await page.locator('.story-log').textContent();
    expect(page.url()).toContain('#/play/sample');
    await page.reload();
    await onDecision(page);
    expect(await shownOptions(page)).toEqual(optionsBefore);
    expect(await page.locator('.story-log').textContent()).toBe(logBefore);

    // Closing the tab and coming back through the menu offers "continue".
    await page.close();
    const { page: again } = await h.open();
    await onView(again, MENU);
    await sampleCard(again).getByRole('button', { name: 'Continue or restart', exact: true }).click();
    await onView(again, SAMPLE.title);
    await again.getByRole('button', { name: 'Continue where you left off', exact: true }).click();
    await onDecision(again);
    expect(await shownOptions(again)).toEqual(optionsBefore);
    await chooseByKey(again, SAMPLE.seeMia);
    await chooseByKey(again, SAMPLE.strategy);
    await again.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(again, DEBRIEF);
    // GP asked (+1) but not the nursery, so the act of putting their pieces together was never
    // open: asking others is missed (credits alone meet nothing), the other two are met.
    expect(await again.locator('.lp-table tbody tr td:nth-child(2)').allTextContents()).toEqual([
      'Missed',
      'Met',
      'Met',
    ]);
  });

  it('keeps a corrupt save aside, says so clearly, and still starts', async () => {
    const { page, errors } = await h.open();
    await onView(page, MENU);
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('safeguarding-simulator');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('data', 'readwrite');
          tx.objectStore('data').put(
            { v: 1, scenarioId: 'sample', seed: 'not-a-number', choices: 'garbage' },
            'save:sample',
          );
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    });
    // Reopen the page at the scenario, as a learner coming back to it would.
    await goToView(page, '#/play/sample', SAMPLE.title);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('kept aside, not deleted');
    const keys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('safeguarding-simulator');
          open.onsuccess = () => {
            const req = open.result.transaction('data').objectStore('data').getAllKeys();
            req.onsuccess = () => resolve(req.result.map(String));
          };
        }),
    );
    expect(keys.some((k) => k.startsWith('quarantine:') && k.endsWith(':save:sample'))).toBe(true);
    expect(keys).not.toContain('save:sample');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await onView(page, BEFORE);
    await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
    await onDecision(page);
    expect(errors).toEqual([]);
  });

  it('has no axe-core violations on the menu, the briefing, the player and the results', async () => {
    const { page } = await h.open();
    await onView(page, MENU);
    expect(await axeViolations(page)).toEqual([]);
    await sampleCard(page).getByRole('button', { name: 'Open scenario', exact: true }).click();
    await onView(page, SAMPLE.title);
    await page.locator('form.start-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await onView(page, BEFORE);
    await page.locator('form.before-play').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
    await onDecision(page);
    await chooseByKey(page, SAMPLE.gp);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('loading a scenario', () => {
  /**
   * Holds the entry script until released, noting each scenario chunk requested meanwhile:
   * what is requested while the entry is held was asked for by the page's head alone.
   */
  async function holdEntry(page: Page) {
    const whileHeld: string[] = [];
    let held = true;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop()!;
      if (held && /^(sample|child-[a-z0-9]+|children-[a-z0-9]+)-[\w-]+\.js$/.test(file)) whileHeld.push(file);
    });
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return {
      whileHeld,
      release: () => {
        held = false;
        release();
      },
    };
  }

  it('fetches the scenario of a play link with the entry script, not after it', async () => {
    const page = await h.context.newPage();
    const entry = await holdEntry(page);
    const chunkRequested = page.waitForRequest((r) => /\/assets\/sample-[\w-]+\.js$/.test(r.url()));
    await page.goto(`${baseUrl()}#/play/sample`, { waitUntil: 'commit' });
    await chunkRequested;
    expect(entry.whileHeld).toEqual([expect.stringMatching(/^sample-/)]);
    entry.release();
    // Nothing saved yet: the play link opens the briefing, which the preloaded chunk fills.
    await onView(page, SAMPLE.title);
  });

  it('fetches no scenario before the entry script for the menu', async () => {
    const page = await h.context.newPage();
    const entry = await holdEntry(page);
    // A script's load event fires once it has run; load events reach the document when captured.
    await page.addInitScript(() =>
      document.addEventListener(
        'load',
        (e) => {
          if (e.target instanceof HTMLScriptElement && /scenario-preload-/.test(e.target.src))
            (window as unknown as { preloadRan?: boolean }).preloadRan = true;
        },
        true,
      ),
    );
    await page.goto(`${baseUrl()}#/`, { waitUntil: 'commit' });
    // The head's preload script has run; the entry script is still held.
    await page.waitForFunction(() => (window as unknown as { preloadRan?: boolean }).preloadRan === true);
    expect(entry.whileHeld).toEqual([]);
    entry.release();
    await onView(page, MENU);
  });
});
