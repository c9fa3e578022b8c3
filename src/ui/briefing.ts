/** Before play: content note, about this case, feedback mode, and continue or start again. */
import type { ScenarioSummary } from 'virtual:scenarios';
import type { FeedbackMode } from '../engine/session.ts';
import { h } from './dom.ts';

export interface BriefingCallbacks {
  onStart(mode: FeedbackMode): void;
  onContinue(): void;
  onBack(): void;
  /** Opens the follow-up test of an earlier play (offered when one is waiting). */
  onFollowUp(resultId: string): void;
}

/** An earlier play of this scenario whose follow-up test has not been taken. */
export interface WaitingFollowUp {
  resultId: string;
  playedOn: Date;
}

const MODE_NAME = 'feedback-mode';

function modeRadio(value: FeedbackMode, label: string, hint: string, defaultMode: FeedbackMode): HTMLElement {
  return h(
    'div',
    { className: 'radio' },
    h('input', {
      type: 'radio',
      name: MODE_NAME,
      id: `mode-${value}`,
      value,
      checked: value === defaultMode,
      'aria-describedby': `mode-${value}-hint`,
    }),
    h('label', { for: `mode-${value}` }, label),
    h('p', { className: 'hint', id: `mode-${value}-hint` }, hint),
  );
}

/** The feedback mode to play in, and the button that starts (or starts again). */
function startForm(hasSave: boolean, defaultMode: FeedbackMode, onStart: (mode: FeedbackMode) => void): HTMLElement {
  return h(
    'form',
    {
      className: 'start-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const checked = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(
          `input[name=${MODE_NAME}]:checked`,
        );
        onStart((checked?.value as FeedbackMode) ?? defaultMode);
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Feedback'),
      modeRadio('reflect', 'Reflect as you go', 'Short feedback after each decision.', defaultMode),
      modeRadio('assessment', 'Assessment', 'No feedback until the end.', defaultMode),
    ),
    h(
      'button',
      { type: 'submit', className: hasSave ? 'secondary' : 'primary' },
      hasSave ? 'Start again from the beginning' : 'Start',
    ),
  );
}

function contentNote(s: ScenarioSummary): HTMLElement {
  return h(
    'section',
    { className: 'content-note', 'aria-labelledby': 'content-note-title' },
    h('h2', { id: 'content-note-title' }, 'Content note'),
    h('p', {}, s.contentNote),
    h('p', {}, 'You can pause or leave at any point with the "Leave" button; your progress is kept.'),
    h('p', {}, h('strong', {}, 'Support: '), s.support),
  );
}

function followUpBox(followUp: WaitingFollowUp, onFollowUp: (resultId: string) => void): HTMLElement {
  return h(
    'div',
    { className: 'continue-box' },
    h(
      'p',
      {},
      `You played this scenario on ${followUp.playedOn.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. ` +
        'A short follow-up test shows what you have kept.',
    ),
    h(
      'button',
      { type: 'button', className: 'secondary', onclick: () => onFollowUp(followUp.resultId) },
      'Take the follow-up test',
    ),
  );
}

function continueBox(onContinue: () => void): HTMLElement {
  return h(
    'div',
    { className: 'continue-box' },
    h('p', {}, 'You have a scenario in progress.'),
    h('button', { type: 'button', className: 'primary', onclick: () => onContinue() }, 'Continue where you left off'),
  );
}

export function renderBriefing(
  s: ScenarioSummary,
  hasSave: boolean,
  notice: string | null,
  defaultMode: FeedbackMode,
  callbacks: BriefingCallbacks,
  followUp: WaitingFollowUp | null = null,
): HTMLElement {
  return h(
    'section',
    { className: 'briefing', 'aria-labelledby': 'briefing-title' },
    h('h1', { id: 'briefing-title' }, s.title),
    notice ? h('div', { className: 'notice warning', role: 'alert' }, notice) : null,
    contentNote(s),
    h(
      'section',
      { 'aria-labelledby': 'about-title' },
      h('h2', { id: 'about-title' }, 'About this case'),
      h('p', {}, s.about),
    ),
    followUp ? followUpBox(followUp, (resultId) => callbacks.onFollowUp(resultId)) : null,
    hasSave ? continueBox(() => callbacks.onContinue()) : null,
    startForm(hasSave, defaultMode, (mode) => callbacks.onStart(mode)),
    h(
      'p',
      {},
      h('button', { type: 'button', className: 'link', onclick: () => callbacks.onBack() }, 'Back to all scenarios'),
    ),
  );
}
