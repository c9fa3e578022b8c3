/**
 * Certainty-based marking (Gardner-Medwin's scheme, as used in LAPT): an answer given as
 * "not sure" scores 1 if right and 0 if wrong; "fairly sure" 2 or −2; "sure" 3 or −6. A
 * learner who marks certainty honestly scores best, so the mean mark is a measure of how
 * well their certainty matches what they know (calibration), not of knowledge alone.
 */
import type { Certainty, QuizAnswer } from './quiz.ts';

export const CBM_MARKS: Readonly<Record<Certainty, { right: number; wrong: number }>> = {
  1: { right: 1, wrong: 0 },
  2: { right: 2, wrong: -2 },
  3: { right: 3, wrong: -6 },
};

/** Above this share right, "sure" is the certainty that scores best; at or below 2/3, "not sure". */
export const SURE_ABOVE = 0.8;
export const FAIRLY_SURE_ABOVE = 2 / 3;

export const CERTAINTY_WORDS: Readonly<Record<Certainty, string>> = {
  1: 'Not sure',
  2: 'Fairly sure',
  3: 'Sure',
};

export function cbmMark(correct: boolean, certainty: Certainty): number {
  return correct ? CBM_MARKS[certainty].right : CBM_MARKS[certainty].wrong;
}

/** The certainty that earns most for a given chance of being right (ties go to the lower level). */
export function bestCertainty(chanceRight: number): Certainty {
  return chanceRight > SURE_ABOVE ? 3 : chanceRight > FAIRLY_SURE_ABOVE ? 2 : 1;
}

export interface LevelFigures {
  answers: number;
  right: number;
}

export interface Calibration {
  /** Answers with both an option and a certainty; the rest are not counted. */
  rated: number;
  /** Mean certainty-based mark per rated answer (−6 to 3); null when none was rated. */
  meanMark: number | null;
  /** Answers and right answers at each level of certainty. */
  byLevel: Record<Certainty, LevelFigures>;
  /** Rated answers given as "sure" that were wrong. */
  confidentWrong: number;
}

export function calibrationOf(answers: readonly Pick<QuizAnswer, 'correct' | 'certainty' | 'chosen'>[]): Calibration {
  const byLevel: Record<Certainty, LevelFigures> = {
    1: { answers: 0, right: 0 },
    2: { answers: 0, right: 0 },
    3: { answers: 0, right: 0 },
  };
  let rated = 0;
  let sum = 0;
  let confidentWrong = 0;
  for (const a of answers) {
    if (a.certainty === null || a.chosen === null) continue;
    rated++;
    sum += cbmMark(a.correct, a.certainty);
    byLevel[a.certainty].answers++;
    if (a.correct) byLevel[a.certainty].right++;
    else if (a.certainty === 3) confidentWrong++;
  }
  return { rated, meanMark: rated ? sum / rated : null, byLevel, confidentWrong };
}

/**
 * The learner's calibration in plain words: how often they were right when sure, fairly
 * sure and not sure, and what that says. Empty when no answer was rated.
 */
export function describeCalibration(c: Calibration): string[] {
  if (!c.rated) return [];
  const lines: string[] = [];
  const level = (n: Certainty, words: string) => {
    const { answers, right } = c.byLevel[n];
    if (answers)
      lines.push(
        `When you were ${words}, you got ${right} of ${answers} ${answers === 1 ? 'answer' : 'answers'} right.`,
      );
  };
  level(3, 'sure');
  level(2, 'fairly sure');
  level(1, 'not sure');
  const sure = c.byLevel[3];
  const unsure = c.byLevel[1];
  if (c.confidentWrong > 0) {
    lines.push(
      `${c.confidentWrong === 1 ? 'One answer' : `${c.confidentWrong} answers`} you were sure of ` +
        `${c.confidentWrong === 1 ? 'was' : 'were'} wrong: these are worth reading again, because a ` +
        'confident mistake is the one most likely to be acted on.',
    );
  } else if (sure.answers > 0) {
    lines.push('Every answer you were sure of was right.');
  }
  if (unsure.answers >= 2 && unsure.right / unsure.answers > SURE_ABOVE) {
    lines.push('You knew more than you thought: most answers you were not sure of were right.');
  }
  return lines;
}
