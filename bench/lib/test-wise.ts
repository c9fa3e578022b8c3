/**
 * A test-wise learner: plays scenarios and answers quizzes with naive strategies that use
 * no judgement (the longest option, the first shown, the most contacts, at random), so
 * that we can see whether scores can be had without knowing anything.
 */
import { shownOrder, questionPlace } from '../../src/engine/option-order.ts';
import type { Question, Quiz } from '../../src/engine/quiz.ts';
import type { BeatOption } from '../../src/engine/runner.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { seededRandom } from '../../src/engine/seeded-random.ts';
import { Session } from '../../src/engine/session.ts';

export const STRATEGIES = ['longest', 'first shown', 'most contacts', 'random'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The most decisions a played path may take (a loop that never ends is a story fault, not a strategy). */
const MAX_TURNS = 500;

const longest = <T>(items: readonly T[], length: (item: T) => number): T =>
  items.reduce((best, item) => (length(item) > length(best) ? item : best));

function pickOption(strategy: Strategy, shown: readonly BeatOption[], random: () => number): BeatOption {
  switch (strategy) {
    case 'longest':
      return longest(shown, (o) => o.text.length);
    case 'first shown':
      return shown[0]!;
    case 'most contacts':
      return shown.find((o) => o.contact) ?? shown[0]!;
    case 'random':
      return shown[Math.floor(random() * shown.length)]!;
  }
}

export interface PlayOutcome {
  met: number;
  points: number;
  overall: number;
  ending: string | null;
}

export function playWith(scenario: CompiledScenario, strategy: Strategy, seed: number): PlayOutcome {
  const session = Session.start(scenario, { seed, now: () => 0 });
  const random = seededRandom(seed ^ 0x5eed);
  for (let turn = 0; !session.finished && turn < MAX_TURNS; turn++) {
    session.choose(pickOption(strategy, session.shownOptions(), random).index);
  }
  const results = session.ledger.results();
  return {
    met: results.filter((r) => r.status === 'met').length,
    points: results.length,
    overall: session.ledger.overall(),
    ending: session.current.ending?.id ?? null,
  };
}

function answerWith(strategy: Strategy, q: Question, seed: number, random: () => number): number {
  const shown = shownOrder(q.options.length, seed, questionPlace(q.id));
  switch (strategy) {
    case 'longest':
      return longest(shown, (i) => q.options[i]!.length);
    case 'first shown':
    case 'most contacts': // a quiz has no contacts: the learner takes the first shown
      return shown[0]!;
    case 'random':
      return shown[Math.floor(random() * shown.length)]!;
  }
}

/** Share of items answered correctly over all three forms. */
export function quizWith(quiz: Quiz, strategy: Strategy, seed: number): number {
  const random = seededRandom(seed ^ 0x9e37);
  const items = [...quiz.pre, ...quiz.post, ...quiz.followup];
  const right = items.filter((q) => answerWith(strategy, q, seed, random) === q.answer).length;
  return right / items.length;
}

/** What guessing scores on average: the mean of one over the number of options. */
export function quizChance(quiz: Quiz): number {
  const items = [...quiz.pre, ...quiz.post, ...quiz.followup];
  return items.reduce((sum, q) => sum + 1 / q.options.length, 0) / items.length;
}
