/** The learner's data: every kept result, exports, and deleting everything with one action. */
import type { ResultRecord } from '../engine/result.ts';
import { h } from './dom.ts';
import { exportResults } from './result-view.ts';

interface MyDataActions {
  onOpen: (id: string) => void;
  onDeleteAll: () => Promise<void>;
}

const NO_RESULTS = 'No results kept.';

function resultList(results: readonly ResultRecord[], onOpen: (id: string) => void): HTMLUListElement {
  return h(
    'ul',
    { className: 'result-list' },
    results.length
      ? results.map((r) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', className: 'link', onclick: () => onOpen(r.id) },
              `${r.scenario.title} — ${new Date(r.finishedAt ?? r.startedAt).toLocaleString('en-GB')}`,
            ),
          ),
        )
      : h('li', {}, NO_RESULTS),
  );
}

function exportButtons(results: readonly ResultRecord[]): HTMLElement[] {
  return [
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
  ];
}

/**
 * The button that asks to delete everything, and the box that asks to confirm it. Once
 * deleted, the list says there is nothing kept and the status line says so.
 */
function deleteAll(
  list: HTMLUListElement,
  status: HTMLElement,
  onDeleteAll: () => Promise<void>,
): { askButton: HTMLButtonElement; confirmBox: HTMLElement } {
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
          await onDeleteAll();
          status.textContent = 'All your data has been deleted from this browser.';
          confirmBox.hidden = true;
          list.replaceChildren(h('li', {}, NO_RESULTS));
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
  return { askButton, confirmBox };
}

export function renderMyData(results: readonly ResultRecord[], actions: MyDataActions): HTMLElement {
  const status = h('p', { role: 'status', className: 'status' });
  const list = resultList(results, (id) => actions.onOpen(id));
  const { askButton, confirmBox } = deleteAll(list, status, () => actions.onDeleteAll());
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
    h('div', { className: 'actions' }, exportButtons(results), askButton),
    confirmBox,
    status,
  );
}
