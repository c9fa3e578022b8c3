/** The learner's data: every kept result, exports, and deleting everything with one action. */
import type { ResultRecord } from '../engine/result.ts';
import { h } from './dom.ts';
import { exportResults } from './result-view.ts';

export function renderMyData(
  results: readonly ResultRecord[],
  actions: { onOpen: (id: string) => void; onDeleteAll: () => Promise<void> },
): HTMLElement {
  const status = h('p', { role: 'status', className: 'status' });
  const confirmBox = h(
    'div',
    { className: 'notice warning', hidden: true, role: 'group', 'aria-labelledby': 'confirm-title' },
    h('h2', { id: 'confirm-title' }, 'Delete all your data?'),
    h(
      'p',
      {},
      'This removes every result, saved progress and setting the simulator keeps in this browser. It cannot be undone. Export first if you want a copy.',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'primary danger',
        onclick: async () => {
          status.textContent = 'Deleting…';
          await actions.onDeleteAll();
          status.textContent = 'All your data has been deleted from this browser.';
          confirmBox.hidden = true;
          list.replaceChildren(h('li', {}, 'No results kept.'));
        },
      },
      'Yes, delete everything',
    ),
    h(
      'button',
      { type: 'button', className: 'secondary', onclick: () => ((confirmBox.hidden = true), askButton.focus()) },
      'Cancel',
    ),
  );
  const askButton = h(
    'button',
    {
      type: 'button',
      className: 'secondary danger',
      onclick: () => {
        confirmBox.hidden = false;
        confirmBox.querySelector('button')?.focus();
      },
    },
    'Delete all my data',
  );
  const list = h(
    'ul',
    { className: 'result-list' },
    results.length
      ? results.map((r) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', className: 'link', onclick: () => actions.onOpen(r.id) },
              `${r.scenario.title} — ${new Date(r.finishedAt ?? r.startedAt).toLocaleString('en-GB')}`,
            ),
          ),
        )
      : h('li', {}, 'No results kept.'),
  );
  return h(
    'section',
    { className: 'my-data', 'aria-labelledby': 'my-data-title' },
    h('h1', { id: 'my-data-title' }, 'Your results and data'),
    h(
      'p',
      {},
      'Everything stays in this browser unless you export it. Results are pseudonymous: no names are recorded.',
    ),
    list,
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          disabled: !results.length,
          onclick: () => exportResults(results, 'results', 'json'),
        },
        'Export all as JSON',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          disabled: !results.length,
          onclick: () => exportResults(results, 'results', 'csv'),
        },
        'Export all as CSV',
      ),
      askButton,
    ),
    confirmBox,
    status,
  );
}
