/**
 * The case chronology as an ordered list, in date order: the accessible equivalent of
 * the drawn timeline. Each entry shows its time as the scenario writes it (or the date in
 * words when the tag gives only a date). Entries learnt in the latest passage are marked
 * new; an entry chosen on the drawing is highlighted and focused here, and each entry is a
 * button that shows it on the drawing, so the keyboard can do what a click there does.
 */
import type { ChronoItem } from '../engine/visual-model.ts';
import { clear, h } from './dom.ts';

export class ChronologyPanel {
  readonly root: HTMLDetailsElement;
  private readonly summaryCount: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly list: HTMLOListElement;
  /** The entry highlighted, by identity: a new entry can move it in the date order. */
  private selectedKey: string | null = null;
  private entries: readonly ChronoItem[] = [];

  constructor(
    private readonly onSelect: (index: number) => void,
    open: boolean,
  ) {
    this.summaryCount = h('span', { className: 'panel-count' });
    this.empty = h('p', { className: 'panel-hint' }, 'Entries appear here as you learn about the child’s life.');
    this.list = h('ol', { className: 'chrono-list' });
    this.root = h(
      'details',
      { className: 'visual-panel chronology-panel', open },
      h('summary', {}, h('span', { className: 'panel-title' }, 'Case chronology'), ' ', this.summaryCount),
      this.empty,
      this.list,
    );
  }

  /** Shows the chronology: `entries` come in date order (see `buildVisualModel`). */
  update(entries: readonly ChronoItem[]): void {
    this.entries = entries;
    const n = entries.length;
    this.summaryCount.textContent = n ? `(${n} ${n === 1 ? 'entry' : 'entries'}, in date order)` : '(0 entries)';
    this.empty.hidden = n > 0;
    if (!entries.some((e) => e.key === this.selectedKey)) this.selectedKey = null;
    clear(this.list);
    entries.forEach((entry, i) => {
      const selected = this.selectedKey === entry.key;
      this.list.append(
        h(
          'li',
          {
            className: `chrono-entry${entry.isNew ? ' is-new' : ''}${selected ? ' is-selected' : ''}`,
            'data-index': i,
          },
          h(
            'button',
            {
              type: 'button',
              className: 'chrono-select',
              id: `chrono-entry-${i}`,
              'aria-pressed': selected ? 'true' : 'false',
              onclick: () => {
                this.mark(i);
                this.onSelect(i);
              },
            },
            h('span', { className: 'chrono-when' }, entry.when),
            ': ',
            h('span', { className: 'chrono-what' }, entry.what),
            entry.isNew ? h('span', { className: 'chrono-new' }, ' (new)') : null,
          ),
        ),
      );
    });
  }

  /** Shows an entry chosen on the drawing: opens the list, highlights and focuses the entry. */
  reveal(index: number): void {
    const item = this.mark(index);
    if (!item) return;
    this.root.open = true;
    item.querySelector('button')?.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }

  private mark(index: number): HTMLElement | null {
    this.selectedKey = this.entries[index]?.key ?? null;
    let found: HTMLElement | null = null;
    for (const li of this.list.querySelectorAll<HTMLElement>('.chrono-entry')) {
      const hit = li.dataset.index === String(index);
      li.classList.toggle('is-selected', hit);
      li.querySelector('button')?.setAttribute('aria-pressed', String(hit));
      if (hit) found = li;
    }
    return found;
  }
}
