/**
 * After play, loaded only when needed: debrief, post-test and confidence, the result
 * record, the certificate and the learner's own data.
 */
import { type GivenAnswer, markQuiz } from '../engine/quiz.ts';
import { buildResult } from '../engine/result.ts';
import type { Session } from '../engine/session.ts';
import { deleteAllData } from '../storage/indexeddb-store.ts';
import { ResultRepository } from '../storage/results.ts';
import { renderAfterPlay } from '../ui/after-play.ts';
import { renderCertificate } from '../ui/certificate.ts';
import { renderDebrief } from '../ui/debrief.ts';
import { renderMyData } from '../ui/my-data.ts';
import { renderResultView } from '../ui/result-view.ts';
import { emit } from './hooks.ts';
import type { Shell } from './shell.ts';

export async function showDebrief(app: Shell, id: string): Promise<void> {
  const r = await app.resumed(id);
  if (!r) return;
  if (!r.session.finished) {
    app.play(r.session, r.notice);
    return;
  }
  app.show(
    renderDebrief(r.session, {
      label: r.session.scenario.quiz ? 'Continue: post-test and confidence' : 'Continue: rate your confidence',
      onNext: () => app.navigate(`#/after/${id}`),
      onSkip: null,
    }),
    `Debrief: ${r.session.scenario.meta.title}`,
  );
}

export async function showAfterPlay(app: Shell, id: string): Promise<void> {
  const r = await app.resumed(id);
  if (!r) return;
  if (!r.session.finished) {
    app.play(r.session, r.notice);
    return;
  }
  const { session } = r;
  app.show(
    renderAfterPlay(
      session.scenario,
      session.seed,
      (input) => void recordResult(app, session, input.postAnswers, input.confidence),
    ),
    `After the scenario: ${session.scenario.meta.title}`,
  );
}

async function recordResult(
  app: Shell,
  session: Session,
  postAnswers: GivenAnswer[] | null,
  confidenceAfter: Record<string, number> | null,
): Promise<void> {
  const id = session.scenario.meta.id;
  const attempt = await app.attempts.get(id).catch(() => null);
  const quiz = session.scenario.quiz;
  const postTest = quiz && postAnswers ? markQuiz(quiz.post, postAnswers, new Date()) : null;
  if (postTest) emit('onTest', id, 'post', postTest);
  const result = buildResult(session, {
    id: attempt?.resultId ?? app.newId(),
    participant: attempt?.participant ?? { code: null, agency: null, role: null, cohort: null },
    preTest: attempt?.preTest ?? null,
    postTest: postTest,
    confidence: { before: attempt?.confidenceBefore ?? null, after: confidenceAfter },
    finishedAt: new Date(),
  });
  try {
    await new ResultRepository(app.store).save(result);
    await app.saves.clear(id);
    await app.attempts.clear(id);
  } catch (e) {
    app.showMessage(
      'Your result could not be kept',
      `The browser refused to store it (${(e as Error).message}). Your progress is still saved.`,
    );
    return;
  }
  app.navigate(`#/result/${result.id}`);
}

export async function showResult(app: Shell, resultId: string): Promise<void> {
  const result = await new ResultRepository(app.store).get(resultId);
  if (!result) {
    app.showMessage('Result not found', 'This result is not kept in this browser (it may have been deleted).');
    return;
  }
  const scenario = await app.loadScenario(result.scenario.id);
  app.show(
    renderResultView(result, scenario, {
      onCertificate: () => app.navigate(`#/certificate/${resultId}`),
      onMenu: () => app.navigate('#/'),
    }),
    'Your results',
  );
}

export async function showCertificate(app: Shell, resultId: string): Promise<void> {
  const result = await new ResultRepository(app.store).get(resultId);
  if (!result) {
    app.showMessage('Result not found', 'This result is not kept in this browser (it may have been deleted).');
    return;
  }
  const scenario = await app.loadScenario(result.scenario.id);
  app.show(
    renderCertificate(result, scenario, () => app.navigate(`#/result/${resultId}`)),
    'Certificate of completion',
  );
}

export async function showMyData(app: Shell): Promise<void> {
  const list = await new ResultRepository(app.store).list().catch(() => []);
  app.show(
    renderMyData(list, {
      onOpen: (id) => app.navigate(`#/result/${id}`),
      onDeleteAll: async () => {
        await deleteAllData();
        await app.reopenStorage();
      },
    }),
    'Your data',
  );
}
