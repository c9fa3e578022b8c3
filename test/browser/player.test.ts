import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage } from './chromium.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
});

async function pressUntilFocused(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function currentOptions(page: Page): Promise<string[]> {
  return page.locator('.choice .choice-text').allTextContents();
}

/** Opens the sample's briefing and starts it, keyboard only. */
async function startSampleWithKeyboard(page: Page): Promise<void> {
  await page.locator('h1', { hasText: 'Choose a scenario' }).waitFor();
  await pressUntilFocused(page, 'button[aria-describedby="scenario-sample"]');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Sample: Missed checks' }).waitFor();
  await pressUntilFocused(page, 'form.start-form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Before you start' }).waitFor();
  await pressUntilFocused(page, 'form.before-play button[type=submit]', 60);
  await page.keyboard.press('Enter');
  await page.locator('.choice').first().waitFor();
}

async function chooseByKey(page: Page, optionText: string): Promise<void> {
  const options = await currentOptions(page);
  const index = options.findIndex((o) => o.includes(optionText));
  expect(index, `"${optionText}" among ${JSON.stringify(options)}`).toBeGreaterThanOrEqual(0);
  const before = await page.locator('.choice-made').count();
  await page.keyboard.press(String(index + 1));
  await expect.poll(() => page.locator('.choice-made').count()).toBe(before + 1);
}

describe('the sample scenario in the player', () => {
  it('plays to an ending with the keyboard only', async () => {
    const { page, errors } = await openPage(context);
    await startSampleWithKeyboard(page);
    await expect.poll(() => page.locator('.role').textContent()).toContain('Health visitor');
    await expect.poll(() => page.locator('.episode').textContent()).toBe('Episode 1 of 3: Missed checks');
    await chooseByKey(page, 'Call the GP practice');
    // Focus moves to the new passage, which is what a screen reader reads next.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('beat'))).toBe(true);
    await expect.poll(() => page.locator('.feedback').last().textContent()).toContain('immunisation record');
    await chooseByKey(page, 'Ask the nursery');
    await chooseByKey(page, 'Ask to see Mia');
    await chooseByKey(page, 'Set out what you found');
    await expect.poll(() => page.locator('.ending-title').textContent()).toBe('Ending: The risk was seen and acted on');
    await pressUntilFocused(page, '.choices button.primary');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Debrief' }).waitFor();
    const rows = await page.locator('.lp-table tbody tr td:nth-child(2)').allTextContents();
    expect(rows).toEqual(['Met', 'Met', 'Met']);
    expect(errors).toEqual([]);
  });

  it('resumes at the same decision, with the same text and score, after a reload', async () => {
    const { page } = await openPage(context);
    await startSampleWithKeyboard(page);
    await chooseByKey(page, 'Call the GP practice');
    await chooseByKey(page, 'Go ahead with the home visit');
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Progress saved');
    const optionsBefore = await currentOptions(page);
    const logBefore = await page.locator('.story-log').textContent();
    expect(page.url()).toContain('#/play/sample');
    await page.reload();
    await page.locator('.choice').first().waitFor();
    expect(await currentOptions(page)).toEqual(optionsBefore);
    expect(await page.locator('.story-log').textContent()).toBe(logBefore);

    // Closing the tab and coming back through the menu offers "continue".
    await page.close();
    const { page: again } = await openPage(context);
    await again.getByRole('button', { name: /Continue or restart/ }).click();
    await again.getByRole('button', { name: 'Continue where you left off' }).click();
    await again.locator('.choice').first().waitFor();
    expect(await currentOptions(again)).toEqual(optionsBefore);
    await chooseByKey(again, 'Ask to see Mia');
    await chooseByKey(again, 'Set out what you found');
    await again.getByRole('button', { name: 'See your debrief' }).click();
    await again.locator('h1', { hasText: 'Debrief' }).waitFor();
    // GP asked (+1) but not the nursery: the learning point is partly met, the others met.
    expect(await again.locator('.lp-table tbody tr td:nth-child(2)').allTextContents()).toEqual([
      'Partly met',
      'Met',
      'Met',
    ]);
  });

  it('keeps a corrupt save aside, says so clearly, and still starts', async () => {
    const { page, errors } = await openPage(context);
    await page.locator('h1', { hasText: 'Choose a scenario' }).waitFor();
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
    await page.goto(page.url().replace(/#.*$/, '#/play/sample'));
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
    await page.getByRole('button', { name: 'Skip all of this and start' }).click();
    await page.locator('.choice').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('has no axe-core violations on the menu, the briefing, the player and the results', async () => {
    const { page } = await openPage(context);
    await page.locator('h1', { hasText: 'Choose a scenario' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /Open scenario/ })
      .first()
      .click();
    await page.locator('form.start-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(page.url().replace(/#.*$/, '#/scenario/sample'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('form.before-play').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skip all of this and start' }).click();
    await page.locator('.choice').first().waitFor();
    await chooseByKey(page, 'Call the GP practice');
    expect(await axeViolations(page)).toEqual([]);
  });
});
