/**
 * After play, loaded only when needed: debrief, post-test and confidence, the result
 * record, the follow-up test weeks later, the certificate and the learner's own data.
 */
import { type GivenAnswer, markQuiz } from '../engine/quiz.ts';
import { reminderCalendar } from '../engine/calendar.ts';
import { canTakeFollowUp, followUpDay, withFollowUp } from '../engine/follow-up.ts';
import { type ResultRecord, buildResult } from '../engine/result.ts';
import { type Session, randomSeed } from '../engine/session.ts';
import { deleteAllData } from '../storage/indexeddb-store.ts';
import { ResultRepository } from '../storage/results.ts';
import { renderAfterPlay } from '../ui/after-play.ts';
import { renderCertificate } from '../ui/certificate.ts';
import { renderDebrief } from '../ui/debrief.ts';
import { download } from '../ui/download.ts';
import { renderFollowUpForm, renderFollowUpOffer } from '../ui/follow-up.ts';
import { addContents, labelCells } from '../ui/long-page.ts';
import { renderMyData } from '../ui/my-data.ts';
import { renderResultView } from '../ui/result-view.ts';
import type { Shell } from './shell.ts';

export async function showDebrief(app: Shell, id: string): Promise<void> {
  const r = await app.resumed(id);
  if (!r) return;
  if (!r.session.finished) {
    app.play(r.session, r.notice);
    return;
  }
  const view = renderDebrief(r.session, {
    label: r.session.scenario.quiz ? 'Continue: post-test and confidence' : 'Continue: rate your confidence',
    onNext: () => app.navigate(`#/after/${id}`),
    onSkip: null,
  });
  addContents(view);
  app.show(view, `Debrief: ${r.session.scenario.meta.title}`);
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
  if (postTest) app.hooks.emit('onTest', id, 'post', postTest);
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
  app.hooks.emit('onResult', result);
  app.navigate(`#/result/${result.id}`);
}

export async function showResult(app: Shell, resultId: string): Promise<void> {
  const result = await new ResultRepository(app.store).get(resultId);
  if (!result) {
    app.showMessage('Result not found', 'This result is not kept in this browser (it may have been deleted).');
    return;
  }
  const scenario = await app.loadScenario(result.scenario.id);
  const followUp = scenario?.quiz
    ? renderFollowUpOffer(result, launchedByLms() ? null : followUpLink(resultId), {
        onReminder: () => downloadReminder(result),
        onOpen: () => app.navigate(`#/followup/${resultId}`),
      })
    : null;
  const view = renderResultView(
    result,
    scenario,
    {
      onCertificate: () => app.navigate(`#/certificate/${resultId}`),
      onMenu: () => app.navigate('#/'),
    },
    followUp,
  );
  for (const table of view.querySelectorAll('table')) labelCells(table);
  app.show(view, 'Your results');
}

/** An LMS serves the page inside its own frame: a link to it would open without the LMS. */
const launchedByLms = () => {
  const params = new URLSearchParams(location.search);
  return params.has('scorm') || params.has('cmi5');
};

function followUpLink(resultId: string): string {
  return `${location.origin}${location.pathname}#/followup/${encodeURIComponent(resultId)}`;
}

function downloadReminder(result: ResultRecord): void {
  const link = launchedByLms() ? null : followUpLink(result.id);
  const text = reminderCalendar({
    uid: `follow-up-${result.id}@safeguarding-simulator`,
    day: followUpDay(result),
    stamp: new Date(),
    title: `Follow-up test: ${result.scenario.title}`,
    description: link
      ? `Take the follow-up test of the scenario you played, in the same browser: ${link}`
      : 'Open the activity from your learning system again, in the same browser, and choose “Take the follow-up test”.',
    url: link ?? `${location.origin}${location.pathname}`,
  });
  download(`follow-up-${result.scenario.id}.ics`, text, 'text/calendar');
}

export async function showFollowUp(app: Shell, resultId: string): Promise<void> {
  const results = new ResultRepository(app.store);
  const result = await results.get(resultId);
  if (!result) {
    app.showMessage(
      'Result not found',
      'The follow-up joins the result of your play, which is kept only in the browser you played in. ' +
        'Open this link in that browser (and the same profile), or the result may have been deleted.',
    );
    return;
  }
  const scenario = await app.loadScenario(result.scenario.id);
  if (!scenario?.quiz) {
    app.showMessage('No follow-up test', 'This scenario has no test to take again.');
    return;
  }
  if (!canTakeFollowUp(result)) {
    app.navigate(`#/result/${resultId}`);
    return;
  }
  const questions = scenario.quiz.followup;
  app.show(
    renderFollowUpForm(
      result,
      questions,
      randomSeed(),
      () => new Date(),
      (input) => {
        void (async () => {
          const test = input.answers ? markQuiz(questions, input.answers, new Date()) : null;
          const updated = withFollowUp(result, test, input.practice);
          if (!updated.followUpTest && !updated.practice) {
            app.navigate(`#/result/${resultId}`);
            return;
          }
          try {
            await results.save(updated);
          } catch (e) {
            app.showMessage(
              'Your follow-up could not be kept',
              `The browser refused to store it (${(e as Error).message}). Your earlier result is unchanged.`,
            );
            return;
          }
          if (test) app.hooks.emit('onTest', result.scenario.id, 'followup', test);
          app.hooks.emit('onResult', updated);
          app.navigate(`#/result/${resultId}`);
        })();
      },
    ),
    `Follow-up: ${result.scenario.title}`,
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
