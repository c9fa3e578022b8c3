/**
 * A 90-minute facilitated session for one scenario, timed from its episodes and decision
 * points: the opening and the case, play episode by episode (time shared by the number of
 * decisions in each), the debrief on the learning points, and the close.
 */
import type { DecisionNote } from './decision-notes.ts';
import type { EpisodeInfo } from './scenario.ts';

export interface PlanStep {
  /** Minutes from the start of the session. */
  from: number;
  to: number;
  title: string;
  what: string;
}

export const SESSION_MINUTES = 90;
const OPENING = 10;
const CASE = 10;
const DEBRIEF = 12;
const CLOSE = 8;
const PLAY = SESSION_MINUTES - OPENING - CASE - DEBRIEF - CLOSE;

/** Splits `total` minutes among `weights` in whole minutes, each at least `least`, summing to `total`. */
export function shareMinutes(weights: readonly number[], total: number, least = 3): number[] {
  if (!weights.length) return [];
  const ws = weights.some((w) => w > 0) ? weights : weights.map(() => 1);
  const sum = ws.reduce((a, b) => a + b, 0);
  const spare = Math.max(total - least * ws.length, 0);
  const raw = ws.map((w) => least + (spare * w) / sum);
  const whole = raw.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  // Largest remainders first, so the parts add up to the total.
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    whole[i]!++;
    left--;
  }
  return whole;
}

export function sessionPlan(episodes: readonly EpisodeInfo[], decisions: readonly DecisionNote[]): PlanStep[] {
  const steps: PlanStep[] = [];
  let at = 0;
  const add = (minutes: number, title: string, what: string) => {
    steps.push({ from: at, to: at + minutes, title, what });
    at += minutes;
  };
  add(
    OPENING,
    'Welcome and ground rules',
    'Read the content note aloud and say where support is. Agree how the group will decide (a show of hands, or the console’s votes) and that anyone may step out.',
  );
  add(
    CASE,
    'The case so far',
    'Hand out the case summary and the genogram; walk through the agencies and what each holds. No spoilers: the chronology for after stays back.',
  );
  const counts = episodes.map((e) => decisions.filter((d) => d.episode === e.number).length);
  const minutes = shareMinutes(counts, PLAY);
  episodes.forEach((e, i) => {
    const n = counts[i]!;
    add(
      minutes[i]!,
      `Episode ${e.number}: ${e.title}`,
      n
        ? `Play the episode together: ${n} ${n === 1 ? 'decision' : 'decisions'}, with the prompts below.`
        : 'Read the episode together.',
    );
  });
  add(
    DEBRIEF,
    'Debrief',
    'Open the debrief: what really happened, and each learning point with its section of the review. Hand out the full chronology.',
  );
  add(
    CLOSE,
    'Reflection and close',
    'One thing each person will do differently at work; the post-test if the session measures learning; support again.',
  );
  return steps;
}
