import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE, axeViolations, goToView, onView, pressUntilFocused, useBrowser } from './harness.ts';

const h = useBrowser();

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const rootData = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

describe('settings', () => {
  it('are reached from the header, changed with the keyboard, applied at once and kept after a reload', async () => {
    const { page, errors } = await h.open('#/');
    await onView(page, 'Choose a scenario');
    expect(await rootFontSize(page)).toBe('16px');

    await pressUntilFocused(page, 'a[href="#/settings"]');
    await page.keyboard.press('Enter');
    await onView(page, 'Settings');
    const status = page.locator('.settings-status');

    // Text size: radio buttons move with the arrow keys and apply as they move.
    await pressUntilFocused(page, 'input[name="text-size"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rootFontSize(page)).toBe('24px');
    await expect.poll(() => status.textContent()).toContain('Text size 150%. Saved in this browser.');

    await pressUntilFocused(page, '#setting-highContrast');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await rootData(page)).contrast).toBe('high');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

    await pressUntilFocused(page, '#setting-reducedMotion');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await rootData(page)).motion).toBe('reduced');

    await pressUntilFocused(page, '#setting-sound');
    await page.keyboard.press('Space');
    await pressUntilFocused(page, '#setting-volume');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => status.textContent()).toContain('Volume 40%.');
    expect(await page.locator('#setting-volume').getAttribute('aria-valuetext')).toBe('40%');

    await page.getByLabel('Assessment', { exact: true }).check();
    await expect.poll(() => status.textContent()).toContain('assessment mode');

    await page.reload();
    await onView(page, 'Settings');
    // Applied at boot, before the page is drawn.
    expect(await rootFontSize(page)).toBe('24px');
    expect(await rootData(page)).toMatchObject({ contrast: 'high', motion: 'reduced', textSize: '150' });
    expect(await page.getByLabel('Large (150%)', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('High contrast', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Reduce motion', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Play sound cues', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Show illustrations', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#setting-volume').inputValue()).toBe('40');

    // The default feedback mode is what the briefing offers.
    await goToView(page, '#/scenario/sample', SAMPLE.title);
    await page.locator('form.start-form').waitFor();
    expect(await page.locator('#mode-assessment').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('honour the system setting for reduced motion', async () => {
    const { page } = await h.open('#/settings');
    await onView(page, 'Settings');
    expect((await rootData(page)).motion).toBe('full');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(async () => (await rootData(page)).motion).toBe('reduced');
    await page.reload();
    await onView(page, 'Settings');
    expect(await page.locator('#setting-reducedMotion-hint').textContent()).toContain(
      'Your device is set to reduce motion',
    );
  });

  it('has no axe-core violations, in either contrast and at the largest text size', async () => {
    const { page } = await h.open('#/settings');
    await onView(page, 'Settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('High contrast', { exact: true }).check();
    await page.getByLabel('Largest (200%)', { exact: true }).check();
    await expect.poll(() => rootFontSize(page)).toBe('32px');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is cut off sideways at 200% (no horizontal scrolling in a normal window).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
