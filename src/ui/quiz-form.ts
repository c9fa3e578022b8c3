/** Test questions as accessible radio groups, and the marked answers with explanations. */
import { questionPlace, shownOrder } from '../engine/option-order.ts';
import type { Question, QuizResult } from '../engine/quiz.ts';
import { h } from './dom.ts';

const LETTERS = 'ABCDEF';

/**
 * Options are shown in an order drawn from `seed`; each radio's value is the option's
 * index in quiz.json, so answers are marked by identity whatever their place on screen.
 */
export function renderQuestions(questions: readonly Question[], form: 'pre' | 'post', seed: number): HTMLElement {
  return h(
    'ol',
    { className: 'quiz' },
    questions.map((q, qi) =>
      h(
        'li',
        {},
        h(
          'fieldset',
          { className: 'question' },
          h('legend', {}, q.question),
          shownOrder(q.options.length, seed, questionPlace(q.id)).map((oi, shownAt) => {
            const id = `${form}-${q.id}-${oi}`;
            return h(
              'div',
              { className: 'radio' },
              h('input', { type: 'radio', name: `${form}-${q.id}`, id, value: oi, 'data-question': qi }),
              h('label', { for: id }, `${LETTERS[shownAt]}. ${q.options[oi]}`),
            );
          }),
        ),
      ),
    ),
  );
}

/** Reads the chosen option of each question (null where none was chosen). */
export function readAnswers(
  root: HTMLElement,
  questions: readonly Question[],
  form: 'pre' | 'post',
): (number | null)[] {
  return questions.map((q) => {
    const checked = root.querySelector<HTMLInputElement>(`input[name="${form}-${q.id}"]:checked`);
    return checked ? Number(checked.value) : null;
  });
}

export function renderMarked(questions: readonly Question[], result: QuizResult): HTMLElement {
  return h(
    'ol',
    { className: 'quiz marked' },
    questions.map((q, i) => {
      const a = result.answers[i];
      const chosen = a?.chosen ?? null;
      return h(
        'li',
        { className: a?.correct ? 'correct' : 'incorrect' },
        h('p', { className: 'question-text' }, q.question),
        h(
          'p',
          {},
          h('strong', {}, a?.correct ? 'Correct. ' : chosen === null ? 'Not answered. ' : 'Not quite. '),
          chosen !== null && !a?.correct ? `You chose: ${q.options[chosen]}. ` : '',
          `The answer is: ${q.options[q.answer]}.`,
        ),
        h('p', { className: 'explanation' }, q.explanation),
      );
    }),
  );
}
