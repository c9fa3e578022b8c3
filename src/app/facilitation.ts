/**
 * Facilitated sessions, loaded only when a trainer uses them: the setup page, the trainer
 * console and the presenter view. The console changes the session and stores it; both
 * windows are told through a BroadcastChannel and re-read it, so either can be reloaded.
 */
import { scenarios } from 'virtual:scenarios';
import { toCsv } from '../engine/csv.ts';
import {
  type Facilitation,
  SESSION_CSV_COLUMNS,
  back,
  createFacilitation,
  explore,
  pauseTimer,
  play,
  resetTimer,
  returnToGroup,
  reveal,
  sessionRecord,
  sessionRecordRows,
  setGroupPath,
  setVotes,
  startTimer,
  timerElapsed,
  asSaved,
} from '../engine/facilitation.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { type RecordedChoice, Session, randomSeed } from '../engine/session.ts';
import { openStore } from '../storage/indexeddb-store.ts';
import { FacilitationRepository } from '../storage/facilitations.ts';
import { h } from '../ui/dom.ts';
import { download, exportFileName } from '../ui/download.ts';
import { renderFacilitatorSetup } from '../ui/facilitator-setup.ts';
import { formatTimer, groupChoice, renderConsole, renderPresenter, setGroupChoice } from '../ui/facilitation-views.ts';
import type { Shell } from './shell.ts';

const CHANNEL = 'safeguarding-simulator-facilitation';

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

/** Re-renders while keeping keyboard focus on the control that had it. */
function swap(container: HTMLElement, view: HTMLElement): void {
  const focused =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
      ? document.activeElement
      : null;
  const key = focused?.id || (focused?.textContent ? `text:${focused.textContent}` : null);
  const typing = focused instanceof HTMLInputElement ? focused.value : null;
  container.replaceChildren(view);
  if (!key) return;
  const target = key.startsWith('text:')
    ? Array.from(view.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent === key.slice(5))
    : view.querySelector<HTMLElement>(`#${CSS.escape(key)}`);
  // Keep what is being typed into a field that a save from another field re-rendered.
  if (target instanceof HTMLInputElement && typing !== null) target.value = typing;
  target?.focus();
}

export async function showConsole(app: Shell, id: string): Promise<void> {
  const loaded = await loadFacilitation(app, id);
  if (!loaded) return;
  const { scenario } = loaded;
  let f = loaded.f;
  const r = await repository();
  const channel = new BroadcastChannel(CHANNEL);
  const container = h('div', { className: 'console-container' });

  const record = (session: Session) => sessionRecord(f, scenario.meta.title, f.branch ? null : session.current.ending);

  const commit = async (next: Facilitation, redraw = true) => {
    if (next === f) return;
    f = next;
    await r.save(f);
    channel.postMessage({ id: f.id, revision: f.revision });
    if (redraw) render();
  };

  // Votes are saved as they are typed without redrawing the form being typed in.
  const saveVotes = (session: Session, votes: number[]) => {
    const next = setVotes(f, session, votes);
    const button = container.querySelector<HTMLButtonElement>('#play-group-choice');
    if (button) {
      setGroupChoice(button, session, groupChoice(next.decisions.find((d) => d.index === next.groupPath.length)));
    }
    void commit(next, false);
  };

  const render = () => {
    const session = rebuild(scenario, f);
    const now = Date.now();
    swap(
      container,
      renderConsole(f, session, record(session), now, {
        onVotes: (votes) => saveVotes(session, votes),
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
                : resetTimer(f),
          ),
        onOpenPresenter: () => window.open(`#/present/${f.id}`, `presenter-${f.id}`, 'popup'),
        onExport: (format) => {
          const rec = record(rebuild(scenario, f));
          const stem = `session-${rec.date}`;
          if (format === 'json')
            download(exportFileName(stem, 'json'), `${JSON.stringify(rec, null, 2)}\n`, 'application/json');
          else download(exportFileName(stem, 'csv'), toCsv(SESSION_CSV_COLUMNS, sessionRecordRows(rec)), 'text/csv');
        },
      }),
    );
  };

  const stop = keepInStep(
    channel,
    r,
    () => f,
    (fresh) => {
      f = fresh;
      render();
    },
    () => document.getElementById('console-timer'),
  );
  app.show(container, `Trainer console: ${f.label}`);
  render();
  app.onLeaveView(stop);
}

/**
 * Follows changes made in the other window (re-read from the store, newest revision wins)
 * and ticks the discussion timer. Returns what stops both.
 */
function keepInStep(
  channel: BroadcastChannel,
  r: FacilitationRepository,
  current: () => Facilitation,
  onFresh: (f: Facilitation) => void,
  timer: () => Element | null,
): () => void {
  channel.onmessage = async (e: MessageEvent<{ id: string; revision: number }>) => {
    const f = current();
    if (e.data?.id !== f.id || e.data.revision <= f.revision) return;
    const fresh = await r.get(f.id);
    if (fresh && fresh.revision > current().revision) onFresh(fresh);
  };
  const tick = window.setInterval(() => {
    const el = timer();
    if (el) el.textContent = formatTimer(timerElapsed(current(), Date.now()));
  }, 1000);
  return () => {
    window.clearInterval(tick);
    channel.close();
  };
}

export async function showPresenter(app: Shell, id: string): Promise<void> {
  const loaded = await loadFacilitation(app, id);
  if (!loaded) return;
  const { scenario } = loaded;
  let f = loaded.f;
  const r = await repository();
  const channel = new BroadcastChannel(CHANNEL);
  const container = h('div', { className: 'presenter-container' });
  const render = () => container.replaceChildren(renderPresenter(f, rebuild(scenario, f), Date.now()));
  const stop = keepInStep(
    channel,
    r,
    () => f,
    (fresh) => {
      f = fresh;
      render();
    },
    () => container.querySelector('.presenter-timer'),
  );
  document.body.classList.add('presenting');
  app.show(container, `Presenting: ${scenario.meta.title}`);
  render();
  app.onLeaveView(() => {
    stop();
    document.body.classList.remove('presenting');
  });
}
