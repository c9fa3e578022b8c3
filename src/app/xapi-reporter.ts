/**
 * The reporter of an xAPI launch: turns play into statements (lms/xapi-statements.ts) and
 * hands them to the outbox, which keeps them in the browser until the Learning Record Store
 * has them. Decisions are reported as they are made, tests as they are marked, the ending's
 * learning points, completion and pass once it is reached, the result record when it is kept,
 * and `terminated` when the launch ends. Nothing here waits on the network.
 */
import type { QuizResult, TestForm } from '../engine/quiz.ts';
import type { ResultRecord } from '../engine/result.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import type { Session } from '../engine/session.ts';
import { buildLmsReport, buildTestReport } from '../lms/report.ts';
import type { StatementOutbox } from '../lms/statement-outbox.ts';
import {
  type LaunchContext,
  type Stamp,
  type Statement,
  completedStatement,
  decisionStatement,
  judgedStatement,
  learningPointStatements,
  playOf,
  recordStatement,
  terminatedStatement,
  testStatements,
} from '../lms/xapi-statements.ts';
import type { KeyValueStore } from '../storage/store.ts';
import type { Reporter } from './reporter.ts';

export interface XapiReporterOptions {
  /** What every statement of the launch shares, but the LMS's template (the title is the scenario's once it is loaded). */
  launch: Omit<LaunchContext, 'template'>;
  scenarioId: string;
  newId(): string;
  now(): number;
  loadScenario(id: string): Promise<CompiledScenario>;
}

/** What the launch learns once the LMS has answered (cmi5's LMS.LaunchData). */
export interface LaunchStart {
  template: LaunchContext['template'];
  /** 0..1, from LMS.LaunchData or the package's pass mark. */
  masteryScore: number;
  /** False in cmi5's Browse and Review modes: no completion or pass is reported. */
  judged: boolean;
  /** Epoch milliseconds the launch was initialized (durations count from it). */
  initializedAt: number;
}

export interface XapiReporter extends Reporter {
  /** The LMS has answered: what was heard before is reported now, in order, and the rest as it comes. */
  begin(start: LaunchStart): void;
  recorded(result: ResultRecord): Promise<void>;
  /** Gives the reporter the outbox (once the learner's store is open); what was reported before is kept. */
  attach(outbox: StatementOutbox, store: KeyValueStore): void;
}

interface Ended {
  completed: boolean;
  passed: boolean;
}

class XapiLaunchReporter implements XapiReporter {
  private outbox: StatementOutbox | null = null;
  private store: KeyValueStore | null = null;
  private waiting: Statement[] = [];
  private current: Session | null = null;
  private reportedTurns = 0;
  private endingReported = false;
  private terminated = false;
  private title: string;
  private start: LaunchStart | null = null;
  private startNow: (start: LaunchStart) => void = () => undefined;
  /** Every report waits for the LMS's answer; reports keep their order because they all wait on this one promise. */
  private readonly started_: Promise<LaunchStart>;

  constructor(private readonly o: XapiReporterOptions) {
    this.title = o.launch.title;
    this.started_ = new Promise((resolve) => {
      this.startNow = resolve;
    });
  }

  begin(start: LaunchStart): void {
    this.start = start;
    this.startNow(start);
  }

  private async ready(): Promise<LaunchStart> {
    return this.start ?? this.started_;
  }

  private get launch(): LaunchContext {
    return { ...this.o.launch, template: this.start?.template ?? {}, title: this.title };
  }

  private stamp = (at = this.o.now()): Stamp => ({ id: this.o.newId(), at });

  private add(statements: Statement[]): void {
    if (!statements.length) return;
    if (!this.outbox) {
      this.waiting.push(...statements);
      return;
    }
    void this.outbox.add(statements).catch((e) => console.warn('statements could not be kept', e));
  }

  attach(outbox: StatementOutbox, store: KeyValueStore): void {
    this.outbox = outbox;
    this.store = store;
    const held = this.waiting;
    this.waiting = [];
    this.add(held);
  }

  private endedKey(): string {
    return `xapi-ended/${this.o.launch.registration}`;
  }

  private async ended(): Promise<Ended> {
    const kept = (await this.store?.get(this.endedKey()).catch(() => null)) as Partial<Ended> | null;
    return { completed: kept?.completed === true, passed: kept?.passed === true };
  }

  async started(session: Session): Promise<void> {
    if (session.scenario.meta.id !== this.o.scenarioId || session === this.current) return;
    this.current = session;
    this.title = session.scenario.meta.title;
    // Choices replayed from a save were reported when they were made.
    this.reportedTurns = session.turns.length;
    this.endingReported = session.finished;
  }

  async chose(session: Session): Promise<void> {
    if (session !== this.current) return;
    const start = await this.ready();
    const report = buildLmsReport(session, start.masteryScore);
    const play = playOf(session);
    const made: Statement[] = [];
    for (let i = this.reportedTurns; i < session.turns.length; i++) {
      const decision = report.decisions[i]!;
      const previousAt = i === 0 ? session.startedAt : report.decisions[i - 1]!.at;
      made.push(
        decisionStatement(
          this.launch,
          this.stamp(decision.at),
          play,
          decision,
          session.turns[i]!.beat.options,
          previousAt,
        ),
      );
    }
    this.reportedTurns = session.turns.length;
    if (session.finished && !this.endingReported) {
      this.endingReported = true;
      made.push(...learningPointStatements(this.launch, () => this.stamp(), play, report.objectives));
      made.push(...(await this.judgement(report, start)));
    }
    this.add(made);
  }

  /** cmi5's completed and passed/failed, each once per registration (a pass is never followed by a fail). */
  private async judgement(report: ReturnType<typeof buildLmsReport>, start: LaunchStart): Promise<Statement[]> {
    if (!start.judged) return [];
    const before = await this.ended();
    const duration = this.o.now() - start.initializedAt;
    const out: Statement[] = [];
    if (!before.completed) out.push(completedStatement(this.launch, this.stamp(), duration));
    if (report.scored && !before.passed) {
      out.push(judgedStatement(this.launch, this.stamp(), report, start.masteryScore, duration));
    }
    const passed = before.passed || (report.scored && report.score / 100 >= start.masteryScore - 1e-9);
    await this.store?.set(this.endedKey(), { completed: true, passed }).catch(() => undefined);
    return out;
  }

  async left(): Promise<void> {
    await this.outbox?.flush();
  }

  async tested(scenarioId: string, form: TestForm, result: QuizResult): Promise<void> {
    if (scenarioId !== this.o.scenarioId) return;
    await this.ready();
    const scenario = this.current?.scenario ?? (await this.o.loadScenario(scenarioId));
    const questions = scenario.quiz?.[form] ?? [];
    const test = buildTestReport(form, result, questions, this.o.now());
    if (!test) return;
    const play = {
      scenarioId,
      storyVersion: scenario.storyHash,
      feedbackMode: this.current?.feedbackMode ?? 'reflect',
    };
    this.add(testStatements(this.launch, () => this.stamp(), play, test, questions));
  }

  async recorded(result: ResultRecord): Promise<void> {
    if (result.scenario.id !== this.o.scenarioId) return;
    await this.ready();
    this.add([recordStatement(this.launch, this.stamp(), result)]);
  }

  async finish(): Promise<boolean> {
    // Before the LMS answered there is no session to end.
    const start = this.start;
    if (!start) return false;
    if (!this.terminated) {
      this.terminated = true;
      this.add([terminatedStatement(this.launch, this.stamp(), this.o.now() - start.initializedAt)]);
    }
    if (!this.outbox) return false;
    await this.outbox.flush();
    return (await this.outbox.pending()).length === 0;
  }
}

export function createXapiReporter(o: XapiReporterOptions): XapiReporter {
  return new XapiLaunchReporter(o);
}
