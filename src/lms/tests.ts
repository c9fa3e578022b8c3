/**
 * Which pre-, post- and follow-up tests belong to the play an LMS launch reports. A launch
 * hears tests as they are marked (the `onTest` hook), and finds earlier ones in this
 * browser's copy of the learner's data: the pre-test kept with an attempt still being
 * played, and the three tests kept in the result of a finished play. Each is matched to
 * the play it was taken with, so that a test of another play (an earlier attempt, a new
 * play the LMS does not record) is never reported with this one.
 */
import type { QuizResult, TestForm } from '../engine/quiz.ts';
import type { ResultRecord } from '../engine/result.ts';
import type { Session } from '../engine/session.ts';
import type { TestResults } from './report.ts';

/**
 * How long before a session's start its pre-test can have been marked: the app marks the
 * pre-test and starts the session at once, so a pre-test marked earlier (or later) belongs
 * to another play. Suspend data keeps the start to the second, hence a second's slack after.
 */
export const PRE_TEST_BEFORE_START_MS = 60_000;

/** Whether a pre-test was marked just before this session started (so it was taken for this play). */
export function preTestBelongsTo(result: QuizResult, session: Session): boolean {
  const gap = session.startedAt - Date.parse(result.at);
  return gap >= -1000 && gap <= PRE_TEST_BEFORE_START_MS;
}

/**
 * Whether a kept result records this session's play: the same scenario, started in the same
 * second (suspend data keeps whole seconds), and the same choices.
 */
export function resultRecords(result: ResultRecord, session: Session): boolean {
  if (result.scenario.id !== session.scenario.meta.id) return false;
  if (Math.abs(Date.parse(result.startedAt) - session.startedAt) >= 1000) return false;
  return (
    result.path.length === session.turns.length &&
    result.path.every((step, i) => step.option === session.turns[i]!.choice.text)
  );
}

interface Heard {
  form: TestForm;
  result: QuizResult;
  /** The play it was taken with, or null for a pre-test (matched by time). */
  session: Session | null;
}

export class PlayTests {
  private readonly heard: Heard[] = [];
  private attemptPreTest: QuizResult | null = null;
  private results: readonly ResultRecord[] = [];

  /** What this browser kept for the learner at launch: the attempt's pre-test, and the scenario's results. */
  remember(attemptPreTest: QuizResult | null, results: readonly ResultRecord[]): void {
    this.attemptPreTest = attemptPreTest;
    this.results = results;
  }

  /**
   * A test marked in this launch. A pre-test is matched to its play by time; a post-test or
   * follow-up is taken after a play, which the caller names.
   */
  hear(form: TestForm, result: QuizResult, session: Session | null): void {
    this.heard.push({ form, result, session: form === 'pre' ? null : session });
  }

  /** The tests taken with this play, the latest heard first, then those this browser kept. */
  for(session: Session): TestResults {
    const tests: TestResults = {};
    for (const h of [...this.heard].reverse()) {
      if (tests[h.form]) continue;
      if (h.session ? h.session === session : preTestBelongsTo(h.result, session)) tests[h.form] = h.result;
    }
    const record = this.results.find((r) => resultRecords(r, session));
    if (record) {
      const kept: [TestForm, QuizResult | null][] = [
        ['pre', record.preTest],
        ['post', record.postTest],
        ['followup', record.followUpTest],
      ];
      for (const [form, result] of kept) if (result && !tests[form]) tests[form] = result;
    }
    if (!tests.pre && this.attemptPreTest && preTestBelongsTo(this.attemptPreTest, session)) {
      tests.pre = this.attemptPreTest;
    }
    return tests;
  }
}
