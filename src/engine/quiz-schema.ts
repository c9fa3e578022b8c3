/** Schema of quiz.json (build time and checker only: keeps valibot out of the player). */
import * as v from 'valibot';
import type { Quiz } from './quiz.ts';

const about = <S extends v.GenericSchema>(schema: S, description: string) => v.pipe(schema, v.description(description));

export const QuestionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'question ids are lower-case letters, digits and hyphens')),
  learningPoint: about(v.string(), 'the id of the learning point this item tests'),
  question: v.pipe(v.string(), v.minLength(1)),
  options: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(2), v.maxLength(6)),
  answer: about(
    v.pipe(v.number(), v.integer(), v.minValue(0)),
    'the index of the right option, counting from 0 (the first option is 0)',
  ),
  explanation: about(v.pipe(v.string(), v.minLength(1)), 'why the right option is right, shown after the test'),
});

export const QuizSchema = v.object({
  pre: v.pipe(v.array(QuestionSchema), v.minLength(6), v.maxLength(10)),
  post: v.pipe(v.array(QuestionSchema), v.minLength(6), v.maxLength(10)),
  followup: v.pipe(v.array(QuestionSchema), v.minLength(6), v.maxLength(10)),
});

/** Reads quiz.json: the quiz, or what is wrong with it against the schema and the learning-point catalogue. */
export function parseQuiz(
  value: unknown,
  learningPointIds: readonly string[],
): { quiz: Quiz; problems: [] } | { quiz: null; problems: string[] } {
  const problems = validateQuiz(value, learningPointIds);
  return problems.length ? { quiz: null, problems } : { quiz: v.parse(QuizSchema, value), problems: [] };
}

/** Validates quiz.json against the schema and the learning-point catalogue. */
export function validateQuiz(value: unknown, learningPointIds: readonly string[]): string[] {
  const missing = (['pre', 'post', 'followup'] as const).filter(
    (form) => typeof value === 'object' && value !== null && !(form in value),
  );
  if (missing.length) {
    return missing.map(
      (form) =>
        `'${form}' is missing: quiz.json needs three parallel forms, 'pre', 'post' and 'followup' (see docs/authoring.md)`,
    );
  }
  const parsed = v.safeParse(QuizSchema, value);
  if (!parsed.success) {
    return parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  }
  const problems: string[] = [];
  const quiz: Quiz = parsed.output; // the schema's output must be the player's Quiz type
  const ids = new Set<string>();
  for (const form of ['pre', 'post', 'followup'] as const) {
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
  // Parallel forms: item k of each form tests the same learning point.
  const pointsOf = (form: 'pre' | 'post' | 'followup') => quiz[form].map((q) => q.learningPoint).join(',');
  if (pointsOf('pre') !== pointsOf('post') || pointsOf('pre') !== pointsOf('followup')) {
    problems.push(
      'the pre-, post- and follow-up tests must be parallel forms: the same number of items, item k of each testing the same learning point',
    );
  }
  return problems;
}
