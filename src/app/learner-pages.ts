/**
 * The pages before play and around it: the menu, a scenario's briefing, the questions
 * before play, a session rebuilt from its save, settings, the trainer guide and the
 * dashboard (its own chunk).
 */
import { FOLLOW_UP_OFFERED_FROM_WEEKS, canTakeFollowUp, weeksSince } from '../engine/follow-up.ts';
import { markQuiz } from '../engine/quiz.ts';
import { type FeedbackMode, Session, randomSeed } from '../engine/session.ts';
import type { Attempt } from '../storage/attempts.ts';
import { ResultRepository } from '../storage/results.ts';
import type { LoadedSave } from '../storage/saves.ts';
import { renderBeforePlay } from '../ui/before-play.ts';
import { type WaitingFollowUp, renderBriefing } from '../ui/briefing.ts';
import { h } from '../ui/dom.ts';
import { type FinishedPlay, renderMenu } from '../ui/menu.ts';
import { renderSettings } from '../ui/settings.ts';
import type { App } from './create-app.ts';
import { play, startScenario } from './play-loop.ts';

export function describeUnreadable(save: Extract<LoadedSave, { kind: 'unreadable' }>): string {
  const kept = save.quarantineKey ? ' The unreadable record has been kept aside, not deleted.' : '';
  return `Your saved progress for this scenario could not be read (${save.reason}), so it starts afresh.${kept}`;
}

/** The latest finished play of each scenario (results are listed newest first). */
async function finishedPlays(app: App): Promise<Map<string, FinishedPlay>> {
  const finished = new Map<string, FinishedPlay>();
  for (const r of await new ResultRepository(app.store).list().catch(() => [])) {
    if (r.completed && !finished.has(r.scenario.id)) {
      finished.set(r.scenario.id, { resultId: r.id, finishedOn: new Date(r.finishedAt ?? r.startedAt) });
    }
  }
  return finished;
}

export async function showMenu(app: App): Promise<void> {
  const { catalogue } = app.deps;
  const saved = new Set(await app.saves.savedScenarioIds().catch(() => []));
  const view = renderMenu(
    catalogue.scenarios,
    saved,
    {
      onOpen: (id) => app.navigate(`#/scenario/${id}`),
      onResult: (resultId) => app.navigate(`#/result/${resultId}`),
    },
    await finishedPlays(app),
  );
  if (catalogue.broken.length) {
    view.append(
      h(
        'div',
        { className: 'notice warning', role: 'alert' },
        h('h2', {}, 'Scenarios that do not compile'),
        catalogue.broken.map((b) => h('pre', {}, b.problem)),
      ),
    );
  }
  app.show(view, 'Scenarios');
}

/** The latest finished play of a scenario whose follow-up test is due and still to take. */
async function waitingFollowUp(app: App, id: string): Promise<WaitingFollowUp | null> {
  const list = await new ResultRepository(app.store).list().catch(() => []);
  const now = app.deps.now();
  const waiting = list.find(
    (r) =>
      r.scenario.id === id && r.completed && canTakeFollowUp(r) && weeksSince(r, now) >= FOLLOW_UP_OFFERED_FROM_WEEKS,
  );
  return waiting ? { resultId: waiting.id, playedOn: new Date(waiting.finishedAt ?? waiting.startedAt) } : null;
}

export async function showBriefing(app: App, id: string, notice: string | null = null): Promise<void> {
  const summary = app.deps.catalogue.scenarios.find((s) => s.id === id);
  if (!summary) {
    app.showMessage('Scenario not found', `There is no scenario called "${id}".`);
    return;
  }
  const save = await app.saves.load(id);
  const view = renderBriefing(
    summary,
    save.kind === 'ok',
    save.kind === 'unreadable' ? describeUnreadable(save) : notice,
    app.settings.value.feedbackMode,
    {
      onStart: (mode) => app.navigate(`#/before/${id}/${mode}`),
      onContinue: () => app.navigate(`#/play/${id}`),
      onBack: () => app.navigate('#/'),
      onFollowUp: (resultId) => app.navigate(`#/followup/${resultId}`),
    },
    await waitingFollowUp(app, id),
  );
  app.show(view, summary.title);
}

export async function showBeforePlay(app: App, id: string, mode: FeedbackMode): Promise<void> {
  const scenario = await app.loadScenario(id);
  if (!scenario) return;
  const seed = randomSeed();
  app.show(
    renderBeforePlay(scenario, seed, (input) => {
      const attempt: Attempt = {
        resultId: app.newId(),
        scenarioId: id,
        feedbackMode: mode,
        participant: input.participant,
        preTest:
          scenario.quiz && input.preAnswers ? markQuiz(scenario.quiz.pre, input.preAnswers, app.deps.now()) : null,
        confidenceBefore: input.confidence,
      };
      if (attempt.preTest) app.hooks.emit('onTest', id, 'pre', attempt.preTest);
      void startScenario(app, scenario, attempt, seed);
    }),
    `Before you start: ${scenario.meta.title}`,
  );
}

export function showSettings(app: App): void {
  app.show(
    renderSettings(app.settings, { onBack: () => app.navigate('#/'), onPreviewSound: () => app.state.previewSound() }),
    'Settings',
  );
}

export async function showTrainerGuide(app: App): Promise<void> {
  const [{ renderMarkdown }, guide] = await Promise.all([
    import('../ui/markdown.ts'),
    import('../../docs/trainer-guide.md?raw'),
  ]);
  const view = renderMarkdown(guide.default);
  view.classList.add('trainer-guide');
  view.append(h('p', {}, h('a', { href: '#/facilitate' }, 'Run a facilitated session')));
  app.show(view, 'Trainer guide');
}

/** The partnership dashboard is its own chunk, so learners never download it. */
export async function showDashboard(app: App): Promise<void> {
  try {
    const { renderDashboard } = await import('../dashboard/dashboard-page.ts');
    app.show(renderDashboard(), 'Partnership dashboard');
  } catch (e) {
    app.showMessage('The dashboard could not be loaded', (e as Error).message);
  }
}

/** Rebuilds the session in progress from its save; null (having shown the briefing and why) when there is none. */
export async function resumeSession(app: App, id: string): Promise<{ session: Session; notice: string | null } | null> {
  const save = await app.saves.load(id);
  if (save.kind !== 'ok') {
    await showBriefing(app, id, save.kind === 'unreadable' ? describeUnreadable(save) : null);
    return null;
  }
  const loading = performance.now();
  const scenario = await app.loadScenario(id);
  if (!scenario) return null;
  // Named measures (seen in the browser's performance tools and read by the benchmarks).
  performance.measure('scenario: load', { start: loading });
  const replaying = performance.now();
  const { session, report } = Session.resume(scenario, save.saved, { now: () => app.deps.now().getTime() });
  performance.measure('scenario: start and replay the story', { start: replaying });
  let notice: string | null = null;
  if (report.stoppedBecause) {
    notice = `This scenario has been updated since you last played. You are back at decision ${report.replayed + 1} of your earlier path (${report.stoppedBecause}).`;
    await app.saves.save(session.toSaved()).catch(() => undefined);
  }
  return { session, notice };
}

export async function resumeScenario(app: App, id: string): Promise<void> {
  const r = await resumeSession(app, id);
  if (r) play(app, r.session, r.notice);
}
