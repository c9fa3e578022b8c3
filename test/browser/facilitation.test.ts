import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/engine/csv.ts';
import { SAMPLE, TRAINER_GUIDE, axeViolations, goToView, onView, useBrowser } from './harness.ts';

const h = useBrowser({ context: { acceptDownloads: true } });

const LABEL = 'North locality, March';
const CONSOLE = `Trainer console: ${LABEL}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sorted = (texts: string[]) => [...texts].sort();

async function setUpSession(page: Page): Promise<string> {
  await goToView(page, '#/facilitate', 'Run a facilitated session');
  await page.getByLabel('Scenario', { exact: true }).selectOption('sample');
  await page.getByLabel('Session label', { exact: true }).fill(LABEL);
  await page.getByLabel('Police', { exact: true }).fill('4');
  await page.getByLabel('School', { exact: true }).fill('8');
  await page.getByRole('button', { name: 'Start the session', exact: true }).click();
  await onView(page, CONSOLE);
  return page.url().split('#/console/')[1]!;
}

/** Opens the presenter view of a session and waits for its options. */
async function openPresenter(id: string): Promise<Page> {
  const { page } = await h.open(`#/present/${id}`);
  await onView(page, SAMPLE.title);
  await onView(page, 'What would you do?', 2);
  return page;
}

async function presenterOptions(page: Page): Promise<string[]> {
  return page.locator('.presenter-options li').allTextContents();
}

/** The console's options, in the order shown (each row is headed "n. option"). */
async function consoleOptions(page: Page): Promise<string[]> {
  const heads = await page.locator('.vote-table tbody th').allTextContents();
  return heads.map((t) => t.replace(/^\d+\. /, ''));
}

/** The console's row for an option, found by the option's text. */
function consoleRow(page: Page, text: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^\\d+\\. ${escape(text)}$`) }) });
}

/** The votes box for an option: its number is the one shown beside the option's text. */
async function votesFor(page: Page, text: string): Promise<Locator> {
  const head = (await consoleRow(page, text).getByRole('rowheader').textContent()) ?? '';
  const shownAt = /^(\d+)\. /.exec(head)?.[1];
  expect(shownAt, `the number shown for "${text}"`).toBeDefined();
  return page.getByLabel(`Votes for option ${shownAt}`, { exact: true });
}

const playGroupChoice = (page: Page) => page.getByRole('button', { name: /^Play the group’s choice: option \d+$/ });

describe('facilitated sessions: trainer console and presenter view', () => {
  it('keeps the presenter in step with the console, and either can be reloaded', async () => {
    const { page: console_, errors } = await h.open();
    const id = await setUpSession(console_);
    const presenter = await openPresenter(id);
    const shown = await consoleOptions(console_);
    expect(sorted(shown)).toEqual(sorted([SAMPLE.gp, SAMPLE.nursery, SAMPLE.visitNow]));
    // Both windows show the options in the same (seeded) order.
    expect(await presenterOptions(presenter)).toEqual(shown);

    // Votes entered in the console appear on the projector.
    const votes: Record<string, number> = { [SAMPLE.gp]: 3, [SAMPLE.nursery]: 1, [SAMPLE.visitNow]: 8 };
    for (const [text, n] of Object.entries(votes)) await (await votesFor(console_, text)).fill(String(n));
    await console_.getByRole('button', { name: 'Save the votes', exact: true }).click();
    await expect.poll(() => presenterOptions(presenter)).toEqual(shown.map((t) => `${t} — ${votes[t]} votes`));
    // Playing the group's choice moves both windows on; no feedback until revealed.
    await playGroupChoice(console_).click();
    await expect.poll(() => presenter.locator('.episode').textContent()).toBe('Episode 2 of 3: The home visit');
    await consoleRow(console_, SAMPLE.accept)
      .getByRole('button', { name: 'Play as the group’s choice', exact: true })
      .click();
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toBe(`Chosen: ${SAMPLE.accept}`);
    // The choice and any feedback are drawn together: the choice on screen proves the moment has passed.
    expect(await presenter.locator('.feedback').count()).toBe(0);
    await console_.getByRole('button', { name: 'Reveal feedback and scores', exact: true }).click();
    await expect.poll(() => presenter.locator('.feedback').textContent()).toContain('A tidy home is not the child');

    // Reload both windows: same place, same reveal state.
    await presenter.reload();
    await onView(presenter, SAMPLE.title);
    await presenter.locator('.presenter .feedback').waitFor();
    expect(await presenterOptions(presenter)).toEqual([SAMPLE.close]);
    await console_.reload();
    await onView(console_, CONSOLE);
    expect(await console_.locator('.vote-table tbody th').allTextContents()).toEqual([`1. ${SAMPLE.close}`]);
    // Back one decision, from the console.
    await console_.getByRole('button', { name: 'Back one decision', exact: true }).click();
    await expect
      .poll(async () => sorted(await presenterOptions(presenter)))
      .toEqual(sorted([SAMPLE.accept, SAMPLE.seeMia]));
    expect(await presenterOptions(presenter)).toEqual(await consoleOptions(console_));
    expect(errors).toEqual([]);
  });

  it('explores a minority option and returns to the group’s path; the exported record matches the votes', async () => {
    const { page } = await h.open();
    const id = await setUpSession(page);
    const presenter = await openPresenter(id);
    await (await votesFor(page, SAMPLE.gp)).fill('9');
    const visitVotes = await votesFor(page, SAMPLE.visitNow);
    await visitVotes.fill('3');
    await visitVotes.press('Tab'); // typing saves the votes
    await playGroupChoice(page).click();
    await expect
      .poll(async () => sorted(await presenterOptions(presenter)))
      .toEqual(sorted([SAMPLE.nursery, SAMPLE.visitNow]));
    const groupOptions = await presenterOptions(presenter);

    await consoleRow(page, SAMPLE.visitNow).getByRole('button', { name: 'Explore (branch)', exact: true }).click();
    await presenter.locator('.branch-banner').waitFor();
    await consoleRow(page, SAMPLE.accept).getByRole('button', { name: 'Play on this path', exact: true }).click();
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toBe(`Chosen: ${SAMPLE.accept}`);
    await page.getByRole('button', { name: 'Return to the group’s path', exact: true }).click();
    await expect.poll(() => presenterOptions(presenter)).toEqual(groupOptions);
    // The banner goes in the same drawing as the options come back.
    expect(await presenter.locator('.branch-banner').count()).toBe(0);

    const rows = page.locator('.record-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe(SAMPLE.gp);
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toBe(SAMPLE.visitNow);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the record as JSON', exact: true }).click(),
    ]);
    const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(record).toMatchObject({
      label: LABEL,
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
      [[9, 0, 3], SAMPLE.gp, []],
      [[0, 0], null, [SAMPLE.visitNow]],
    ]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the record as CSV', exact: true }).click(),
    ]);
    const parsed = parseCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(parsed.rows.map((r) => [r.decision, r.option, r.votes, r.played_by_group, r.explored])).toEqual([
      ['1', SAMPLE.gp, '9', 'yes', 'no'],
      ['1', SAMPLE.nursery, '0', 'no', 'no'],
      ['1', SAMPLE.visitNow, '3', 'no', 'no'],
      ['2', SAMPLE.nursery, '0', 'no', 'no'],
      ['2', SAMPLE.visitNow, '0', 'no', 'yes'],
    ]);
  });

  it('jumps to an episode, and both windows and the setup page are axe-clean', async () => {
    const { page } = await h.open('#/facilitate');
    await onView(page, 'Run a facilitated session');
    expect(await axeViolations(page)).toEqual([]);
    const id = await setUpSession(page);
    await page.getByLabel('Jump to episode', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Jump', exact: true }).click();
    await expect.poll(() => page.locator('.episode').textContent()).toBe('Episode 3 of 3: The review meeting');
    expect(await axeViolations(page)).toEqual([]);
    const presenter = await openPresenter(id);
    expect(await presenter.locator('.episode').textContent()).toBe('Episode 3 of 3: The review meeting');
    expect(await axeViolations(presenter)).toEqual([]);
    await goToView(page, '#/trainer-guide', TRAINER_GUIDE);
    expect(await axeViolations(page)).toEqual([]);
  });
});
