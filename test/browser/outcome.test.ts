import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateResult } from '../../src/engine/result.ts';
import { resultsFromCsv } from '../../src/engine/result-csv.ts';
import { launchChromium, openPage } from './chromium.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true });
});
afterEach(async () => {
  await context.close();
});

async function choose(page: Page, text: string): Promise<void> {
  const before = await page.locator('.choice-made').count();
  await page.locator('.choice', { hasText: text }).click();
  await expect.poll(() => page.locator('.choice-made').count()).toBe(before + 1);
}

async function openBefore(page: Page, mode: 'reflect' | 'assessment'): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/scenario/sample'));
  await page.getByLabel(mode === 'reflect' ? 'Reflect as you go' : 'Assessment').check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('form.before-play').waitFor();
}

async function indexedDbRecords(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    const out: Record<string, string[]> = {};
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const keys = await new Promise<IDBValidKey[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAllKeys();
          req.onsuccess = () => resolve(req.result);
        });
        if (keys.length) out[`${info.name}/${store}`] = keys.map(String);
      }
      db.close();
    }
    return out;
  });
}

describe('debrief, tests and results', () => {
  it('in assessment mode shows no feedback during play, then a debrief of the real path with every point missed', async () => {
    const { page, errors } = await openPage(context);
    await openBefore(page, 'assessment');
    await page.getByRole('button', { name: 'Skip all of this and start' }).click();
    for (const text of ['Go ahead with the home visit', 'Accept what you see', 'Say you are uneasy'])
      await choose(page, text);
    expect(await page.locator('.story-log .feedback').count()).toBe(0);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.locator('h1', { hasText: 'Debrief' }).waitFor();
    const statuses = await page
      .locator('.lp-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-lp'), r.querySelector('td')?.textContent]));
    expect(statuses).toEqual([
      ['s-ask-others', 'Missed'],
      ['s-see-the-child', 'Missed'],
      ['s-challenge', 'Missed'],
    ]);
    // Each decision matches the real case, and the feedback held back in play is shown here.
    expect(await page.locator('.path-table tbody tr.same-as-real').count()).toBe(3);
    expect(await page.locator('.path-table').textContent()).toContain('A tidy home is not the child');
    // The three columns: nothing found by the learner, what the agencies held, what happened.
    expect(await page.locator('#col-you + p + ul').textContent()).toContain('You did not ask any agency');
    expect(await page.locator('#col-agencies + p + ul li.not-found').count()).toBe(2);
    expect(await page.locator('#col-child + p + ul li').count()).toBe(2);
    expect(await page.locator('.overall').textContent()).toBe('Overall: 0% of the best reachable score.');
    expect(errors).toEqual([]);
  });

  it('takes the pre-test, plays, takes the post-test and shows scores, explanations, confidence; exports and prints', async () => {
    const { page, errors } = await openPage(context);
    await openBefore(page, 'reflect');
    await page.getByLabel('Participant code').fill('HV-017');
    await page.locator('#participant-agency').selectOption('Health visiting');
    await page.getByLabel('Role', { exact: true }).fill('Health visitor');
    await page.locator('#conf-before-information-sharing-2').check();
    await page.locator('#conf-before-challenge-3').check();
    // Pre-test: the first two right (B, A), the rest wrong or blank.
    await page.locator('#pre-pre-1-1').check();
    await page.locator('#pre-pre-2-0').check();
    await page.locator('#pre-pre-3-0').check();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    for (const text of ['Call the GP', 'Ask the nursery', 'Ask to see Mia', 'Set out what you found'])
      await choose(page, text);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('button', { name: 'Continue: post-test and confidence' }).click();
    await page.locator('form.after-play').waitFor();
    for (const id of ['post-1-0', 'post-2-1', 'post-3-1', 'post-4-2', 'post-5-1', 'post-6-0'])
      await page.locator(`#post-${id}`).check();
    await page.locator('#conf-after-information-sharing-4').check();
    await page.getByRole('button', { name: 'See your results' }).click();
    await page.locator('h1', { hasText: 'Your results' }).waitFor();

    const tests = await page.locator('table.theme-table').first().locator('td').allTextContents();
    expect(tests).toEqual(['2 of 6', '5 of 6']);
    expect(await page.locator('.quiz.marked').first().locator('li.correct').count()).toBe(5);
    expect(await page.locator('.quiz.marked').first().textContent()).toContain(
      'A challenge states what, why and what should happen',
    );
    const confidence = await page
      .locator('table.theme-table')
      .nth(1)
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(confidence).toEqual([
      ['Information sharing', '2', '4'],
      ["The child's experience", '–', '–'],
      ['Challenge and escalation', '3', '–'],
    ]);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const records = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as unknown[];
    expect(records).toHaveLength(1);
    const checked = validateResult(records[0]);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.result.participant).toEqual({
        code: 'HV-017',
        agency: 'Health visiting',
        role: 'Health visitor',
        cohort: null,
      });
      expect([checked.result.preTest?.score, checked.result.postTest?.score]).toEqual([2, 5]);
      expect(checked.result.learningPoints.map((l) => l.status)).toEqual(['met', 'met', 'met']);
      expect(checked.result.completed).toBe(true);
    }
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const fromCsv = resultsFromCsv(readFileSync((await csvDownload.path())!, 'utf8'));
    expect(fromCsv.records).toEqual(records);

    await page.getByRole('button', { name: 'Certificate of completion' }).click();
    await page.locator('h1', { hasText: 'Certificate of completion' }).waitFor();
    expect(await page.locator('.certificate-score').isHidden()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isHidden()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('deletes all the learner’s data with one action, leaving nothing in IndexedDB', async () => {
    const { page } = await openPage(context);
    await openBefore(page, 'reflect');
    await page.getByRole('button', { name: 'Skip all of this and start' }).click();
    for (const text of ['Go ahead with the home visit', 'Accept what you see', 'Say you are uneasy'])
      await choose(page, text);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('button', { name: /Continue/ }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.locator('h1', { hasText: 'Your results' }).waitFor();
    // Start a second run so there is saved progress as well as a result.
    await page.goto(page.url().replace(/#.*$/, '#/scenario/sample'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Skip all of this and start' }).click();
    await choose(page, 'Call the GP');
    expect(Object.keys(await indexedDbRecords(page)).length).toBeGreaterThan(0);

    await page.goto(page.url().replace(/#.*$/, '#/my-data'));
    await page.locator('.result-list li button').first().waitFor();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'deleted' }).count()).toBe(1);
    expect(await indexedDbRecords(page)).toEqual({});
  });
});
