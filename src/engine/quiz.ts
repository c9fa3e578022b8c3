/** Pre- and post-test questions (stories/<id>/quiz.json) and their marking. */
import * as v from 'valibot';

export const QuestionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'question ids are lower-case letters, digits and hyphens')),
  learningPoint: v.string(),
  question: v.pipe(v.string(), v.minLength(1)),
  options: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(2), v.maxLength(6)),
  answer: v.pipe(v.number(), v.integer(), v.minValue(0)),
  explanation: v.pipe(v.string(), v.minLength(1)),
});
export type Question = v.InferOutput<typeof QuestionSchema>;

export const QuizSchema = v.object({
  pre: v.pipe(v.array(QuestionSchema), v.minLength(6), v.maxLength(10)),
  post: v.pipe(v.array(QuestionSchema), v.minLength(6), v.maxLength(10)),
});
export type Quiz = v.InferOutput<typeof QuizSchema>;

/** Validates quiz.json against the schema and the learning-point catalogue. */
export function validateQuiz(value: unknown, learningPointIds: readonly string[]): string[] {
  const parsed = v.safeParse(QuizSchema, value);
  if (!parsed.success) {
    return parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  }
  const problems: string[] = [];
  const quiz = parsed.output;
  const ids = new Set<string>();
  for (const form of ['pre', 'post'] as const) {
    quiz[form].forEach((q, i) => {
      const at = `${form}[${i}] (${q.id})`;
      if (ids.has(q.id)) problems.push(`${at}: duplicate question id`);
      ids.add(q.id);
      if (!learningPointIds.includes(q.learningPoint))
        problems.push(`${at}: unknown learning point '${q.learningPoint}'`);
      if (q.answer >= q.options.length)
        problems.push(`${at}: answer ${q.answer} is not one of the ${q.options.length} options`);
    });
  }
  const lpsOf = (form: 'pre' | 'post') => [...new Set(quiz[form].map((q) => q.learningPoint))].sort().join(',');
  if (lpsOf('pre') !== lpsOf('post')) {
    problems.push('the pre- and post-tests must cover the same learning points');
  }
  return problems;
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
