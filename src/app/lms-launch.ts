/**
 * Launched by an LMS (`index.html?scorm=12|2004&scenario=<id>&pass=<0–100>`): finds the
 * LMS's API, keeps this learner's saves apart, opens the packaged scenario where the LMS
 * (or this browser, if further on) left it, reports through the play hooks (decisions, and
 * the pre-, post- and follow-up tests taken with the play), commits after each decision and
 * test and when the page is hidden, and finishes once, on `pagehide` or from the exit page. Without the `scorm` parameter the app runs as usual and looks for no LMS.
 */
import { scenarios, loadScenario } from 'virtual:scenarios';
import type { Session } from '../engine/session.ts';
import { AttemptRepository } from '../storage/attempts.ts';
import { ResultRepository } from '../storage/results.ts';
import type { SaveRepository } from '../storage/saves.ts';
import { type KeyValueStore, MemoryStore } from '../storage/store.ts';
import { type LaunchData, type LmsAdapter, NoLmsAdapter, ScormAdapter } from '../lms/adapter.ts';
import type { ScormVersion } from '../lms/data-model.ts';
import { findScormApi } from '../lms/discover.ts';
import { openLearnerStore } from '../lms/learner-store.ts';
import { pickUp, recordConfirmed } from '../lms/local-progress.ts';
import { DEFAULT_PASS_MARK, buildLmsReport } from '../lms/report.ts';
import { PlayTests } from '../lms/tests.ts';
import { describeHealth } from '../lms/health-text.ts';
import { LmsStatusRegion, renderExitView } from '../ui/lms-views.ts';
import type { PlayHookRegistry } from './hooks.ts';
import type { Launch } from './launch.ts';

/** Pages that belong to one scenario (`#/<page>/<scenario id>`). */
const SCENARIO_PAGES = new Set(['scenario', 'before', 'play', 'debrief', 'after']);
/** Other pages a learner in an LMS may open: their result, its follow-up test, certificate, data and settings. */
const LEARNER_PAGES = new Set(['result', 'followup', 'certificate', 'my-data', 'settings']);

/** Whether a route belongs to the packaged scenario's activity (the rest show the exit page). */
export function routeInActivity(page: string | undefined, id: string | undefined, scenarioId: string): boolean {
  if (!page) return false;
  return SCENARIO_PAGES.has(page) ? id === scenarioId : LEARNER_PAGES.has(page);
}

/** Hides site navigation that leads out of the activity (the menu, trainers' and partnerships' tools). */
function hideForeignNavigation(scenarioId: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a[href^="#"]')) {
    const [, page, id] = (link.getAttribute('href') ?? '').replace(/^#/, '').split('/');
    if (!routeInActivity(page, id, scenarioId)) (link.closest('li') ?? link).hidden = true;
  }
}

export interface LmsLaunch extends Launch {
  readonly scenarioId: string;
  readonly launch: LaunchData;
}

function parsePassMark(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
}

function versionOrder(raw: string): ScormVersion[] {
  return raw === '12' || raw === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
}

export function startLmsLaunch(search: string, hooks: PlayHookRegistry, win: Window = window): LmsLaunch | null {
  const params = new URLSearchParams(search);
  const scorm = params.get('scorm');
  if (scorm === null) return null;
  const scenarioId = params.get('scenario') ?? '';
  const found = findScormApi(win, versionOrder(scorm));
  const adapter: LmsAdapter = found ? new ScormAdapter(found) : new NoLmsAdapter();
  const launch = adapter.start(parsePassMark(params.get('pass')) ?? DEFAULT_PASS_MARK);

  hideForeignNavigation(scenarioId);
  const status = new LmsStatusRegion();
  const anchor = document.getElementById('storage-notice');
  if (anchor) anchor.after(status.root);
  else document.body.prepend(status.root);
  const showHealth = () => status.set('health', describeHealth(adapter.health()));
  adapter.onHealthChange(showHealth);
  showHealth();
  if (launch.mode !== 'normal') {
    const how = launch.mode === 'review' ? 'for review' : `in ${launch.mode} mode`;
    status.set('mode', `Your LMS opened this activity ${how}, so your choices are not recorded in the LMS.`);
  }

  let learnerStore: KeyValueStore | null = null;
  let saves: SaveRepository | null = null;
  let current: Session | null = null;
  /** The play last on screen (the recorded one, or a new play that is not recorded). */
  let lastStarted: Session | null = null;
  const tests = new PlayTests();
  let pending: ReturnType<typeof setTimeout> | null = null;
  /** An ending was reported: a new play in the same launch must not turn a pass back into "incomplete". */
  let endingReported = false;

  const report = () => (current ? buildLmsReport(current, launch.passMark, tests.for(current)) : null);

  const commitNow = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    const r = report();
    if (!r || adapter.finished) return;
    if (!adapter.commit(r)) return;
    if (r.finished) endingReported = true;
    const fit = adapter.suspendFit;
    if (fit && fit.kept < fit.total) {
      status.set(
        'fit',
        `Your path is longer than this LMS can store, so the LMS would bring you back to decision ${fit.kept + 1}; ` +
          'this browser keeps the rest.',
      );
    }
    if (learnerStore && fit) {
      recordConfirmed(learnerStore, r.scenarioId, r.saved.seed, fit.kept).catch(() => undefined);
    }
  };
  // A commit can block while the LMS answers: let the new passage draw first.
  const commitSoon = () => {
    if (pending === null) pending = setTimeout(commitNow, 0);
  };
  const finish = (): boolean => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    return adapter.finish(report());
  };

  hooks.register({
    onStart(session) {
      if (session.scenario.meta.id !== scenarioId) return;
      lastStarted = session;
      if (endingReported && !session.finished) {
        status.set(
          'ended',
          'You have already finished this activity, so this new play is not recorded in your LMS. ' +
            'To record another attempt, start one from your LMS.',
        );
        return;
      }
      current = session;
      commitSoon();
    },
    onChoice(session) {
      if (session !== current) return;
      commitSoon();
    },
    onLeave(session) {
      if (session === current) commitNow();
    },
    onTest(id, form, result) {
      if (id !== scenarioId) return;
      if (form === 'pre') {
        // Taken just before its play starts: matched to the play by time when reported.
        tests.hear(form, result, null);
      } else {
        // Taken after the recorded play's ending: after another play's (one not recorded), or
        // with no play reported in this launch, it is not this attempt's.
        const play = current;
        if (!play || !play.finished || (form === 'post' && lastStarted !== play)) return;
        tests.hear(form, result, play);
      }
      commitSoon();
    },
  });
  win.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') commitNow();
  });
  // Never `unload`: browsers drop work there. `pagehide` also fires when the LMS closes the frame.
  win.addEventListener('pagehide', () => finish());
  win.addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && adapter.finished) {
      status.set(
        'restored',
        'This page was restored after its LMS session ended, so new choices are kept in this browser only. ' +
          'To record them in your LMS, open the activity from your LMS again.',
      );
    }
  });

  return {
    scenarioId,
    launch,
    async storeFor(base) {
      learnerStore = await openLearnerStore(base, launch.learnerId, () => new MemoryStore());
      return learnerStore;
    },
    async firstRoute(repository) {
      saves = repository;
      if (!scenarios.some((s) => s.id === scenarioId)) return `#/scenario/${encodeURIComponent(scenarioId)}`;
      let scenario;
      try {
        scenario = await loadScenario(scenarioId);
      } catch {
        return `#/scenario/${scenarioId}`; // the briefing route says what went wrong
      }
      const point = await pickUp(scenario, launch, repository, learnerStore);
      if (point.notice) status.set('resume', point.notice);
      if (point.saved && learnerStore) {
        // Tests taken with this play in an earlier launch from this browser: the pre-test kept
        // with the attempt, or all three kept in the play's result. Sent if the LMS lacks them.
        const attempt = await new AttemptRepository(learnerStore).get(scenarioId).catch(() => null);
        const results = await new ResultRepository(learnerStore).list().catch(() => []);
        tests.remember(
          attempt?.preTest ?? null,
          results.filter((r) => r.scenario.id === scenarioId),
        );
      }
      return point.saved ? `#/play/${scenarioId}` : `#/scenario/${scenarioId}`;
    },
    intercept(page, id, navigate) {
      if (routeInActivity(page, id, scenarioId)) return null;
      const back = async () => {
        const save = saves ? await saves.load(scenarioId).catch(() => null) : null;
        navigate(save?.kind === 'ok' ? `#/play/${scenarioId}` : `#/scenario/${scenarioId}`);
      };
      return {
        view: renderExitView({
          onBack: () => void back(),
          onFinish: finish,
          canFinish: found !== null && !adapter.finished && adapter.health().kind !== 'unavailable',
          finished: adapter.finished,
        }),
        title: adapter.finished ? 'Session ended' : 'Leave the scenario',
      };
    },
  };
}
