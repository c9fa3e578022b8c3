import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateResult } from '../../src/engine/result.ts';
import { resultsFromCsv } from '../../src/engine/result-csv.ts';
import {
  SAMPLE,
  SAMPLE_BEST,
  SAMPLE_REAL,
  chooseAll,
  goToView,
  onDecision,
  onEnding,
  onView,
  useBrowser,
} from './harness.ts';

const h = useBrowser({ context: { acceptDownloads: true } });

interface Item {
  question: string;
  right: string;
  wrong: string;
}
/** The sample's test questions (stories/sample/quiz.json), each with its right answer and a wrong one. */
const QUIZ = JSON.parse(readFileSync('stories/sample/quiz.json', 'utf8')) as Record<
  'pre' | 'post',
  { question: string; options: string[]; answer: number }[]
>;
const items = (form: 'pre' | 'post'): Item[] =>
  QUIZ[form].map((q) => ({
    question: q.question,
    right: q.options[q.answer]!,
    wrong: q.options.find((_, i) => i !== q.answer)!,
  }));
const PRE = items('pre');
const POST = items('post');

const BEFORE = `Before you start: ${SAMPLE.title}`;
const DEBRIEF = `Debrief: ${SAMPLE.title}`;
const AFTER = `After the scenario: ${SAMPLE.title}`;
const RESULTS = `Your results: ${SAMPLE.title}`;

async function openBefore(page: Page, mode: 'reflect' | 'assessment'): Promise<void> {
  await goToView(page, '#/scenario/sample', SAMPLE.title);
  await page.getByLabel(mode === 'reflect' ? 'Reflect as you go' : 'Assessment', { exact: true }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await onView(page, BEFORE);
  await page.locator('form.before-play').waitFor();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers a test question by the text of the option (shown as "B. text", in a seeded order). */
async function answer(page: Page, question: string, optionText: string): Promise<void> {
  await page
    .getByRole('group', { name: question, exact: true })
    .getByRole('radio', { name: new RegExp(`^[A-F]\\. ${escape(optionText)}$`) })
    .check();
}

async function skipToPlay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
  await onDecision(page);
}

async function toDebrief(page: Page): Promise<void> {
  await onEnding(page);
  await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
  await onView(page, DEBRIEF);
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
    const { page, errors } = await h.open();
    await openBefore(page, 'assessment');
    await skipToPlay(page);
    await chooseAll(page, SAMPLE_REAL);
    expect(await page.locator('.story-log .feedback').count()).toBe(0);
    await toDebrief(page);
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
    const { page, errors } = await h.open();
    await openBefore(page, 'reflect');
    await page.getByLabel('Participant code', { exact: true }).fill('HV-017');
    await page.locator('#participant-agency').selectOption('Health visiting');
    await page.getByLabel('Role', { exact: true }).fill('Health visitor');
    await page.locator('#conf-before-information-sharing-2').check();
    await page.locator('#conf-before-challenge-3').check();
    // Pre-test: the first two right, the third wrong, the rest blank.
    await answer(page, PRE[0]!.question, PRE[0]!.right);
    await answer(page, PRE[1]!.question, PRE[1]!.right);
    await answer(page, PRE[2]!.question, PRE[2]!.wrong);
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await onDecision(page);
    await chooseAll(page, SAMPLE_BEST);
    await toDebrief(page);
    await page.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
    await onView(page, AFTER);
    await page.locator('form.after-play').waitFor();
    // Post-test: all right but the last.
    for (const [i, q] of POST.entries()) await answer(page, q.question, i < POST.length - 1 ? q.right : q.wrong);
    await page.locator('#conf-after-information-sharing-4').check();
    await page.getByRole('button', { name: 'See your results', exact: true }).click();
    await onView(page, RESULTS);

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

    await page.getByRole('button', { name: 'Certificate of completion', exact: true }).click();
    await onView(page, 'Certificate of completion');
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
    const { page } = await h.open();
    await openBefore(page, 'reflect');
    await skipToPlay(page);
    await chooseAll(page, SAMPLE_REAL);
    await toDebrief(page);
    await page.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
    await onView(page, AFTER);
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await onView(page, RESULTS);
    // Start a second run so there is saved progress as well as a result.
    await goToView(page, '#/scenario/sample', SAMPLE.title);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await onView(page, BEFORE);
    await skipToPlay(page);
    await chooseAll(page, [SAMPLE.gp]);
    await page.locator('.save-status.saved', { hasText: 'Progress saved' }).waitFor();
    expect(Object.keys(await indexedDbRecords(page)).length).toBeGreaterThan(0);

    await goToView(page, '#/my-data', 'Your results and data');
    await page.locator('.result-list li button').first().waitFor();
    await page.getByRole('button', { name: 'Delete all my data', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete everything', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('All your data has been deleted from this browser.', { exact: true })
      .waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'deleted' }).count()).toBe(1);
    expect(await indexedDbRecords(page)).toEqual({});
  });
});
