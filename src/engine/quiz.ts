/** Pre-, post- and follow-up test questions (stories/<id>/quiz.json) and their marking. */

export interface Question {
  id: string;
  learningPoint: string;
  question: string;
  options: string[];
  /** Index of the correct option. */
  answer: number;
  explanation: string;
}

/** Three parallel forms testing the same learning points: before play, after play, and at follow-up. */
export interface Quiz {
  pre: Question[];
  post: Question[];
  followup: Question[];
}

export type TestForm = keyof Quiz;

/**
 * How sure the learner was of an answer, in the three levels of certainty-based marking
 * (Gardner-Medwin): 1 "not sure" (a guess, or under two in three likely),
 * 2 "fairly sure" (about two in three to four in five), 3 "sure" (above four in five).
 */
export type Certainty = 1 | 2 | 3;

export const CERTAINTY_LEVELS: readonly Certainty[] = [1, 2, 3];

export interface QuizAnswer {
  questionId: string;
  learningPoint: string;
  /** Index of the option chosen, or null when skipped. */
  chosen: number | null;
  correct: boolean;
  /** How sure the learner said they were; null when they did not say (or the record predates it). */
  certainty: Certainty | null;
}

export interface QuizResult {
  answers: QuizAnswer[];
  score: number;
  max: number;
  at: string;
}

/** What the learner gave for one question: the option (index in quiz.json) and how sure they were. */
export interface GivenAnswer {
  chosen: number | null;
  certainty: Certainty | null;
}

export function markQuiz(questions: readonly Question[], given: readonly GivenAnswer[], at: Date): QuizResult {
  const answers = questions.map((q, i): QuizAnswer => {
    const chosen = given[i]?.chosen ?? null;
    // A certainty without an answer says nothing: it is dropped.
    const certainty = chosen === null ? null : (given[i]?.certainty ?? null);
    return { questionId: q.id, learningPoint: q.learningPoint, chosen, correct: chosen === q.answer, certainty };
  });
  return { answers, score: answers.filter((a) => a.correct).length, max: questions.length, at: at.toISOString() };
}
