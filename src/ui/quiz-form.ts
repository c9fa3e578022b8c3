/** Test questions as accessible radio groups, and the marked answers with explanations. */
import { questionPlace, shownOrder } from '../engine/option-order.ts';
import { CERTAINTY_WORDS } from '../engine/calibration.ts';
import {
  CERTAINTY_LEVELS,
  type Certainty,
  type GivenAnswer,
  type Question,
  type QuizResult,
  type TestForm,
} from '../engine/quiz.ts';
import { h } from './dom.ts';

const LETTERS = 'ABCDEF';

/**
 * Options are shown in an order drawn from `seed`; each radio's value is the option's
 * index in quiz.json, so answers are marked by identity whatever their place on screen.
 */
export function renderQuestions(questions: readonly Question[], form: TestForm, seed: number): HTMLElement {
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
          renderCertainty(form, q),
        ),
      ),
    ),
  );
}

/** "How sure are you?": the three levels of certainty-based marking, asked with every question. */
function renderCertainty(form: TestForm, q: Question): HTMLElement {
  return h(
    'fieldset',
    { className: 'certainty' },
    h('legend', {}, 'How sure are you of this answer?'),
    CERTAINTY_LEVELS.map((level) => {
      const id = `${form}-${q.id}-certainty-${level}`;
      return h(
        'div',
        { className: 'radio inline' },
        h('input', { type: 'radio', name: `${form}-${q.id}-certainty`, id, value: level }),
        h('label', { for: id }, CERTAINTY_WORDS[level]),
      );
    }),
  );
}

/** Reads the chosen option (null where none was chosen) and the certainty of each question. */
export function readAnswers(root: HTMLElement, questions: readonly Question[], form: TestForm): GivenAnswer[] {
  const checked = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return questions.map((q) => {
    const option = checked(`${form}-${q.id}`);
    const certainty = checked(`${form}-${q.id}-certainty`);
    return {
      chosen: option ? Number(option.value) : null,
      certainty: certainty ? (Number(certainty.value) as Certainty) : null,
    };
  });
}

/** Whether any question was answered. */
export const anyAnswered = (given: readonly GivenAnswer[]): boolean => given.some((a) => a.chosen !== null);

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
          a?.certainty && chosen !== null ? ` You said: ${CERTAINTY_WORDS[a.certainty].toLowerCase()}.` : '',
        ),
        h('p', { className: 'explanation' }, q.explanation),
      );
    }),
  );
}
