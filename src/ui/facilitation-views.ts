/**
 * The two windows of a facilitated session: the trainer console (notes, prompt, votes,
 * timer, reveal, back, jump, branch and return) and the presenter view for the projector
 * (large type, story and options; no scores or feedback until the trainer reveals them).
 */
import type { DecisionRecord, Facilitation, SessionRecord } from '../engine/facilitation.ts';
import { timerElapsed } from '../engine/facilitation.ts';
import type { Session } from '../engine/session.ts';
import { AGENCIES } from '../engine/vocabulary.ts';
import { h } from './dom.ts';

export function formatTimer(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function beatText(session: Session): HTMLElement {
  return h(
    'div',
    { className: 'beat' },
    session.current.lines
      .filter((l) => l.text)
      .map((l) =>
        h('p', { className: 'line' }, l.speaker ? h('span', { className: 'speaker' }, `${l.speaker}: `) : null, l.text),
      ),
    session.current.ending ? h('p', { className: 'ending-title' }, `Ending: ${session.current.ending.title}`) : null,
  );
}

function whereWeAre(session: Session, total: number): HTMLElement {
  const ctx = session.context;
  return h(
    'div',
    { className: 'player-status' },
    h(
      'p',
      { className: 'episode' },
      ctx.episode ? `Episode ${ctx.episode.number} of ${total}: ${ctx.episode.title}` : 'Starting',
    ),
    ctx.when ? h('p', { className: 'when' }, ctx.when) : null,
    h('p', { className: 'role' }, h('span', { className: 'label' }, 'Role: '), ctx.role ?? '—'),
  );
}

function lastFeedback(session: Session): string | null {
  return session.turns.at(-1)?.option.feedback ?? null;
}

function caseLists(session: Session): HTMLElement {
  const ctx = session.context;
  return h(
    'div',
    { className: 'case-lists' },
    h(
      'section',
      { 'aria-labelledby': 'present-agencies' },
      h('h2', { id: 'present-agencies' }, 'What the agencies have shared'),
      ctx.info.length
        ? h(
            'ul',
            {},
            ctx.info.map((i) => h('li', {}, h('strong', {}, `${AGENCIES[i.agency]}: `), i.text)),
          )
        : h('p', {}, 'No agency asked yet.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'present-chrono' },
      h('h2', { id: 'present-chrono' }, 'Chronology'),
      ctx.chronology.length
        ? h(
            'ol',
            {},
            ctx.chronology.map((c) => h('li', {}, h('strong', {}, `${c.when}: `), c.what)),
          )
        : h('p', {}, 'Nothing recorded yet.'),
    ),
  );
}

export function renderPresenter(f: Facilitation, session: Session, now: number): HTMLElement {
  const feedback = lastFeedback(session);
  const record = f.decisions.find((d) => d.index === f.groupPath.length);
  const votes = !f.branch && record && record.votes.some((v) => v > 0) ? record.votes : null;
  return h(
    'section',
    { className: 'presenter', 'aria-labelledby': 'presenter-title' },
    h('h1', { id: 'presenter-title' }, session.scenario.meta.title),
    whereWeAre(session, session.scenario.facts.episodes.length),
    f.branch
      ? h('p', { className: 'notice branch-banner' }, 'Exploring another option: the group’s path is kept.')
      : null,
    h('p', { className: 'presenter-timer', 'aria-label': 'Discussion time' }, formatTimer(timerElapsed(f, now))),
    session.turns.length
      ? h(
          'p',
          { className: 'choice-made' },
          h('span', { className: 'label' }, 'Chosen: '),
          session.turns.at(-1)!.option.text,
        )
      : null,
    f.revealed && feedback
      ? h('p', { className: 'feedback' }, h('span', { className: 'label' }, 'Feedback: '), feedback)
      : null,
    beatText(session),
    session.current.options.length
      ? h(
          'section',
          { 'aria-labelledby': 'presenter-options' },
          h('h2', { id: 'presenter-options' }, 'What would you do?'),
          h(
            'ol',
            { className: 'presenter-options' },
            session
              .shownOptions()
              .map((o) =>
                h(
                  'li',
                  {},
                  o.text,
                  votes ? h('span', { className: 'votes' }, ` — ${votes[o.index] ?? 0} votes`) : null,
                ),
              ),
          ),
        )
      : null,
    f.revealed && session.finished ? scoresTable(session) : null,
    caseLists(session),
  );
}

/** What the scenario added to the real case at the current decision, if anything. */
function addedHere(session: Session): string | null {
  const id = session.current.decision?.id;
  return session.scenario.meta.added?.find((a) => a.decision === id)?.text ?? null;
}

function scoresTable(session: Session): HTMLElement {
  const { meta } = session.scenario;
  const text = { met: 'Met', partly: 'Partly met', missed: 'Missed' } as const;
  return h(
    'table',
    { className: 'lp-table' },
    h('caption', {}, 'Learning points on this path'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Learning point'), h('th', { scope: 'col' }, 'Result'))),
    h(
      'tbody',
      {},
      session.ledger
        .results()
        .map((r) =>
          h(
            'tr',
            { className: `lp-${r.status}` },
            h('th', { scope: 'row' }, meta.learningPoints.find((l) => l.id === r.id)?.title ?? r.id),
            h('td', {}, text[r.status]),
          ),
        ),
    ),
  );
}

/** The button that plays the option with most votes; updated in place as votes are typed. */
export function groupChoiceButton(
  session: Session,
  top: number | null,
  onPlay: (index: number) => void,
): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'primary', id: 'play-group-choice' });
  setGroupChoice(button, session, top);
  button.addEventListener('click', () => {
    const index = button.dataset.index;
    if (index !== undefined && index !== '') onPlay(Number(index));
  });
  return button;
}

/** `top` is the option's index in the story; the label numbers it as the room sees it. */
export function setGroupChoice(button: HTMLButtonElement, session: Session, top: number | null): void {
  button.disabled = top === null;
  button.dataset.index = top === null ? '' : String(top);
  const shownAt = session.shownOptions().findIndex((o) => o.index === top);
  button.textContent =
    top === null
      ? 'Play the group’s choice (enter votes first; ties need a decision)'
      : `Play the group’s choice: option ${shownAt + 1}`;
}

export interface ConsoleActions {
  onVotes(votes: number[]): void;
  onPlay(index: number): void;
  onExplore(index: number): void;
  onReturn(): void;
  onBack(): void;
  onJump(episode: number): void;
  onReveal(revealed: boolean): void;
  onTimer(action: 'start' | 'pause' | 'reset'): void;
  onOpenPresenter(): void;
  onExport(format: 'json' | 'csv'): void;
}

export function groupChoice(record: DecisionRecord | undefined): number | null {
  if (!record) return null;
  const max = Math.max(...record.votes);
  if (max <= 0) return null;
  const top = record.votes.flatMap((v, i) => (v === max ? [i] : []));
  return top.length === 1 ? top[0]! : null;
}

export function renderConsole(
  f: Facilitation,
  session: Session,
  record: SessionRecord,
  now: number,
  a: ConsoleActions,
): HTMLElement {
  const beat = session.current;
  const current = f.decisions.find((d) => d.index === f.groupPath.length);
  const votes = current?.votes ?? beat.options.map(() => 0);
  const top = groupChoice(current);
  const voteRows = session.shownOptions().map((o, shownAt) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, `${shownAt + 1}. ${o.text}`),
      f.branch
        ? h('td', {}, '—')
        : h(
            'td',
            {},
            h('label', { className: 'visually-hidden', for: `votes-${o.index}` }, `Votes for option ${shownAt + 1}`),
            h('input', {
              type: 'number',
              id: `votes-${o.index}`,
              'data-index': o.index,
              min: 0,
              max: 999,
              step: 1,
              inputmode: 'numeric',
              value: votes[o.index] ?? 0,
              className: 'vote-input',
            }),
          ),
      h(
        'td',
        { className: 'row-actions' },
        h(
          'button',
          { type: 'button', className: 'secondary', onclick: () => a.onPlay(o.index) },
          f.branch ? 'Play on this path' : 'Play as the group’s choice',
        ),
        f.branch
          ? null
          : h(
              'button',
              { type: 'button', className: 'secondary', onclick: () => a.onExplore(o.index) },
              'Explore (branch)',
            ),
      ),
    ),
  );
  const readVotes = (root: HTMLElement) =>
    beat.options.map((o) => Number(root.querySelector<HTMLInputElement>(`#votes-${o.index}`)?.value ?? 0));
  const voteForm = h(
    'form',
    { className: 'votes-form', novalidate: true },
    h(
      'table',
      { className: 'vote-table' },
      h('caption', {}, f.branch ? 'Options on this branch' : 'Room vote: show of hands for each option'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Option'),
          h('th', { scope: 'col' }, 'Votes'),
          h('th', { scope: 'col' }, 'Play'),
        ),
      ),
      h('tbody', {}, voteRows),
    ),
    f.branch
      ? null
      : h(
          'div',
          { className: 'actions' },
          h('button', { type: 'submit', className: 'secondary' }, 'Save the votes'),
          groupChoiceButton(session, top, a.onPlay),
        ),
  );
  voteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    a.onVotes(readVotes(voteForm));
  });
  voteForm.addEventListener('input', () => a.onVotes(readVotes(voteForm)));

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
  const timer = h('p', { className: 'console-timer', id: 'console-timer' }, formatTimer(timerElapsed(f, now)));
  return h(
    'section',
    { className: 'trainer-console', 'aria-labelledby': 'console-title' },
    h('h1', { id: 'console-title' }, `Trainer console: ${f.label}`),
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: a.onOpenPresenter },
        'Open the presenter view (new window)',
      ),
      h('p', { className: 'hint' }, 'Drag the presenter window to the projector. Both windows stay in step.'),
    ),
    whereWeAre(session, session.scenario.facts.episodes.length),
    f.branch
      ? h(
          'div',
          { className: 'notice branch-banner', role: 'status' },
          h('p', {}, `Exploring off the group’s path from decision ${f.branch.from + 1}. The group’s path is kept.`),
          h('button', { type: 'button', className: 'primary', onclick: a.onReturn }, 'Return to the group’s path'),
        )
      : null,
    h(
      'section',
      { className: 'console-notes', 'aria-labelledby': 'notes-title' },
      h('h2', { id: 'notes-title' }, 'Facilitator note and discussion prompt'),
      h('p', {}, h('strong', {}, 'Note: '), beat.decision?.note ?? 'No note for this point.'),
      addedHere(session)
        ? h('p', { className: 'added' }, h('strong', {}, 'Added for this scenario: '), addedHere(session))
        : null,
      h('p', {}, h('strong', {}, 'Prompt: '), beat.decision?.prompt ?? '—'),
      beat.decision?.real ? h('p', {}, h('strong', {}, 'In the real case: '), beat.decision.real) : null,
    ),
    h(
      'section',
      { className: 'console-timer-box', 'aria-labelledby': 'timer-title' },
      h('h2', { id: 'timer-title' }, 'Discussion timer'),
      timer,
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            onclick: () => a.onTimer(f.timer.runningSince === null ? 'start' : 'pause'),
          },
          f.timer.runningSince === null ? 'Start timer' : 'Pause timer',
        ),
        h('button', { type: 'button', className: 'secondary', onclick: () => a.onTimer('reset') }, 'Reset timer'),
      ),
    ),
    h(
      'section',
      { className: 'console-story', 'aria-labelledby': 'story-title' },
      h('h2', { id: 'story-title' }, 'On screen now'),
      beatText(session),
    ),
    beat.options.length ? voteForm : null,
    h(
      'section',
      { className: 'console-controls', 'aria-labelledby': 'controls-title' },
      h('h2', { id: 'controls-title' }, 'Controls'),
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            'aria-pressed': String(f.revealed),
            onclick: () => a.onReveal(!f.revealed),
          },
          f.revealed ? 'Hide feedback and scores' : 'Reveal feedback and scores',
        ),
        h(
          'button',
          { type: 'button', className: 'secondary', disabled: !f.groupPath.length && !f.branch, onclick: a.onBack },
          'Back one decision',
        ),
      ),
      h(
        'div',
        { className: 'actions' },
        h('label', { for: 'jump-episode' }, 'Jump to episode'),
        jump,
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            onclick: () => a.onJump(Number((jump as HTMLSelectElement).value)),
          },
          'Jump',
        ),
      ),
    ),
    renderSessionRecord(record, a),
  );
}

export function renderSessionRecord(record: SessionRecord, a: Pick<ConsoleActions, 'onExport'>): HTMLElement {
  return h(
    'section',
    { className: 'session-record', 'aria-labelledby': 'record-title' },
    h('h2', { id: 'record-title' }, 'Session record'),
    h(
      'p',
      {},
      `${record.label}, ${record.date}. Participants: ${record.participants.total}${
        Object.keys(record.participants.byAgency).length
          ? ` (${Object.entries(record.participants.byAgency)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})`
          : ''
      }.`,
    ),
    record.ending ? h('p', {}, `Ending reached on the group’s path: ${record.ending.title}.`) : null,
    h(
      'table',
      { className: 'record-table' },
      h('caption', { className: 'visually-hidden' }, 'Decisions with votes, time and options explored'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Decision'),
          h('th', { scope: 'col' }, 'Votes'),
          h('th', { scope: 'col' }, 'Played by the group'),
          h('th', { scope: 'col' }, 'Explored'),
          h('th', { scope: 'col' }, 'Time'),
        ),
      ),
      h(
        'tbody',
        {},
        record.decisions.map((d) =>
          h(
            'tr',
            { 'data-decision': d.index },
            h('th', { scope: 'row' }, `${d.index + 1}${d.prompt ? `. ${d.prompt}` : ''}`),
            h(
              'td',
              {},
              h(
                'ul',
                {},
                d.options.map((o, i) => h('li', {}, `${o}: ${d.votes[i] ?? 0}`)),
              ),
            ),
            h('td', {}, d.chosen ?? '—'),
            h('td', {}, d.explored.length ? d.explored.join('; ') : '—'),
            h('td', {}, formatTimer(d.seconds * 1000)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', className: 'secondary', onclick: () => a.onExport('json') },
        'Export the record as JSON',
      ),
      h(
        'button',
        { type: 'button', className: 'secondary', onclick: () => a.onExport('csv') },
        'Export the record as CSV',
      ),
    ),
  );
}
