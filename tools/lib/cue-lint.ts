/**
 * Cue lint: whether a test-wise learner could find the answer without judgement, from an
 * option's length or place, and whether every learning point is gated by a critical act
 * (so that collecting credits, e.g. by calling everyone, meets nothing).
 */
import type { Question, Quiz } from '../../src/engine/quiz.ts';
import type { TagSighting } from '../../src/engine/explore.ts';

/** Errors when the key is the longest option in more than this share of a scenario's items. */
export const QUIZ_LONGEST_LIMIT = 1 / 3;
/** Errors when the key is on average more than this much longer than the distractors. */
export const QUIZ_LENGTH_RATIO_LIMIT = 1.25;
/** Errors when the best option is the longest in more than this share of challenge and disguised decisions. */
export const DECISION_LONGEST_LIMIT = 0.4;

export interface QuizCues {
  items: number;
  keyLongest: number;
  keyShortest: number;
  /** Mean key length over mean distractor length. */
  lengthRatio: number;
  /** How many keys sit at each index in quiz.json (shown shuffled, but a writer's habit shows here). */
  keyPlaces: number[];
}

export interface DecisionCues {
  decisions: number;
  bestLongest: number;
  bestShortest: number;
  lengthRatio: number;
  /** Decisions whose real-case option is written first (shown shuffled; reported for writers). */
  realFirst: number;
  withReal: number;
}

interface OptionSummary {
  text: string;
  score: number;
  real: boolean;
  critical: boolean;
  pinned: boolean;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function quizItems(quiz: Quiz): Question[] {
  return [...quiz.pre, ...quiz.post, ...quiz.followup];
}

export function quizCues(quiz: Quiz): QuizCues {
  const items = quizItems(quiz);
  const keys: number[] = [];
  const distractors: number[] = [];
  const keyPlaces = [0, 0, 0, 0, 0, 0];
  let keyLongest = 0;
  let keyShortest = 0;
  for (const q of items) {
    const lengths = q.options.map((o) => o.length);
    const key = lengths[q.answer] ?? 0;
    const others = lengths.filter((_, i) => i !== q.answer);
    if (key > Math.max(...others)) keyLongest++;
    if (key < Math.min(...others)) keyShortest++;
    keys.push(key);
    distractors.push(...others);
    keyPlaces[q.answer] = (keyPlaces[q.answer] ?? 0) + 1;
  }
  const maxOptions = Math.max(0, ...items.map((q) => q.options.length));
  return {
    items: items.length,
    keyLongest,
    keyShortest,
    lengthRatio: mean(distractors) ? mean(keys) / mean(distractors) : 1,
    keyPlaces: keyPlaces.slice(0, maxOptions),
  };
}

/** The largest option set seen at each challenge or disguised-compliance decision. */
function judgedDecisions(sightings: readonly TagSighting[]): Map<string, OptionSummary[]> {
  const byDecision = new Map<string, OptionSummary[]>();
  for (const s of sightings) {
    if (s.kind !== 'options') continue;
    const kinds = String(s.data.kinds).split('+');
    if (!kinds.includes('challenge') && !kinds.includes('disguised')) continue;
    const options = JSON.parse(String(s.data.options)) as OptionSummary[];
    const id = String(s.data.decision);
    if ((byDecision.get(id)?.length ?? 0) < options.length) byDecision.set(id, options);
  }
  return byDecision;
}

export function decisionCues(sightings: readonly TagSighting[]): DecisionCues {
  const cues: DecisionCues = {
    decisions: 0,
    bestLongest: 0,
    bestShortest: 0,
    lengthRatio: 1,
    realFirst: 0,
    withReal: 0,
  };
  const best: number[] = [];
  const rest: number[] = [];
  for (const options of judgedDecisions(sightings).values()) {
    const top = Math.max(...options.map((o) => o.score));
    const isBest = (o: OptionSummary) => o.score === top;
    // A decision where every option scores the same has no best option to give away.
    if (options.every(isBest)) continue;
    cues.decisions++;
    const lengths = options.map((o) => o.text.length);
    const longest = Math.max(...lengths);
    const shortest = Math.min(...lengths);
    const bestOnes = options.filter(isBest);
    const others = options.filter((o) => !isBest(o));
    if (bestOnes.some((o) => o.text.length === longest) && others.every((o) => o.text.length < longest))
      cues.bestLongest++;
    if (bestOnes.some((o) => o.text.length === shortest) && others.every((o) => o.text.length > shortest))
      cues.bestShortest++;
    best.push(...bestOnes.map((o) => o.text.length));
    rest.push(...others.map((o) => o.text.length));
    if (options.some((o) => o.real)) {
      cues.withReal++;
      if (options[0]!.real) cues.realFirst++;
    }
  }
  cues.lengthRatio = mean(rest) ? mean(best) / mean(rest) : 1;
  return cues;
}

export interface CueProblem {
  severity: 'error' | 'warning';
  message: string;
}

const pct = (n: number, of: number) => `${Math.round((100 * n) / Math.max(1, of))}%`;

export function quizCueProblems(c: QuizCues): CueProblem[] {
  const problems: CueProblem[] = [];
  if (c.keyLongest > QUIZ_LONGEST_LIMIT * c.items) {
    problems.push({
      severity: 'error',
      message: `the key is the longest option in ${c.keyLongest} of ${c.items} quiz items (${pct(c.keyLongest, c.items)}; at most one in three): a learner can pick the longest answer without knowing it`,
    });
  }
  if (c.lengthRatio > QUIZ_LENGTH_RATIO_LIMIT) {
    problems.push({
      severity: 'error',
      message: `quiz keys are on average ${Math.round((c.lengthRatio - 1) * 100)}% longer than the distractors (at most 25%): write options of similar length and detail`,
    });
  }
  if (c.keyShortest > c.items / 2) {
    problems.push({
      severity: 'warning',
      message: `the key is the shortest option in ${c.keyShortest} of ${c.items} quiz items: the opposite cue`,
    });
  }
  return problems;
}

export function decisionCueProblems(c: DecisionCues): CueProblem[] {
  const problems: CueProblem[] = [];
  if (c.decisions && c.bestLongest > DECISION_LONGEST_LIMIT * c.decisions) {
    problems.push({
      severity: 'error',
      message: `the best option is the longest in ${c.bestLongest} of ${c.decisions} challenge and disguised-compliance decisions (${pct(c.bestLongest, c.decisions)}; at most 40%): rewrite options to similar length and detail`,
    });
  }
  // Too few decisions say nothing about a writer's habit.
  if (c.decisions >= 4 && c.bestShortest > c.decisions / 2) {
    problems.push({
      severity: 'warning',
      message: `the best option is the shortest in ${c.bestShortest} of ${c.decisions} challenge and disguised-compliance decisions`,
    });
  }
  return problems;
}

/** Learning points with a reachable critical act, from the explorer's sightings. */
export function pointsWithActs(sightings: readonly TagSighting[]): Set<string> {
  return new Set(sightings.filter((s) => s.kind === 'critical').map((s) => String(s.data.lp)));
}
