/**
 * Importing result files: a file picker and a drop zone, a progress bar while the
 * worker reads them, a report per file, and removing the imported records (after a
 * confirmation).
 */
import { announce, append, clear, focusRegion, h } from '../ui/dom.ts';
import type { FileReport, ImportOutcome, Progress } from './records.ts';

export interface ImportPanel {
  root: HTMLElement;
  setBusy(busy: boolean): void;
  showProgress(progress: Progress | null): void;
  showOutcome(outcome: ImportOutcome): void;
  setHeld(count: number): void;
}

export interface ImportActions {
  onFiles(files: File[]): void;
  onClear(): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function fileSummary(r: FileReport): string {
  if (r.refused) return `Not imported: ${r.refused}.`;
  const parts = [`${plural(r.accepted, 'record')} imported`];
  if (r.rejected) parts.push(`${plural(r.rejected, 'record')} rejected`);
  if (r.duplicates) parts.push(`${plural(r.duplicates, 'duplicate')} skipped (already imported)`);
  return `${parts.join(', ')}.`;
}

function renderReport(r: FileReport): HTMLElement {
  const state = r.refused ? 'refused' : r.rejected ? 'partial' : 'accepted';
  return h(
    'li',
    { className: `file-report ${state}` },
    h('p', { className: 'file-name' }, r.name, r.format ? h('span', { className: 'format' }, ` (${r.format})`) : null),
    h('p', {}, fileSummary(r)),
    r.reasons.length
      ? h(
          'div',
          {},
          h('p', { className: 'reasons-title' }, r.rejected > r.reasons.length ? 'The first reasons:' : 'Why:'),
          h(
            'ul',
            { className: 'reasons' },
            r.reasons.map((reason) => h('li', {}, reason)),
          ),
        )
      : null,
  );
}

export function outcomeSummary(outcome: ImportOutcome): string {
  const sum = (key: 'accepted' | 'rejected' | 'duplicates') => outcome.reports.reduce((s, r) => s + r[key], 0);
  const refused = outcome.reports.filter((r) => r.refused).length;
  const parts = [`${plural(sum('accepted'), 'record')} imported`];
  if (sum('rejected')) parts.push(`${plural(sum('rejected'), 'record')} rejected`);
  if (sum('duplicates')) parts.push(`${plural(sum('duplicates'), 'duplicate')} skipped`);
  if (refused) parts.push(`${plural(refused, 'file')} not imported`);
  return `Import finished: ${parts.join(', ')}.`;
}

export function renderImportPanel(actions: ImportActions): ImportPanel {
  const input = h('input', {
    type: 'file',
    id: 'dashboard-files',
    multiple: true,
    accept: '.json,.csv,application/json,text/csv',
    'aria-describedby': 'dashboard-files-hint',
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) actions.onFiles(files);
  });

  const drop = h(
    'div',
    { className: 'drop-zone' },
    h('label', { for: input.id, className: 'drop-label' }, 'Choose result files'),
    input,
    h(
      'p',
      { className: 'hint', id: 'dashboard-files-hint' },
      'JSON or CSV files exported from the simulator. Choose several at once, or drop them here.',
    ),
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) actions.onFiles(files);
  });

  const progress = h('progress', { id: 'dashboard-progress', max: 1 });
  const progressLabel = h('label', { for: progress.id });
  const progressBox = h('div', { className: 'import-progress', hidden: true }, progressLabel, progress);
  const report = h('div', { className: 'import-report' });
  const held = h('p', { className: 'held' });

  const confirmText = h('p', { id: 'confirm-clear-text' });
  const confirmBox = h(
    'div',
    {
      className: 'confirm',
      role: 'group',
      'aria-labelledby': 'confirm-clear-title',
      'aria-describedby': confirmText.id,
      hidden: true,
    },
    h('h3', { id: 'confirm-clear-title' }, 'Remove all imported records?'),
    confirmText,
    h(
      'div',
      { className: 'actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'primary danger',
          onclick: () => {
            confirmBox.hidden = true;
            actions.onClear();
          },
        },
        'Remove the records',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'secondary',
          onclick: () => {
            confirmBox.hidden = true;
            clearButton.focus();
          },
        },
        'Keep them',
      ),
    ),
  );
  const clearButton = h(
    'button',
    {
      type: 'button',
      className: 'secondary',
      onclick: () => {
        confirmBox.hidden = false;
        focusRegion(confirmBox.querySelector('h3')!);
      },
    },
    'Remove imported records…',
  );

  const root = h(
    'section',
    { className: 'dashboard-import', 'aria-labelledby': 'import-title' },
    h('h2', { id: 'import-title' }, 'Import results'),
    drop,
    progressBox,
    report,
    h('div', { className: 'held-box' }, held, clearButton, confirmBox),
  );

  return {
    root,
    setBusy(value) {
      // The file input stays enabled (disabling it would drop keyboard focus); imports queue.
      clearButton.disabled = value;
      drop.classList.toggle('busy', value);
    },
    showProgress(p) {
      progressBox.hidden = p === null;
      if (!p) return;
      if (p.fraction === null) progress.removeAttribute('value');
      else progress.value = p.fraction;
      progressLabel.textContent = p.fraction === null ? p.label : `${p.label} (${Math.floor(p.fraction * 100)}%)`;
    },
    showOutcome(outcome) {
      clear(report);
      append(
        report,
        h('h3', { id: 'import-report-title' }, 'Import report'),
        h('p', {}, outcomeSummary(outcome)),
        outcome.notKept
          ? h(
              'p',
              { className: 'notice warning' },
              `The imported records could not be kept in this browser (${outcome.notKept}). They are measured now but will be gone when you leave or reload this page.`,
            )
          : null,
        h(
          'ul',
          { className: 'file-reports', 'aria-labelledby': 'import-report-title' },
          outcome.reports.map(renderReport),
        ),
      );
      announce(outcomeSummary(outcome));
    },
    setHeld(count) {
      held.textContent = count
        ? `${plural(count, 'record')} held in this browser. They stay here, and are never sent anywhere, until you remove them.`
        : 'No records held in this browser yet.';
      clearButton.hidden = count === 0;
      confirmText.textContent = `This removes all ${plural(count, 'record')} from this browser. It cannot be undone; the files you imported are not affected.`;
    },
  };
}
