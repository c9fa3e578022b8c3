/**
 * The follow-up: offered on the results page after play (a calendar reminder and a link),
 * and the form that link opens weeks later (the third parallel test, with certainty, and
 * the manager's optional questions on use in practice).
 */
import { FOLLOW_UP_OFFERED_FROM_WEEKS, FOLLOW_UP_WEEKS, followUpDay, weeksSince } from '../engine/follow-up.ts';
import type { Question } from '../engine/quiz.ts';
import type { GivenAnswer } from '../engine/quiz.ts';
import type { Practice, ResultRecord } from '../engine/result.ts';
import { h } from './dom.ts';
import { anyAnswered, readAnswers, renderQuestions } from './quiz-form.ts';

const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export interface FollowUpOfferActions {
  /** Downloads the `.ics` reminder. */
  onReminder: () => void;
  /** Opens the follow-up form now. */
  onOpen: () => void;
}

/**
 * Where the follow-up stands for this result: taken (with its score), or offered with
 * the reminder and the link. `link` is null when the page cannot be reopened from a
 * link (an LMS launched it): the learner is told to reopen the activity instead.
 */
export function renderFollowUpOffer(
  result: ResultRecord,
  link: string | null,
  actions: FollowUpOfferActions,
): HTMLElement {
  if (result.followUpTest) {
    return h(
      'section',
      { className: 'follow-up-offer', 'aria-labelledby': 'follow-up-title' },
      h('h2', { id: 'follow-up-title' }, 'Follow-up test'),
      h(
        'p',
        {},
        `Taken on ${longDate(new Date(result.followUpTest.at))}: ${result.followUpTest.score} of ${result.followUpTest.max}.`,
      ),
    );
  }
  const due = followUpDay(result);
  return h(
    'section',
    { className: 'follow-up-offer', 'aria-labelledby': 'follow-up-title' },
    h('h2', { id: 'follow-up-title' }, `Follow-up test in ${FOLLOW_UP_WEEKS} weeks`),
    h(
      'p',
      {},
      'What is still there weeks later is what you will use at work. A short test on the same learning points, ' +
        `on or after ${longDate(due)}, shows what you kept; if you can, take it with your manager, who can answer ` +
        'three short questions about how you have used it. It joins this result in this browser; nothing is sent anywhere.',
    ),
    link
      ? h(
          'p',
          {},
          'The follow-up opens from this link, in this browser: ',
          h('a', { href: link, className: 'link-text' }, link),
        )
      : h(
          'p',
          {},
          'Open this activity from your learning system again on or after that day, in this browser, and choose ' +
            '“Take the follow-up test” on its first page.',
        ),
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'secondary', onclick: actions.onReminder },
        'Add a reminder to your calendar (.ics)',
      ),
      h('button', { type: 'button', className: 'link', onclick: actions.onOpen }, 'Take the follow-up test now'),
    ),
  );
}

interface PracticeQuestion {
  key: 'applied' | 'changed' | 'supervision';
  question: string;
  levels: string[];
}

/** Asked of the learner's manager (Kirkpatrick's level 3: behaviour at work). No free text: it could name a child. */
export const PRACTICE_QUESTIONS: readonly PracticeQuestion[] = [
  {
    key: 'applied',
    question: 'Since the training, how often has the practitioner used what it taught in their work?',
    levels: ['Not yet', 'Once or twice', 'Several times', 'Routinely'],
  },
  {
    key: 'changed',
    question:
      'How much has their multi-agency practice changed: seeking information from others, checking what they are told, challenging and escalating?',
    levels: ['No change', 'A little', 'Clearly', 'A great deal'],
  },
  {
    key: 'supervision',
    question: 'Has the training been discussed in supervision?',
    levels: ['No', 'Yes, once', 'Yes, more than once'],
  },
];

export interface FollowUpInput {
  answers: GivenAnswer[] | null;
  practice: Practice | null;
}

function followUpTestSection(questions: readonly Question[], seed: number): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'follow-up-test-title' },
    h('h2', { id: 'follow-up-test-title' }, `Follow-up test: ${questions.length} questions`),
    h(
      'p',
      { className: 'hint' },
      'For each question, choose an answer and say how sure you are. Answers are explained when you finish.',
    ),
    renderQuestions(questions, 'followup', seed),
  );
}

function practiceRating(q: PracticeQuestion): HTMLElement {
  return h(
    'fieldset',
    { className: 'rating' },
    h('legend', {}, q.question),
    q.levels.map((label, i) => {
      const id = `practice-${q.key}-${i + 1}`;
      return h(
        'div',
        { className: 'radio inline' },
        h('input', { type: 'radio', name: `practice-${q.key}`, id, value: i + 1 }),
        h('label', { for: id }, label),
      );
    }),
  );
}

function practiceSection(): HTMLElement {
  return h(
    'section',
    { className: 'practice', 'aria-labelledby': 'practice-title' },
    h('h2', { id: 'practice-title' }, 'With your manager (optional)'),
    h(
      'p',
      { className: 'hint' },
      'If your manager is with you, they answer these. Leave them blank otherwise. Please do not add details of any case.',
    ),
    PRACTICE_QUESTIONS.map((q) => practiceRating(q)),
  );
}

/** Said when the follow-up is opened before it is due. */
function tooSoonNotice(weeks: number): HTMLElement {
  return h(
    'p',
    { className: 'notice' },
    `It is ${weeks === 0 ? 'less than a week' : weeks === 1 ? 'one week' : `${weeks} weeks`} since you played. ` +
      `The follow-up is meant for about ${FOLLOW_UP_WEEKS} weeks later, when it shows what you have kept; ` +
      'you can take it now, but it is taken only once.',
  );
}

export function renderFollowUpForm(
  result: ResultRecord,
  questions: readonly Question[],
  seed: number,
  now: () => Date,
  onDone: (input: FollowUpInput) => void,
): HTMLElement {
  const finished = new Date(result.finishedAt ?? result.startedAt);
  const weeks = weeksSince(result, now());
  const form = h(
    'form',
    { className: 'follow-up', novalidate: true },
    followUpTestSection(questions, seed),
    practiceSection(),
    h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Finish the follow-up')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers = readAnswers(form, questions, 'followup');
    const level = (key: PracticeQuestion['key']) => {
      const checked = form.querySelector<HTMLInputElement>(`input[name="practice-${key}"]:checked`);
      return checked ? Number(checked.value) : null;
    };
    onDone({
      answers: anyAnswered(answers) ? answers : null,
      practice: {
        applied: level('applied'),
        changed: level('changed'),
        supervision: level('supervision'),
        at: now().toISOString(),
      },
    });
  });
  return h(
    'section',
    { className: 'after', 'aria-labelledby': 'follow-up-page-title' },
    h('h1', { id: 'follow-up-page-title' }, `Follow-up: ${result.scenario.title}`),
    h('p', { className: 'lede' }, `You played this scenario on ${longDate(finished)}.`),
    weeks < FOLLOW_UP_OFFERED_FROM_WEEKS ? tooSoonNotice(weeks) : null,
    form,
  );
}
