/**
 * Importing result files: a file picker and a drop zone, a progress bar while the
 * worker reads them, a report per file, and removing the imported records (after a
 * confirmation).
 */
import { announce, append, clear, focusRegion, h } from '../ui/dom.ts';
import { outcomeSummary, plural, renderOutcome } from './import-report.ts';
import type { ImportOutcome, Progress } from './records.ts';

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

/** The file picker inside a zone that takes dropped files too. */
function fileDropZone(onFiles: (files: File[]) => void): HTMLElement {
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
    if (files.length) onFiles(files);
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
    if (files.length) onFiles(files);
  });
  return drop;
}

/** The button that removes the imported records, and the confirmation it asks for first. */
function removeRecordsControls(onClear: () => void) {
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
            onClear();
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
  return { clearButton, confirmBox, confirmText };
}

export function renderImportPanel(actions: ImportActions): ImportPanel {
  const drop = fileDropZone((files) => actions.onFiles(files));
  const progress = h('progress', { id: 'dashboard-progress', max: 1 });
  const progressLabel = h('label', { for: progress.id });
  const progressBox = h('div', { className: 'import-progress', hidden: true }, progressLabel, progress);
  const report = h('div', { className: 'import-report' });
  const held = h('p', { className: 'held' });
  const { clearButton, confirmBox, confirmText } = removeRecordsControls(() => actions.onClear());

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
      append(report, ...renderOutcome(outcome));
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
