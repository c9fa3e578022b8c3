/**
 * The LMS adapter: one interface over SCORM 1.2, SCORM 2004 and no LMS at all.
 *
 * It keeps the state it wants the LMS to hold (status, score, objectives, interactions,
 * suspend data) and, at each commit, sets whatever the LMS has not yet confirmed, then
 * commits. A value the LMS refused, or a commit that failed, stays unconfirmed and is sent
 * again at the next commit: nothing is lost while the local save holds the same progress.
 * Finish/Terminate happens once, and nothing is called after it.
 */
import { type CallResult, type LmsError, ScormConnection } from './connection.ts';
import type { TestForm } from '../engine/quiz.ts';
import { type DataModel, type ScormVersion, type Write, dataModel } from './data-model.ts';
import type { FoundApi } from './discover.ts';
import { testObjectiveId } from './formats.ts';
import { type LmsReport, TEST_FORMS } from './report.ts';
import { type EncodedSuspendData, compactFromSaved, encodeSuspendData } from './suspend-data.ts';

export interface LaunchData {
  version: ScormVersion | null;
  /** `ab-initio`, `resume` or empty, as the LMS says. */
  entry: string;
  suspendData: string;
  location: string;
  /** `normal`, `browse` or `review`; only `normal` is recorded. */
  mode: string;
  /** 0..1: the LMS's pass mark, or the package's when the LMS sets none. */
  passMark: number;
  passMarkFrom: 'lms' | 'package';
  learnerId: string;
  /**
   * False when the LMS could not be reached or would not give its data: `suspendData` then
   * says nothing about where the learner is, and nothing is sent in this session.
   */
  lmsDataRead: boolean;
}

export type LmsHealth =
  | { kind: 'standalone' }
  /** Initialize failed, or the LMS would not give its data: nothing is sent in this session. */
  | { kind: 'unavailable'; error: LmsError }
  /** `refused`: a value the LMS would not accept as valid (not sent again unless it changes). */
  | { kind: 'connected'; lastCommitAt: number | null; refused: LmsError | null }
  /** The last commit (or a value in it) failed; it is sent again at the next commit. */
  | { kind: 'retrying'; error: LmsError; failures: number }
  | { kind: 'finished'; error: LmsError | null };

export interface LmsAdapter {
  readonly version: ScormVersion | null;
  /** Initializes (once) and reads the launch data; never throws. */
  start(packagePassMark: number): LaunchData;
  /** Sends the report: sets what the LMS has not confirmed, then commits. True when confirmed. */
  commit(report: LmsReport): boolean;
  /** Session time, exit, a last commit, then Finish/Terminate. Only the first call does anything. */
  finish(report: LmsReport | null): boolean;
  readonly finished: boolean;
  health(): LmsHealth;
  onHealthChange(listener: (health: LmsHealth) => void): void;
  /** How the suspend data last fitted its limit (null before the first commit). */
  readonly suspendFit: EncodedSuspendData | null;
}

function blankLaunch(passMark: number): LaunchData {
  return {
    version: null,
    entry: '',
    suspendData: '',
    location: '',
    mode: 'normal',
    passMark,
    passMarkFrom: 'package',
    learnerId: '',
    lmsDataRead: false,
  };
}

/** Runs without an LMS: every call succeeds and nothing is sent. */
export class NoLmsAdapter implements LmsAdapter {
  readonly version = null;
  readonly suspendFit = null;
  finished = false;
  start(packagePassMark: number): LaunchData {
    return blankLaunch(packagePassMark);
  }
  commit(): boolean {
    return true;
  }
  finish(): boolean {
    this.finished = true;
    return true;
  }
  health(): LmsHealth {
    return { kind: 'standalone' };
  }
  onHealthChange(): void {}
}

/** Launch calls (Initialize and the reads) are tried this often before the launch counts as failed. */
export const LAUNCH_ATTEMPTS = 3;

/** Read error codes that answer for the element itself (not implemented, not an array…): its value is ''. */
function answersForElement(version: ScormVersion, code: string): boolean {
  const n = Number(code);
  if (version === '1.2') return n === 201 || n === 202 || n === 203 || n === 401 || n === 404;
  return n === 401 || n === 402 || n === 405;
}

/** Error codes that concern one value (it will never be accepted as it is), not the connection. */
function refusesValue(version: ScormVersion, code: string): boolean {
  const n = Number(code);
  if (version === '1.2') return n === 201 || (n >= 401 && n <= 405);
  return n === 351 || n === 401 || n === 402 || (n >= 404 && n <= 408);
}

export class ScormAdapter implements LmsAdapter {
  readonly version: ScormVersion;
  private readonly model: DataModel;
  private readonly connection: ScormConnection;
  private state: 'new' | 'active' | 'unavailable' | 'finished' = 'new';
  /** Initialize succeeded (so Finish/Terminate is owed, even when the launch reads then failed). */
  private initialized = false;
  private writable = true;
  private startedAt = 0;
  private statusAtLaunch = '';
  /** What the LMS should hold, in the order it must be set. */
  private readonly desired = new Map<string, string>();
  /** Values the LMS has confirmed with a successful commit. */
  private readonly confirmed = new Map<string, string>();
  /** Values the LMS refused as invalid: not sent again unless they change. */
  private readonly refused = new Map<string, string>();
  private interactionCount = 0;
  /** Decisions of the path already in the LMS's interactions (null until the first report). */
  private reportedDecisions: number | null = null;
  /**
   * Test forms whose answers are in the LMS's interactions: those whose objective
   * (`test-<form>`) the LMS held at launch, and those journaled in this launch.
   */
  private readonly testsJournaled = new Set<TestForm>();
  private readonly objectiveSlots = new Map<string, number>();
  private objectiveCount = 0;
  private current: LmsHealth;
  private readonly listeners: ((h: LmsHealth) => void)[] = [];
  private failures = 0;
  suspendFit: EncodedSuspendData | null = null;

  constructor(
    found: FoundApi,
    private readonly clock: () => number = Date.now,
  ) {
    this.version = found.version;
    this.model = dataModel(found.version);
    this.connection = new ScormConnection(found.version, found.api);
    this.current = { kind: 'connected', lastCommitAt: null, refused: null };
  }

  get finished(): boolean {
    return this.state === 'finished';
  }

  health(): LmsHealth {
    return this.current;
  }

  onHealthChange(listener: (health: LmsHealth) => void): void {
    this.listeners.push(listener);
  }

  private setHealth(health: LmsHealth): void {
    this.current = health;
    for (const l of this.listeners) {
      try {
        l(health);
      } catch (e) {
        console.warn('LMS health listener failed', e);
      }
    }
  }

  start(packagePassMark: number): LaunchData {
    const launch = blankLaunch(packagePassMark);
    if (this.state !== 'new') return { ...launch, version: this.version };
    this.startedAt = this.clock();
    let init = this.connection.initialize();
    for (let attempt = 1; !init.ok && attempt < LAUNCH_ATTEMPTS; attempt++) init = this.connection.initialize();
    if (!init.ok) {
      this.state = 'unavailable';
      this.setHealth({ kind: 'unavailable', error: init.error });
      return { ...launch, version: this.version };
    }
    this.initialized = true;
    const r = this.model.read;
    let unread: LmsError | null = null;
    const value = (element: string) => {
      let got = this.connection.get(element);
      for (let attempt = 1; !got.ok && attempt < LAUNCH_ATTEMPTS; attempt++) {
        if (answersForElement(this.version, got.error.code)) return '';
        got = this.connection.get(element);
      }
      if (got.ok) return got.value;
      if (!answersForElement(this.version, got.error.code)) unread ??= got.error;
      return '';
    };
    launch.version = this.version;
    launch.learnerId = value(r.learnerId);
    launch.entry = value(r.entry);
    launch.mode = value(r.mode) || 'normal';
    launch.suspendData = value(r.suspendData);
    launch.location = value(r.location);
    this.statusAtLaunch = value(r.status);
    const lmsPassMark = this.model.parsePassMark(value(r.passMark));
    if (lmsPassMark !== null) {
      launch.passMark = lmsPassMark;
      launch.passMarkFrom = 'lms';
    }
    this.interactionCount = toCount(value(r.interactionCount));
    this.objectiveCount = toCount(value(r.objectiveCount));
    for (let slot = 0; slot < this.objectiveCount; slot++) {
      const id = value(r.objectiveId(slot));
      if (id && !this.objectiveSlots.has(id)) this.objectiveSlots.set(id, slot);
    }
    for (const form of TEST_FORMS) if (this.objectiveSlots.has(testObjectiveId(form))) this.testsJournaled.add(form);
    if (unread) {
      // Without what the LMS holds (the learner, their place, its interactions and
      // objectives), anything sent would overwrite it with a guess: send nothing in this
      // session, and let the next launch send this browser's copy.
      this.state = 'unavailable';
      this.setHealth({ kind: 'unavailable', error: unread });
      return launch;
    }
    this.state = 'active';
    launch.lmsDataRead = true;
    this.writable = launch.mode === 'normal';
    return launch;
  }

  commit(report: LmsReport): boolean {
    if (this.state !== 'active') return false;
    if (!this.writable) return true;
    this.want(report);
    return this.send();
  }

  finish(report: LmsReport | null): boolean {
    if (this.state === 'finished') return false;
    const wasActive = this.state === 'active';
    this.state = 'finished';
    if (!wasActive) {
      if (this.initialized) this.connection.terminate();
      this.setHealth({ kind: 'finished', error: null });
      return false;
    }
    let ok = true;
    let error: LmsError | null = null;
    if (this.writable) {
      if (report) this.want(report);
      else for (const [element, value] of this.model.opened(this.statusAtLaunch)) this.desired.set(element, value);
      for (const [element, value] of this.model.exit(report?.finished ?? false, this.clock() - this.startedAt)) {
        this.desired.set(element, value);
      }
      ok = this.send();
      if (!ok && this.current.kind === 'retrying') error = this.current.error;
    }
    const end = this.connection.terminate();
    if (!end.ok) {
      ok = false;
      error = end.error;
    }
    this.setHealth({ kind: 'finished', error });
    return ok;
  }

  /** Adds the report's values to what the LMS should hold. */
  private want(report: LmsReport): void {
    const put = (writes: Write[]) => {
      for (const [element, value] of writes) this.desired.set(element, value);
    };
    put(this.model.state(report));
    for (const objective of report.objectives) {
      put(this.model.objective(this.objectiveSlot(objective.id), objective, report.finished));
    }
    // Interactions are a journal: a resumed path's decisions are already there, new ones
    // are appended. If the LMS holds fewer than the path (its commits were lost), the
    // missing ones are sent now. Test answers join the journal only after the path's last
    // decision (below), so the interactions a launch finds begin with the path's decisions.
    this.reportedDecisions ??= Math.min(this.interactionCount, report.decisions.length);
    for (const decision of report.decisions.slice(this.reportedDecisions)) {
      put(this.model.interaction(this.interactionCount++, decision));
    }
    this.reportedDecisions = Math.max(this.reportedDecisions, report.decisions.length);
    // Each test form goes in once, when the path is finished: its answers, then its
    // objective. Set after them (a commit confirms all or nothing before it), the objective
    // tells later launches that the form's answers are in the journal.
    if (report.finished) {
      for (const test of report.tests) {
        if (this.testsJournaled.has(test.form)) continue;
        this.testsJournaled.add(test.form);
        for (const answer of test.answers) {
          put(this.model.testAnswer(this.interactionCount++, answer));
          if (this.model.testCertainty && answer.certainty !== null) {
            put(this.model.testCertainty(this.interactionCount++, answer));
          }
        }
        put(this.model.testObjective(this.objectiveSlot(testObjectiveId(test.form)), test));
      }
    }
    try {
      const fit = encodeSuspendData(compactFromSaved(report.saved), this.model.suspendDataLimit);
      if (fit.data.length <= this.model.suspendDataLimit) {
        this.suspendFit = fit;
        this.desired.set(this.model.suspendData, fit.data);
      }
    } catch (e) {
      console.warn('suspend data could not be encoded', e);
    }
  }

  /** The objective's place in the LMS's objectives: where the LMS holds it, or the next free one. */
  private objectiveSlot(id: string): number {
    let slot = this.objectiveSlots.get(id);
    if (slot === undefined) {
      slot = this.objectiveCount++;
      this.objectiveSlots.set(id, slot);
    }
    return slot;
  }

  /** Sets every value not yet confirmed, then commits. */
  private send(): boolean {
    const sent: [string, string][] = [];
    let failure: LmsError | null = null;
    for (const [element, value] of this.desired) {
      if (this.confirmed.get(element) === value || this.refused.get(element) === value) continue;
      const result: CallResult = this.connection.set(element, value);
      if (result.ok) {
        sent.push([element, value]);
        continue;
      }
      if (refusesValue(this.model.version, result.error.code)) {
        this.refused.set(element, value);
        failure ??= result.error;
        continue;
      }
      failure = result.error;
      break; // the connection is failing: try everything again at the next commit
    }
    if (failure && !refusesValue(this.model.version, failure.code)) return this.failed(failure);
    const commit = this.connection.commit();
    if (!commit.ok) return this.failed(commit.error);
    for (const [element, value] of sent) this.confirmed.set(element, value);
    this.failures = 0;
    this.setHealth({ kind: 'connected', lastCommitAt: this.clock(), refused: failure });
    return true;
  }

  private failed(error: LmsError): boolean {
    this.failures++;
    this.setHealth({ kind: 'retrying', error, failures: this.failures });
    return false;
  }
}

function toCount(raw: string): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
