/** Before play: optional participant details, confidence and the pre-test. */
import type { Participant } from '../engine/result.ts';
import { PARTICIPANT_AGENCIES } from '../engine/vocabulary.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { renderConfidence, readConfidence } from './confidence-form.ts';
import type { GivenAnswer } from '../engine/quiz.ts';
import { h } from './dom.ts';
import { anyAnswered, readAnswers, renderQuestions } from './quiz-form.ts';

export interface BeforePlayInput {
  participant: Participant;
  preAnswers: GivenAnswer[] | null;
  confidence: Record<string, number> | null;
}

function field(id: string, label: string, hint: string, control: HTMLElement): HTMLElement {
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    h('p', { className: 'hint', id: `${id}-hint` }, hint),
    control,
  );
}

function skipBox(quiz: CompiledScenario['quiz'], onSkip: () => void): HTMLElement {
  return h(
    'div',
    { className: 'skip-box' },
    h(
      'p',
      {},
      'Everything on this page is optional. It helps you and your partnership see what the scenario changed' +
        (quiz ? `: a few details, how confident you feel, and ${quiz.pre.length} questions.` : '.'),
    ),
    h('button', { type: 'button', className: 'primary', onclick: onSkip }, 'Skip all of this and start'),
  );
}

function participantFieldset(): HTMLElement {
  const text = (name: string) => h('input', { type: 'text', name, autocomplete: 'off', maxlength: 64 });
  const agency = h(
    'select',
    { name: 'agency' },
    h('option', { value: '' }, 'Prefer not to say'),
    PARTICIPANT_AGENCIES.map((a) => h('option', { value: a }, a)),
  );
  return h(
    'fieldset',
    {},
    h('legend', {}, 'About you (optional)'),
    h(
      'p',
      { className: 'hint' },
      'No names. These help a safeguarding partnership see what training changed, by agency and role.',
    ),
    field('participant-code', 'Participant code', 'A code your trainer gave you, or one you choose.', text('code')),
    field('participant-agency', 'Agency', 'Where you work.', agency),
    field('participant-role', 'Role', 'For example: health visitor, designated safeguarding lead.', text('role')),
    field('participant-cohort', 'Group or cohort', 'If your trainer gave your group a label.', text('cohort')),
  );
}

function preTestSection(quiz: NonNullable<CompiledScenario['quiz']>, seed: number): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'pre-test-title' },
    h('h2', { id: 'pre-test-title' }, `Pre-test: ${quiz.pre.length} questions (optional)`),
    h('p', { className: 'hint' }, 'Answer what you can; the answers are shown after the post-test at the end.'),
    renderQuestions(quiz.pre, 'pre', seed),
  );
}

/** The participant's details as typed: blanks are null, and each is cut to 64 characters. */
function readParticipant(form: HTMLFormElement): Participant {
  const value = (name: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const v = el?.value.trim() ?? '';
    return v ? v.slice(0, 64) : null;
  };
  return { code: value('code'), agency: value('agency'), role: value('role'), cohort: value('cohort') };
}

/** `seed` orders the pre-test's options (the session that follows is started with it). */
export function renderBeforePlay(
  scenario: CompiledScenario,
  seed: number,
  onDone: (input: BeforePlayInput) => void,
): HTMLElement {
  const { meta, quiz } = scenario;
  const skip = () =>
    onDone({
      participant: { code: null, agency: null, role: null, cohort: null },
      preAnswers: null,
      confidence: null,
    });
  const form = h(
    'form',
    { className: 'before-play', novalidate: true },
    skipBox(quiz, skip),
    participantFieldset(),
    h(
      'section',
      { 'aria-labelledby': 'conf-before-title' },
      h('h2', { id: 'conf-before-title' }, 'How confident are you now? (optional)'),
      renderConfidence(meta.themes, 'before'),
    ),
    quiz ? preTestSection(quiz, seed) : null,
    h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Start the scenario')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers = quiz ? readAnswers(form, quiz.pre, 'pre') : null;
    onDone({
      participant: readParticipant(form),
      preAnswers: answers && anyAnswered(answers) ? answers : null,
      confidence: readConfidence(form, meta.themes, 'before'),
    });
  });
  return h(
    'section',
    { className: 'before', 'aria-labelledby': 'before-title' },
    h('h1', { id: 'before-title' }, `Before you start: ${meta.title}`),
    form,
  );
}
