import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/engine/csv.ts';
import {
  SAMPLE,
  TRAINER_GUIDE,
  axeViolations,
  baseUrl,
  goToView,
  onView,
  scenarioTitle,
  useBrowser,
} from './harness.ts';

const h = useBrowser({ context: { acceptDownloads: true } });

const LABEL = 'North locality, March';
const CONSOLE = `Trainer console: ${LABEL}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sorted = (texts: string[]) => [...texts].sort();

async function setUpSession(page: Page, scenario = 'sample'): Promise<string> {
  await goToView(page, '#/facilitate', 'Run a facilitated session');
  await page.getByLabel('Scenario', { exact: true }).selectOption(scenario);
  await page.getByLabel('Session label', { exact: true }).fill(LABEL);
  await page.getByLabel('Police', { exact: true }).fill('4');
  await page.getByLabel('School', { exact: true }).fill('8');
  await page.getByRole('button', { name: 'Start the session', exact: true }).click();
  await onView(page, CONSOLE);
  return page.url().split('#/console/')[1]!;
}

/** The console and page errors of each presenter window opened. */
const presenterErrors = new Map<Page, string[]>();

/** Opens the presenter view of a session (at a screen size) and waits for its options. */
async function openPresenter(
  id: string,
  viewport?: { width: number; height: number },
  title: string = SAMPLE.title,
): Promise<Page> {
  const { page, errors } = await h.open(null);
  presenterErrors.set(page, errors);
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${baseUrl()}#/present/${id}`);
  await onView(page, title);
  await onView(page, 'What would you do?', 2);
  return page;
}

async function presenterOptions(page: Page): Promise<string[]> {
  return page.locator('.presenter-options .option-text').allTextContents();
}

/** Each option on the projector with its votes as shown: "text: 3 votes". */
async function presenterVotes(page: Page): Promise<string[]> {
  return page
    .locator('.presenter-options li')
    .evaluateAll((items) =>
      items.map(
        (li) => `${li.querySelector('.option-text')?.textContent}: ${li.querySelector('.vote-count')?.textContent}`,
      ),
    );
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

/** The number the console shows beside an option. */
async function shownNumber(page: Page, text: string): Promise<string> {
  const head = (await consoleRow(page, text).getByRole('rowheader').textContent()) ?? '';
  const n = /^(\d+)\. /.exec(head)?.[1];
  expect(n, `the number shown for "${text}"`).toBeDefined();
  return n!;
}

/** Chooses the option to play, by its text (the console's one way to play). */
async function pick(page: Page, text: string): Promise<string> {
  const n = await shownNumber(page, text);
  await page.getByRole('radio', { name: `Option ${n}`, exact: true }).check();
  return n;
}

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** What `locator` finds that is not wholly inside the page's viewport (by bounding box). */
async function outsideViewport(page: Page, locator: Locator): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  const outside: string[] = [];
  for (const item of await locator.all()) {
    const b = await item.boundingBox();
    if (!b || b.x < 0 || b.y < 0 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5) {
      outside.push(`${await item.evaluate((e) => e.id || e.className)}: ${JSON.stringify(b)}`);
    }
  }
  return outside;
}

/** Whether the page scrolls, down or across. */
const scrolls = (page: Page) =>
  page.evaluate(
    () => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
  );

/** A timer's figure ("mm:ss") in seconds. */
async function seconds(timer: Locator): Promise<number> {
  const [m, s] = ((await timer.textContent()) ?? '').split(':').map(Number);
  return m! * 60 + s!;
}

const playGroupChoice = (page: Page) => page.getByRole('button', { name: /^Play the group’s choice: option \d+$/ });

/** Plays an option as the group's choice (or on a branch), chosen by its text. */
async function playOption(page: Page, text: string, onBranch = false): Promise<void> {
  const n = await pick(page, text);
  const name = onBranch ? `Play option ${n} on this branch` : `Play the group’s choice: option ${n}`;
  await page.getByRole('button', { name, exact: true }).click();
}

describe('facilitated sessions: trainer console and presenter view', () => {
  it('keeps the presenter in step with the console, and either can be reloaded', async () => {
    const { page: console_, errors } = await h.open();
    const id = await setUpSession(console_);
    const presenter = await openPresenter(id);
    const shown = await consoleOptions(console_);
    expect(sorted(shown)).toEqual(sorted([SAMPLE.gp, SAMPLE.nursery, SAMPLE.visitNow]));
    // Both windows show the options in the same (seeded) order.
    expect(await presenterOptions(presenter)).toEqual(shown);

    // Votes typed in the console appear on the projector: they are saved as typed (there is no
    // button to save them), so a reloaded console has them too.
    expect(await console_.getByRole('button', { name: /save/i }).count()).toBe(0);
    const votes: Record<string, number> = { [SAMPLE.gp]: 3, [SAMPLE.nursery]: 1, [SAMPLE.visitNow]: 8 };
    for (const [text, n] of Object.entries(votes)) await (await votesFor(console_, text)).fill(String(n));
    const onProjector = shown.map((t) => `${t}: ${votes[t]} ${votes[t] === 1 ? 'vote' : 'votes'}`);
    await expect.poll(() => presenterVotes(presenter)).toEqual(onProjector);
    expect(onProjector).toContain(`${SAMPLE.nursery}: 1 vote`);
    await console_.reload();
    await onView(console_, CONSOLE);
    for (const [text, n] of Object.entries(votes))
      expect(await (await votesFor(console_, text)).inputValue()).toBe(String(n));
    // The option with most votes is the one to play; playing it moves both windows on; no feedback until revealed.
    expect(await playGroupChoice(console_).textContent()).toBe(
      `Play the group’s choice: option ${await shownNumber(console_, SAMPLE.visitNow)}`,
    );
    await playGroupChoice(console_).click();
    await expect.poll(() => presenter.locator('.episode').textContent()).toBe('Episode 2 of 3: The home visit');
    await playOption(console_, SAMPLE.accept);
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

    const n = await pick(page, SAMPLE.visitNow);
    await page.getByRole('button', { name: `Explore option ${n} (branch)`, exact: true }).click();
    await presenter.locator('.branch-banner').waitFor();
    await playOption(page, SAMPLE.accept, true);
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toBe(`Chosen: ${SAMPLE.accept}`);
    await page.getByRole('button', { name: 'Return to the group’s path', exact: true }).click();
    await expect.poll(() => presenterOptions(presenter)).toEqual(groupOptions);
    // The banner goes in the same drawing as the options come back.
    expect(await presenter.locator('.branch-banner').count()).toBe(0);

    // The record folds away below the console's controls.
    await page.getByText(/^Decisions, votes and times/).click();
    const rows = page.locator('.record-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe(SAMPLE.gp);
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toBe(SAMPLE.visitNow);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the record as JSON', exact: true }).click(),
    ]);
    // The file is named after the session and its date, once.
    expect(json.suggestedFilename()).toMatch(/^session-north-locality-march-\d{4}-\d{2}-\d{2}\.json$/);
    const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(json.suggestedFilename()).toBe(`session-north-locality-march-${record.date}.json`);
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
    expect(csv.suggestedFilename()).toBe(`session-north-locality-march-${record.date}.csv`);
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
    // The case so far, in place of the passage on the projector.
    await page.getByRole('button', { name: 'Show the case so far', exact: true }).click();
    await onView(presenter, 'The case so far', 2);
    expect(await axeViolations(presenter)).toEqual([]);
    await goToView(page, '#/trainer-guide', TRAINER_GUIDE);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('facilitated sessions: made for a projector and a laptop', () => {
  it('fits the presenter to one projector screen at 1920×1080 and 1280×720, without the site’s navigation', async () => {
    const { page: console_ } = await h.open();
    const id = await setUpSession(console_);
    const votes = { [SAMPLE.gp]: 1, [SAMPLE.nursery]: 12, [SAMPLE.visitNow]: 7 };
    for (const [text, n] of Object.entries(votes)) await (await votesFor(console_, text)).fill(String(n));
    const presenter = await openPresenter(id, SCREENS[0]);
    await expect.poll(() => presenter.locator('.presenter-options .vote-count').count()).toBe(3);
    const optionsAndVotes = presenter.locator(
      '.presenter-options li, .presenter-options .vote-count, .presenter-options .vote-bar',
    );
    for (const screen of SCREENS) {
      await presenter.setViewportSize(screen);
      // The layout follows the screen: the options and their votes are in view, and nothing scrolls.
      await expect.poll(() => outsideViewport(presenter, optionsAndVotes)).toEqual([]);
      expect(await scrolls(presenter)).toBe(false);
      // The passage starts in view, in type large enough for the back of the room.
      expect(await outsideViewport(presenter, presenter.locator('.passage-flow .line').first())).toEqual([]);
      const body = await presenter
        .locator('.passage-flow .line')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(body, `body text at ${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(
        screen.width === 1920 ? 32 : 21,
      );
      // No site header or navigation on the projector.
      expect(await presenter.locator('.site-header').isVisible()).toBe(false);
      expect(await presenter.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    }
    expect(await presenterVotes(presenter)).toEqual(
      expect.arrayContaining([`${SAMPLE.gp}: 1 vote`, `${SAMPLE.nursery}: 12 votes`, `${SAMPLE.visitNow}: 7 votes`]),
    );
    expect(presenterErrors.get(presenter)).toEqual([]);
    // Leaving the view gives the site its header back.
    await goToView(presenter, '#/settings', 'Settings');
    expect(await presenter.locator('.site-header').isVisible()).toBe(true);
    expect(await presenter.evaluate(() => document.documentElement.classList.contains('presenter-mode'))).toBe(false);
  });

  it('goes full screen by its button and by the F key, and is axe-clean full screen', async () => {
    const { page: console_ } = await h.open();
    const id = await setUpSession(console_);
    const presenter = await openPresenter(id, SCREENS[1]);
    const fullscreen = () => presenter.evaluate(() => document.fullscreenElement?.className ?? null);
    expect(await fullscreen()).toBeNull();
    // The keys are shown on screen for the trainer.
    expect(await presenter.locator('.presenter-keys').textContent()).toContain('F full screen');

    await presenter.getByRole('button', { name: 'Full screen', exact: true }).click();
    await expect.poll(fullscreen).toBe('presenter-container is-fullscreen');
    await presenter.getByRole('button', { name: 'Leave full screen', exact: true }).waitFor();
    await expect.poll(() => outsideViewport(presenter, presenter.locator('.presenter-options li'))).toEqual([]);
    expect(await scrolls(presenter)).toBe(false);
    expect(await axeViolations(presenter)).toEqual([]);
    await presenter.getByRole('button', { name: 'Leave full screen', exact: true }).click();
    await expect.poll(fullscreen).toBeNull();

    await presenter.keyboard.press('f');
    await expect.poll(fullscreen).toBe('presenter-container is-fullscreen');
    // Full screen lasts while the console changes what is shown (the view is redrawn inside it).
    await (await votesFor(console_, SAMPLE.gp)).fill('2');
    await expect.poll(() => presenterVotes(presenter)).toContain(`${SAMPLE.gp}: 2 votes`);
    expect(await fullscreen()).toBe('presenter-container is-fullscreen');
    await presenter.keyboard.press('f');
    await expect.poll(fullscreen).toBeNull();
    expect(presenterErrors.get(presenter)).toEqual([]);
  });

  it('pages a long passage on the projector: page 1 of N, turned from the console and from the presenter', async () => {
    const { page: console_ } = await h.open();
    const id = await setUpSession(console_, 'child-o');
    const presenter = await openPresenter(id, SCREENS[1], scenarioTitle('child-o'));
    const pageOf = presenter.locator('.page-of');
    await expect.poll(() => pageOf.textContent()).toMatch(/^Page 1 of [2-9]$/);
    const pages = Number(/of (\d+)$/.exec((await pageOf.textContent())!)![1]);
    // The console learns how many pages the projector shows.
    const projector = console_.locator('#projector-page');
    await expect.poll(() => projector.textContent()).toBe(`Projector: the passage, page 1 of ${pages}`);

    // Whether the passage's first paragraph is in its box on the projector.
    const firstInView = () =>
      presenter
        .locator('.passage-flow > *')
        .first()
        .evaluate((e) => {
          const box = e.closest('.passage-viewport')!.getBoundingClientRect();
          const r = e.getBoundingClientRect();
          return (
            r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
          );
        });
    expect(await firstInView()).toBe(true);

    await console_.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect.poll(() => pageOf.textContent()).toBe(`Page 2 of ${pages}`);
    expect(await firstInView()).toBe(false);
    // The options and votes stay on screen whatever the page.
    expect(await outsideViewport(presenter, presenter.locator('.presenter-options li'))).toEqual([]);
    expect(await scrolls(presenter)).toBe(false);

    // Turned from the presenter (its key, then its button), the console follows.
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => pageOf.textContent()).toBe(`Page 1 of ${pages}`);
    await expect.poll(() => projector.textContent()).toBe(`Projector: the passage, page 1 of ${pages}`);
    expect(await firstInView()).toBe(true);
    await presenter.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect.poll(() => projector.textContent()).toBe(`Projector: the passage, page 2 of ${pages}`);

    // The console turns no further than the last page.
    for (let p = 2; p < pages; p++) await console_.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect.poll(() => pageOf.textContent()).toBe(`Page ${pages} of ${pages}`);
    const next = console_.getByRole('button', { name: 'Next page', exact: true });
    await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');
    // Still focused, so a trainer turning pages with the keyboard is not sent back to the top.
    expect(await console_.evaluate(() => document.activeElement?.id)).toBe('page-next');

    // The next passage starts on its first page.
    const [first] = await consoleOptions(console_);
    await playOption(console_, first!);
    await expect.poll(() => presenter.locator('.choice-made').textContent()).toBe(`Chosen: ${first}`);
    expect(await presenter.locator('.presenter-container').getAttribute('data-page')).toBe('1');
    expect(await firstInView()).toBe(true);
    expect(presenterErrors.get(presenter)).toEqual([]);
  });

  it('fits the console on a laptop screen (1366×768), each control once; the timer carries on across a choice until reset', async () => {
    const { page, errors } = await h.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await setUpSession(page);
    const mustSee = page.locator(
      '#console-timer, #decision-timer, #timer-toggle, #timer-reset, .vote-input, #play-choice, #explore-choice, #reveal-toggle, #back-one, #jump-go',
    );
    expect(await mustSee.count()).toBe(12);
    expect(await outsideViewport(page, mustSee)).toEqual([]);
    for (const name of [
      'Start timer',
      'Reset timer',
      'Reveal feedback and scores',
      'Back one decision',
      'Jump',
      'Previous page',
      'Next page',
      'Show the case so far',
      'Open the presenter view (new window)',
    ]) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByRole('button', { name: /play/i }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /explore/i }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /save/i }).count()).toBe(0);

    const total = page.locator('#console-timer');
    const decision = page.locator('#decision-timer');
    await page.getByRole('button', { name: 'Start timer', exact: true }).click();
    await expect.poll(() => seconds(total)).toBeGreaterThanOrEqual(1);
    await (await votesFor(page, SAMPLE.gp)).fill('4');
    await playGroupChoice(page).click();
    await expect
      .poll(async () => sorted(await consoleOptions(page)))
      .toEqual(sorted([SAMPLE.nursery, SAMPLE.visitNow]));

    // After the choice: still all in view, and the timer still running from where it was.
    expect(await outsideViewport(page, mustSee)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Pause timer', exact: true }).count()).toBe(1);
    const atChoice = await seconds(total);
    expect(atChoice).toBeGreaterThanOrEqual(1);
    await expect.poll(() => seconds(total)).toBeGreaterThan(atChoice);
    // The time on this decision counts from the choice.
    await expect.poll(async () => (await seconds(total)) - (await seconds(decision))).toBeGreaterThanOrEqual(1);

    // Back to 00:00 only when the trainer resets it.
    await page.getByRole('button', { name: 'Pause timer', exact: true }).click();
    await page.getByRole('button', { name: 'Reset timer', exact: true }).click();
    await expect.poll(() => total.textContent()).toBe('00:00');
    expect(await decision.textContent()).toBe('00:00');
    expect(await page.getByRole('button', { name: 'Start timer', exact: true }).count()).toBe(1);

    // The record still keeps the time spent on each decision.
    await page.getByText(/^Decisions, votes and times/).click();
    const firstRow = page.locator('.record-table tbody tr').first();
    expect(await firstRow.locator('td').nth(1).textContent()).toBe(SAMPLE.gp);
    expect(await firstRow.locator('td').nth(3).textContent()).toMatch(/^\d\d:\d\d$/);
    expect(errors).toEqual([]);
  });
});
