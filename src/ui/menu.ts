/** The scenario list: title, synopsis, time needed, themes, content note, and about. */
import type { ScenarioSummary } from 'virtual:scenarios';
import { h } from './dom.ts';

export interface MenuCallbacks {
  onOpen(id: string): void;
}

export function renderMenu(
  scenarios: readonly ScenarioSummary[],
  savedIds: ReadonlySet<string>,
  callbacks: MenuCallbacks,
): HTMLElement {
  const list = h(
    'ul',
    { className: 'scenario-list', role: 'list' },
    scenarios.map((s) =>
      h(
        'li',
        { className: 'scenario-card' },
        h('h2', { id: `scenario-${s.id}` }, s.title),
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
