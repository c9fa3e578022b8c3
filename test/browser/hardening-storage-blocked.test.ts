/**
 * IndexedDB unavailable, as when a browser's settings or a private window refuse site data:
 * the app still plays to the debrief, warns that progress will not be kept and says how to
 * fix it, and the player says that progress is not being kept.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium } from './chromium.ts';
import { startScenario } from './hardening-support.ts';

const BLOCKS = {
  'throws on access': () => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  },
  'is missing': () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  },
  'refuses to open': () => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('Access to the IndexedDB API is denied in this context.', 'InvalidStateError');
    };
  },
};

const SAMPLE_BEST = ['Call the GP practice', 'Ask the nursery', 'Ask to see Mia', 'Set out what you found'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await context.close();
});

describe('when the browser blocks IndexedDB', () => {
  it.each(Object.entries(BLOCKS))('IndexedDB %s: the sample plays to its debrief with a warning', async (_, block) => {
    context = await browser.newContext({ viewport: { width: 540, height: 900 } });
    await context.addInitScript(block);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${baseUrl()}#/`);
    await page.locator('h1', { hasText: 'Choose a scenario' }).waitFor();

    const notice = page.locator('#storage-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    const warning = await notice.textContent();
    expect(warning).toContain('your progress will not be kept');
    expect(warning).toMatch(/To fix it, allow site data for this page .* and reload\./);

    await startScenario(page, 'sample');
    expect(await page.locator('.save-status').textContent()).toBe('Progress is not being kept in this browser');
    for (const text of SAMPLE_BEST) {
      const before = await page.locator('.choice-made').count();
      await page.locator('.choice-list .choice', { hasText: text }).click();
      await expect.poll(() => page.locator('.choice-made').count()).toBe(before + 1);
    }
    expect(await page.locator('.save-status').textContent()).toBe('Progress is not being kept in this browser');
    await expect.poll(() => page.locator('.ending-title').textContent()).toBe('Ending: The risk was seen and acted on');
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.locator('h1', { hasText: 'Debrief' }).waitFor();
    expect(await page.locator('.lp-table tbody tr td:nth-child(2)').allTextContents()).toEqual(['Met', 'Met', 'Met']);
    // The warning stays in view for as long as the page is open.
    expect(await notice.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
