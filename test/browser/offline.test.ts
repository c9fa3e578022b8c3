/**
 * Working offline, with the service worker the build generates: after one visit the app
 * says it is ready, and with the network gone a reload still opens it and plays a scenario
 * never opened before to its debrief, with the visual layer; a newer build is offered
 * without interrupting play, and reloading carries the play on; an LMS launch registers no
 * service worker. The build is served from a copy, so a test can put a newer one in place.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE,
  SAMPLE_BEST,
  axeViolations,
  choose,
  chooseAll,
  onDecision,
  onEnding,
  onView,
  openPage,
  startScenario,
  useBrowser,
} from './harness.ts';
import { type StaticServer, startStaticServer } from '../../tools/lib/static-server.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const MENU = 'Choose a scenario';
const READY = 'Ready to work offline';
const NEWER = 'A newer version of the simulator is ready';

const h = useBrowser({ context: { serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } } });
let root = '';
let site: StaticServer;
let swSource = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'offline-site-'));
  cpSync(DIST, root, { recursive: true });
  swSource = readFileSync(path.join(root, 'sw.js'), 'utf8');
  site = await startStaticServer(root);
});

afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const offlineStatus = (page: Page) => page.locator('.offline-status').textContent();

/** Opens the menu on a first visit and waits until the page says it works offline. */
async function firstVisit(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(h.context, null);
  await opened.page.goto(`${site.url}#/`);
  await onView(opened.page, MENU);
  await expect.poll(() => offlineStatus(opened.page)).toContain(READY);
  return opened;
}

const choicesMade = (page: Page) => page.locator('.story-log .choice-made').count();

describe('offline', () => {
  it('after one visit, opens without a network and plays a scenario never opened before, with the visual layer', async () => {
    const { page, errors } = await firstVisit();
    expect(await axeViolations(page)).toEqual([]);
    await h.context.setOffline(true);
    await page.reload();
    await onView(page, MENU);
    await startScenario(page, 'sample');
    await page.locator('.visual-canvas[data-renderer] canvas').waitFor();
    await chooseAll(page, SAMPLE_BEST);
    await onEnding(page);
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(page, `Debrief: ${SAMPLE.title}`);
    // Said once, on the visit that set it up: not again.
    expect(await offlineStatus(page)).toBe('');
    expect(errors).toEqual([]);
  });

  it('offers a newer build without interrupting play, and reloading carries the play on', async () => {
    const { page, errors } = await firstVisit();
    await page.reload(); // now controlled by the service worker, as on any later visit
    await onView(page, MENU);
    await startScenario(page, 'sample');
    await choose(page, SAMPLE_BEST[0]);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    try {
      appendFileSync(path.join(root, 'sw.js'), '\n// a newer build\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect.poll(() => offlineStatus(page)).toContain(NEWER);
      // Still the same page, at the same decision: nothing was reloaded for the learner.
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await choicesMade(page)).toBe(1);
      await onDecision(page);

      await page.getByRole('button', { name: 'Reload now', exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument ?? false))
        .toBe(false);
      await onDecision(page);
      expect(await choicesMade(page)).toBe(1);
    } finally {
      writeFileSync(path.join(root, 'sw.js'), swSource);
    }
    expect(errors).toEqual([]);
  });

  it('registers no service worker in an LMS launch', async () => {
    const { page } = await openPage(h.context, null);
    await page.goto(`${site.url}index.html?scorm=12&scenario=sample`);
    await onView(page, SAMPLE.title);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.offline)).toBe('off');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.locator('.offline-status').count()).toBe(0);
  });
});
