/** What the learner gave before play (participant details, pre-test, confidence), kept until the result is recorded. */
import type { QuizResult } from '../engine/quiz.ts';
import type { Participant } from '../engine/result.ts';
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

export class AttemptRepository {
  constructor(private readonly store: KeyValueStore) {}

  async save(attempt: Attempt): Promise<void> {
    await this.store.set(ATTEMPT_PREFIX + attempt.scenarioId, attempt);
  }

  async get(scenarioId: string): Promise<Attempt | null> {
    const raw = (await this.store.get(ATTEMPT_PREFIX + scenarioId)) as Attempt | null;
    return raw && typeof raw === 'object' && typeof raw.resultId === 'string' ? raw : null;
  }

  async clear(scenarioId: string): Promise<void> {
    await this.store.remove(ATTEMPT_PREFIX + scenarioId);
  }
}
