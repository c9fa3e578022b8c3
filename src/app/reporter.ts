/**
 * The reporting port: what a launch tells a system outside the page (an LMS through SCORM,
 * or a Learning Record Store) about play. Every call may wait on that system, so each returns
 * a promise; the app never waits for one before drawing, and a failing report never stops
 * play. A launch that reports nothing has no reporter.
 */
import type { QuizResult, TestForm } from '../engine/quiz.ts';
import type { ResultRecord } from '../engine/result.ts';
import type { BeatOption } from '../engine/runner.ts';
import type { Session } from '../engine/session.ts';
import type { PlayHookRegistry } from './hooks.ts';

export interface Reporter {
  /** A play started or resumed and is on screen. */
  started(session: Session): Promise<void>;
  /** A choice was made and the next beat is on screen. */
  chose(session: Session, option: BeatOption): Promise<void>;
  /** The learner left the play (to the menu, their results, another page). */
  left(session: Session): Promise<void>;
  /** A test form was answered and marked. */
  tested(scenarioId: string, form: TestForm, result: QuizResult): Promise<void>;
  /** A result record was kept (after the post-test, and again with the follow-up), for reporters that carry it. */
  recorded?(result: ResultRecord): Promise<void>;
  /**
   * Ends the attempt with the outside system; resolves to whether it confirmed. Work that
   * must happen while the page is being hidden is started before this returns.
   */
  finish(): Promise<boolean>;
}

function reportFailure(what: string): (e: unknown) => void {
  return (e) => console.warn(`reporting ${what} failed`, e);
}

/** Reports every play event of `hooks` to `reporter`; returns what disconnects it. */
export function connectReporter(hooks: PlayHookRegistry, reporter: Reporter): () => void {
  return hooks.register({
    onStart: (session) => void reporter.started(session).catch(reportFailure('a start')),
    onChoice: (session, option) => void reporter.chose(session, option).catch(reportFailure('a choice')),
    onLeave: (session) => void reporter.left(session).catch(reportFailure('leaving')),
    onTest: (id, form, result) => void reporter.tested(id, form, result).catch(reportFailure('a test')),
    onResult: (result) => void reporter.recorded?.(result).catch(reportFailure('a result')),
  });
}
