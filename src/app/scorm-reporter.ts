/**
 * The reporter of a SCORM launch: which play is the attempt's, which tests belong to it,
 * and when to commit. The SCORM API answers synchronously, so each report is done by the
 * time its promise settles; commits after a choice wait one task so the next passage
 * draws first.
 */
import type { QuizResult, TestForm } from '../engine/quiz.ts';
import type { Session } from '../engine/session.ts';
import type { LaunchData, LmsAdapter } from '../lms/adapter.ts';
import { recordConfirmed } from '../lms/local-progress.ts';
import { buildLmsReport } from '../lms/report.ts';
import { PlayTests } from '../lms/tests.ts';
import type { KeyValueStore } from '../storage/store.ts';
import type { Reporter } from './reporter.ts';

export interface ScormReporter extends Reporter {
  /** The tests of this attempt found in the browser at launch (see PlayTests.remember). */
  readonly tests: PlayTests;
  /** Commits now what is pending (the page is being hidden). */
  commitNow(): void;
  /** Ends the LMS session at once; whether the LMS confirmed. */
  finishNow(): boolean;
}

export interface ScormReporterOptions {
  adapter: LmsAdapter;
  launch: LaunchData;
  scenarioId: string;
  /** Says something to the learner about the LMS (one message per kind; null clears it). */
  say(kind: string, message: string | null): void;
  /** This learner's store, once opened: where the confirmed part of the path is noted. */
  learnerStore(): KeyValueStore | null;
}

const PATH_CUT = (kept: number) =>
  `Your path is longer than this LMS can store, so the LMS would bring you back to decision ${kept + 1}; ` +
  'this browser keeps the rest.';
const NOT_RECORDED =
  'You have already finished this activity, so this new play is not recorded in your LMS. ' +
  'To record another attempt, start one from your LMS.';

class ScormAttemptReporter implements ScormReporter {
  readonly tests = new PlayTests();
  /** The play reported as the attempt. */
  private current: Session | null = null;
  /** The play last on screen (the recorded one, or a new play that is not recorded). */
  private lastStarted: Session | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;
  /** An ending was reported: a new play in the same launch must not turn a pass back into "incomplete". */
  private endingReported = false;

  constructor(private readonly o: ScormReporterOptions) {}

  private report() {
    const play = this.current;
    return play ? buildLmsReport(play, this.o.launch.passMark, this.tests.for(play)) : null;
  }

  private cancelPending(): void {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
  }

  private commitSoon(): void {
    if (this.pending === null) this.pending = setTimeout(() => this.commitNow(), 0);
  }

  commitNow(): void {
    this.cancelPending();
    const { adapter } = this.o;
    const r = this.report();
    if (!r || adapter.finished) return;
    if (!adapter.commit(r)) return;
    if (r.finished) this.endingReported = true;
    const fit = adapter.suspendFit;
    if (!fit) return;
    if (fit.kept < fit.total) this.o.say('fit', PATH_CUT(fit.kept));
    const store = this.o.learnerStore();
    if (store) recordConfirmed(store, r.scenarioId, r.saved.seed, fit.kept).catch(() => undefined);
  }

  finishNow(): boolean {
    this.cancelPending();
    return this.o.adapter.finish(this.report());
  }

  async started(session: Session): Promise<void> {
    if (session.scenario.meta.id !== this.o.scenarioId) return;
    this.lastStarted = session;
    if (this.endingReported && !session.finished) {
      this.o.say('ended', NOT_RECORDED);
      return;
    }
    this.current = session;
    this.commitSoon();
  }

  async chose(session: Session): Promise<void> {
    if (session === this.current) this.commitSoon();
  }

  async left(session: Session): Promise<void> {
    if (session === this.current) this.commitNow();
  }

  async tested(scenarioId: string, form: TestForm, result: QuizResult): Promise<void> {
    if (scenarioId !== this.o.scenarioId) return;
    if (form === 'pre') {
      // Taken just before its play starts: matched to the play by time when reported.
      this.tests.hear(form, result, null);
    } else {
      // Taken after the recorded play's ending: after another play's (one not recorded), or
      // with no play reported in this launch, it is not this attempt's.
      const play = this.current;
      if (!play || !play.finished || (form === 'post' && this.lastStarted !== play)) return;
      this.tests.hear(form, result, play);
    }
    this.commitSoon();
  }

  async finish(): Promise<boolean> {
    return this.finishNow();
  }
}

export function createScormReporter(o: ScormReporterOptions): ScormReporter {
  return new ScormAttemptReporter(o);
}
