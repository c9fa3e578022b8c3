/**
 * The play loop: a session on screen, and each choice made, saved and reported to the hooks.
 */
import { Session } from '../engine/session.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import type { Attempt } from '../storage/attempts.ts';
import { PlayerView } from '../ui/player.ts';
import type { App } from './create-app.ts';

/** Saves after a choice, showing its state; only the latest save's outcome is shown. */
async function persist(app: App, session: Session): Promise<void> {
  const { state } = app;
  if (!state.player) return;
  if (!state.saves.persistent) {
    // Kept in memory for this page, so that the debrief can still be shown.
    await state.saves.save(session.toSaved()).catch(() => undefined);
    return;
  }
  const mine = ++state.savesStarted;
  state.player.setSaveState({ kind: 'saving' });
  try {
    await state.saves.save(session.toSaved());
    if (mine === state.savesStarted) state.player?.setSaveState({ kind: 'saved', at: app.deps.now() });
  } catch (e) {
    if (mine === state.savesStarted) {
      state.player?.setSaveState({
        kind: 'failed',
        message: (e as Error).message || 'the browser refused to store it',
      });
    }
  }
}

export function play(app: App, session: Session, notice: string | null): void {
  const { state, hooks } = app;
  const id = session.scenario.meta.id;
  const choose = (index: number) => {
    if (session.finished || state.playing !== session || !session.current.options[index]) return;
    const option = session.choose(index);
    view.showChoice(option);
    void persist(app, session);
    hooks.emit('onChoice', session, option);
  };
  const view = new PlayerView(session, {
    onChoose: choose,
    onLeave: () => app.navigate('#/'),
    onFinish: () => app.navigate(`#/debrief/${id}`),
  });
  app.show(view.root, session.scenario.meta.title);
  state.player = view;
  state.playing = session;
  view.renderAll(notice);
  hooks.emit('onStart', session, view, { choose });
  if (!state.saves.persistent)
    view.setSaveState({ kind: 'off', message: 'Progress is not being kept in this browser' });
  else view.setSaveState({ kind: 'saved', at: app.deps.now() });
}

export async function startScenario(
  app: App,
  scenario: CompiledScenario,
  attempt: Attempt,
  seed: number,
): Promise<void> {
  const session = Session.start(scenario, {
    feedbackMode: attempt.feedbackMode,
    seed,
    now: () => app.deps.now().getTime(),
  });
  await app.attempts.save(attempt).catch(() => undefined);
  await app.saves.save(session.toSaved()).catch(() => undefined);
  app.deps.address.replace(`#/play/${scenario.meta.id}`);
  play(app, session, null);
}
