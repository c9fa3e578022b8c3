/**
 * The pre-, post- and follow-up tests in the LMS (scorm-again behind the strict checker,
 * SCORM 1.2 and 2004): every answer as a `choice` interaction after the path's decisions,
 * the certainty where each version has a place for it, one objective per test form, and
 * launches that resume, relaunch after the end, or come back weeks later for the follow-up
 * without losing or repeating an answer. Played on the real compiled scenarios.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaythroughs, scriptedPaths } from '../../tools/lib/playthrough.ts';
import { CERTAINTY_WORDS } from '../../src/engine/calibration.ts';
import { withFollowUp } from '../../src/engine/follow-up.ts';
import {
  type Certainty,
  type GivenAnswer,
  type Question,
  type QuizResult,
  type TestForm,
  markQuiz,
} from '../../src/engine/quiz.ts';
import { buildResult } from '../../src/engine/result.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { Session } from '../../src/engine/session.ts';
import { ScormAdapter } from '../../src/lms/adapter.ts';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import type { FoundApi } from '../../src/lms/discover.ts';
import { buildLmsReport, buildTestReport } from '../../src/lms/report.ts';
import { chooseResumePoint } from '../../src/lms/resume.ts';
import { PlayTests, preTestBelongsTo } from '../../src/lms/tests.ts';
import { compiledScenario } from '../engine/fixtures.ts';
import { relaunchData, strictLms, withFaults } from './lms-runtime.ts';
import { SAMPLE_BEST, pick, sample } from './scenarios.ts';

const PASS_MARK = 0.7;
const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const FORMS: TestForm[] = ['pre', 'post', 'followup'];

type Data = Record<string, unknown>;

function entries(list: unknown): Data[] {
  const all = (list ?? {}) as Record<string, Data>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k]!);
}

/** An interaction as the LMS holds it, in either version's terms. */
interface Held {
  id: string;
  type: string;
  objective: string | undefined;
  correct: string[];
  response: string;
  result: string;
  description: string | undefined;
}

function held(version: ScormVersion, snap: Data): Held[] {
  return entries(snap.interactions).map((i) => ({
    id: i.id as string,
    type: i.type as string,
    objective: entries(i.objectives)[0]?.id as string | undefined,
    correct: entries(i.correct_responses).map((c) => c.pattern as string),
    response: (version === '1.2' ? i.student_response : i.learner_response) as string,
    result: i.result as string,
    description: version === '2004' ? (i.description as string) : undefined,
  }));
}

const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * A learner's answers: the right option on even questions, a wrong one on odd ones, the
 * question `skip` (if any) left unanswered; certainty cycles sure, fairly sure, not sure.
 */
function given(questions: readonly Question[], skip = -1): GivenAnswer[] {
  return questions.map((q, i) => {
    if (i === skip) return { chosen: null, certainty: null };
    const chosen = i % 2 === 0 ? q.answer : (q.answer + 1) % q.options.length;
    return { chosen, certainty: ([3, 2, 1] as Certainty[])[i % 3]! };
  });
}

/** What the LMS should hold for one form's answers, in order (1.2: each answer, then its certainty). */
function expectedAnswers(version: ScormVersion, form: TestForm, questions: readonly Question[], result: QuizResult) {
  return questions.flatMap((q, i) => {
    const a = result.answers[i]!;
    const right = a.chosen === q.answer;
    const answer: Held = {
      id: `${form}_${q.id}`,
      type: 'choice',
      objective: q.learningPoint,
      correct: [letter(q.answer)],
      response: a.chosen === null ? '' : letter(a.chosen),
      result: a.chosen === null ? 'neutral' : right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect',
      description:
        version === '2004'
          ? `${a.certainty ? `${CERTAINTY_WORDS[a.certainty]} — ` : ''}${q.question}`.slice(0, 250)
          : undefined,
    };
    if (version === '2004' || a.certainty === null) return [answer];
    const certainty: Held = {
      id: `${form}_${q.id}_certainty`,
      type: 'likert',
      objective: q.learningPoint,
      correct: [],
      response: String(a.certainty),
      result: 'neutral',
      description: undefined,
    };
    return [answer, certainty];
  });
}

/** The test objectives as the LMS holds them: id, score and status. */
function testObjectives(version: ScormVersion, snap: Data) {
  return entries(snap.objectives)
    .filter((o) => String(o.id).startsWith('test-'))
    .map((o) => {
      const score = o.score as Data;
      return version === '1.2'
        ? { id: o.id, raw: score.raw, min: score.min, max: score.max, status: o.status }
        : {
            id: o.id,
            description: o.description,
            scaled: score.scaled,
            raw: score.raw,
            min: score.min,
            max: score.max,
            status: `${o.completion_status as string}/${o.success_status as string}`,
          };
    });
}

function expectedObjective(version: ScormVersion, form: TestForm, result: QuizResult) {
  const title = { pre: 'Pre-test', post: 'Post-test', followup: 'Follow-up test' }[form];
  const common = { id: `test-${form}`, raw: String(result.score), min: '0', max: String(result.max) };
  return version === '1.2'
    ? { ...common, status: 'completed' }
    : {
        ...common,
        description: title,
        scaled: String(Math.round((result.score / result.max) * 10000) / 10000),
        status: 'completed/unknown',
      };
}

function optionIndex(session: Session, text: string): number {
  const matches = session.current.options.filter((o) => o.text.includes(text));
  if (matches.length !== 1) throw new Error(`"${text}" matches ${matches.length} options`);
  return matches[0]!.index;
}

interface Scripted {
  id: string;
  scenario: CompiledScenario;
  /** The longest scripted path (playthroughs.json). */
  choices: string[];
}

function scripted(): Scripted[] {
  return readdirSync('stories', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join('stories', d.name, 'playthroughs.json')))
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const choices = scriptedPaths(readPlaythroughs(path.join('stories', id)))
        .map(([, p]) => p.choices)
        .reduce((a, b) => (b.length > a.length ? b : a));
      return { id, scenario: compiledScenario(path.join('stories', id)), choices };
    });
}

/** A launch of the package as lms-launch.ts runs it: the adapter, and the tests it has heard or found. */
class Launch {
  readonly adapter: ScormAdapter;
  readonly tests = new PlayTests();
  readonly passMark: number;
  readonly suspendData: string;

  constructor(found: FoundApi, now: () => number) {
    this.adapter = new ScormAdapter(found, now);
    const launch = this.adapter.start(PASS_MARK);
    this.passMark = launch.passMark;
    this.suspendData = launch.suspendData;
  }

  commit(session: Session): boolean {
    return this.adapter.commit(buildLmsReport(session, this.passMark, this.tests.for(session)));
  }

  finish(session: Session): void {
    this.adapter.finish(buildLmsReport(session, this.passMark, this.tests.for(session)));
  }
}

describe.each(['1.2', '2004'] as const)('tests in SCORM %s', (version) => {
  it('sends every pre, post and follow-up answer after the decisions, with the certainty and one objective per form', () => {
    const lms = strictLms(version);
    let now = START;
    const launch = new Launch({ version, api: lms.api }, () => now);
    const quiz = sample().quiz!;
    const pre = markQuiz(quiz.pre, given(quiz.pre, 4), new Date(now));
    launch.tests.hear('pre', pre, null);
    const session = Session.start(sample(), { seed: 9, now: () => now });
    expect(launch.commit(session)).toBe(true);
    for (const text of SAMPLE_BEST) {
      now += 60_000;
      pick(session, text);
      expect(launch.commit(session)).toBe(true);
      if (!session.finished) {
        // Until the ending, the journal holds decisions only.
        expect(held(version, lms.snapshot()).every((i) => i.id.startsWith('d_'))).toBe(true);
      }
    }
    now += 300_000;
    const post = markQuiz(quiz.post, given(quiz.post), new Date(now));
    launch.tests.hear('post', post, session);
    expect(launch.commit(session)).toBe(true);
    now += 42 * 86_400_000 + 3_600_000;
    const followup = markQuiz(quiz.followup, given(quiz.followup, 0), new Date(now));
    launch.tests.hear('followup', followup, session);
    expect(launch.commit(session)).toBe(true);
    // Commits after that send nothing new: no answer twice in a launch.
    expect(launch.commit(session)).toBe(true);
    launch.finish(session);
    expect(lms.checker.problems).toEqual([]);

    const snap = lms.snapshot();
    const all = held(version, snap);
    expect(all.slice(0, 4).map((i) => i.id)).toEqual([
      'd_s-contacts_1',
      'd_s-contacts_2',
      'd_s-visit_3',
      'd_s-closure_4',
    ]);
    expect(all.slice(4)).toEqual([
      ...expectedAnswers(version, 'pre', quiz.pre, pre),
      ...expectedAnswers(version, 'post', quiz.post, post),
      ...expectedAnswers(version, 'followup', quiz.followup, followup),
    ]);
    // Skipped: no response, result neutral, and no certainty companion.
    expect(all.find((i) => i.id === `pre_${quiz.pre[4]!.id}`)).toMatchObject({ response: '', result: 'neutral' });
    expect(all.some((i) => i.id === `pre_${quiz.pre[4]!.id}_certainty`)).toBe(false);
    expect(testObjectives(version, snap)).toEqual([
      expectedObjective(version, 'pre', pre),
      expectedObjective(version, 'post', post),
      expectedObjective(version, 'followup', followup),
    ]);
    // The learning-point objectives are untouched, and come first.
    expect(entries(snap.objectives).map((o) => o.id)).toEqual([
      's-ask-others',
      's-see-the-child',
      's-challenge',
      'test-pre',
      'test-post',
      'test-followup',
    ]);
    const times = entries(snap.interactions)
      .slice(4)
      .map((i) => (version === '1.2' ? i.time : i.timestamp));
    expect(new Set(times).size).toBe(3); // one time per form: when it was marked
  });

  it('keeps answers, decisions and objectives whole across launches: resume, relaunch after the end, the follow-up weeks later', () => {
    const quiz = sample().quiz!;
    let now = START;
    const clock = () => now;
    let lms = strictLms(version);
    const problems: string[] = [];

    // Launch 1: the pre-test, then two decisions; the learner closes the page.
    let launch = new Launch({ version, api: lms.api }, clock);
    const pre = markQuiz(quiz.pre, given(quiz.pre, 1), new Date(now));
    launch.tests.hear('pre', pre, null);
    const first = Session.start(sample(), { seed: 4, now: clock });
    launch.commit(first);
    for (const text of ['GP', 'nursery']) {
      now += 60_000;
      pick(first, text);
      launch.commit(first);
    }
    launch.finish(first);
    problems.push(...lms.checker.problems);
    expect(held(version, lms.snapshot()).map((i) => i.id)).toEqual(['d_s-contacts_1', 'd_s-contacts_2']);
    expect(testObjectives(version, lms.snapshot())).toEqual([]);

    // Launch 2, a day later: resumed from the LMS; the pre-test is found with this browser's attempt.
    now += 86_400_000;
    lms = strictLms(version, relaunchData(version, lms.snapshot()));
    launch = new Launch({ version, api: lms.api }, clock);
    const point = chooseResumePoint(sample(), launch.suspendData, null);
    const session = Session.resume(sample(), point.saved!, { now: clock }).session;
    launch.tests.remember(pre, []);
    launch.commit(session);
    for (const text of ['Ask to see', 'Set out']) {
      now += 60_000;
      pick(session, text);
      launch.commit(session);
    }
    now += 300_000;
    const post = markQuiz(quiz.post, given(quiz.post), new Date(now));
    launch.tests.hear('post', post, session);
    launch.commit(session);
    launch.finish(session);
    problems.push(...lms.checker.problems);
    const afterPlay = held(version, lms.snapshot());
    const decisions = ['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3', 'd_s-closure_4'];
    expect(afterPlay).toEqual([
      ...afterPlay.slice(0, 4),
      ...expectedAnswers(version, 'pre', quiz.pre, pre),
      ...expectedAnswers(version, 'post', quiz.post, post),
    ]);
    expect(afterPlay.slice(0, 4).map((i) => i.id)).toEqual(decisions);

    // The app keeps the result (and clears the attempt).
    const record = buildResult(session, {
      id: 'result-0001',
      participant: { code: null, agency: null, role: null, cohort: null },
      preTest: pre,
      postTest: post,
      confidence: { before: null, after: null },
      finishedAt: new Date(now),
    });

    // Launch 3: the learner opens the finished activity again. Nothing new is sent.
    now += 3_600_000;
    lms = strictLms(version, relaunchData(version, lms.snapshot()));
    launch = new Launch({ version, api: lms.api }, clock);
    let again = Session.resume(sample(), chooseResumePoint(sample(), launch.suspendData, null).saved!).session;
    launch.tests.remember(null, [record]);
    launch.commit(again);
    launch.finish(again);
    problems.push(...lms.checker.problems);
    expect(lms.checker.calls.filter((c) => /SetValue/.test(c.method) && /interactions/.test(c.args[0]!))).toEqual([]);
    expect(held(version, lms.snapshot())).toEqual(afterPlay);

    // Launch 4, six weeks on: the follow-up.
    now += 42 * 86_400_000;
    lms = strictLms(version, relaunchData(version, lms.snapshot()));
    launch = new Launch({ version, api: lms.api }, clock);
    again = Session.resume(sample(), chooseResumePoint(sample(), launch.suspendData, null).saved!).session;
    launch.tests.remember(null, [record]);
    launch.commit(again);
    const followup = markQuiz(quiz.followup, given(quiz.followup), new Date(now));
    launch.tests.hear('followup', followup, again);
    launch.commit(again);
    launch.commit(again);
    launch.finish(again);
    problems.push(...lms.checker.problems);
    const withFollowup = [...afterPlay, ...expectedAnswers(version, 'followup', quiz.followup, followup)];
    expect(held(version, lms.snapshot())).toEqual(withFollowup);

    // Launch 5: the result now holds all three tests; the LMS has them all, so nothing is repeated.
    const complete = withFollowUp(record, followup, null);
    lms = strictLms(version, relaunchData(version, lms.snapshot()));
    launch = new Launch({ version, api: lms.api }, clock);
    again = Session.resume(sample(), chooseResumePoint(sample(), launch.suspendData, null).saved!).session;
    launch.tests.remember(null, [complete]);
    launch.commit(again);
    launch.finish(again);
    problems.push(...lms.checker.problems);
    const end = lms.snapshot();
    expect(held(version, end)).toEqual(withFollowup);
    expect(testObjectives(version, end)).toEqual([
      expectedObjective(version, 'pre', pre),
      expectedObjective(version, 'post', post),
      expectedObjective(version, 'followup', followup),
    ]);
    expect(entries(end.objectives)).toHaveLength(6);
    expect(problems).toEqual([]);
  });

  it('sends in the next launch the ending and tests a failing LMS never confirmed, once', () => {
    const quiz = sample().quiz!;
    let now = START;
    const clock = () => now;
    const lms = strictLms(version);
    const { found, faults } = withFaults({ version, api: lms.api } as FoundApi);
    const launch = new Launch(found, clock);
    const pre = markQuiz(quiz.pre, given(quiz.pre), new Date(now));
    launch.tests.hear('pre', pre, null);
    const session = Session.start(sample(), { seed: 12, now: clock });
    /** What the LMS keeps: its data at the last commit that went through. */
    let stored = lms.snapshot();
    const commit = () => {
      if (launch.commit(session)) stored = lms.snapshot();
    };
    commit();
    for (const text of SAMPLE_BEST) {
      now += 60_000;
      pick(session, text);
      // The LMS stops confirming just as the path ends: the ending and both tests go unconfirmed.
      if (session.finished) faults.fail(version === '1.2' ? 'LMSCommit' : 'Commit', 10, { code: '101' });
      commit();
    }
    const post = markQuiz(quiz.post, given(quiz.post, 2), new Date((now += 60_000)));
    launch.tests.hear('post', post, session);
    commit();
    // Then the browser closes without a word to the LMS. The app kept the result in this browser.
    const record = buildResult(session, {
      id: 'result-0002',
      participant: { code: null, agency: null, role: null, cohort: null },
      preTest: pre,
      postTest: post,
      confidence: { before: null, after: null },
      finishedAt: new Date(now),
    });
    expect(held(version, stored).map((i) => i.id)).toEqual(['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3']);

    // The next launch picks up from this browser's copy (the LMS lacks the last decision).
    now += 3_600_000;
    const next = strictLms(version, relaunchData(version, stored));
    const relaunch = new Launch({ version, api: next.api }, clock);
    const point = chooseResumePoint(sample(), relaunch.suspendData, { saved: session.toSaved(), confirmed: 3 });
    expect(point.source).toBe('local');
    const resumed = Session.resume(sample(), point.saved!).session;
    relaunch.tests.remember(null, [record]);
    expect(relaunch.commit(resumed)).toBe(true);
    expect(relaunch.commit(resumed)).toBe(true);
    relaunch.finish(resumed);
    expect(next.checker.problems).toEqual([]);
    expect(held(version, next.snapshot())).toEqual([
      ...held(version, next.snapshot()).slice(0, 4),
      ...expectedAnswers(version, 'pre', quiz.pre, pre),
      ...expectedAnswers(version, 'post', quiz.post, post),
    ]);
    expect(
      held(version, next.snapshot())
        .map((i) => i.id)
        .slice(0, 4),
    ).toEqual(['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3', 'd_s-closure_4']);
    expect(testObjectives(version, next.snapshot())).toEqual([
      expectedObjective(version, 'pre', pre),
      expectedObjective(version, 'post', post),
    ]);
  });

  it('does not send a pre-test taken with another play, nor tests of a play the launch does not report', () => {
    const quiz = sample().quiz!;
    let now = START;
    const lms = strictLms(version);
    const launch = new Launch({ version, api: lms.api }, () => now);
    // An attempt left in this browser from an earlier play (an hour before this one started).
    const stale = markQuiz(quiz.pre, given(quiz.pre), new Date(now - 3_600_000));
    launch.tests.remember(stale, []);
    const session = Session.start(sample(), { seed: 1, now: () => now });
    const other = Session.start(sample(), { seed: 2, now: () => now });
    launch.commit(session);
    for (const text of SAMPLE_BEST) {
      now += 60_000;
      pick(session, text);
      launch.commit(session);
    }
    // A post-test taken after another play.
    launch.tests.hear('post', markQuiz(quiz.post, given(quiz.post), new Date(now)), other);
    launch.commit(session);
    launch.finish(session);
    expect(lms.checker.problems).toEqual([]);
    expect(held(version, lms.snapshot()).map((i) => i.id)).toEqual([
      'd_s-contacts_1',
      'd_s-contacts_2',
      'd_s-visit_3',
      'd_s-closure_4',
    ]);
    expect(testObjectives(version, lms.snapshot())).toEqual([]);
  });
});

describe.each(scripted())('scenario $id: its longest path and all three tests', ({ id, scenario, choices }) => {
  it.each(['1.2', '2004'] as const)('in SCORM %s, within the limits, every answer in the LMS', (version) => {
    const quiz = scenario.quiz;
    expect(quiz, `${id} has a quiz`).not.toBeNull();
    const lms = strictLms(version);
    let now = START;
    const launch = new Launch({ version, api: lms.api }, () => now);
    const results: Partial<Record<TestForm, QuizResult>> = {};
    results.pre = markQuiz(quiz!.pre, given(quiz!.pre), new Date(now));
    launch.tests.hear('pre', results.pre, null);
    const session = Session.start(scenario, { seed: 2 ** 31 - 1, now: () => now });
    launch.commit(session);
    for (const text of choices) {
      now += 60_000;
      session.choose(optionIndex(session, text), now);
      expect(launch.commit(session)).toBe(true);
    }
    expect(session.finished).toBe(true);
    for (const form of ['post', 'followup'] as const) {
      now += 60_000;
      results[form] = markQuiz(quiz![form], given(quiz![form], 1), new Date(now));
      launch.tests.hear(form, results[form], session);
      expect(launch.commit(session)).toBe(true);
    }
    launch.finish(session);
    expect(lms.checker.problems).toEqual([]);
    const snap = lms.snapshot();
    const all = held(version, snap);
    expect(all.slice(0, choices.length).every((i) => i.id.startsWith('d_'))).toBe(true);
    expect(all.slice(choices.length)).toEqual(
      FORMS.flatMap((form) => expectedAnswers(version, form, quiz![form], results[form]!)),
    );
    expect(testObjectives(version, snap)).toEqual(FORMS.map((f) => expectedObjective(version, f, results[f]!)));
    // SCORM 2004 requires an LMS to keep at least 250 interactions and 100 objectives.
    expect(all.length).toBeLessThanOrEqual(250);
    expect(entries(snap.objectives).length).toBeLessThanOrEqual(100);
    expect(String(snap.suspend_data).length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
    // No learning point may take a test objective's id.
    expect(scenario.meta.learningPoints.filter((lp) => lp.id.startsWith('test-'))).toEqual([]);
  });
});

describe('which tests belong to a play', () => {
  const quiz = () => sample().quiz!;

  it('matches a pre-test to the play started right after it, to the second suspend data keeps', () => {
    const pre = markQuiz(quiz().pre, given(quiz().pre), new Date(START + 400));
    const exact = Session.start(sample(), { now: () => START + 450 });
    const floored = Session.start(sample(), { now: () => START });
    const later = Session.start(sample(), { now: () => START + 2 * 3_600_000 });
    expect([exact, floored, later].map((s) => preTestBelongsTo(pre, s))).toEqual([true, true, false]);
  });

  it('takes tests from what was heard, then the play’s kept result, then the kept attempt', () => {
    const session = Session.start(sample(), { seed: 3, now: () => START });
    pick(session, ...SAMPLE_BEST);
    const pre = markQuiz(quiz().pre, given(quiz().pre), new Date(START - 1000));
    const post = markQuiz(quiz().post, given(quiz().post), new Date(START + 600_000));
    const record = buildResult(session, {
      id: 'result-0003',
      participant: { code: null, agency: null, role: null, cohort: null },
      preTest: null,
      postTest: post,
      confidence: { before: null, after: null },
      finishedAt: new Date(START + 600_000),
    });
    const tests = new PlayTests();
    tests.remember(pre, [record]);
    expect(tests.for(session)).toEqual({ pre, post });
    const other = Session.start(sample(), { seed: 3, now: () => START + 2 * 3_600_000 });
    expect(tests.for(other)).toEqual({}); // another play: a different start, a different path
    const heard = markQuiz(quiz().post, given(quiz().post, 0), new Date(START + 700_000));
    tests.hear('post', heard, session);
    expect(tests.for(session).post).toBe(heard);
  });

  it('leaves out of a report what storage garbled, and marks an unanswered question neutral', () => {
    const questions = quiz().pre;
    const result = markQuiz(questions, given(questions, 2), new Date(START));
    const garbled = {
      ...result,
      at: 'not a time',
      answers: [
        ...result.answers.slice(0, 3),
        { ...result.answers[3]!, chosen: 99, certainty: 7 },
        { questionId: 42 },
        null,
        result.answers[0],
      ],
    } as unknown as QuizResult;
    const report = buildTestReport('pre', garbled, questions, START - 5)!;
    expect(report.at).toBe(START - 5);
    expect(report.answers.map((a) => [a.questionId, a.chosen, a.result, a.certainty])).toEqual([
      ['pre-1', questions[0]!.answer, 'correct', 3],
      ['pre-2', (questions[1]!.answer + 1) % 4, 'wrong', 2],
      ['pre-3', null, 'neutral', null],
      ['pre-4', null, 'neutral', null],
    ]);
    expect([report.score, report.max]).toEqual([1, 4]);
  });
});
