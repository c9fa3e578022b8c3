/**
 * What a play session tells the LMS, in neither version's terms: score and pass, progress,
 * one entry per decision made and one per learning point. Built from the session alone, so
 * the same session always gives the same report.
 */
import type { LpStatus } from '../engine/ledger.ts';
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

export function buildLmsReport(session: Session, passMark: number): LmsReport {
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
    saved: session.toSaved(),
  };
}
