/** After the debrief: the post-test and confidence again. */
import type { CompiledScenario } from '../engine/scenario.ts';
import { readConfidence, renderConfidence } from './confidence-form.ts';
import type { GivenAnswer } from '../engine/quiz.ts';
import { h } from './dom.ts';
import { anyAnswered, readAnswers, renderQuestions } from './quiz-form.ts';

export interface AfterPlayInput {
  postAnswers: GivenAnswer[] | null;
  confidence: Record<string, number> | null;
}

export function renderAfterPlay(
  scenario: CompiledScenario,
  seed: number,
  onDone: (input: AfterPlayInput) => void,
): HTMLElement {
  const { meta, quiz } = scenario;
  const form = h(
    'form',
    { className: 'after-play', novalidate: true },
    quiz
      ? h(
          'section',
          { 'aria-labelledby': 'post-test-title' },
          h('h2', { id: 'post-test-title' }, `Post-test: ${quiz.post.length} questions`),
          renderQuestions(quiz.post, 'post', seed),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'conf-after-title' },
      h('h2', { id: 'conf-after-title' }, 'How confident are you now?'),
      renderConfidence(meta.themes, 'after'),
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'submit', className: 'primary' }, 'See your results'),
      h(
        'button',
        { type: 'button', className: 'secondary', onclick: () => onDone({ postAnswers: null, confidence: null }) },
        'Skip',
      ),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers = quiz ? readAnswers(form, quiz.post, 'post') : null;
    onDone({
      postAnswers: answers && anyAnswered(answers) ? answers : null,
      confidence: readConfidence(form, meta.themes, 'after'),
    });
  });
  return h(
    'section',
    { className: 'after', 'aria-labelledby': 'after-title' },
    h('h1', { id: 'after-title' }, `After the scenario: ${meta.title}`),
    form,
  );
}
