/**
 * IndexedDB unavailable, as when a browser's settings or a private window refuse site data:
 * the app still plays to the debrief, warns that progress will not be kept and says how to
 * fix it, and the player says that progress is not being kept.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE, SAMPLE_BEST, chooseAll, onEnding, onView, startScenario, useBrowser } from './harness.ts';

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

const h = useBrowser({ context: { viewport: { width: 540, height: 900 } } });

describe('when the browser blocks IndexedDB', () => {
  it.each(Object.entries(BLOCKS))('IndexedDB %s: the sample plays to its debrief with a warning', async (_, block) => {
    await h.context.addInitScript(block);
    const { page, errors } = await h.open('#/');
    await onView(page, 'Choose a scenario');

    const notice = page.locator('#storage-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    const warning = await notice.textContent();
    expect(warning).toContain('your progress will not be kept');
    expect(warning).toMatch(/To fix it, allow site data for this page .* and reload\./);

    await startScenario(page, 'sample');
    expect(await page.locator('.save-status').textContent()).toBe('Progress is not being kept in this browser');
    await chooseAll(page, SAMPLE_BEST);
    await onEnding(page);
    expect(await page.locator('.save-status').textContent()).toBe('Progress is not being kept in this browser');
    await expect.poll(() => page.locator('.ending-title').textContent()).toBe('Ending: The risk was seen and acted on');
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(page, `Debrief: ${SAMPLE.title}`);
    expect(await page.locator('.lp-table tbody tr td:nth-child(2)').allTextContents()).toEqual(['Met', 'Met', 'Met']);
    // The warning stays in view for as long as the page is open.
    expect(await notice.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
