/**
 * Layout that follows the space, not the screen: at projector, laptop and phone sizes and
 * at the app's text sizes, nothing scrolls sideways, the story keeps at least 45 characters
 * a line wherever the window can hold that many (and the map goes below it where it cannot),
 * the first passage starts below the pinned header, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE,
  SAMPLE_BEST,
  axeViolations,
  chooseAll,
  goToView,
  onDecision,
  onEnding,
  onView,
  scenarioTitle,
  startScenario,
  useBrowser,
} from './harness.ts';

const h = useBrowser();

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 375, height: 812 },
] as const;
const TEXT_SIZES = [
  ['100', 'Standard (100%)'],
  ['150', 'Large (150%)'],
  ['200', 'Largest (200%)'],
] as const;
const FIRST = 'child-t';

async function setTextSize(page: Page, label: string, size: string): Promise<void> {
  await goToView(page, '#/settings', 'Settings');
  await page.getByLabel(label, { exact: true }).check();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.textSize)).toBe(size);
}

/** How far the page is wider than its window (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The story column's width, and the width of 45 characters ("0") in its font. */
const storyMeasure = (page: Page) =>
  page.evaluate(() => {
    const log = document.querySelector<HTMLElement>('.story-log')!;
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(45);
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    log.append(probe);
    const chars45 = probe.getBoundingClientRect().width;
    probe.remove();
    const main = document.querySelector<HTMLElement>('main')!;
    const style = getComputedStyle(main);
    const mainContent = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const player = document.querySelector<HTMLElement>('.player')!;
    const columns = getComputedStyle(player).gridTemplateColumns.trim().split(/\s+/).length;
    return { story: log.getBoundingClientRect().width, chars45, mainContent, sideBySide: columns > 1 };
  });

/** The first passage's top and the pinned header's bottom, in the window. */
const firstPassage = (page: Page) =>
  page.evaluate(() => {
    const beat = document.querySelector<HTMLElement>('.story-log .beat')!;
    const header = document.querySelector<HTMLElement>('.player-header')!;
    return {
      passageTop: beat.getBoundingClientRect().top,
      headerBottom: header.getBoundingClientRect().bottom,
      focused: document.activeElement === beat,
    };
  });

describe.each(TEXT_SIZES)('at text size %s%%', (size, label) => {
  it('nothing scrolls sideways, the story keeps 45 characters beside the map, and the first passage is in view', async () => {
    const { page, errors } = await h.open('#/');
    await page.setViewportSize(VIEWPORTS[1]);
    await setTextSize(page, label, size);
    // A scenario just started (its first passage) and the sample played to its ending.
    await startScenario(page, FIRST);
    await startScenario(page, 'sample');
    await chooseAll(page, SAMPLE_BEST);
    await onEnding(page);

    const screens: [hash: string, heading: string][] = [
      ['#/', 'Choose a scenario'],
      [`#/play/${FIRST}`, scenarioTitle(FIRST)],
      ['#/debrief/sample', `Debrief: ${SAMPLE.title}`],
      ['#/my-data', 'Your results and data'],
      ['#/dashboard', 'Partnership dashboard'],
    ];
    const viewports = size === '100' ? [...VIEWPORTS, { width: 320, height: 640 }] : VIEWPORTS;
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      const at = `${viewport.width}×${viewport.height} at ${size}%`;
      for (const [hash, heading] of screens) {
        await goToView(page, '#/', 'Choose a scenario');
        await goToView(page, hash, heading);
        if (hash.startsWith('#/play/')) {
          await onDecision(page);
          const m = await storyMeasure(page);
          if (m.sideBySide) expect(m.story, `story beside the map, ${at}`).toBeGreaterThanOrEqual(m.chars45 - 1);
          // Where 45 characters cannot fit beside the map, the story takes the whole width.
          else expect(m.story, `story alone, ${at}`).toBeGreaterThanOrEqual(Math.min(m.chars45, m.mainContent) - 1);
          await expect
            .poll(() => firstPassage(page).then((p) => p.focused), { message: `first passage focused, ${at}` })
            .toBe(true);
          const p = await firstPassage(page);
          expect(p.passageTop, `first passage below the header, ${at}`).toBeGreaterThanOrEqual(p.headerBottom - 1);
        }
        expect(await sidewaysOverflow(page), `${hash} ${at}`).toBeLessThanOrEqual(0);
        if (viewport.width === 1366 || viewport.width === 375) {
          expect(await axeViolations(page), `axe on ${hash} ${at}`).toEqual([]);
        }
      }
    }
    await onView(page, 'Partnership dashboard');
    expect(errors).toEqual([]);
  });
});
