/**
 * Facilitated sessions, loaded only when a trainer uses them: the setup page, the trainer
 * console and the presenter view. The console changes the session and stores it; the two
 * windows keep in step through facilitation-channel.ts.
 */
import { scenarios } from 'virtual:scenarios';
import { toCsv } from '../engine/csv.ts';
import {
  type Facilitation,
  type SessionRecord,
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
import { pathToEpisode } from '../engine/episode-jump.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { Session, randomSeed } from '../engine/session.ts';
import { FacilitationRepository } from '../storage/facilitations.ts';
import { h } from '../ui/dom.ts';
import { download } from '../ui/download.ts';
import { redraw } from '../ui/facilitation-views.ts';
import { renderFacilitatorSetup } from '../ui/facilitator-setup.ts';
import { PresenterScreen } from '../ui/presenter-screen.ts';
import { type ConsoleActions, type ConsoleState, passageKey, renderConsole } from '../ui/trainer-console.ts';
import { type TimerAction, tickTimers } from '../ui/trainer-console-timer.ts';
import { keepInStep } from './facilitation-channel.ts';
import type { Shell } from './shell.ts';

/** The class on <html> while a view is shown: the presenter hides the site's header and navigation. */
const PRESENTER_MODE = 'presenter-mode';
const CONSOLE_MODE = 'console-mode';

async function repository(app: Shell): Promise<FacilitationRepository> {
  return new FacilitationRepository(await app.storeNamed('facilitator'));
}

function rebuild(scenario: CompiledScenario, f: Facilitation): Session {
  return Session.resume(scenario, asSaved(f)).session;
}

export async function showFacilitate(app: Shell): Promise<void> {
  const r = await repository(app);
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
  const f = await (await repository(app)).get(id);
  if (!f) {
    app.showMessage('Session not found', 'This facilitated session is not kept in this browser.');
    return null;
  }
  const scenario = await app.loadScenario(f.scenarioId);
  return scenario ? { f, scenario } : null;
}

/** What the console's actions work on: the session as now shown, and how a change is stored. */
interface ConsoleControl {
  /** The session as stored now (votes are stored without a redraw, so not always as drawn). */
  current(): Facilitation;
  /** The story as drawn. */
  session: Session;
  scenario: CompiledScenario;
  state: ConsoleState;
  commit(next: Facilitation, redrawAfter?: boolean): Promise<void>;
  record(session: Session): SessionRecord;
}

function timerAction(f: Facilitation, action: TimerAction, now: number): Facilitation {
  if (action === 'start') return startTimer(f, now);
  return action === 'pause' ? pauseTimer(f, now) : resetTimer(f, now);
}

function exportRecord(rec: SessionRecord, format: 'json' | 'csv'): void {
  if (format === 'json')
    download(sessionFileName(rec, 'json'), `${JSON.stringify(rec, null, 2)}\n`, 'application/json');
  else download(sessionFileName(rec, 'csv'), toCsv(SESSION_CSV_COLUMNS, sessionRecordRows(rec)), 'text/csv');
}

function consoleActions(c: ConsoleControl): ConsoleActions {
  const { session, scenario, state } = c;
  const commit = (next: Facilitation, redrawAfter?: boolean) => void c.commit(next, redrawAfter);
  const f = () => c.current();
  return {
    // Votes are saved as they are typed, without redrawing the form being typed in.
    onVotes: (votes) => commit(setVotes(f(), session, votes), false),
    onSelect: (index) => {
      state.selected = index;
    },
    onPlay: (i) => commit(play(f(), session, i, Date.now())),
    onExplore: (i) => commit(explore(f(), session, i, Date.now())),
    onReturn: () => commit(returnToGroup(f(), Date.now())),
    onBack: () => commit(back(f(), Date.now())),
    onJump: (n) => commit(setGroupPath(f(), pathToEpisode(scenario, f(), n, Date.now()), Date.now())),
    onReveal: (on) => commit(reveal(f(), on)),
    onTimer: (action) => commit(timerAction(f(), action, Date.now())),
    onPage: (page) => commit(turnPage(f(), page)),
    onPanel: (panel) => {
      state.projectorPages = null;
      commit(showPanel(f(), panel));
    },
    onOpenPresenter: () => window.open(`#/present/${f().id}`, `presenter-${f().id}`, 'popup'),
    onRecordOpen: (open) => {
      state.recordOpen = open;
    },
    onExport: (format) => exportRecord(c.record(rebuild(scenario, f())), format),
  };
}

export async function showConsole(app: Shell, id: string): Promise<void> {
  const loaded = await loadFacilitation(app, id);
  if (!loaded) return;
  const { scenario } = loaded;
  let f = loaded.f;
  const r = await repository(app);
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
    const control: ConsoleControl = { current: () => f, session, scenario, state, commit, record };
    redraw(container, renderConsole(f, session, record(session), Date.now(), state, consoleActions(control)));
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
  const r = await repository(app);
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
