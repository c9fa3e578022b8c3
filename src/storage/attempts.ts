/** What the learner gave before play (participant details, pre-test, confidence), kept until the result is recorded. */
import * as v from 'valibot';
import type { QuizResult } from '../engine/quiz.ts';
import { type Participant, QuizResultSchema, ResultSchema } from '../engine/result.ts';
import type { FeedbackMode } from '../engine/session.ts';
import type { KeyValueStore } from './store.ts';

const ATTEMPT_PREFIX = 'attempt:';

export interface Attempt {
  resultId: string;
  scenarioId: string;
  feedbackMode: FeedbackMode;
  participant: Participant;
  preTest: QuizResult | null;
  confidenceBefore: Record<string, number> | null;
}

const AttemptSchema = v.object({
  resultId: v.string(),
  scenarioId: v.string(),
  feedbackMode: ResultSchema.entries.feedbackMode,
  participant: ResultSchema.entries.participant,
  preTest: v.nullable(QuizResultSchema),
  confidenceBefore: ResultSchema.entries.confidence.entries.before,
});

export class AttemptRepository {
  constructor(private readonly store: KeyValueStore) {}

  async save(attempt: Attempt): Promise<void> {
    await this.store.set(ATTEMPT_PREFIX + attempt.scenarioId, attempt);
  }

  async get(scenarioId: string): Promise<Attempt | null> {
    const parsed = v.safeParse(AttemptSchema, await this.store.get(ATTEMPT_PREFIX + scenarioId));
    return parsed.success ? parsed.output : null;
  }

  async clear(scenarioId: string): Promise<void> {
    await this.store.remove(ATTEMPT_PREFIX + scenarioId);
  }
}
