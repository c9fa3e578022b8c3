/**
 * Launched by an LMS (`index.html?scorm=12|2004&scenario=<id>&pass=<0–100>`): finds the
 * LMS's API, keeps this learner's saves apart, opens the packaged scenario where the LMS
 * (or this browser, if further on) left it, and reports through its reporter
 * (scorm-reporter.ts), which commits when the page is hidden and finishes once, on
 * `pagehide` or from the exit page. Without the `scorm` parameter the app runs as usual and
 * looks for no LMS.
 */
import { scenarios, loadScenario } from 'virtual:scenarios';
import { AttemptRepository } from '../storage/attempts.ts';
import { ResultRepository } from '../storage/results.ts';
import type { SaveRepository } from '../storage/saves.ts';
import { type KeyValueStore, MemoryStore } from '../storage/store.ts';
import { type LaunchData, type LmsAdapter, NoLmsAdapter, ScormAdapter } from '../lms/adapter.ts';
import type { ScormVersion } from '../lms/data-model.ts';
import { findScormApi } from '../lms/discover.ts';
import { openLearnerStore } from '../lms/learner-store.ts';
import { pickUp } from '../lms/local-progress.ts';
import { DEFAULT_PASS_MARK } from '../lms/report.ts';
import { describeHealth } from '../lms/health-text.ts';
import { type LmsStatusRegion, renderExitView } from '../ui/lms-views.ts';
import { backToActivity, hideForeignNavigation, routeInActivity, showStatusRegion } from './activity-scope.ts';
import type { Launch } from './launch.ts';
import { type ScormReporter, createScormReporter } from './scorm-reporter.ts';

export interface LmsLaunch extends Launch {
  readonly scenarioId: string;
  readonly launch: LaunchData;
  readonly reporter: ScormReporter;
}

function parsePassMark(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
}

function versionOrder(raw: string): ScormVersion[] {
  return raw === '12' || raw === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
}

function sayHowOpened(launch: LaunchData, status: LmsStatusRegion): void {
  if (launch.mode === 'normal') return;
  const how = launch.mode === 'review' ? 'for review' : `in ${launch.mode} mode`;
  status.set('mode', `Your LMS opened this activity ${how}, so your choices are not recorded in the LMS.`);
}

/** Commits when the page is hidden and finishes once when it goes; says so if it comes back from the cache. */
function followPageLife(win: Window, reporter: ScormReporter, adapter: LmsAdapter, status: LmsStatusRegion): void {
  win.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') reporter.commitNow();
  });
  // Never `unload`: browsers drop work there. `pagehide` also fires when the LMS closes the frame.
  win.addEventListener('pagehide', () => reporter.finishNow());
  win.addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && adapter.finished) {
      status.set(
        'restored',
        'This page was restored after its LMS session ended, so new choices are kept in this browser only. ' +
          'To record them in your LMS, open the activity from your LMS again.',
      );
    }
  });
}

/** Where the launch opens: the play kept in the LMS or this browser, else the scenario's page. */
async function pickUpRoute(
  scenarioId: string,
  launch: LaunchData,
  saves: SaveRepository,
  learnerStore: KeyValueStore | null,
  reporter: ScormReporter,
  status: LmsStatusRegion,
): Promise<string> {
  if (!scenarios.some((s) => s.id === scenarioId)) return `#/scenario/${encodeURIComponent(scenarioId)}`;
  let scenario;
  try {
    scenario = await loadScenario(scenarioId);
  } catch {
    return `#/scenario/${scenarioId}`; // the briefing route says what went wrong
  }
  const point = await pickUp(scenario, launch, saves, learnerStore);
  if (point.notice) status.set('resume', point.notice);
  if (point.saved && learnerStore) {
    // Tests taken with this play in an earlier launch from this browser: the pre-test kept
    // with the attempt, or all three kept in the play's result. Sent if the LMS lacks them.
    const attempt = await new AttemptRepository(learnerStore).get(scenarioId).catch(() => null);
    const results = await new ResultRepository(learnerStore).list().catch(() => []);
    reporter.tests.remember(
      attempt?.preTest ?? null,
      results.filter((r) => r.scenario.id === scenarioId),
    );
  }
  return point.saved ? `#/play/${scenarioId}` : `#/scenario/${scenarioId}`;
}

export function startLmsLaunch(search: string, win: Window = window): LmsLaunch | null {
  const params = new URLSearchParams(search);
  const scorm = params.get('scorm');
  if (scorm === null) return null;
  const scenarioId = params.get('scenario') ?? '';
  const found = findScormApi(win, versionOrder(scorm));
  const adapter: LmsAdapter = found ? new ScormAdapter(found) : new NoLmsAdapter();
  const launch = adapter.start(parsePassMark(params.get('pass')) ?? DEFAULT_PASS_MARK);

  hideForeignNavigation(scenarioId);
  const status = showStatusRegion();
  const showHealth = () => status.set('health', describeHealth(adapter.health()));
  adapter.onHealthChange(showHealth);
  showHealth();
  sayHowOpened(launch, status);

  let learnerStore: KeyValueStore | null = null;
  let saves: SaveRepository | null = null;
  const reporter = createScormReporter({
    adapter,
    launch,
    scenarioId,
    say: (kind, message) => status.set(kind, message),
    learnerStore: () => learnerStore,
  });
  followPageLife(win, reporter, adapter, status);

  return {
    scenarioId,
    launch,
    reporter,
    async storeFor(base) {
      learnerStore = await openLearnerStore(base, launch.learnerId, () => new MemoryStore());
      return learnerStore;
    },
    async firstRoute(repository) {
      saves = repository;
      return pickUpRoute(scenarioId, launch, repository, learnerStore, reporter, status);
    },
    intercept(page, id, navigate) {
      if (routeInActivity(page, id, scenarioId)) return null;
      return {
        view: renderExitView({
          onBack: () => void backToActivity(saves, scenarioId, navigate),
          onFinish: () => reporter.finishNow(),
          canFinish: found !== null && !adapter.finished && adapter.health().kind !== 'unavailable',
          finished: adapter.finished,
        }),
        title: adapter.finished ? 'Session ended' : 'Leave the scenario',
      };
    },
  };
}
