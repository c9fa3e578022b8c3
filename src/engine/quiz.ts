/** Pre- and post-test questions (stories/<id>/quiz.json) and their marking. */

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

export interface QuizAnswer {
  questionId: string;
  learningPoint: string;
  /** Index of the option chosen, or null when skipped. */
  chosen: number | null;
  correct: boolean;
}

export interface QuizResult {
  answers: QuizAnswer[];
  score: number;
  max: number;
  at: string;
}

export function markQuiz(questions: readonly Question[], chosen: readonly (number | null)[], at: Date): QuizResult {
  const answers = questions.map((q, i) => {
    const c = chosen[i] ?? null;
    return { questionId: q.id, learningPoint: q.learningPoint, chosen: c, correct: c === q.answer };
  });
  return { answers, score: answers.filter((a) => a.correct).length, max: questions.length, at: at.toISOString() };
}
