/**
 * The presenter view: what the room sees on the projector, drawn for one screen in 16:9.
 * Along the top the scenario, where the story is, the discussion timer and the full-screen
 * button; below, the passage (or the case so far) in pages on the left and the options with
 * the room's votes on the right; along the bottom the agencies asked so far and the keys.
 * No feedback or scores until the trainer reveals them. Sizes come from facilitation.css;
 * presenter-screen.ts pages and fits what is drawn here.
 */
import type { Facilitation } from '../engine/facilitation.ts';
import { timerElapsed } from '../engine/facilitation.ts';
import type { Session } from '../engine/session.ts';
import { AGENCIES } from '../engine/vocabulary.ts';
import { h } from './dom.ts';
import {
  agenciesAsked,
  beatLines,
  caseLists,
  currentDecision,
  formatTimer,
  lastFeedback,
  scoresTable,
  votesText,
  whereWeAre,
} from './facilitation-views.ts';

export interface PresenterOptions {
  /** The browser lets the page go full screen. */
  canFullscreen: boolean;
  /** The view is full screen now. */
  fullscreen: boolean;
}

export const FULLSCREEN_KEY = 'F';

function top(f: Facilitation, session: Session, now: number, o: PresenterOptions): HTMLElement {
  return h(
    'header',
    { className: 'presenter-top' },
    h(
      'div',
      { className: 'presenter-heading' },
      h('h1', { id: 'presenter-title' }, session.scenario.meta.title),
      whereWeAre(session),
    ),
    h(
      'p',
      { className: 'presenter-timer' },
      h('span', { className: 'label' }, 'Discussion time'),
      ' ',
      h('span', { className: 'time', role: 'timer', 'data-timer': 'total' }, formatTimer(timerElapsed(f, now))),
    ),
    o.canFullscreen
      ? h(
          'button',
          {
            type: 'button',
            className: 'secondary presenter-fullscreen',
            id: 'presenter-fullscreen',
            'aria-keyshortcuts': FULLSCREEN_KEY,
            'aria-pressed': String(o.fullscreen),
          },
          'Full screen',
        )
      : null,
  );
}

/** The passage, after the choice just made (and its feedback, once revealed). */
function passage(f: Facilitation, session: Session): HTMLElement[] {
  const made = session.turns.at(-1)?.option.text;
  const feedback = f.revealed ? lastFeedback(session) : null;
  return [
    made ? h('p', { className: 'choice-made' }, h('span', { className: 'label' }, 'Chosen: '), made) : null,
    feedback ? h('p', { className: 'feedback' }, h('span', { className: 'label' }, 'Feedback: '), feedback) : null,
    ...beatLines(session),
  ].filter((e): e is HTMLElement => e !== null);
}

function mainPanel(f: Facilitation, session: Session): HTMLElement {
  const showsCase = f.panel === 'case';
  return h(
    'section',
    { className: 'presenter-main', 'aria-labelledby': 'presenter-main-title' },
    h(
      'h2',
      { id: 'presenter-main-title', className: showsCase ? 'panel-title' : 'visually-hidden' },
      showsCase ? 'The case so far' : 'The passage',
    ),
    h(
      'div',
      { className: 'passage-viewport' },
      h('div', { className: 'passage-flow' }, showsCase ? caseLists(session, 'present') : passage(f, session)),
    ),
  );
}

function optionsPanel(f: Facilitation, session: Session): HTMLElement {
  const record = currentDecision(f);
  const votes = !f.branch && record?.votes.some((v) => v > 0) ? record.votes : null;
  const total = votes ? votes.reduce((a, b) => a + b, 0) : 0;
  return h(
    'section',
    { className: 'presenter-side', 'aria-labelledby': 'presenter-options' },
    h('h2', { id: 'presenter-options' }, 'What would you do?'),
    h(
      'ol',
      { className: `presenter-options${votes ? ' has-votes' : ''}` },
      session.shownOptions().map((o, shownAt) => {
        const n = votes?.[o.index] ?? 0;
        const fill = h('span', { className: 'vote-fill' });
        fill.style.width = `${total ? Math.round((n / total) * 100) : 0}%`;
        return h(
          'li',
          { 'data-index': o.index },
          h('span', { className: 'option-number', 'aria-hidden': 'true' }, `${shownAt + 1}.`),
          h('span', { className: 'option-text' }, o.text),
          votes ? h('span', { className: 'vote-count' }, votesText(n)) : null,
          votes ? h('span', { className: 'vote-bar', 'aria-hidden': 'true' }, fill) : null,
        );
      }),
    ),
  );
}

function endPanel(f: Facilitation, session: Session): HTMLElement {
  const ending = session.current.ending;
  return h(
    'section',
    { className: 'presenter-side', 'aria-labelledby': 'presenter-end' },
    h('h2', { id: 'presenter-end' }, ending ? `Ending: ${ending.title}` : 'The scenario has ended'),
    f.revealed && session.finished
      ? scoresTable(session)
      : h('p', {}, 'Talk about what happened, and why. The scores come up when the trainer shows them.'),
  );
}

/**
 * The page buttons, under the passage. They keep their place when there is one page (they
 * are only hidden), so that the passage's box is the same height whatever its pages.
 */
function pageButtons(): HTMLElement {
  return h(
    'div',
    { className: 'passage-pages single', role: 'group', 'aria-label': 'Pages of the passage' },
    h(
      'button',
      { type: 'button', className: 'secondary', id: 'presenter-prev', 'aria-keyshortcuts': 'ArrowLeft PageUp' },
      'Previous page',
    ),
    h('p', { className: 'page-of', 'aria-live': 'polite' }, 'Page 1 of 1'),
    h(
      'button',
      { type: 'button', className: 'secondary', id: 'presenter-next', 'aria-keyshortcuts': 'ArrowRight PageDown' },
      'Next page',
    ),
  );
}

function foot(session: Session, o: PresenterOptions): HTMLElement {
  const asked = agenciesAsked(session);
  return h(
    'footer',
    { className: 'presenter-foot' },
    pageButtons(),
    h(
      'section',
      { className: 'presenter-agencies', 'aria-labelledby': 'presenter-agencies-title' },
      h('h2', { id: 'presenter-agencies-title' }, 'Agencies asked:'),
      asked.length
        ? h(
            'ul',
            {},
            asked.map((id) => h('li', { 'data-agency': id }, AGENCIES[id])),
          )
        : h('p', {}, 'none yet'),
    ),
    h(
      'p',
      { className: 'presenter-keys' },
      o.canFullscreen
        ? [h('kbd', {}, FULLSCREEN_KEY), ' full screen, ', h('kbd', {}, 'Esc'), ' leaves it; ']
        : 'Full screen: use the browser’s (F11); ',
      h('kbd', {}, '←'),
      ' ',
      h('kbd', {}, '→'),
      ' turn pages',
    ),
  );
}

export function renderPresenter(f: Facilitation, session: Session, now: number, o: PresenterOptions): HTMLElement {
  const options = session.current.options.length;
  return h(
    'section',
    {
      className: `presenter${options >= 5 ? ' many-options' : ''}${f.branch ? ' on-branch' : ''}`,
      'aria-labelledby': 'presenter-title',
    },
    top(f, session, now, o),
    f.branch
      ? h('p', { className: 'notice branch-banner' }, 'Exploring another option: the group’s path is kept.')
      : null,
    mainPanel(f, session),
    options ? optionsPanel(f, session) : endPanel(f, session),
    foot(session, o),
  );
}
