/**
 * The room's vote and the one way to play: a box for each option's show of hands (saved as
 * it is typed), the option to play (the one with most votes, until the trainer chooses
 * another, e.g. to settle a tie), and the buttons that play it as the group's choice or
 * explore it off the group's path. On a branch there are no votes: the trainer chooses the
 * option to play on.
 *
 * Typing a count does not redraw the form: the option to play and the buttons follow in place.
 */
import type { Facilitation } from '../engine/facilitation.ts';
import type { BeatOption } from '../engine/runner.ts';
import type { Session } from '../engine/session.ts';
import { h } from './dom.ts';
import { currentDecision, topVoted, votesText } from './facilitation-views.ts';

export interface VoteActions {
  /** The counts typed, by the option's index in the story. */
  onVotes(votes: number[]): void;
  /** The trainer chose the option to play (its index in the story). */
  onSelect(index: number): void;
  onPlay(index: number): void;
  onExplore(index: number): void;
}

function voteRow(o: BeatOption, shownAt: number, onBranch: boolean, saved: readonly number[]): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, `${shownAt + 1}. ${o.text}`),
    onBranch
      ? null
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
            value: saved[o.index] ?? 0,
            className: 'vote-input',
          }),
        ),
  );
}

function voteTable(rows: HTMLElement[], onBranch: boolean): HTMLElement {
  return h(
    'table',
    { className: 'vote-table' },
    h(
      'caption',
      { className: 'visually-hidden' },
      onBranch ? 'The options on this branch' : 'Show of hands for each option',
    ),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Option'), onBranch ? null : h('th', { scope: 'col' }, 'Votes')),
    ),
    h('tbody', {}, rows),
  );
}

function pickRadio(o: BeatOption, shownAt: number): HTMLElement {
  return h(
    'span',
    { className: 'pick' },
    h('input', { type: 'radio', name: 'play-option', id: `pick-${o.index}`, value: o.index }),
    h('label', { for: `pick-${o.index}` }, `Option ${shownAt + 1}`),
  );
}

/** The buttons that play the option (or explore it, off a branch) and the line saying why that option. */
function playControls(onBranch: boolean): {
  playButton: HTMLButtonElement;
  exploreButton: HTMLButtonElement | null;
  reason: HTMLParagraphElement;
} {
  const playButton = h('button', {
    type: 'button',
    className: 'primary',
    id: 'play-choice',
    'aria-describedby': 'play-hint',
  });
  const exploreButton = onBranch
    ? null
    : h('button', { type: 'button', className: 'secondary', id: 'explore-choice' }, 'Explore (branch)');
  const reason = h('p', { className: 'hint play-hint', id: 'play-hint' });
  return { playButton, exploreButton, reason };
}

interface PlayWording {
  play: string;
  explore: string;
  reason: string;
}

/**
 * What the buttons and the line under them say. `pick` is the option to play (null when
 * none is settled), `byTrainer` whether the trainer chose it, `numberOf` an option's number
 * as shown.
 */
function playWording(
  pick: number | null,
  votes: readonly number[],
  onBranch: boolean,
  byTrainer: boolean,
  numberOf: (index: number) => number,
): PlayWording {
  if (pick === null) {
    const max = Math.max(0, ...votes);
    return {
      play: onBranch ? 'Play on this branch' : 'Play the group’s choice',
      explore: 'Explore (branch)',
      reason: onBranch
        ? 'Choose the option to play on this branch.'
        : max > 0
          ? 'The votes are tied: choose the option to play.'
          : 'Type the show of hands for each option, or choose the option to play.',
    };
  }
  const n = numberOf(pick);
  return {
    play: onBranch ? `Play option ${n} on this branch` : `Play the group’s choice: option ${n}`,
    explore: `Explore option ${n} (branch)`,
    reason:
      onBranch || byTrainer
        ? `Option ${n} chosen by you.`
        : `Option ${n} has most votes (${votesText(votes[pick] ?? 0)}).`,
  };
}

/**
 * `selected` is the option the trainer chose to play at this decision, if they chose one;
 * otherwise the votes decide.
 */
export function renderVotes(
  f: Facilitation,
  session: Session,
  selected: number | null,
  a: VoteActions,
): HTMLFormElement {
  const shown = session.shownOptions();
  const onBranch = f.branch !== null;
  const saved = currentDecision(f)?.votes ?? [];
  let chosen = selected;

  const rows = shown.map((o, shownAt) => voteRow(o, shownAt, onBranch, saved));
  const radios = shown.map((o, shownAt) => pickRadio(o, shownAt));
  const { playButton, exploreButton, reason } = playControls(onBranch);

  const form = h(
    'form',
    { className: 'votes-form', novalidate: true, 'aria-labelledby': 'votes-title' },
    h('h2', { id: 'votes-title' }, onBranch ? 'Options on this branch' : 'Room vote'),
    voteTable(rows, onBranch),
    h(
      'div',
      { className: 'play-controls' },
      h('fieldset', { className: 'pick-option' }, h('legend', {}, 'Option to play'), radios),
      h('div', { className: 'play-buttons' }, playButton, exploreButton),
      reason,
    ),
  );

  const readVotes = () =>
    session.current.options.map((o) => Number(form.querySelector<HTMLInputElement>(`#votes-${o.index}`)?.value ?? 0));
  const pickNow = (votes: number[]) => chosen ?? (onBranch ? null : topVoted(votes));
  const numberOf = (index: number) => shown.findIndex((o) => o.index === index) + 1;

  const refresh = () => {
    const votes = readVotes();
    const pick = pickNow(votes);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="play-option"]')) {
      radio.checked = Number(radio.value) === pick;
    }
    playButton.disabled = pick === null;
    if (exploreButton) exploreButton.disabled = pick === null;
    const wording = playWording(pick, votes, onBranch, chosen !== null, numberOf);
    playButton.textContent = wording.play;
    if (exploreButton) exploreButton.textContent = wording.explore;
    reason.textContent = wording.reason;
  };

  form.addEventListener('input', (e) => {
    if (!(e.target instanceof HTMLInputElement) || !e.target.classList.contains('vote-input')) return;
    a.onVotes(readVotes());
    refresh();
  });
  form.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.name !== 'play-option') return;
    chosen = Number(e.target.value);
    a.onSelect(chosen);
    refresh();
  });
  // Enter in a box must not reload the page: the counts are saved already.
  form.addEventListener('submit', (e) => e.preventDefault());
  playButton.addEventListener('click', () => {
    const pick = pickNow(readVotes());
    if (pick !== null) a.onPlay(pick);
  });
  exploreButton?.addEventListener('click', () => {
    const pick = pickNow(readVotes());
    if (pick !== null) a.onExplore(pick);
  });
  refresh();
  return form;
}
