/**
 * The order in which options are shown: drawn from the session's seed, so that neither
 * the writer's order nor the real case's place gives an answer away. The order is only
 * presentation; saves, the debrief, facilitation, LMS interactions and results refer to
 * options by identity (their index in the story or quiz), never by place on screen.
 */
import { contentHash } from './hash.ts';
import { seededRandom } from './seeded-random.ts';
import type { PinPlace } from './tags.ts';

/** A seed for one list of options: the session's seed and where the list is (e.g. decision id and turn). */
function listSeed(seed: number, where: string): number {
  return parseInt(contentHash(`${seed >>> 0}\u0000${where}`).slice(0, 8), 16);
}

/**
 * Shown order of `count` options as their indices. Options pinned `first` keep their
 * relative order at the top, `last` at the bottom; the rest are shuffled (Fisher–Yates).
 */
export function shownOrder(
  count: number,
  seed: number,
  where: string,
  pinOf: (index: number) => PinPlace | null = () => null,
): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  const first = all.filter((i) => pinOf(i) === 'first');
  const last = all.filter((i) => pinOf(i) === 'last');
  const free = all.filter((i) => pinOf(i) === null);
  const random = seededRandom(listSeed(seed, where));
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  return [...first, ...free, ...last];
}

/** Where a story decision's options are, for their order: stable on resume and in every window. */
export function decisionPlace(decisionId: string | null, turn: number): string {
  return `decision:${decisionId ?? ''}:${turn}`;
}

/** Where a quiz question's options are: the same question keeps its order within a session. */
export function questionPlace(questionId: string): string {
  return `question:${questionId}`;
}
