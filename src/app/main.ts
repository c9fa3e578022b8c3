/**
 * Composition root: opens storage, reads the route, and wires the views (menu, briefing,
 * before play, player, debrief, after play, results, certificate, my data) to the engine
 * session and the repositories.
 */
import { brokenScenarios, loadScenario, scenarios } from 'virtual:scenarios';
import { FOLLOW_UP_OFFERED_FROM_WEEKS, canTakeFollowUp, weeksSince } from '../engine/follow-up.ts';
import { markQuiz } from '../engine/quiz.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { type FeedbackMode, Session, randomSeed } from '../engine/session.ts';
import { type Attempt, AttemptRepository } from '../storage/attempts.ts';
import { openStore } from '../storage/indexeddb-store.ts';
import { ResultRepository } from '../storage/results.ts';
import { type LoadedSave, SaveRepository } from '../storage/saves.ts';
import type { KeyValueStore } from '../storage/store.ts';
import { renderBeforePlay } from '../ui/before-play.ts';
import { type WaitingFollowUp, renderBriefing } from '../ui/briefing.ts';
import { clear, focusRegion, h } from '../ui/dom.ts';
import { type FinishedPlay, renderMenu } from '../ui/menu.ts';
import { PlayerView } from '../ui/player.ts';
import { renderSettings } from '../ui/settings.ts';
import { emit } from './hooks.ts';
import type { LmsLaunch } from './lms-launch.ts';
import { type SettingsStore, startSettings } from './settings.ts';
import { previewSound, registerVisualLayer } from './visual-layer.ts';
import type { Shell } from './shell.ts';
import '../ui/styles.css';

const main = document.getElementById('main')!;
const storageNotice = document.getElementById('storage-notice')!;
let store: KeyValueStore;
let saves: SaveRepository;
let attempts: AttemptRepository;
let settings: SettingsStore;
let player: PlayerView | null = null;
let playing: Session | null = null;
/** Set when an LMS launched the page (`?scorm=…`): see lms-launch.ts. */
let lms: LmsLaunch | null = null;

/** Stops what the current view runs in the background (timers, channels) when another is shown. */
let leaveView: (() => void) | null = null;

function show(view: HTMLElement, title: string): void {
  leaveView?.();
  leaveView = null;
  player?.destroy();
  player = null;
  if (playing) emit('onLeave', playing);
  playing = null;
  clear(main);
  main.append(view);
  document.title = `${title} — Safeguarding Practice Simulator`;
  const heading = view.querySelector('h1');
  if (heading) focusRegion(heading);
  window.scrollTo(0, 0);
}

function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

function showMessage(title: string, message: string): void {
  show(
    h(
      'section',
      {},
      h('h1', {}, title),
      h('p', {}, message),
      h('button', { type: 'button', className: 'primary', onclick: () => navigate('#/') }, 'Back to all scenarios'),
    ),
    title,
  );
}

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function showMenu(): Promise<void> {
  const saved = new Set(await saves.savedScenarioIds().catch(() => []));
  const finished = new Map<string, FinishedPlay>();
  // Newest first: the first finished play of each scenario is its latest.
  for (const r of await new ResultRepository(store).list().catch(() => [])) {
    if (r.completed && !finished.has(r.scenario.id)) {
      finished.set(r.scenario.id, { resultId: r.id, finishedOn: new Date(r.finishedAt ?? r.startedAt) });
    }
  }
  const view = renderMenu(
    scenarios,
    saved,
    { onOpen: (id) => navigate(`#/scenario/${id}`), onResult: (resultId) => navigate(`#/result/${resultId}`) },
    finished,
  );
  if (brokenScenarios.length) {
    view.append(
      h(
        'div',
        { className: 'notice warning', role: 'alert' },
        h('h2', {}, 'Scenarios that do not compile'),
        brokenScenarios.map((b) => h('pre', {}, b.problem)),
      ),
    );
  }
  show(view, 'Scenarios');
}

function describeUnreadable(save: Extract<LoadedSave, { kind: 'unreadable' }>): string {
  const kept = save.quarantineKey ? ' The unreadable record has been kept aside, not deleted.' : '';
  return `Your saved progress for this scenario could not be read (${save.reason}), so it starts afresh.${kept}`;
}

async function showBriefing(id: string, notice: string | null = null): Promise<void> {
  const summary = scenarios.find((s) => s.id === id);
  if (!summary) {
    showMessage('Scenario not found', `There is no scenario called "${id}".`);
    return;
  }
  const save = await saves.load(id);
  const message = save.kind === 'unreadable' ? describeUnreadable(save) : notice;
  const view = renderBriefing(
    summary,
    save.kind === 'ok',
    message,
    settings.value.feedbackMode,
    {
      onStart: (mode) => navigate(`#/before/${id}/${mode}`),
      onContinue: () => navigate(`#/play/${id}`),
      onBack: () => navigate('#/'),
      onFollowUp: (resultId) => navigate(`#/followup/${resultId}`),
    },
    await waitingFollowUp(id),
  );
  show(view, summary.title);
}

/** The latest finished play of a scenario whose follow-up test is still to take. */
async function waitingFollowUp(id: string): Promise<WaitingFollowUp | null> {
  const list = await new ResultRepository(store).list().catch(() => []);
  const now = new Date();
  const waiting = list.find(
    (r) =>
      r.scenario.id === id && r.completed && canTakeFollowUp(r) && weeksSince(r, now) >= FOLLOW_UP_OFFERED_FROM_WEEKS,
  );
  return waiting ? { resultId: waiting.id, playedOn: new Date(waiting.finishedAt ?? waiting.startedAt) } : null;
}

async function load(id: string): Promise<CompiledScenario | null> {
  try {
    return await loadScenario(id);
  } catch (e) {
    showMessage('This scenario could not be loaded', (e as Error).message);
    return null;
  }
}

async function showBeforePlay(id: string, mode: FeedbackMode): Promise<void> {
  const scenario = await load(id);
  if (!scenario) return;
  const seed = randomSeed();
  show(
    renderBeforePlay(scenario, seed, (input) => {
      const attempt: Attempt = {
        resultId: newId(),
        scenarioId: id,
        feedbackMode: mode,
        participant: input.participant,
        preTest: scenario.quiz && input.preAnswers ? markQuiz(scenario.quiz.pre, input.preAnswers, new Date()) : null,
        confidenceBefore: input.confidence,
      };
      if (attempt.preTest) emit('onTest', id, 'pre', attempt.preTest);
      void startScenario(scenario, attempt, seed);
    }),
    `Before you start: ${scenario.meta.title}`,
  );
}

/** Counts saves, so that only the latest one's outcome is shown (an earlier one can finish after a later choice). */
let savesStarted = 0;

async function persist(session: Session): Promise<void> {
  if (!player) return;
  if (!saves.persistent) {
    // Kept in memory for this page, so that the debrief can still be shown.
    await saves.save(session.toSaved()).catch(() => undefined);
    return;
  }
  const mine = ++savesStarted;
  player.setSaveState({ kind: 'saving' });
  try {
    await saves.save(session.toSaved());
    if (mine === savesStarted) player?.setSaveState({ kind: 'saved', at: new Date() });
  } catch (e) {
    if (mine === savesStarted) {
      player?.setSaveState({ kind: 'failed', message: (e as Error).message || 'the browser refused to store it' });
    }
  }
}

function play(session: Session, notice: string | null): void {
  const id = session.scenario.meta.id;
  const choose = (index: number) => {
    if (session.finished || playing !== session || !session.current.options[index]) return;
    const option = session.choose(index);
    view.showChoice(option);
    void persist(session);
    emit('onChoice', session, option);
  };
  const view = new PlayerView(session, {
    onChoose: choose,
    onLeave: () => navigate('#/'),
    onFinish: () => navigate(`#/debrief/${id}`),
  });
  show(view.root, session.scenario.meta.title);
  player = view;
  playing = session;
  view.renderAll(notice);
  emit('onStart', session, view, { choose });
  if (!saves.persistent) view.setSaveState({ kind: 'off', message: 'Progress is not being kept in this browser' });
  else view.setSaveState({ kind: 'saved', at: new Date() });
}

async function startScenario(scenario: CompiledScenario, attempt: Attempt, seed: number): Promise<void> {
  const session = Session.start(scenario, { feedbackMode: attempt.feedbackMode, seed });
  await attempts.save(attempt).catch(() => undefined);
  await saves.save(session.toSaved()).catch(() => undefined);
  history.replaceState(null, '', `#/play/${scenario.meta.id}`);
  play(session, null);
}

/** Rebuilds the session in progress from its save (for play, debrief and after-play). */
async function resumed(id: string): Promise<{ session: Session; notice: string | null } | null> {
  const save = await saves.load(id);
  if (save.kind !== 'ok') {
    await showBriefing(id, save.kind === 'unreadable' ? describeUnreadable(save) : null);
    return null;
  }
  const scenario = await load(id);
  if (!scenario) return null;
  const { session, report } = Session.resume(scenario, save.saved);
  let notice: string | null = null;
  if (report.stoppedBecause) {
    notice = `This scenario has been updated since you last played. You are back at decision ${report.replayed + 1} of your earlier path (${report.stoppedBecause}).`;
    await saves.save(session.toSaved()).catch(() => undefined);
  }
  return { session, notice };
}

async function resumeScenario(id: string): Promise<void> {
  const r = await resumed(id);
  if (r) play(r.session, r.notice);
}

const outcome = () => import('./outcome.ts');
const facilitation = () => import('./facilitation.ts');

async function showTrainerGuide(): Promise<void> {
  const [{ renderMarkdown }, guide] = await Promise.all([
    import('../ui/markdown.ts'),
    import('../../docs/trainer-guide.md?raw'),
  ]);
  const view = renderMarkdown(guide.default);
  view.classList.add('trainer-guide');
  view.append(h('p', {}, h('a', { href: '#/facilitate' }, 'Run a facilitated session')));
  show(view, 'Trainer guide');
}

function shell(): Shell {
  return {
    show,
    navigate,
    showMessage,
    resumed,
    play,
    loadScenario: load,
    newId,
    reopenStorage: openStorage,
    onLeaveView: (stop) => {
      leaveView = stop;
    },
    store,
    saves,
    attempts,
  };
}

/** The partnership dashboard is its own chunk, so learners never download it. */
async function showDashboard(): Promise<void> {
  try {
    const { renderDashboard } = await import('../dashboard/dashboard-page.ts');
    show(renderDashboard(), 'Partnership dashboard');
  } catch (e) {
    showMessage('The dashboard could not be loaded', (e as Error).message);
  }
}

let routing: Promise<void> = Promise.resolve();

/** Routes one at a time, in order, so a slow earlier route never draws over a later one. */
function route(): Promise<void> {
  routing = routing.then(routeNow, routeNow);
  return routing;
}

async function routeNow(): Promise<void> {
  const [, page, id, extra] = location.hash.replace(/^#/, '').split('/');
  const lmsView = lms?.intercept(page, id, navigate);
  if (lmsView) show(lmsView.view, lmsView.title);
  else if (page === 'scenario' && id) await showBriefing(id);
  else if (page === 'before' && id) await showBeforePlay(id, extra === 'assessment' ? 'assessment' : 'reflect');
  else if (page === 'play' && id) await resumeScenario(id);
  else if (page === 'debrief' && id) await (await outcome()).showDebrief(shell(), id);
  else if (page === 'after' && id) await (await outcome()).showAfterPlay(shell(), id);
  else if (page === 'result' && id) await (await outcome()).showResult(shell(), id);
  else if (page === 'followup' && id) await (await outcome()).showFollowUp(shell(), id);
  else if (page === 'certificate' && id) await (await outcome()).showCertificate(shell(), id);
  else if (page === 'my-data') await (await outcome()).showMyData(shell());
  else if (page === 'dashboard') await showDashboard();
  else if (page === 'facilitate') await (await facilitation()).showFacilitate(shell());
  else if (page === 'console' && id) await (await facilitation()).showConsole(shell(), id);
  else if (page === 'present' && id) await (await facilitation()).showPresenter(shell(), id);
  else if (page === 'trainer-guide') await showTrainerGuide();
  else if (page === 'settings') {
    show(renderSettings(settings, { onBack: () => navigate('#/'), onPreviewSound: previewSound }), 'Settings');
  } else await showMenu();
}

async function openStorage(): Promise<void> {
  const opened = await openStore();
  store = lms ? await lms.storeFor(opened.store) : opened.store;
  saves = new SaveRepository(store);
  attempts = new AttemptRepository(store);
  storageNotice.hidden = !opened.problem;
  if (opened.problem) {
    storageNotice.textContent =
      'This browser is not letting the simulator store data, so your progress will not be kept when you close the page. ' +
      'To fix it, allow site data for this page (in private browsing, use a normal window instead) and reload.';
  }
}

async function boot(): Promise<void> {
  // Fetch the scenario of a play link while storage and settings open, not after.
  const [, page, id] = location.hash.replace(/^#/, '').split('/');
  if (id && ['before', 'play', 'debrief', 'after'].includes(page ?? '')) void loadScenario(id).catch(() => undefined);
  // The LMS adapter is loaded only when an LMS launched the page.
  if (new URLSearchParams(location.search).has('scorm')) {
    lms = (await import('./lms-launch.ts')).startLmsLaunch(location.search);
  }
  await openStorage();
  // Settings (text size, contrast, motion) go on the page before the first view is drawn.
  settings = await startSettings((await openStore('settings')).store);
  registerVisualLayer(settings);
  document.querySelector('.skip-link')?.addEventListener('click', (e) => {
    // The router owns the URL hash, so the skip link moves focus itself.
    e.preventDefault();
    focusRegion(main);
  });
  if (lms) history.replaceState(null, '', await lms.firstRoute(saves));
  window.addEventListener('hashchange', () => void route());
  await route();
}

void boot();
