/**
 * The console's discussion timer: the time since the trainer last reset it (it carries on
 * from one decision to the next) and the time on the decision now on screen, with Start or
 * Pause, and Reset.
 */
import type { Facilitation } from '../engine/facilitation.ts';
import { decisionElapsed, timerElapsed } from '../engine/facilitation.ts';
import { h } from './dom.ts';
import { formatTimer } from './facilitation-views.ts';

export type TimerAction = 'start' | 'pause' | 'reset';

export function renderTimer(f: Facilitation, now: number, onTimer: (action: TimerAction) => void): HTMLElement {
  const running = f.timer.runningSince !== null;
  return h(
    'section',
    { className: `console-timer-box${running ? ' is-running' : ''}`, 'aria-labelledby': 'timer-title' },
    h('h2', { id: 'timer-title' }, 'Discussion timer'),
    h(
      'div',
      { className: 'timer-readout' },
      h(
        'p',
        { className: 'timer-total' },
        h('span', { className: 'label' }, running ? 'Running' : 'Paused'),
        ' ',
        h(
          'span',
          { className: 'console-timer', id: 'console-timer', role: 'timer', 'data-timer': 'total' },
          formatTimer(timerElapsed(f, now)),
        ),
      ),
      h(
        'p',
        { className: 'timer-decision' },
        h('span', { className: 'label' }, 'This decision'),
        ' ',
        h(
          'span',
          { id: 'decision-timer', role: 'timer', 'data-timer': 'decision' },
          formatTimer(decisionElapsed(f, now)),
        ),
      ),
    ),
    h(
      'div',
      { className: 'timer-buttons' },
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'timer-toggle',
          onclick: () => onTimer(running ? 'pause' : 'start'),
        },
        running ? 'Pause timer' : 'Start timer',
      ),
      h(
        'button',
        { type: 'button', className: 'secondary', id: 'timer-reset', onclick: () => onTimer('reset') },
        'Reset timer',
      ),
    ),
  );
}

/** Brings the timers' figures up to `now` without redrawing anything else. */
export function tickTimers(root: ParentNode, f: Facilitation, now: number): void {
  const total = root.querySelector('#console-timer');
  if (total) total.textContent = formatTimer(timerElapsed(f, now));
  const decision = root.querySelector('#decision-timer');
  if (decision) decision.textContent = formatTimer(decisionElapsed(f, now));
}
