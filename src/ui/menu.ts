/** The scenario list: title, synopsis, time needed, themes, content note, and about. */
import type { ScenarioSummary } from 'virtual:scenarios';
import { h } from './dom.ts';

export interface MenuCallbacks {
  onOpen(id: string): void;
  onResult(resultId: string): void;
}

/** The learner's latest finished play of a scenario in this browser. */
export interface FinishedPlay {
  resultId: string;
  finishedOn: Date;
}

export function renderMenu(
  scenarios: readonly ScenarioSummary[],
  savedIds: ReadonlySet<string>,
  callbacks: MenuCallbacks,
  finished: ReadonlyMap<string, FinishedPlay> = new Map(),
): HTMLElement {
  const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const list = h(
    'ul',
    { className: 'scenario-list', role: 'list' },
    scenarios.map((s) =>
      h(
        'li',
        { className: 'scenario-card' },
        h('h2', { id: `scenario-${s.id}` }, s.title),
        h(
          'p',
          { className: 'review-name' },
          `Modelled on: ${s.review.title} (${s.review.publisher}, ${s.review.year})`,
        ),
        progressLine(savedIds.has(s.id), finished.get(s.id) ?? null, day, callbacks),
        h('p', { className: 'synopsis' }, s.synopsis),
        h(
          'ul',
          { className: 'facts', 'aria-label': 'About this scenario' },
          h('li', {}, `About ${s.minutes} minutes`),
          h('li', {}, `${s.episodes} episodes`),
          h('li', {}, `Themes: ${s.themes.map((t) => t.title).join(', ')}`),
        ),
        h('p', { className: 'content-note-short' }, h('strong', {}, 'Content note: '), s.contentNote),
        h(
          'button',
          {
            type: 'button',
            className: 'primary',
            'aria-describedby': `scenario-${s.id}`,
            onclick: () => callbacks.onOpen(s.id),
          },
          savedIds.has(s.id) ? 'Continue or restart' : 'Open scenario',
        ),
      ),
    ),
  );
  return h(
    'section',
    { className: 'menu', 'aria-labelledby': 'menu-title' },
    h('h1', { id: 'menu-title' }, 'Choose a scenario'),
    h(
      'p',
      { className: 'lede' },
      'Each scenario is modelled on a published case review. You make the decisions practitioners faced, in their roles, and see at the end what was met or missed and where it comes from in the review.',
    ),
    list,
  );
}

function progressLine(
  inProgress: boolean,
  done: FinishedPlay | null,
  day: (d: Date) => string,
  callbacks: MenuCallbacks,
): HTMLElement | null {
  if (!inProgress && !done) return null;
  return h(
    'p',
    { className: 'progress-state' },
    inProgress ? h('strong', {}, 'In progress. ') : null,
    done ? `Finished on ${day(done.finishedOn)}. ` : null,
    done
      ? h(
          'button',
          { type: 'button', className: 'link', onclick: () => callbacks.onResult(done.resultId) },
          'See your results',
        )
      : null,
  );
}
