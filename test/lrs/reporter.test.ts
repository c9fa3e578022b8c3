/**
 * The xAPI reporter against a real LRS (Learning Locker's statements service, in memory):
 * a play of the sample scenario read back in order, each statement valid for xAPI 1.0.3;
 * and the same with the LRS failing a fifth of the requests — nothing lost, nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { createXapiReporter } from '../../src/app/xapi-reporter.ts';
import { markQuiz } from '../../src/engine/quiz.ts';
import { buildResult } from '../../src/engine/result.ts';
import { Session } from '../../src/engine/session.ts';
import { LrsStatementReader, LrsStatementSender } from '../../src/lms/lrs-client.ts';
import { StatementOutbox } from '../../src/lms/statement-outbox.ts';
import type { Statement } from '../../src/lms/xapi-statements.ts';
import { CMI5, EXT, VERB } from '../../src/lms/xapi-vocabulary.ts';
import { MemoryStore } from '../../src/storage/store.ts';
import { SAMPLE_BEST, pick, sample } from '../lms/scenarios.ts';
import { type LocalLrs, startLocalLrs } from './local-lrs.ts';

const ACTIVITY = 'urn:safeguarding-simulator:xapi:scenario:sample';

interface Played {
  registration: string;
  outbox: StatementOutbox;
  finished: Promise<boolean>;
}

/** Plays the sample's best path with a pre- and post-test through the reporter, as the app's hooks would. */
async function play(
  lrs: LocalLrs,
  outboxOptions: ConstructorParameters<typeof StatementOutbox>[2] = {},
): Promise<Played> {
  const registration = randomUUID();
  const scenario = sample();
  const store = new MemoryStore();
  const outbox = new StatementOutbox(
    store,
    new LrsStatementSender({ endpoint: lrs.endpoint, auth: lrs.auth }),
    outboxOptions,
  );
  let clock = Date.parse('2026-12-05T10:00:00Z');
  const now = () => (clock += 1000);
  const reporter = createXapiReporter({
    launch: {
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-7' } },
      activityId: ACTIVITY,
      registration,
      title: 'Sample',
      language: 'en-GB',
      facilitated: false,
    },
    scenarioId: 'sample',
    newId: randomUUID,
    now,
    loadScenario: async () => scenario,
  });
  reporter.attach(outbox, store);
  const template = { extensions: { [CMI5.sessionId]: randomUUID() } };
  reporter.begin({ template, masteryScore: 0.7, judged: true, initializedAt: now() });

  const quiz = scenario.quiz!;
  const pre = markQuiz(
    quiz.pre,
    quiz.pre.map((q, i) => ({ chosen: i % 2 ? q.answer : (q.answer + 1) % q.options.length, certainty: 2 })),
    new Date(now()),
  );
  await reporter.tested('sample', 'pre', pre);
  const session = Session.start(scenario, { seed: 7, now });
  await reporter.started(session);
  for (const text of SAMPLE_BEST) {
    pick(session, text);
    await reporter.chose(session, session.turns.at(-1)!.option);
  }
  expect(session.finished).toBe(true);
  const post = markQuiz(
    quiz.post,
    quiz.post.map((q) => ({ chosen: q.answer, certainty: 3 })),
    new Date(now()),
  );
  await reporter.tested('sample', 'post', post);
  const record = buildResult(session, {
    id: randomUUID(),
    participant: { code: null, agency: null, role: null, cohort: null },
    preTest: pre,
    postTest: post,
    confidence: { before: null, after: null },
    finishedAt: new Date(now()),
  });
  await reporter.recorded(record);
  return { registration, outbox, finished: reporter.finish() };
}

async function readBack(lrs: LocalLrs, registration: string): Promise<Statement[]> {
  const reader = new LrsStatementReader({ endpoint: lrs.endpoint, auth: lrs.auth });
  const out: Statement[] = [];
  let page = await reader.first({ registration, limit: 10 });
  out.push(...page.statements);
  while (page.more) {
    page = await reader.next(page.more);
    out.push(...page.statements);
  }
  return out;
}

const verbName = (s: Statement) => Object.entries(VERB).find(([, id]) => id === s.verb.id)?.[0] ?? s.verb.id;

describe('xAPI reporter against a local LRS', () => {
  let lrs: LocalLrs;
  beforeAll(async () => {
    lrs = await startLocalLrs();
  }, 60_000);
  afterAll(async () => {
    await lrs?.stop();
  });

  it('sends every decision, test answer, learning point, the ending and the record, in order and valid', async () => {
    const played = await play(lrs);
    expect(await played.finished).toBe(true);
    const stored = await readBack(lrs, played.registration);
    const verbs = stored.map(verbName);
    const scenario = sample();
    const lps = scenario.meta.learningPoints.length;
    const preCount = scenario.quiz!.pre.length;
    const postCount = scenario.quiz!.post.length;
    expect(verbs).toEqual([
      ...Array(preCount).fill('answered'),
      ...Array(SAMPLE_BEST.length).fill('responded'),
      ...Array(lps).fill('scored'),
      'completed',
      'passed',
      ...Array(postCount).fill('answered'),
      'recorded',
      'terminated',
    ]);
    for (const s of stored) expect(validateStatement(s as never), `${verbName(s)} ${s.id}`).toEqual([]);
    // The decision names the option chosen and the learning points it moved.
    const first = stored.find((s) => s.verb.id === VERB.responded)!;
    expect(first.result?.response).toMatch(/^option-\d+$/);
    expect(first.object.definition?.choices?.map((c) => c.id)).toContain(first.result?.response);
    expect(first.result?.extensions?.[EXT.effects]).toEqual(expect.any(Array));
    // Answers carry certainty; cmi5-defined statements carry the cmi5 category and others do not.
    expect(
      stored
        .filter((s) => s.verb.id === VERB.answered)
        .every((s) => [2, 3].includes(s.result?.extensions?.[EXT.certainty] as number)),
    ).toBe(true);
    const cmi5Category = (s: Statement) =>
      s.context?.contextActivities?.category?.some((c) => c.id === CMI5.category) ?? false;
    expect(stored.filter(cmi5Category).map(verbName)).toEqual(['completed', 'passed', 'terminated']);
    // The actor is the LMS's pseudonymous account, never a name or email.
    expect(
      stored.every(
        (s) =>
          JSON.stringify(s.actor) ===
          JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-7' } }),
      ),
    ).toBe(true);
  });

  it('loses nothing and stores nothing twice when the LRS fails a fifth of the requests', async () => {
    const flaky = await startLocalLrs({ failRate: 0.2, seed: 3 });
    try {
      const played = await play(flaky, { backoff: () => 5, batchSize: 1 });
      await played.finished;
      await expect.poll(async () => (await played.outbox.pending()).length, { timeout: 30_000 }).toBe(0);
      const stored = await readBack(flaky, played.registration);
      const ids = stored.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(stored.map(verbName).at(-1)).toBe('terminated');
      expect(stored.length).toBe(
        sample().quiz!.pre.length +
          sample().quiz!.post.length +
          SAMPLE_BEST.length +
          sample().meta.learningPoints.length +
          4,
      );
      // Both kinds of failure happened: refused, and stored with the answer lost.
      expect(flaky.failed.before).toBeGreaterThan(0);
      expect(flaky.failed.after).toBeGreaterThan(0);
    } finally {
      await flaky.stop();
    }
  });
});
