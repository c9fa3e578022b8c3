/**
 * The session record in the console: each decision with its votes, the group's choice, the
 * options explored and the time spent, and its export as JSON or CSV. It folds away below
 * the console's controls (closed until the trainer opens it).
 */
import type { SessionRecord } from '../engine/facilitation.ts';
import { h } from './dom.ts';
import { formatTimer } from './facilitation-views.ts';

export interface RecordActions {
  onExport(format: 'json' | 'csv'): void;
  /** The trainer opened or closed the record (kept while the console is redrawn). */
  onRecordOpen(open: boolean): void;
}

function participants(record: SessionRecord): string {
  const byAgency = Object.entries(record.participants.byAgency);
  const split = byAgency.length ? ` (${byAgency.map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
  return `${record.label}, ${record.date}. Participants: ${record.participants.total}${split}.`;
}

export function renderSessionRecord(record: SessionRecord, open: boolean, a: RecordActions): HTMLElement {
  const count = record.decisions.length;
  const details = h(
    'details',
    { id: 'session-record-details', open },
    h('summary', {}, `Decisions, votes and times (${count} ${count === 1 ? 'decision' : 'decisions'}), and export`),
    h('p', {}, participants(record)),
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
        { type: 'button', className: 'secondary', id: 'export-json', onclick: () => a.onExport('json') },
        'Export the record as JSON',
      ),
      h(
        'button',
        { type: 'button', className: 'secondary', id: 'export-csv', onclick: () => a.onExport('csv') },
        'Export the record as CSV',
      ),
    ),
  );
  details.addEventListener('toggle', () => a.onRecordOpen(details.open));
  return h(
    'section',
    { className: 'session-record', 'aria-labelledby': 'record-title' },
    h('h2', { id: 'record-title' }, 'Session record'),
    details,
  );
}
