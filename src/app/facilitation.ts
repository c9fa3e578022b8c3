/**
 * Facilitated sessions, loaded only when a trainer uses them: the setup page, the trainer
 * console and the presenter view. The console changes the session and stores it; both
 * windows are told through a BroadcastChannel and re-read it, so either can be reloaded.
 * Over the same channel the presenter tells the console how many pages the passage takes
 * on the projector, and asks it to turn the page when turned from the projector's window.
 */
import { scenarios } from 'virtual:scenarios';
import { toCsv } from '../engine/csv.ts';
import {
  type Facilitation,
  SESSION_CSV_COLUMNS,
  asSaved,
  back,
  createFacilitation,
  explore,
  pauseTimer,
  play,
  resetTimer,
  returnToGroup,
  reveal,
  sessionFileName,
  sessionRecord,
  sessionRecordRows,
  setGroupPath,
  setVotes,
  showPanel,
  startTimer,
  turnPage,
} from '../engine/facilitation.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { type RecordedChoice, Session, randomSeed } from '../engine/session.ts';
import { openStore } from '../storage/indexeddb-store.ts';
import { FacilitationRepository } from '../storage/facilitations.ts';
import { h } from '../ui/dom.ts';
import { download } from '../ui/download.ts';
import { redraw } from '../ui/facilitation-views.ts';
import { renderFacilitatorSetup } from '../ui/facilitator-setup.ts';
import { PresenterScreen } from '../ui/presenter-screen.ts';
import { type ConsoleState, passageKey, renderConsole } from '../ui/trainer-console.ts';
import { tickTimers } from '../ui/trainer-console-timer.ts';
import type { Shell } from './shell.ts';

const CHANNEL = 'safeguarding-simulator-facilitation';

/** What the two windows say to each other. */
type Message =
  /** The console stored a change: re-read the session. */
  | { kind: 'changed'; id: string; revision: number }
  /** The presenter's passage takes `pages` pages on its screen; it shows `page`. */
  | { kind: 'pages'; id: string; pages: number; page: number }
  /** The presenter was turned to `page` from its own window. */
  | { kind: 'turn'; id: string; page: number }
  /** A console opened: the presenter says its pages again. */
  | { kind: 'hello'; id: string };

/** The class on <html> while a view is shown: the presenter hides the site's header and navigation. */
const PRESENTER_MODE = 'presenter-mode';
const CONSOLE_MODE = 'console-mode';

let repo: FacilitationRepository | null = null;
async function repository(): Promise<FacilitationRepository> {
  repo ??= new FacilitationRepository((await openStore('facilitator')).store);
  return repo;
}

function rebuild(scenario: CompiledScenario, f: Facilitation): Session {
  return Session.resume(scenario, asSaved(f)).session;
}

/** The group's path up to the start of an episode, walking on along the real case's choices if it lies ahead. */
export function pathToEpisode(scenario: CompiledScenario, f: Facilitation, episode: number): RecordedChoice[] {
  const group = Session.resume(scenario, { ...asSaved(f), choices: f.groupPath }).session;
  const opens = (lines: Session['current']['lines']) =>
    lines.some((l) => l.tags.some((t) => t.name === 'episode' && t.number === episode));
  const at = group.turns.findIndex((t) => opens(t.beat.lines));
  if (at >= 0) return f.groupPath.slice(0, at);
  if (opens(group.current.lines)) return f.groupPath;
  const walk = Session.resume(scenario, { ...asSaved(f), choices: f.groupPath }).session;
  for (let step = 0; step < 500 && !walk.finished; step++) {
    const option = walk.current.options.find((o) => o.real) ?? walk.current.options[0]!;
    walk.choose(option.index, Date.now());
    if (opens(walk.current.lines)) break;
  }
  return walk.turns.map((t) => t.choice);
}

export async function showFacilitate(app: Shell): Promise<void> {
  const r = await repository();
  const existing = await r.list().catch(() => []);
  app.show(
    renderFacilitatorSetup(scenarios, existing, {
      guideHref: '#/trainer-guide',
      onOpen: (id) => app.navigate(`#/console/${id}`),
      onCreate: async (input) => {
        const scenario = await app.loadScenario(input.scenarioId);
        if (!scenario) return;
        const f = createFacilitation({
          id: app.newId(),
          label: input.label,
          scenarioId: input.scenarioId,
          storyHash: scenario.storyHash,
          seed: randomSeed(),
          participants: input.participants,
          now: Date.now(),
        });
        await r.save(f);
        app.navigate(`#/console/${f.id}`);
      },
    }),
    'Run a facilitated session',
  );
}

async function loadFacilitation(
  app: Shell,
  id: string,
): Promise<{ f: Facilitation; scenario: CompiledScenario } | null> {
  const f = await (await repository()).get(id);
  if (!f) {
    app.showMessage('Session not found', 'This facilitated session is not kept in this browser.');
    return null;
  }
  const scenario = await app.loadScenario(f.scenarioId);
  return scenario ? { f, scenario } : null;
}

/**
 * Follows the other window: changes stored by the console (re-read from the store, newest
 * revision wins) and the page messages. Ticks the timers. Returns what stops both.
 */
function keepInStep(
  id: string,
  r: FacilitationRepository,
  current: () => Facilitation,
  on: { fresh(f: Facilitation): void; message?(m: Message): void; tick(now: number): void },
): { post(m: Message): void; stop(): void } {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = async (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.id !== id) return;
    if (m.kind !== 'changed') {
      on.message?.(m);
      return;
    }
    if (m.revision <= current().revision) return;
    const fresh = await r.get(id);
    if (fresh && fresh.revision > current().revision) on.fresh(fresh);
  };
  const tick = window.setInterval(() => on.tick(Date.now()), 250);
  return {
    post: (m) => channel.postMessage(m),
    stop: () => {
      window.clearInterval(tick);
      channel.close();
    },
  };
}

export async function showConsole(app: Shell, id: string): Promise<void> {
  const loaded = await loadFacilitation(app, id);
  if (!loaded) return;
  const { scenario } = loaded;
  let f = loaded.f;
  const r = await repository();
  const container = h('div', { className: 'console-container' });
  const state: ConsoleState = { selected: null, projectorPages: null, recordOpen: false };
  let shownPassage = passageKey(f);

  const record = (session: Session) => sessionRecord(f, scenario.meta.title, f.branch ? null : session.current.ending);

  const commit = async (next: Facilitation, redrawAfter = true) => {
    if (next === f) return;
    f = next;
    if (redrawAfter) render();
    await r.save(f);
    sync.post({ kind: 'changed', id: f.id, revision: f.revision });
  };

  const render = () => {
    const session = rebuild(scenario, f);
    const key = passageKey(f);
    if (key !== shownPassage) {
      // Another passage: the option chosen to play and the projector's pages were for the last one.
      shownPassage = key;
      state.selected = null;
      state.projectorPages = null;
    }
    redraw(
      container,
      renderConsole(f, session, record(session), Date.now(), state, {
        // Votes are saved as they are typed, without redrawing the form being typed in.
        onVotes: (votes) => void commit(setVotes(f, session, votes), false),
        onSelect: (index) => {
          state.selected = index;
        },
        onPlay: (i) => void commit(play(f, session, i, Date.now())),
        onExplore: (i) => void commit(explore(f, session, i, Date.now())),
        onReturn: () => void commit(returnToGroup(f, Date.now())),
        onBack: () => void commit(back(f, Date.now())),
        onJump: (n) => void commit(setGroupPath(f, pathToEpisode(scenario, f, n), Date.now())),
        onReveal: (on) => void commit(reveal(f, on)),
        onTimer: (action) =>
          void commit(
            action === 'start'
              ? startTimer(f, Date.now())
              : action === 'pause'
                ? pauseTimer(f, Date.now())
                : resetTimer(f, Date.now()),
          ),
        onPage: (page) => void commit(turnPage(f, page)),
        onPanel: (panel) => {
          state.projectorPages = null;
          void commit(showPanel(f, panel));
        },
        onOpenPresenter: () => window.open(`#/present/${f.id}`, `presenter-${f.id}`, 'popup'),
        onRecordOpen: (open) => {
          state.recordOpen = open;
        },
        onExport: (format) => {
          const rec = record(rebuild(scenario, f));
          if (format === 'json')
            download(sessionFileName(rec, 'json'), `${JSON.stringify(rec, null, 2)}\n`, 'application/json');
          else download(sessionFileName(rec, 'csv'), toCsv(SESSION_CSV_COLUMNS, sessionRecordRows(rec)), 'text/csv');
        },
      }),
    );
  };

  const sync = keepInStep(f.id, r, () => f, {
    fresh: (fresh) => {
      f = fresh;
      render();
    },
    message: (m) => {
      if (m.kind === 'pages' && m.pages !== state.projectorPages) {
        state.projectorPages = m.pages;
        render();
      } else if (m.kind === 'turn') void commit(turnPage(f, m.page));
    },
    tick: (now) => tickTimers(container, f, now),
  });
  render();
  app.show(container, `Trainer console: ${f.label}`);
  // After show(): showing a view first stops the one before, which may take its own class away.
  document.documentElement.classList.add(CONSOLE_MODE);
  sync.post({ kind: 'hello', id: f.id });
  app.onLeaveView(() => {
    sync.stop();
    document.documentElement.classList.remove(CONSOLE_MODE);
  });
}

export async function showPresenter(app: Shell, id: string): Promise<void> {
  const loaded = await loadFacilitation(app, id);
  if (!loaded) return;
  const { scenario } = loaded;
  let f = loaded.f;
  const r = await repository();
  const screen = new PresenterScreen({
    onTurn: (page) => sync.post({ kind: 'turn', id: f.id, page }),
    onPages: (pages, page) => sync.post({ kind: 'pages', id: f.id, pages, page }),
  });
  const render = () => screen.update(f, rebuild(scenario, f), Date.now());
  const sync = keepInStep(f.id, r, () => f, {
    fresh: (fresh) => {
      f = fresh;
      render();
    },
    message: (m) => {
      if (m.kind === 'hello') screen.reportPages();
    },
    tick: (now) => screen.tick(now),
  });
  render();
  app.show(screen.root, `Presenting: ${scenario.meta.title}`);
  // After show(): showing a view first stops the one before, which may take its own class away.
  document.documentElement.classList.add(PRESENTER_MODE);
  screen.start();
  app.onLeaveView(() => {
    sync.stop();
    screen.destroy();
    document.documentElement.classList.remove(PRESENTER_MODE);
  });
}
