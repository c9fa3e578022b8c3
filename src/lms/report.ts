/**
 * What a play session tells the LMS, in neither version's terms: score and pass, progress,
 * one entry per decision made and one per learning point, and the tests taken with it (the
 * pre-, post- and follow-up test results the launch has heard). Built from the session and
 * those results alone, so the same session and results always give the same report.
 */
import type { LpStatus } from '../engine/ledger.ts';
import type { Certainty, Question, QuizAnswer, QuizResult, TestForm } from '../engine/quiz.ts';
import type { BeatOption } from '../engine/runner.ts';
import type { SavedSession, Session } from '../engine/session.ts';

/**
 * How a decision is judged for the LMS, from the learning-point effects tagged on the options:
 * `correct` when the chosen option's effects sum above zero; `wrong` when they sum below zero,
 * or to zero while another option at that decision sums above zero; `neutral` when no option
 * there scores above zero (a decision that gathers information rather than tests practice).
 */
export type DecisionResult = 'correct' | 'wrong' | 'neutral';

/** The package's own pass mark (0..1), used when neither the package build nor the LMS sets one. */
export const DEFAULT_PASS_MARK = 0.7;

export interface DecisionReport {
  /** Place in the path, 1-based. */
  n: number;
  decisionId: string | null;
  /** Option index chosen. */
  index: number;
  text: string;
  result: DecisionResult;
  /** Options whose effects sum above zero. */
  correctIndices: number[];
  /** Learning points the chosen option affects. */
  learningPoints: string[];
  /** Epoch milliseconds of the choice. */
  at: number;
  /** Milliseconds since the previous choice (or the start). */
  latencyMs: number;
}

export interface ObjectiveReport {
  id: string;
  title: string;
  /** 0–100: the learning point's score clamped to 0..max, over its max. */
  score: number;
  status: LpStatus;
}

/** One question of a test as answered. */
export interface TestAnswerReport {
  form: TestForm;
  questionId: string;
  learningPoint: string;
  /** The question's text; empty when the scenario's quiz no longer has the question. */
  question: string;
  /** Index in quiz.json of the option chosen; null when the question was left unanswered. */
  chosen: number | null;
  /** Index in quiz.json of the right option; null when the quiz no longer has the question. */
  answer: number | null;
  /** `neutral` for a question left unanswered (it scores nothing, but was not answered wrongly). */
  result: DecisionResult;
  certainty: Certainty | null;
  /** Epoch milliseconds the test was marked. */
  at: number;
}

/** One test form as taken: its mark and every question. */
export interface TestReport {
  form: TestForm;
  /** Questions answered right. */
  score: number;
  /** Questions in the form. */
  max: number;
  at: number;
  answers: TestAnswerReport[];
}

/** The marked tests to report with a session, by form. */
export type TestResults = Partial<Record<TestForm, QuizResult>>;

/** The order tests are reported in. */
export const TEST_FORMS: readonly TestForm[] = ['pre', 'post', 'followup'];

export interface LmsReport {
  scenarioId: string;
  /** An ending was reached. */
  finished: boolean;
  /** The scenario has anything to score (some learning point can earn credit). */
  scored: boolean;
  /** 0–100: round(overall × 100). */
  score: number;
  /** Pass mark used, 0..1. */
  passMark: number;
  /** Against the pass mark; null until finished, or when nothing is scored. */
  passed: boolean | null;
  /** 0..1: episodes begun over episodes, 1 at an ending. */
  progress: number;
  /** Where the learner is: `<decisions made + 1>:<decision id>`, or `end:<ending id>`. */
  location: string;
  decisions: DecisionReport[];
  objectives: ObjectiveReport[];
  /** Tests taken with this play, in the order pre, post, follow-up (those not taken are left out). */
  tests: TestReport[];
  saved: SavedSession;
}

function effectSum(option: BeatOption): number {
  return option.effects.reduce((sum, e) => sum + e.delta, 0);
}

export function judgeDecision(options: readonly BeatOption[], chosen: number): DecisionResult {
  const sums = options.map(effectSum);
  const mine = sums[chosen] ?? 0;
  if (mine > 0) return 'correct';
  if (mine < 0 || sums.some((s) => s > 0)) return 'wrong';
  return 'neutral';
}

function progressOf(session: Session): number {
  if (session.finished) return 1;
  const total = session.scenario.facts.episodes.length;
  const episode = session.context.episode?.number ?? 0;
  if (!total || !episode) return 0;
  // Never 1 before an ending: the last episode is begun, not done.
  return Math.min(Math.max((episode - 1) / total, 0), 0.99);
}

/** The LMS compares the reported score (raw over 100, or scaled) with the pass mark; so do we. */
export function meetsPassMark(score: number, passMark: number): boolean {
  return score / 100 >= passMark - 1e-9;
}

const CERTAINTIES = new Set<unknown>([1, 2, 3]);

/**
 * A marked test as the LMS receives it. Results come from the browser's storage too, so
 * anything malformed is left out rather than sent: an answer without a question id, a
 * choice that is not an option index, a certainty outside 1–3.
 */
export function buildTestReport(
  form: TestForm,
  result: QuizResult,
  questions: readonly Question[],
  fallbackAt: number,
): TestReport | null {
  if (!result || typeof result !== 'object' || !Array.isArray(result.answers)) return null;
  const parsedAt = Date.parse(result.at);
  const at = Number.isFinite(parsedAt) ? parsedAt : fallbackAt;
  const seen = new Set<string>();
  const answers: TestAnswerReport[] = [];
  for (const a of result.answers as unknown[]) {
    const given = a as Partial<QuizAnswer> | null;
    if (!given || typeof given.questionId !== 'string' || !given.questionId || seen.has(given.questionId)) continue;
    seen.add(given.questionId);
    const q = questions.find((x) => x.id === given.questionId);
    const max = q ? q.options.length : 26;
    const chosen =
      typeof given.chosen === 'number' && Number.isInteger(given.chosen) && given.chosen >= 0 && given.chosen < max
        ? given.chosen
        : null;
    const correct = q ? chosen !== null && chosen === q.answer : chosen !== null && given.correct === true;
    answers.push({
      form,
      questionId: given.questionId,
      learningPoint: q?.learningPoint ?? (typeof given.learningPoint === 'string' ? given.learningPoint : ''),
      question: q?.question ?? '',
      chosen,
      answer: q ? q.answer : null,
      result: chosen === null ? 'neutral' : correct ? 'correct' : 'wrong',
      certainty: chosen !== null && CERTAINTIES.has(given.certainty) ? (given.certainty as Certainty) : null,
      at,
    });
  }
  if (!answers.length) return null;
  // Every question of the form is in a marked result (answered or not): the mark is out of them.
  const score = answers.filter((a) => a.result === 'correct').length;
  return { form, score, max: answers.length, at, answers };
}

export function buildLmsReport(session: Session, passMark: number, tests: TestResults = {}): LmsReport {
  const { meta } = session.scenario;
  const results = session.ledger.results();
  const scored = results.some((r) => r.max > 0);
  const score = Math.round(session.ledger.overall() * 100);
  const finished = session.finished;
  let previous = session.startedAt;
  const decisions = session.turns.map((turn, i): DecisionReport => {
    const { choice, option, beat } = turn;
    const report: DecisionReport = {
      n: i + 1,
      decisionId: choice.decisionId,
      index: choice.index,
      text: choice.text,
      result: judgeDecision(beat.options, choice.index),
      correctIndices: beat.options.filter((o) => effectSum(o) > 0).map((o) => o.index),
      learningPoints: [...new Set(option.effects.map((e) => e.id))],
      at: choice.at,
      latencyMs: Math.max(choice.at - previous, 0),
    };
    previous = choice.at;
    return report;
  });
  const ending = session.current.ending;
  const location = finished
    ? `end:${ending?.id ?? ''}`
    : `${session.turns.length + 1}:${session.current.decision?.id ?? ''}`;
  return {
    scenarioId: meta.id,
    finished,
    scored,
    score,
    passMark,
    passed: finished && scored ? meetsPassMark(score, passMark) : null,
    progress: progressOf(session),
    location: location.slice(0, 255),
    decisions,
    objectives: results.map((r) => ({
      id: r.id,
      title: meta.learningPoints.find((lp) => lp.id === r.id)?.title ?? r.id,
      score: Math.round(r.scaled * 100),
      status: r.status,
    })),
    tests: TEST_FORMS.flatMap((form) => {
      const result = tests[form];
      const questions = session.scenario.quiz?.[form] ?? [];
      const test = result ? buildTestReport(form, result, questions, session.startedAt) : null;
      return test ? [test] : [];
    }),
    saved: session.toSaved(),
  };
}
