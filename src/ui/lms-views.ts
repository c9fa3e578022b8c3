/**
 * What a learner launched by an LMS sees of it: a quiet status line when something needs
 * saying, and the page for leaving the scenario (back to it, or finish and return to the LMS).
 * The words for the connection's state come from the LMS layer (lms/health-text.ts).
 */
import { clear, focusRegion, h } from './dom.ts';

/** Status messages live in one region that is always in the page, so screen readers hear changes. */
export class LmsStatusRegion {
  readonly root: HTMLElement;
  private readonly messages = new Map<string, string>();

  constructor() {
    this.root = h('div', { className: 'lms-status', role: 'status' });
  }

  /** Sets (or, with null, clears) one kind of message; the region shows them all. */
  set(kind: string, message: string | null): void {
    if (message) this.messages.set(kind, message);
    else this.messages.delete(kind);
    clear(this.root);
    for (const text of this.messages.values()) this.root.append(h('p', { className: 'notice' }, text));
  }
}

export interface ExitViewActions {
  /** Back to where the learner was in the scenario. */
  onBack(): void;
  /** Ends the LMS session; returns whether the LMS confirmed it. */
  onFinish(): boolean;
  /** Whether an LMS session is open to finish. */
  canFinish: boolean;
  /** The session was already finished before this view was shown. */
  finished: boolean;
}

function finishedText(confirmed: boolean): string {
  return confirmed
    ? 'Your progress has been sent to your LMS and this session has ended. You can close this window, or use your LMS to go on.'
    : 'This session has ended. Your progress is kept in this browser. You can close this window, or use your LMS to go on.';
}

export function renderExitView(actions: ExitViewActions): HTMLElement {
  const title = h('h1', { id: 'lms-exit-title' }, actions.finished ? 'This session has ended' : 'Leave the scenario');
  const body = h('div', {});
  const view = h('section', { className: 'lms-exit', 'aria-labelledby': 'lms-exit-title' }, title, body);
  if (actions.finished) {
    body.append(h('p', {}, finishedText(true)));
    return view;
  }
  body.append(
    h(
      'p',
      {},
      actions.canFinish
        ? 'Your progress is saved. You can go back to the scenario, or finish this session and return to your LMS. ' +
            'If you finish before the end, you can carry on from the same place next time.'
        : 'Your progress is kept in this browser. You can go back to the scenario.',
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', className: 'primary', onclick: () => actions.onBack() }, 'Back to the scenario'),
      actions.canFinish
        ? h(
            'button',
            {
              type: 'button',
              className: 'secondary',
              onclick: () => {
                const confirmed = actions.onFinish();
                title.textContent = 'This session has ended';
                clear(body);
                body.append(h('p', {}, finishedText(confirmed)));
                focusRegion(title);
              },
            },
            'Finish and return to the LMS',
          )
        : null,
    ),
  );
  return view;
}
