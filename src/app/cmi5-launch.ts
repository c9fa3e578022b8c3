/**
 * Launched by an LMS through cmi5 (`index.html?cmi5=1&scenario=<id>&pass=<0–100>` plus the
 * LMS's endpoint, fetch, actor, registration and activityId): keeps this learner's saves and
 * unsent statements apart, initializes with the LMS in the background (the page never waits
 * for it), and reports play as xAPI statements through the outbox. Leaving (the exit page, or
 * the page being closed) sends `terminated`; the exit page then returns to the LMS's
 * returnURL when it gave one.
 */
import { loadScenario, scenarios } from 'virtual:scenarios';
import { type Cmi5Parameters, type Cmi5Started, cmi5Parameters, learnerIdOf, startCmi5 } from '../lms/cmi5-session.ts';
import { openLearnerStore } from '../lms/learner-store.ts';
import { LrsStatementSender } from '../lms/lrs-client.ts';
import { DEFAULT_PASS_MARK } from '../lms/report.ts';
import { type OutboxStatus, type StatementSender, StatementOutbox } from '../lms/statement-outbox.ts';
import type { Statement } from '../lms/xapi-statements.ts';
import type { SaveRepository } from '../storage/saves.ts';
import { MemoryStore } from '../storage/store.ts';
import { type LmsStatusRegion, renderExitView } from '../ui/lms-views.ts';
import { backToActivity, hideForeignNavigation, routeInActivity, showStatusRegion } from './activity-scope.ts';
import type { Launch } from './launch.ts';
import { type XapiReporter, createXapiReporter } from './xapi-reporter.ts';

export interface Cmi5Launch extends Launch {
  readonly scenarioId: string;
  readonly reporter: XapiReporter;
}

function passMarkOf(raw: string | null): number {
  const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : DEFAULT_PASS_MARK;
}

function newId(): string {
  return crypto.randomUUID();
}

/** The quiet line about sending: said only while something waits because of a failure. */
function sayOutbox(status: LmsStatusRegion, s: OutboxStatus): void {
  status.set(
    'outbox',
    s.problem && s.waiting
      ? `${s.waiting === 1 ? '1 record is' : `${s.waiting} records are`} kept in this browser and will be sent to your ` +
          `organisation's learning record store when it can be reached (${s.problem}).`
      : null,
  );
}

/** A sender that waits for the LMS's answer, then sends with the session's token. */
function senderAfter(started: Promise<Cmi5Started>): StatementSender {
  const sender = started.then((s) => new LrsStatementSender({ endpoint: s.endpoint, auth: s.auth }));
  return { send: async (statements: readonly Statement[]) => (await sender).send(statements) };
}

function reporterFor(parameters: Cmi5Parameters | null, scenarioId: string): XapiReporter {
  return createXapiReporter({
    launch: {
      actor: parameters?.actor ?? { objectType: 'Agent', account: { homePage: 'urn:unknown', name: 'unknown' } },
      activityId: parameters?.activityId ?? '',
      registration: parameters?.registration ?? '',
      title: scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId,
      language: 'en-GB',
      facilitated: false,
    },
    scenarioId,
    newId,
    now: () => Date.now(),
    loadScenario,
  });
}

/** Initializes with the LMS in the background; once it answers, the reporter begins. Says what the learner should know. */
function connect(
  parameters: Cmi5Parameters | null,
  pass: string | null,
  reporter: XapiReporter,
  status: LmsStatusRegion,
): Promise<Cmi5Started> {
  const started: Promise<Cmi5Started> = parameters
    ? startCmi5(parameters, () => Date.now())
    : Promise.reject(new Error('the LMS did not give the details of its record store'));
  started.then(
    (s) => {
      reporter.begin({
        template: s.contextTemplate,
        masteryScore: s.masteryScore ?? passMarkOf(pass),
        judged: s.launchMode === 'Normal',
        initializedAt: s.initializedAt,
      });
      if (s.launchMode !== 'Normal') {
        const how = s.launchMode === 'Review' ? 'for review' : 'to browse';
        status.set('mode', `Your LMS opened this activity ${how}, so it is not marked as complete.`);
      }
    },
    (e: Error) =>
      status.set(
        'start',
        `This activity could not connect to your LMS: ${e.message}. You can still play; your progress is kept in this browser, ` +
          'but it will not be recorded. To record it, open the activity from your LMS again.',
      ),
  );
  return started;
}

export function startCmi5Launch(search: string, win: Window = window): Cmi5Launch | null {
  const params = new URLSearchParams(search);
  if (!params.has('cmi5')) return null;
  const scenarioId = params.get('scenario') ?? '';
  const parameters: Cmi5Parameters | null = cmi5Parameters(search);
  hideForeignNavigation(scenarioId);
  const status = showStatusRegion();

  const reporter = reporterFor(parameters, scenarioId);
  const started = connect(parameters, params.get('pass'), reporter, status);
  let returnURL: string | null = null;
  started.then((s) => (returnURL = s.returnURL)).catch(() => undefined);

  let saves: SaveRepository | null = null;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    void reporter.finish();
  };
  // Never `unload`: browsers drop work there. `pagehide` also fires when the LMS closes the frame.
  win.addEventListener('pagehide', end);

  return {
    scenarioId,
    reporter,
    async storeFor(base) {
      const learnerStore = await openLearnerStore(
        base,
        parameters ? learnerIdOf(parameters.actor) : 'unknown',
        () => new MemoryStore(),
      );
      const outbox = new StatementOutbox(learnerStore, senderAfter(started), { onStatus: (s) => sayOutbox(status, s) });
      reporter.attach(outbox, learnerStore);
      void outbox.flush();
      return learnerStore;
    },
    async firstRoute(repository) {
      saves = repository;
      if (!scenarios.some((s) => s.id === scenarioId)) return `#/scenario/${encodeURIComponent(scenarioId)}`;
      const save = await repository.load(scenarioId).catch(() => null);
      return save?.kind === 'ok' ? `#/play/${scenarioId}` : `#/scenario/${scenarioId}`;
    },
    intercept(page, id, navigate) {
      if (routeInActivity(page, id, scenarioId)) return null;
      return {
        view: renderExitView({
          onBack: () => void backToActivity(saves, scenarioId, navigate),
          onFinish: () => {
            if (!ended) {
              ended = true;
              void reporter.finish().then(() => {
                if (returnURL) win.location.assign(returnURL);
              });
            }
            return true;
          },
          canFinish: parameters !== null && !ended,
          finished: ended,
        }),
        title: ended ? 'Session ended' : 'Leave the scenario',
      };
    },
  };
}
