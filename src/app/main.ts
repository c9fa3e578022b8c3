/**
 * Composition root: opens storage, reads the route, and wires the menu, briefing, player
 * and results views to the engine session and the save repository.
 */
import { brokenScenarios, loadScenario, scenarios } from 'virtual:scenarios';
import type { CompiledScenario } from '../engine/scenario.ts';
import { type FeedbackMode, Session } from '../engine/session.ts';
import { openStore } from '../storage/indexeddb-store.ts';
import { type LoadedSave, SaveRepository } from '../storage/saves.ts';
import { renderBriefing } from '../ui/briefing.ts';
import { clear, focusRegion, h } from '../ui/dom.ts';
import { renderMenu } from '../ui/menu.ts';
import { PlayerView } from '../ui/player.ts';
import { renderResults } from '../ui/results.ts';
import { emit } from './hooks.ts';
import '../ui/styles.css';

const main = document.getElementById('main')!;
const storageNotice = document.getElementById('storage-notice')!;
let saves: SaveRepository;
let player: PlayerView | null = null;
let playing: Session | null = null;

function show(view: HTMLElement, title: string): void {
  player?.destroy();
  player = null;
  if (playing) emit('onLeave', playing);
  playing = null;
  clear(main);
  main.append(view);
  document.title = `${title} — Safeguarding Practice Simulator`;
  const heading = view.querySelector('h1');
  if (heading) focusRegion(heading);
}

function navigate(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

async function showMenu(): Promise<void> {
  const saved = new Set(await saves.savedScenarioIds().catch(() => []));
  const view = renderMenu(scenarios, saved, { onOpen: (id) => navigate(`#/scenario/${id}`) });
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
    show(
      h('section', {}, h('h1', {}, 'Scenario not found'), h('p', {}, `There is no scenario called "${id}".`)),
      'Not found',
    );
    return;
  }
  const save = await saves.load(id);
  const message = save.kind === 'unreadable' ? describeUnreadable(save) : notice;
  const view = renderBriefing(summary, save.kind === 'ok', message, 'reflect', {
    onStart: (mode) => void startScenario(id, mode),
    onContinue: () => navigate(`#/play/${id}`),
    onBack: () => navigate('#/'),
  });
  show(view, summary.title);
}

async function persist(session: Session): Promise<void> {
  if (!player) return;
  if (!saves.persistent) return;
  player.setSaveState({ kind: 'saving' });
  try {
    await saves.save(session.toSaved());
    player?.setSaveState({ kind: 'saved', at: new Date() });
  } catch (e) {
    player?.setSaveState({ kind: 'failed', message: (e as Error).message || 'the browser refused to store it' });
  }
}

function play(session: Session, notice: string | null): void {
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
    onFinish: () =>
      show(
        renderResults(session, () => navigate('#/')),
        'Results',
      ),
  });
  show(view.root, session.scenario.meta.title);
  player = view;
  playing = session;
  view.renderAll(notice);
  emit('onStart', session, view, { choose });
  if (!saves.persistent) view.setSaveState({ kind: 'off', message: 'Progress is not being kept in this browser' });
  else view.setSaveState({ kind: 'saved', at: new Date() });
}

async function load(id: string): Promise<CompiledScenario | null> {
  try {
    return await loadScenario(id);
  } catch (e) {
    show(
      h('section', {}, h('h1', {}, 'This scenario could not be loaded'), h('p', {}, (e as Error).message)),
      'Could not load',
    );
    return null;
  }
}

async function startScenario(id: string, mode: FeedbackMode): Promise<void> {
  const scenario = await load(id);
  if (!scenario) return;
  const session = Session.start(scenario, { feedbackMode: mode });
  await saves.save(session.toSaved()).catch(() => undefined);
  history.replaceState(null, '', `#/play/${id}`);
  play(session, null);
}

async function resumeScenario(id: string): Promise<void> {
  const save = await saves.load(id);
  if (save.kind !== 'ok') {
    await showBriefing(id, save.kind === 'unreadable' ? describeUnreadable(save) : null);
    return;
  }
  const scenario = await load(id);
  if (!scenario) return;
  const { session, report } = Session.resume(scenario, save.saved);
  let notice: string | null = null;
  if (report.stoppedBecause) {
    notice = `This scenario has been updated since you last played. You are back at decision ${report.replayed + 1} of your earlier path (${report.stoppedBecause}).`;
    await saves.save(session.toSaved()).catch(() => undefined);
  }
  play(session, notice);
}

async function route(): Promise<void> {
  const [, page, id] = location.hash.replace(/^#/, '').split('/');
  if (page === 'scenario' && id) await showBriefing(id);
  else if (page === 'play' && id) await resumeScenario(id);
  else await showMenu();
}

async function boot(): Promise<void> {
  const opened = await openStore();
  saves = new SaveRepository(opened.store);
  if (opened.problem) {
    storageNotice.hidden = false;
    storageNotice.textContent =
      'This browser is not letting the simulator store data, so your progress will not be kept when you close the page. ' +
      'To fix it, allow site data for this page (in private browsing, use a normal window instead) and reload.';
  }
  document.querySelector('.skip-link')?.addEventListener('click', (e) => {
    // The router owns the URL hash, so the skip link moves focus itself.
    e.preventDefault();
    focusRegion(main);
  });
  window.addEventListener('hashchange', () => void route());
  await route();
}

void boot();
