/**
 * The three tests of one play, as an evaluator runs them: the pre-test and post-test with
 * certainty, then weeks later the follow-up from the link in the calendar reminder, in a
 * new browser context holding the same storage. All three end up in one record.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateResult } from '../../src/engine/result.ts';
import {
  type Sure,
  SAMPLE,
  SAMPLE_BEST,
  answerQuestion,
  axeViolations,
  chooseAll,
  goToView,
  onDecision,
  onEnding,
  onView,
  useBrowser,
} from './harness.ts';

const ZONE = 'Europe/London';
const h = useBrowser({ context: { acceptDownloads: true, timezoneId: ZONE } });

type Form = 'pre' | 'post' | 'followup';
const QUIZ = JSON.parse(readFileSync('stories/sample/quiz.json', 'utf8')) as Record<
  Form,
  { question: string; options: string[]; answer: number }[]
>;

/** Answers a question by its option's text, and says how sure the learner is. */
const answer = (page: Page, form: Form, index: number, right: boolean, sure: Sure) =>
  answerQuestion(page, QUIZ[form][index]!, right, sure);

const localDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);

describe('the follow-up test', () => {
  it('joins the pre-test, post-test and a follow-up taken weeks later from the reminder’s link in one record', async () => {
    const { page, errors } = await h.open();
    await goToView(page, '#/scenario/sample', SAMPLE.title);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await onView(page, `Before you start: ${SAMPLE.title}`);
    await answer(page, 'pre', 0, true, 'Sure');
    await answer(page, 'pre', 1, false, 'Sure');
    await answer(page, 'pre', 2, false, 'Not sure');
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await onDecision(page);
    await chooseAll(page, SAMPLE_BEST);
    await onEnding(page);
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(page, `Debrief: ${SAMPLE.title}`);
    await page.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
    await onView(page, `After the scenario: ${SAMPLE.title}`);
    for (const i of QUIZ.post.keys()) await answer(page, 'post', i, i !== 0, i === 0 ? 'Fairly sure' : 'Sure');
    await page.getByRole('button', { name: 'See your results', exact: true }).click();
    await onView(page, `Your results: ${SAMPLE.title}`);

    // Calibration in plain words, test by test.
    const calibration = page.getByRole('region', { name: 'How sure you were, and how often you were right' });
    await expect
      .poll(() => calibration.locator('li').allTextContents())
      .toContain('When you were sure, you got 1 of 2 answers right.');
    expect(await calibration.locator('li').allTextContents()).toContain(
      `When you were sure, you got ${QUIZ.post.length - 1} of ${QUIZ.post.length - 1} answers right.`,
    );

    // The reminder: a calendar file for six weeks after the play, whose link is the one on the page.
    const offer = page.getByRole('region', { name: 'Follow-up test in 6 weeks' });
    const link = await offer.locator('a.link-text').getAttribute('href');
    expect(link).toMatch(/#\/followup\/[A-Za-z0-9-]{8,64}$/);
    const [reminder] = await Promise.all([
      page.waitForEvent('download'),
      offer.getByRole('button', { name: 'Add a reminder to your calendar (.ics)', exact: true }).click(),
    ]);
    expect(reminder.suggestedFilename()).toBe('follow-up-sample.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await reminder.path())!, 'utf8')));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(`Follow-up test: ${SAMPLE.title}`);
    expect(vevent.getFirstPropertyValue('url')).toBe(link);
    expect(event.description).toContain(link!);
    const resultId = decodeURIComponent(link!.split('/').at(-1)!);
    expect(errors).toEqual([]);

    // Weeks later, in a new context that holds the same storage, the link opens the follow-up.
    const storageState = await h.context.storageState({ indexedDB: true });
    const later = await h.newContext({ acceptDownloads: true, timezoneId: ZONE, storageState });
    await later.clock.setFixedTime(new Date(Date.now() + 43 * 86_400_000));
    const next = await later.newPage();
    const laterErrors: string[] = [];
    next.on('pageerror', (e) => laterErrors.push(e.message));

    // The scenario's page offers the follow-up too, once weeks have passed.
    await next.goto(link!.replace(/#.*$/, '#/scenario/sample'));
    await onView(next, SAMPLE.title);
    await next.getByRole('button', { name: 'Take the follow-up test', exact: true }).waitFor();

    await next.goto(link!);
    await onView(next, `Follow-up: ${SAMPLE.title}`);
    // Six weeks on, there is no note that the follow-up is early.
    expect(
      await next
        .locator('#main')
        .getByText(/since you played/)
        .count(),
    ).toBe(0);
    expect(await axeViolations(next)).toEqual([]);
    for (const i of QUIZ.followup.keys()) await answer(next, 'followup', i, i < 2, i < 2 ? 'Sure' : 'Not sure');
    await next
      .getByRole('group', { name: /^Since the training, how often has the practitioner used/ })
      .getByRole('radio', { name: 'Several times', exact: true })
      .check();
    await next
      .getByRole('group', { name: 'Has the training been discussed in supervision?', exact: true })
      .getByRole('radio', { name: 'Yes, once', exact: true })
      .check();
    await next.getByRole('button', { name: 'Finish the follow-up', exact: true }).click();
    await onView(next, `Your results: ${SAMPLE.title}`);
    const tests = await next.locator('table.theme-table').first().locator('tbody tr').allTextContents();
    expect(tests).toEqual([
      'Pre-test1 of 6',
      `Post-test${QUIZ.post.length - 1} of ${QUIZ.post.length}`,
      `Follow-up test2 of ${QUIZ.followup.length}`,
    ]);
    expect(await axeViolations(next)).toEqual([]);

    const [exported] = await Promise.all([
      next.waitForEvent('download'),
      next.getByRole('button', { name: 'Export as JSON', exact: true }).click(),
    ]);
    const records = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as unknown[];
    expect(records).toHaveLength(1);
    const checked = validateResult(records[0]);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    const r = checked.result;
    expect(r.id).toBe(resultId);
    expect(r.version).toBe(2);
    expect(r.preTest?.answers.slice(0, 3).map((a) => [a.correct, a.certainty])).toEqual([
      [true, 3],
      [false, 3],
      [false, 1],
    ]);
    expect(r.postTest?.answers.map((a) => a.certainty)).toEqual(QUIZ.post.map((_, i) => (i === 0 ? 2 : 3)));
    expect(r.followUpTest?.score).toBe(2);
    expect(r.followUpTest?.answers.map((a) => a.certainty)).toEqual(QUIZ.followup.map((_, i) => (i < 2 ? 3 : 1)));
    expect(r.practice).toMatchObject({ applied: 3, changed: null, supervision: 2 });
    expect(event.startDate.toString()).toBe(localDay(new Date(Date.parse(r.finishedAt!) + 42 * 86_400_000)));
    expect(laterErrors).toEqual([]);
  });
});
