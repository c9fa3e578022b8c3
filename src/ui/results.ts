/** At an ending: each learning point met, partly met or missed, with its source. */
import type { Session } from '../engine/session.ts';
import { h } from './dom.ts';

const STATUS_TEXT = { met: 'Met', partly: 'Partly met', missed: 'Missed' } as const;

export function renderResults(session: Session, onMenu: () => void): HTMLElement {
  const { meta } = session.scenario;
  const results = session.ledger.results();
  return h(
    'section',
    { className: 'results', 'aria-labelledby': 'results-title' },
    h('h1', { id: 'results-title' }, `Your results: ${meta.title}`),
    session.current.ending ? h('p', { className: 'lede' }, `Ending reached: ${session.current.ending.title}`) : null,
    h('p', {}, `Overall: ${Math.round(session.ledger.overall() * 100)}% of the learning points' maximum.`),
    h(
      'table',
      { className: 'lp-table' },
      h('caption', {}, 'Learning points'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Learning point'),
          h('th', { scope: 'col' }, 'Result'),
          h('th', { scope: 'col' }, 'Source'),
        ),
      ),
      h(
        'tbody',
        {},
        results.map((r) => {
          const lp = meta.learningPoints.find((l) => l.id === r.id)!;
          return h(
            'tr',
            { className: `lp-${r.status}` },
            h(
              'th',
              { scope: 'row' },
              h('span', { className: 'lp-title' }, lp.title),
              h('span', { className: 'lp-summary' }, lp.summary),
            ),
            h('td', {}, STATUS_TEXT[r.status]),
            h('td', {}, `${lp.source.review}, ${lp.source.section}`),
          );
        }),
      ),
    ),
    h('button', { type: 'button', className: 'primary', onclick: onMenu }, 'Back to all scenarios'),
  );
}
