/**
 * The app's own exports go back into the partnership dashboard: a learner who chose badly
 * (learning points below zero, written to CSV with a formula guard) exports CSV and JSON
 * from "Your results and data", and the dashboard accepts every record of both files.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE,
  SAMPLE_REAL,
  chooseAll,
  goToView,
  onEnding,
  onView,
  openPage,
  startScenario,
  useBrowser,
} from './harness.ts';

const h = useBrowser({ context: { acceptDownloads: true } });

async function playBadly(page: Page): Promise<void> {
  await startScenario(page, 'sample');
  await chooseAll(page, SAMPLE_REAL);
  await onEnding(page);
  await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
  await onView(page, `Debrief: ${SAMPLE.title}`);
  await page.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
  await onView(page, `After the scenario: ${SAMPLE.title}`);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await onView(page, `Your results: ${SAMPLE.title}`);
}

async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** Imports one file into a fresh dashboard (its own browser profile) and returns the file's report. */
async function importInto(context: BrowserContext, file: { name: string; text: string }): Promise<string> {
  const { page, errors } = await openPage(context, '#/dashboard');
  await onView(page, 'Partnership dashboard');
  await page.setInputFiles('#dashboard-files', {
    name: file.name,
    mimeType: file.name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(file.text),
  });
  const report = page.locator('.file-report').filter({ has: page.locator('.file-name', { hasText: file.name }) });
  await report.waitFor();
  expect(errors).toEqual([]);
  return (await report.innerText()).replace(/\s+/g, ' ');
}

describe('results exported by the app and imported into the dashboard', () => {
  it('are all accepted from CSV and from JSON, with negative learning-point scores', async () => {
    const { page, errors } = await h.open();
    await playBadly(page);
    await playBadly(page);
    await goToView(page, '#/my-data', 'Your results and data');
    await page.locator('.result-list li button').nth(1).waitFor();
    const json = await exported(page, 'Export all as JSON');
    const csv = await exported(page, 'Export all as CSV');
    // Choosing badly leaves learning points below zero: the CSV guards those cells against formulas.
    expect(csv.text).toMatch(/'-1\/2\/missed/);
    expect(errors).toEqual([]);

    const fromJson = await importInto(await h.newContext(), json);
    const fromCsv = await importInto(await h.newContext(), csv);
    expect(fromJson).toContain('2 records imported.');
    expect(fromCsv).toContain('2 records imported.');
    expect(fromCsv).not.toContain('rejected');
  });
});
