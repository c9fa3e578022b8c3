/**
 * The trainer console, laid out to fit one laptop screen (1366×768): along the top where the
 * story is and the discussion timer; on the left the facilitator note and prompt, then the
 * passage on screen with the projector's page and panel; on the right the room's vote with
 * the one way to play, and the other controls (reveal, back, jump). The session record
 * folds away below.
 */
import type { Facilitation, PresenterPanel, SessionRecord } from '../engine/facilitation.ts';
import { activePath } from '../engine/facilitation.ts';
import type { Session } from '../engine/session.ts';
import { h } from './dom.ts';
import { addedHere, beatText, whereWeAre } from './facilitation-views.ts';
import { type RecordActions, renderSessionRecord } from './trainer-console-record.ts';
import { type TimerAction, renderTimer } from './trainer-console-timer.ts';
import { type VoteActions, renderVotes } from './trainer-console-votes.ts';

export interface ConsoleActions extends VoteActions, RecordActions {
  onReturn(): void;
  onBack(): void;
  onJump(episode: number): void;
  onReveal(revealed: boolean): void;
  onTimer(action: TimerAction): void;
  /** Turns the projector to a page of the passage (0 = first). */
  onPage(page: number): void;
  onPanel(panel: PresenterPanel): void;
  onOpenPresenter(): void;
}

/** What the console keeps between drawings that is not part of the stored session. */
export interface ConsoleState {
  /** The option the trainer chose to play at this decision; null lets the votes decide. */
  selected: number | null;
  /** The passage's pages on the projector, once the presenter has said. */
  projectorPages: number | null;
  recordOpen: boolean;
}

/** Identifies the passage on screen: what the console keeps for a passage is dropped when it changes. */
export function passageKey(f: Facilitation): string {
  return `${f.branch ? `b${f.branch.from}-` : 'g'}${activePath(f).length}`;
}

function top(f: Facilitation, session: Session, now: number, a: ConsoleActions): HTMLElement {
  return h(
    'header',
    { className: 'console-top' },
    h(
      'div',
      { className: 'console-heading' },
      h('h1', { id: 'console-title' }, `Trainer console: ${f.label}`),
      whereWeAre(session),
    ),
    renderTimer(f, now, a.onTimer),
    h(
      'button',
      { type: 'button', className: 'secondary', id: 'open-presenter', onclick: a.onOpenPresenter },
      'Open the presenter view',
      h('span', { className: 'visually-hidden' }, ' (new window)'),
    ),
  );
}

function notes(session: Session): HTMLElement {
  const decision = session.current.decision;
  const added = addedHere(session);
  return h(
    'section',
    { className: 'console-notes', 'aria-labelledby': 'notes-title', tabindex: 0 },
    h('h2', { id: 'notes-title' }, 'Facilitator note and discussion prompt'),
    h('p', {}, h('strong', {}, 'Note: '), decision?.note ?? 'No note for this point.'),
    added ? h('p', { className: 'added' }, h('strong', {}, 'Added for this scenario: '), added) : null,
    h('p', {}, h('strong', {}, 'Prompt: '), decision?.prompt ?? '—'),
    decision?.real ? h('p', {}, h('strong', {}, 'In the real case: '), decision.real) : null,
  );
}

/** The passage as the room sees it, and what the projector shows of it. */
function onScreen(f: Facilitation, session: Session, state: ConsoleState, a: ConsoleActions): HTMLElement {
  const pages = state.projectorPages;
  const showsCase = f.panel === 'case';
  const page = pages === null ? f.page : Math.min(f.page, pages - 1);
  return h(
    'section',
    { className: 'console-story', 'aria-labelledby': 'story-title' },
    h('h2', { id: 'story-title' }, 'On screen now'),
    h(
      'div',
      { className: 'projector-controls', role: 'group', 'aria-labelledby': 'projector-page' },
      h(
        'p',
        { id: 'projector-page' },
        `Projector: ${showsCase ? 'the case so far' : 'the passage'}, page ${page + 1}${pages === null ? '' : ` of ${pages}`}`,
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'page-prev',
          // aria-disabled, not disabled: a trainer turning pages keeps focus on the button.
          'aria-disabled': String(page <= 0),
          onclick: () => {
            if (page > 0) a.onPage(page - 1);
          },
        },
        'Previous page',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'page-next',
          'aria-disabled': String(pages !== null && page >= pages - 1),
          onclick: () => {
            if (pages === null || page < pages - 1) a.onPage(page + 1);
          },
        },
        'Next page',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'panel-toggle',
          'aria-pressed': String(showsCase),
          onclick: () => a.onPanel(showsCase ? 'passage' : 'case'),
        },
        'Show the case so far',
      ),
    ),
    h(
      'div',
      {
        className: 'console-passage',
        id: `console-passage-${passageKey(f)}`,
        role: 'region',
        'aria-label': 'The passage',
        tabindex: 0,
        'data-keep-scroll': true,
      },
      beatText(session),
    ),
  );
}

function controls(f: Facilitation, session: Session, a: ConsoleActions): HTMLElement {
  const jump = h(
    'select',
    { id: 'jump-episode' },
    session.scenario.facts.episodes.map((e) =>
      h(
        'option',
        { value: e.number, selected: session.context.episode?.number === e.number },
        `${e.number}. ${e.title}`,
      ),
    ),
  );
  return h(
    'section',
    { className: 'console-controls', 'aria-labelledby': 'controls-title' },
    h('h2', { id: 'controls-title', className: 'visually-hidden' }, 'Controls'),
    h(
      'div',
      { className: 'control-row' },
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'reveal-toggle',
          'aria-pressed': String(f.revealed),
          onclick: () => a.onReveal(!f.revealed),
        },
        f.revealed ? 'Hide feedback and scores' : 'Reveal feedback and scores',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          id: 'back-one',
          disabled: !f.groupPath.length && !f.branch,
          onclick: a.onBack,
        },
        'Back one decision',
      ),
    ),
    h(
      'div',
      { className: 'control-row' },
      h('label', { for: 'jump-episode' }, 'Jump to episode'),
      jump,
      h(
        'button',
        { type: 'button', className: 'secondary', id: 'jump-go', onclick: () => a.onJump(Number(jump.value)) },
        'Jump',
      ),
    ),
  );
}

function branchBanner(f: Facilitation, a: ConsoleActions): HTMLElement | null {
  if (!f.branch) return null;
  return h(
    'div',
    { className: 'notice branch-banner', role: 'status' },
    h('p', {}, `Exploring off the group’s path from decision ${f.branch.from + 1}. The group’s path is kept.`),
    h(
      'button',
      { type: 'button', className: 'primary', id: 'return-group', onclick: a.onReturn },
      'Return to the group’s path',
    ),
  );
}

export function renderConsole(
  f: Facilitation,
  session: Session,
  record: SessionRecord,
  now: number,
  state: ConsoleState,
  a: ConsoleActions,
): HTMLElement {
  const hasOptions = session.current.options.length > 0;
  return h(
    'section',
    { className: 'trainer-console', 'aria-labelledby': 'console-title' },
    top(f, session, now, a),
    branchBanner(f, a),
    h(
      'div',
      { className: 'console-grid' },
      h('div', { className: 'console-left' }, notes(session), onScreen(f, session, state, a)),
      h(
        'div',
        { className: 'console-right' },
        hasOptions
          ? renderVotes(f, session, state.selected, a)
          : h(
              'section',
              { className: 'votes-form', 'aria-labelledby': 'votes-title' },
              h('h2', { id: 'votes-title' }, 'The scenario has ended'),
              h('p', {}, 'Reveal the scores to show the learning points on the group’s path, then talk it through.'),
            ),
        controls(f, session, a),
      ),
    ),
    renderSessionRecord(record, state.recordOpen, a),
  );
}
