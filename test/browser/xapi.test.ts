/**
 * The sample's cmi5 package, launched in Chromium as its cmi5.xml says, against a real LRS (Learning Locker's statements service) and a
 * launcher that does what the cmi5 spec asks of an LMS: LMS.LaunchData in the State API, a
 * `launched` statement, a one-use fetch URL, and the launch parameters in the address. The
 * built app is served from the LRS's origin, so the page's own policy (`connect-src 'self'`)
 * holds. Then a dashboard connected to the same LRS measures the plays as their files would.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { LrsStatementReader } from '../../src/lms/lrs-client.ts';
import type { Statement } from '../../src/lms/xapi-statements.ts';
import { CMI5, EXT, VERB } from '../../src/lms/xapi-vocabulary.ts';
import { packageScorm } from '../../tools/package-scorm.ts';
import { type LocalLrs, startLocalLrs } from '../lrs/local-lrs.ts';
import {
  type Sure,
  answerQuestion,
  SAMPLE,
  SAMPLE_BEST,
  axeViolations,
  chooseAll,
  onDecision,
  onEnding,
  onView,
  openPage,
  useBrowser,
} from './harness.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const QUIZ = JSON.parse(readFileSync('stories/sample/quiz.json', 'utf8')) as Record<
  'pre' | 'post',
  { id: string; question: string; options: string[]; answer: number }[]
>;
const LEARNING_POINTS = (
  JSON.parse(readFileSync('stories/sample/scenario.json', 'utf8')) as { learningPoints: unknown[] }
).learningPoints.length;

const h = useBrowser();
let lrs: LocalLrs;
/** The sample's cmi5 package, unzipped: what an LMS would serve. */
let packageDir = '';
/** The AU as cmi5.xml describes it. */
let AU = '';
let AU_URL = '';
let MASTERY = 0;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'cmi5-package-'));
  const built = await packageScorm({ dist: DIST, out, passMark: 0.7, scenarios: ['sample'] });
  const zip = built.find((b) => b.version === 'cmi5' && b.kind === 'scenario')!;
  packageDir = path.join(out, 'sample-cmi5');
  const files = unzipSync(readFileSync(zip.file));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(packageDir, name)), { recursive: true });
    writeFileSync(path.join(packageDir, name), data);
  }
  const course = strFromU8(files['cmi5.xml']!);
  const au = /<au id="([^"]+)"[^>]*masteryScore="([^"]+)"[\s\S]*?<url>([^<]+)<\/url>/.exec(course)!;
  AU = au[1]!;
  MASTERY = Number(au[2]);
  AU_URL = au[3]!.replace(/&amp;/g, '&');
  lrs = await startLocalLrs({ appDir: packageDir });
}, 180_000);

afterAll(async () => {
  await lrs?.stop();
});

const verbName = (s: Statement) => Object.entries(VERB).find(([, id]) => id === s.verb.id)?.[0] ?? s.verb.id;

async function statementsOf(registration: string): Promise<Statement[]> {
  const reader = new LrsStatementReader({ endpoint: lrs.endpoint, auth: lrs.auth });
  const out: Statement[] = [];
  let page = await reader.first({ registration, limit: 20 });
  out.push(...page.statements);
  while (page.more) {
    page = await reader.next(page.more);
    out.push(...page.statements);
  }
  return out;
}

const answer = (page: Page, form: 'pre' | 'post', index: number, right: boolean, sure: Sure) =>
  answerQuestion(page, QUIZ[form][index]!, right, sure);

/** Plays the sample's best path with both tests (pre-test answers right where `preRight` says), through to the learner's results. */
async function playWithTests(page: Page, preRight = (i: number) => i % 2 === 0): Promise<void> {
  await onView(page, SAMPLE.title);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await onView(page, `Before you start: ${SAMPLE.title}`);
  for (const i of QUIZ.pre.keys()) await answer(page, 'pre', i, preRight(i), 'Fairly sure');
  await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
  await onDecision(page);
  await chooseAll(page, SAMPLE_BEST);
  await onEnding(page);
  await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
  await onView(page, `Debrief: ${SAMPLE.title}`);
  await page.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
  await onView(page, `After the scenario: ${SAMPLE.title}`);
  for (const i of QUIZ.post.keys()) await answer(page, 'post', i, true, 'Sure');
  await page.getByRole('button', { name: 'See your results', exact: true }).click();
  await onView(page, `Your results: ${SAMPLE.title}`);
}

describe('cmi5 launch', () => {
  it('initializes, reports every decision, both tests, the ending and the record in order, then terminates and returns to the LMS', async () => {
    expect(AU).toBe('urn:safeguarding-simulator:xapi:scenario:sample');
    expect(MASTERY).toBe(0.7);
    const launch = await lrs.launchCmi5({
      auUrl: AU_URL,
      activityId: AU,
      learner: 'learner-42',
      masteryScore: MASTERY,
      returnURL: `${lrs.origin}/lms/returned`,
    });
    const { page, errors } = await openPage(h.context, null);
    await page.goto(launch.url);
    await playWithTests(page);
    expect(await axeViolations(page)).toEqual([]);

    // Leaving the activity: the exit page ends the session and goes back to the LMS.
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await onView(page, 'Leave the scenario');
    await page.getByRole('button', { name: 'Finish and return to the LMS', exact: true }).click();
    await page.waitForURL(`${lrs.origin}/lms/returned`);

    const stored = await statementsOf(launch.registration);
    expect(stored.map(verbName)).toEqual([
      'launched',
      'initialized',
      ...QUIZ.pre.map(() => 'answered'),
      ...SAMPLE_BEST.map(() => 'responded'),
      ...Array(LEARNING_POINTS).fill('scored'),
      'completed',
      'passed',
      ...QUIZ.post.map(() => 'answered'),
      'recorded',
      'terminated',
    ]);
    for (const s of stored) expect(validateStatement(s as never), `${verbName(s)} ${s.id}`).toEqual([]);
    const mine = stored.slice(1);
    // Every statement of the session carries the LMS's session id and registration.
    for (const s of mine) {
      expect(s.context?.registration).toBe(launch.registration);
      expect(s.context?.extensions?.[CMI5.sessionId]).toBe(launch.sessionId);
      expect(s.actor).toEqual(launch.actor);
    }
    const passed = stored.find((s) => s.verb.id === VERB.passed)!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(passed.context?.extensions?.[CMI5.masteryScore]).toBe(0.7);
    const preAnswers = stored.filter((s) => s.verb.id === VERB.answered && s.context?.extensions?.[EXT.form] === 'pre');
    expect(preAnswers.map((s) => s.result?.success)).toEqual(QUIZ.pre.map((_, i) => i % 2 === 0));
    expect(preAnswers.every((s) => s.result?.extensions?.[EXT.certainty] === 2)).toBe(true);
    const record = stored.find((s) => s.verb.id === VERB.recorded)!.result?.extensions?.[EXT.record] as {
      scenario: { id: string };
      postTest: { score: number; max: number };
    };
    expect(record.scenario.id).toBe('sample');
    expect(record.postTest).toMatchObject({ score: QUIZ.post.length, max: QUIZ.post.length });
    expect(lrs.fetches(launch.registration)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps decisions while the LRS is down, says so quietly, and sends them when it is back', async () => {
    const launch = await lrs.launchCmi5({
      auUrl: AU_URL,
      activityId: AU,
      learner: 'learner-44',
      masteryScore: MASTERY,
    });
    const { page, errors } = await openPage(h.context, null);
    await page.goto(launch.url);
    await onView(page, SAMPLE.title);
    await expect.poll(async () => (await statementsOf(launch.registration)).map(verbName)).toContain('initialized');
    lrs.refuseStatements(true);
    try {
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await onView(page, `Before you start: ${SAMPLE.title}`);
      await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
      await chooseAll(page, SAMPLE_BEST.slice(0, 2));
      await expect
        .poll(() => page.locator('.lms-status').textContent())
        .toMatch(/2 records are kept in this browser and will be sent to your organisation's learning record store/);
    } finally {
      lrs.refuseStatements(false);
    }
    await expect
      .poll(async () => (await statementsOf(launch.registration)).filter((s) => s.verb.id === VERB.responded).length)
      .toBe(2);
    await expect.poll(() => page.locator('.lms-status').textContent()).toBe('');
    expect(errors.filter((e) => !e.includes('503'))).toEqual([]);
  });

  it('in Browse mode reports the decisions but neither completion nor pass', async () => {
    const launch = await lrs.launchCmi5({
      auUrl: AU_URL,
      activityId: AU,
      learner: 'learner-43',
      masteryScore: MASTERY,
      launchMode: 'Browse',
    });
    const { page, errors } = await openPage(h.context, null);
    await page.goto(launch.url);
    await onView(page, SAMPLE.title);
    await expect.poll(() => page.locator('.lms-status').textContent()).toContain('to browse');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await onView(page, `Before you start: ${SAMPLE.title}`);
    await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
    await chooseAll(page, SAMPLE_BEST);
    await onEnding(page);
    await expect
      .poll(async () => (await statementsOf(launch.registration)).filter((s) => s.verb.id === VERB.scored).length)
      .toBe(LEARNING_POINTS);
    const verbs = (await statementsOf(launch.registration)).map(verbName);
    expect(verbs).not.toContain('completed');
    expect(verbs).not.toContain('passed');
    expect(verbs.filter((v) => v === 'responded')).toHaveLength(SAMPLE_BEST.length);
    expect(errors).toEqual([]);
  });
});

describe('the dashboard connected to the LRS', () => {
  it('pulls the records of cmi5 plays and measures them exactly as their exported files', async () => {
    const own = await startLocalLrs({ appDir: packageDir });
    try {
      const files: string[] = [];
      const patterns = [(i: number) => i === 0, (i: number) => i < 3, () => false];
      for (const [n, preRight] of patterns.entries()) {
        const launch = await own.launchCmi5({
          auUrl: AU_URL,
          activityId: AU,
          learner: `learner-${n}`,
          masteryScore: MASTERY,
        });
        const context = await h.newContext();
        const { page, errors } = await openPage(context, null);
        await page.goto(launch.url);
        await playWithTests(page, preRight);
        const downloaded = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Export as JSON', exact: true }).click();
        files.push((await (await downloaded).path())!);
        expect(errors).toEqual([]);
      }
      const measuresOf = async (page: Page) => ({
        summary: await page.locator('.selection-summary').textContent(),
        body: await page.locator('.dashboard-body').innerText(),
      });

      const imported = (await openPage(await h.newContext(), null)).page;
      await imported.goto(`${own.origin}/app/index.html#/dashboard`);
      await onView(imported, 'Partnership dashboard');
      await imported.setInputFiles('#dashboard-files', files);
      await expect.poll(() => imported.locator('.selection-summary').textContent()).toContain('of 3 records');

      const { page: pulled, errors } = await openPage(await h.newContext(), null);
      await pulled.goto(`${own.origin}/app/index.html#/dashboard`);
      await onView(pulled, 'Partnership dashboard');
      await pulled.getByLabel('xAPI endpoint', { exact: true }).fill(own.endpoint);
      await pulled.getByLabel('Key', { exact: true }).fill('test-key');
      await pulled.getByLabel('Secret', { exact: true }).fill('test-secret');
      await pulled.getByRole('button', { name: 'Pull records', exact: true }).click();
      await expect.poll(() => pulled.locator('.selection-summary').textContent()).toContain('of 3 records');
      const fromFiles = await measuresOf(imported);
      expect(fromFiles.body).toContain('Learning gain');
      expect(await measuresOf(pulled)).toEqual(fromFiles);
      await expect.poll(() => pulled.locator('.lrs-status').textContent()).toContain('3 records');
      expect(await axeViolations(pulled)).toEqual([]);

      // The next pull reads only what was stored since.
      await pulled.getByRole('button', { name: 'Pull records', exact: true }).click();
      await expect.poll(() => pulled.locator('.lrs-status').textContent()).toContain('Read 0 result statements');
      // A wrong secret is said plainly, and the records stay.
      await pulled.getByLabel('Secret', { exact: true }).fill('wrong');
      await pulled.getByRole('button', { name: 'Pull records', exact: true }).click();
      await expect
        .poll(() => pulled.locator('.lrs-status').textContent())
        .toBe('The records could not be pulled: the Learning Record Store refused the key and secret.');
      expect(await pulled.locator('.selection-summary').textContent()).toContain('of 3 records');
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    } finally {
      await own.stop();
    }
  });
});
