import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/engine/csv.ts';
import { axeViolations, baseUrl, launchChromium, openPage } from './chromium.ts';

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

async function setUpSession(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}#/facilitate`);
  await page.getByLabel('Scenario').selectOption('sample');
  await page.getByLabel('Session label').fill('North locality, March');
  await page.getByLabel('Police').fill('4');
  await page.getByLabel('School', { exact: true }).fill('8');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.locator('h1', { hasText: 'Trainer console' }).waitFor();
  return page.url().split('#/console/')[1]!;
}

async function presenterOptions(page: Page): Promise<string[]> {
  return page.locator('.presenter-options li').allTextContents();
}

describe('facilitated sessions: trainer console and presenter view', () => {
  it('keeps the presenter in step with the console, and either can be reloaded', async () => {
    const { page: console_, errors } = await openPage(context);
    const id = await setUpSession(console_);
    const { page: presenter } = await openPage(context, `#/present/${id}`);
    await presenter.locator('.presenter h1', { hasText: 'Sample: Missed checks' }).waitFor();
    expect(await presenterOptions(presenter)).toEqual([
      'Call the GP practice',
      'Ask the nursery',
      'Go ahead with the home visit now',
    ]);

    // Votes entered in the console appear on the projector.
    await console_.getByLabel('Votes for option 1').fill('3');
    await console_.getByLabel('Votes for option 2').fill('1');
    await console_.getByLabel('Votes for option 3').fill('8');
    await console_.getByRole('button', { name: 'Save the votes' }).click();
    await expect
      .poll(() => presenterOptions(presenter))
      .toEqual([
        'Call the GP practice — 3 votes',
        'Ask the nursery — 1 votes',
        'Go ahead with the home visit now — 8 votes',
      ]);
    // Playing the group's choice moves both windows on; no feedback until revealed.
    await console_.getByRole('button', { name: 'Play the group’s choice: option 3' }).click();
    await expect.poll(() => presenter.locator('.episode').textContent()).toBe('Episode 2 of 3: The home visit');
    await console_.getByRole('button', { name: 'Play as the group’s choice' }).first().click(); // "Accept what you see…"
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toContain('Accept what you see');
    expect(await presenter.locator('.feedback').count()).toBe(0);
    await console_.getByRole('button', { name: 'Reveal feedback and scores' }).click();
    await expect.poll(() => presenter.locator('.feedback').textContent()).toContain('A tidy home is not the child');

    // Reload both windows: same place, same reveal state.
    await presenter.reload();
    await presenter.locator('.presenter .feedback').waitFor();
    expect(await presenterOptions(presenter)).toEqual(['Say you are uneasy but agree to close']);
    await console_.reload();
    await console_.locator('h1', { hasText: 'Trainer console' }).waitFor();
    expect(await console_.locator('.vote-table tbody th').allTextContents()).toEqual([
      '1. Say you are uneasy but agree to close',
    ]);
    // Back one decision, from the console.
    await console_.getByRole('button', { name: 'Back one decision' }).click();
    await expect
      .poll(() => presenterOptions(presenter))
      .toEqual(['Accept what you see and book another check', 'Ask to see Mia, even if it means waking her']);
    expect(errors).toEqual([]);
  });

  it('explores a minority option and returns to the group’s path; the exported record matches the votes', async () => {
    const { page } = await openPage(context);
    const id = await setUpSession(page);
    const { page: presenter } = await openPage(context, `#/present/${id}`);
    await presenter.locator('.presenter-options').waitFor();
    await page.getByLabel('Votes for option 1').fill('9');
    await page.getByLabel('Votes for option 3').fill('3');
    await page.getByLabel('Votes for option 3').press('Tab'); // change saves the votes
    await page.getByRole('button', { name: 'Play the group’s choice: option 1' }).click();
    await expect
      .poll(() => presenterOptions(presenter))
      .toEqual(['Ask the nursery', 'Go ahead with the home visit now']);
    const groupOptions = await presenterOptions(presenter);

    await page.getByRole('button', { name: 'Explore (branch)' }).nth(1).click();
    await presenter.locator('.branch-banner').waitFor();
    await page.getByRole('button', { name: 'Play on this path' }).nth(0).click();
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toContain('Accept what you see');
    await page.getByRole('button', { name: 'Return to the group’s path' }).first().click();
    await expect.poll(() => presenterOptions(presenter)).toEqual(groupOptions);
    expect(await presenter.locator('.branch-banner').count()).toBe(0);

    const rows = page.locator('.record-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe('Call the GP practice');
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toBe('Go ahead with the home visit now');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the record as JSON' }).click(),
    ]);
    const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(record).toMatchObject({
      label: 'North locality, March',
      participants: { total: 12, byAgency: { Police: 4, School: 8 } },
      scenario: { id: 'sample' },
    });
    expect(
      record.decisions.map((d: { votes: number[]; chosen: string | null; explored: string[] }) => [
        d.votes,
        d.chosen,
        d.explored,
      ]),
    ).toEqual([
      [[9, 0, 3], 'Call the GP practice', []],
      [[0, 0], null, ['Go ahead with the home visit now']],
    ]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the record as CSV' }).click(),
    ]);
    const parsed = parseCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(parsed.rows.map((r) => [r.decision, r.option, r.votes, r.played_by_group, r.explored])).toEqual([
      ['1', 'Call the GP practice', '9', 'yes', 'no'],
      ['1', 'Ask the nursery', '0', 'no', 'no'],
      ['1', 'Go ahead with the home visit now', '3', 'no', 'no'],
      ['2', 'Ask the nursery', '0', 'no', 'no'],
      ['2', 'Go ahead with the home visit now', '0', 'no', 'yes'],
    ]);
  });

  it('jumps to an episode, and both windows and the setup page are axe-clean', async () => {
    const { page } = await openPage(context, '#/facilitate');
    await page.locator('h1', { hasText: 'Run a facilitated session' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const id = await setUpSession(page);
    await page.getByLabel('Jump to episode').selectOption('3');
    await page.getByRole('button', { name: 'Jump', exact: true }).click();
    await expect.poll(() => page.locator('.episode').textContent()).toBe('Episode 3 of 3: The review meeting');
    expect(await axeViolations(page)).toEqual([]);
    const { page: presenter } = await openPage(context, `#/present/${id}`);
    await presenter.locator('.presenter-options').waitFor();
    expect(await presenter.locator('.episode').textContent()).toBe('Episode 3 of 3: The review meeting');
    expect(await axeViolations(presenter)).toEqual([]);
    await page.goto(`${baseUrl()}#/trainer-guide`);
    await page.locator('h1', { hasText: 'Trainer guide' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
