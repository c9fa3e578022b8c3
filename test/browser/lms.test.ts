/**
 * The built SCORM packages in Chromium, launched by a test LMS (scorm-again in the parent
 * frame, commits kept between launches): a pass with the pre-test, a fail with both tests,
 * quitting mid-way and resuming from the LMS's data, and a launch in a new window. Every
 * call the package makes to the LMS goes through the strict checker.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import { packageScorm } from '../../tools/package-scorm.ts';
import { SCHEMA_FILES } from '../../tools/scorm/manifest.ts';
import { validateManifest } from '../../tools/scorm/validate.ts';
import { type ApiCall, StrictChecker } from '../lms/strict-checker.ts';
import { pick, sample } from '../lms/scenarios.ts';
import {
  type Sure,
  answerQuestion,
  SAMPLE,
  SAMPLE_BEST,
  SAMPLE_REAL,
  axeViolations,
  baseUrl,
  chooseAll,
  collectErrors,
  onDecision,
  onEnding,
  onView,
  openPage,
  shownOptions,
  useBrowser,
} from './harness.ts';
import { type LmsServer, startLmsServer } from './lms-host/server.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const QUIZ = JSON.parse(readFileSync('stories/sample/quiz.json', 'utf8')) as Record<
  'pre' | 'post',
  { id: string; question: string; options: string[]; answer: number; learningPoint: string }[]
>;
const DECISIONS = ['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3', 'd_s-closure_4'];
const PACKAGES: Record<ScormVersion, string> = { '1.2': 'sample-12', '2004': 'sample-2004' };

const h = useBrowser();
let server: LmsServer;
const launches: Partial<Record<ScormVersion, string>> = {};

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'lms-packages-'));
  const built = await packageScorm({ dist: DIST, out, passMark: 0.7, scenarios: ['sample'] });
  const folders: Record<string, string> = {};
  for (const version of ['1.2', '2004'] as const) {
    const zip = built.find((b) => b.version === version && b.kind === 'scenario')!;
    const files = unzipSync(readFileSync(zip.file));
    const dir = path.join(out, PACKAGES[version]);
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    const manifest = strFromU8(files['imsmanifest.xml']!);
    const schemas = SCHEMA_FILES[version].map((fileName) => ({ fileName, contents: strFromU8(files[fileName]!) }));
    expect(await validateManifest(manifest, version, schemas)).toEqual({ valid: true, errors: [] });
    const href = /<resource identifier="RES-sample"[^>]* href="([^"]+)"/.exec(manifest)?.[1];
    launches[version] = href!.replace(/&amp;/g, '&');
    folders[PACKAGES[version]] = dir;
  }
  server = await startLmsServer(folders);
}, 180_000);

afterAll(async () => {
  await server?.close();
});

interface Host {
  page: Page;
  errors: string[];
}

function hostUrl(version: ScormVersion, mode: 'frame' | 'window', store: string, failCommits = 0): string {
  const query = new URLSearchParams({
    version: version === '1.2' ? '12' : '2004',
    pkg: PACKAGES[version],
    launch: launches[version]!,
    mode,
    store,
    failCommits: String(failCommits),
  });
  return `${server.url}/host/host.html?${query.toString()}`;
}

async function openHost(
  version: ScormVersion,
  mode: 'frame' | 'window' = 'frame',
  store = 'learner',
  failCommits = 0,
  context: BrowserContext = h.context,
): Promise<Host> {
  const { page, errors } = await openPage(context, null);
  await page.goto(hostUrl(version, mode, store, failCommits));
  return { page, errors };
}

async function activity(page: Page): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the activity frame did not load');
  return frame;
}

/** A fresh launch: briefing, then straight into the scenario. */
async function startFresh(app: Frame | Page): Promise<void> {
  await onView(app, SAMPLE.title);
  await app.getByRole('button', { name: 'Start', exact: true }).click();
  await onView(app, `Before you start: ${SAMPLE.title}`);
  await app.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
  await onDecision(app);
}

/** Answers a test question by its option's text (right or wrong), and says how sure the learner is. */
const answer = (app: Frame | Page, form: 'pre' | 'post', index: number, right: boolean, sure: Sure) =>
  answerQuestion(app, QUIZ[form][index]!, right, sure);

/** A fresh launch that takes some of the pre-test (question index, right or not, how sure) before play. */
async function startWithPreTest(app: Frame | Page, answers: [number, boolean, Sure][]): Promise<void> {
  await onView(app, SAMPLE.title);
  await app.getByRole('button', { name: 'Start', exact: true }).click();
  await onView(app, `Before you start: ${SAMPLE.title}`);
  for (const [index, right, sure] of answers) await answer(app, 'pre', index, right, sure);
  await app.getByRole('button', { name: 'Start the scenario', exact: true }).click();
  await onDecision(app);
}

async function leave(app: Frame | Page): Promise<void> {
  await app.getByRole('button', { name: 'Leave (progress is kept)', exact: true }).click();
  await onView(app, 'Leave the scenario');
}

type Stored = Record<string, unknown> & {
  core?: Record<string, unknown> & { score: Record<string, string> };
  score?: Record<string, string>;
};

async function stored(page: Page): Promise<Stored | null> {
  return page.evaluate(() => (window as unknown as { lms: { stored(): Stored | null } }).lms.stored());
}

async function lmsCalls(
  page: Page,
): Promise<{ calls: ApiCall[]; atLaunch: { interactions: number; objectiveIds: string[]; entry: string } }> {
  return page.evaluate(() => {
    const lms = (window as unknown as { lms: { calls: ApiCall[]; atLaunch: never } }).lms;
    return { calls: lms.calls, atLaunch: lms.atLaunch };
  });
}

/** Runs the strict checker over every call the package made to this LMS. */
async function strictProblems(page: Page, version: ScormVersion): Promise<{ problems: string[]; calls: ApiCall[] }> {
  const { calls, atLaunch } = await lmsCalls(page);
  const checker = new StrictChecker(version, atLaunch);
  // Failures the test LMS injected on purpose are not the package's doing.
  for (const call of calls) if (!(call as ApiCall & { injected?: boolean }).injected) checker.record(call);
  return { problems: checker.problems, calls };
}

type HeldInteraction = Record<string, unknown> & { id: string };

function interactionsOf(data: Stored): HeldInteraction[] {
  const all = data.interactions as Record<string, HeldInteraction>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k]!);
}

function interactionIds(data: Stored): string[] {
  return interactionsOf(data).map((i) => i.id);
}

function objectivesOf(data: Stored): Record<string, unknown>[] {
  const all = data.objectives as Record<string, Record<string, unknown>>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k]!);
}

const letter = (index: number) => String.fromCharCode(97 + index);

const finishes = (calls: ApiCall[]) => calls.filter((c) => c.method === 'LMSFinish' || c.method === 'Terminate').length;

describe('the SCORM packages in a test LMS', () => {
  it('SCORM 1.2 in a frame: plays to a pass, commits after each decision, sends the pre-test with certainty at the ending, and finishes once from the exit page', async () => {
    const { page, errors } = await openHost('1.2');
    const app = await activity(page);
    await startWithPreTest(app, [
      [0, true, 'Sure'],
      [1, false, 'Not sure'],
    ]);
    await chooseAll(app, [SAMPLE.gp]);
    await expect
      .poll(async () => interactionIds((await stored(page)) ?? { interactions: {} }))
      .toEqual(['d_s-contacts_1']);
    await chooseAll(app, SAMPLE_BEST.slice(1));
    await expect.poll(async () => (await stored(page))?.core?.lesson_status).toBe('passed');
    const data = (await stored(page))!;
    expect(data.core!.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    // The decisions, then the pre-test: each answer, and after an answer given with a certainty, a likert holding it.
    const [q1, q2] = QUIZ.pre;
    expect(interactionIds(data)).toEqual([
      ...DECISIONS,
      'pre_pre-1',
      'pre_pre-1_certainty',
      'pre_pre-2',
      'pre_pre-2_certainty',
      ...QUIZ.pre.slice(2).map((q) => `pre_${q.id}`),
    ]);
    const pre = interactionsOf(data).slice(4);
    expect(pre.slice(0, 5)).toMatchObject([
      {
        type: 'choice',
        student_response: letter(q1!.answer),
        result: 'correct',
        correct_responses: { 0: { pattern: letter(q1!.answer) } },
        objectives: { 0: { id: q1!.learningPoint } },
      },
      { type: 'likert', student_response: '3', result: 'neutral' },
      { type: 'choice', result: 'wrong', correct_responses: { 0: { pattern: letter(q2!.answer) } } },
      { type: 'likert', student_response: '1' },
      { type: 'choice', student_response: '', result: 'neutral' }, // left unanswered
    ]);
    expect(objectivesOf(data).at(-1)).toMatchObject({
      id: 'test-pre',
      status: 'completed',
      score: { raw: '1', min: '0', max: String(QUIZ.pre.length) },
    });
    const commits = (await lmsCalls(page)).calls.filter((c) => c.method === 'LMSCommit').length;
    expect(commits).toBeGreaterThanOrEqual(5); // at the start and after each of the four decisions

    await leave(app);
    await app.getByRole('button', { name: 'Finish and return to the LMS', exact: true }).click();
    await onView(app, 'This session has ended');
    await expect.poll(async () => (await stored(page))?.core?.exit).toBe('');
    // The LMS closes the frame: pagehide must not finish a second time.
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    const { problems, calls } = await strictProblems(page, '1.2');
    expect(problems).toEqual([]);
    expect(finishes(calls)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('SCORM 2004 in a frame: plays to a fail, sends both tests with certainty, and finishes (exit normal) when the LMS closes the frame', async () => {
    const { page, errors } = await openHost('2004');
    const app = await activity(page);
    await startWithPreTest(app, [[2, false, 'Fairly sure']]);
    await chooseAll(app, SAMPLE_REAL);
    await expect
      .poll(async () => {
        const d = await stored(page);
        return `${d?.completion_status}/${d?.success_status}`;
      })
      .toBe('completed/failed');
    expect((await stored(page))!.score).toMatchObject({ scaled: '0', raw: '0', min: '0', max: '100' });
    await onEnding(app);
    await app.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(app, `Debrief: ${SAMPLE.title}`);
    await app.getByRole('button', { name: 'Continue: post-test and confidence', exact: true }).click();
    await onView(app, `After the scenario: ${SAMPLE.title}`);
    for (const i of QUIZ.post.keys()) await answer(app, 'post', i, i !== 0, 'Sure');
    await app.getByRole('button', { name: 'See your results', exact: true }).click();
    await onView(app, `Your results: ${SAMPLE.title}`);
    const ids = [...QUIZ.pre.map((q) => `pre_${q.id}`), ...QUIZ.post.map((q) => `post_${q.id}`)];
    await expect.poll(async () => interactionIds((await stored(page))!).slice(3)).toEqual(ids);
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    await expect.poll(async () => finishes((await lmsCalls(page)).calls)).toBe(1);
    const data = (await stored(page))!;
    expect(data.exit).toBe('normal');
    expect(data.session_time).toMatch(/^PT/);
    const held = interactionsOf(data);
    expect(held).toHaveLength(3 + QUIZ.pre.length + QUIZ.post.length);
    const q3 = QUIZ.pre[2]!;
    expect(held[3 + 2]).toMatchObject({
      type: 'choice',
      result: 'incorrect',
      correct_responses: { 0: { pattern: letter(q3.answer) } },
      description: `Fairly sure — ${q3.question}`,
    });
    expect(held[3]).toMatchObject({ result: 'neutral', learner_response: '', description: QUIZ.pre[0]!.question });
    expect(held.slice(3 + QUIZ.pre.length).map((i) => [i.result, String(i.description).split(' — ')[0]])).toEqual(
      QUIZ.post.map((_, i) => [i === 0 ? 'incorrect' : 'correct', 'Sure']),
    );
    expect(objectivesOf(data).slice(-2)).toMatchObject([
      { id: 'test-pre', completion_status: 'completed', success_status: 'unknown', score: { raw: '0' } },
      {
        id: 'test-post',
        description: 'Post-test',
        score: { raw: String(QUIZ.post.length - 1), max: String(QUIZ.post.length) },
      },
    ]);
    const { problems } = await strictProblems(page, '2004');
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('quits mid-way, then relaunches from the LMS’s data (entry resume) at the same decision with the same score', async () => {
    const first = await openHost('1.2', 'frame', 'quitter');
    const app = await activity(first.page);
    await startFresh(app);
    await chooseAll(app, [SAMPLE.gp, SAMPLE.visitNow]);
    await onDecision(app);
    const options = await shownOptions(app);
    // The learner leaves mid-way and the LMS unloads the activity: pagehide in the frame.
    await first.page.evaluate(() => document.querySelector('iframe')?.remove());
    await expect.poll(async () => finishes((await lmsCalls(first.page)).calls)).toBe(1);
    const kept = (await stored(first.page))!;
    expect(kept.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(kept.suspend_data).toMatch(/^1~sample~/);
    const firstCalls = await strictProblems(first.page, '1.2');
    await h.context.close();

    // Another browser profile: nothing local to fall back on, so only the LMS's data can resume it.
    const profile = await h.newContext();
    const storeKey = 'lms-store:quitter';
    await profile.addInitScript(
      ([key, value]) => {
        if (location.pathname.startsWith('/host/')) sessionStorage.setItem(key!, value!);
      },
      [storeKey, JSON.stringify(kept)],
    );
    const second = await openHost('1.2', 'frame', 'quitter', 0, profile);
    const resumed = await activity(second.page);
    await onDecision(resumed);
    expect((await lmsCalls(second.page)).atLaunch.entry).toBe('resume');
    expect(await shownOptions(resumed)).toEqual(options);
    expect(await resumed.locator('.choice-made').count()).toBe(2);
    await chooseAll(resumed, [SAMPLE.seeMia, SAMPLE.strategy]);
    const same = Session.start(sample());
    pick(same, SAMPLE.gp, SAMPLE.visitNow, SAMPLE.seeMia, SAMPLE.strategy);
    await expect
      .poll(async () => (await stored(second.page))?.core?.score.raw)
      .toBe(String(Math.round(same.ledger.overall() * 100)));
    expect(interactionIds((await stored(second.page))!)).toEqual([
      'd_s-contacts_1',
      'd_s-contacts_2',
      'd_s-visit_3',
      'd_s-closure_4',
    ]);
    expect(firstCalls.problems).toEqual([]);
    expect(finishes(firstCalls.calls)).toBe(1);
    expect((await strictProblems(second.page, '1.2')).problems).toEqual([]);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('SCORM 2004 in a new window finds the LMS through window.opener', async () => {
    const { page, errors } = await openHost('2004', 'window', 'popup');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#open').click()]);
    collectErrors(popup, errors);
    await startFresh(popup);
    await chooseAll(popup, [SAMPLE.gp]);
    await expect
      .poll(async () => interactionIds((await stored(page)) ?? { interactions: {} }))
      .toEqual(['d_s-contacts_1']);
    await popup.goto('about:blank'); // the learner closes the window
    await expect.poll(async () => finishes((await lmsCalls(page)).calls)).toBe(1);
    expect((await stored(page))!.exit).toBe('suspend');
    expect((await strictProblems(page, '2004')).problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps going when the LMS fails to commit: says so quietly, and sends everything at the next commit', async () => {
    const { page, errors } = await openHost('2004', 'frame', 'flaky', 2);
    const app = await activity(page);
    await startFresh(app); // the first commit fails
    await chooseAll(app, [SAMPLE.gp]); // so does the second
    const notice = app.locator('.lms-status[role=status] .notice', {
      hasText: 'has not confirmed your latest progress',
    });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/kept in this browser and will be sent again/);
    expect(await stored(page)).toBeNull();
    await chooseAll(app, [SAMPLE.nursery]);
    await notice.waitFor({ state: 'detached' });
    const data = (await stored(page))!;
    expect(interactionIds(data)).toEqual(['d_s-contacts_1', 'd_s-contacts_2']);
    expect(data.suspend_data).toMatch(/^1~sample~[0-9a-f]{8}~[0-9a-z]+~r~[0-9a-z]+~00~/);
    expect(data.completion_status).toBe('incomplete');
    const { problems, calls } = await strictProblems(page, '2004');
    expect(calls.filter((c) => (c as ApiCall & { injected?: boolean }).injected)).toHaveLength(2);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opened as a package with no LMS: says so, keeps progress in the browser, and the exit page is accessible', async () => {
    const { page, errors } = await h.open(null);
    await page.goto(`${baseUrl()}index.html?scorm=12&scenario=sample`);
    await page.locator('.lms-status .notice', { hasText: 'no LMS connection was found' }).waitFor();
    // Only the learner's own pages stay in the site navigation.
    expect(await page.locator('.site-nav a:visible').allTextContents()).toEqual(['Your results and data', 'Settings']);
    await startFresh(page);
    await chooseAll(page, [SAMPLE.nursery]);
    const options = await shownOptions(page);
    await leave(page);
    // The exit page is drawn whole: its heading on screen, the finish button would be too.
    expect(await page.getByRole('button', { name: 'Finish and return to the LMS', exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the scenario', exact: true }).click();
    await onDecision(page);
    expect(await shownOptions(page)).toEqual(options);
    expect(errors).toEqual([]);
  });
});
