/**
 * Makes a long page easy to move around: a contents list of its sections, each section
 * able to fold away, and tables that can become stacked cards on a narrow screen (each
 * cell labelled with its column's heading). Works on any view built of sections with an
 * `h2`; the view keeps its own markup.
 */
import { focusRegion, h } from './dom.ts';

/** Gives every data cell the heading of its column, for the stacked layout's labels. */
export function labelCells(table: HTMLTableElement): void {
  const headRow = table.querySelector(':scope > thead > tr');
  const headings = Array.from(headRow?.children ?? [], (c) => c.textContent?.trim() ?? '');
  if (!headings.length) return;
  table.classList.add('stacks');
  // Explicit roles keep the table's meaning when narrow screens display it as blocks.
  table.setAttribute('role', 'table');
  for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > * > tr')) {
    row.setAttribute('role', 'row');
    Array.from(row.children as HTMLCollectionOf<HTMLElement>).forEach((cell, i) => {
      const isHeading = cell.tagName === 'TH';
      const inHead = row.parentElement?.tagName === 'THEAD';
      cell.setAttribute('role', inHead ? 'columnheader' : isHeading ? 'rowheader' : 'cell');
      if (!inHead && headings[i]) cell.dataset.label = headings[i];
    });
  }
}

let contentsCount = 0;

/**
 * Adds a contents list after the view's `h1` (links that move focus to each section, since
 * the address's hash is the app's route), and a "Hide"/"Show" button to each section.
 */
export function addContents(view: HTMLElement, label = 'On this page'): void {
  const sections = Array.from(view.querySelectorAll<HTMLElement>(':scope > section')).filter((s) =>
    s.querySelector(':scope > h2'),
  );
  if (sections.length < 3) return;
  const id = `contents-${++contentsCount}`;
  const nav = h(
    'nav',
    { className: 'page-contents', 'aria-labelledby': id },
    h('h2', { id }, label),
    h(
      'ul',
      {},
      sections.map((section) => {
        const heading = section.querySelector<HTMLElement>(':scope > h2')!;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'link',
              onclick: () => {
                showSection(section);
                focusRegion(heading);
                heading.scrollIntoView({ block: 'start' });
              },
            },
            heading.textContent ?? '',
          ),
        );
      }),
    ),
  );
  for (const section of sections) addFold(section);
  const h1 = view.querySelector('h1');
  if (h1) h1.after(nav);
  else view.prepend(nav);
  for (const table of view.querySelectorAll('table')) labelCells(table);
}

function showSection(section: HTMLElement): void {
  const button = section.querySelector<HTMLButtonElement>(':scope > .fold-toggle');
  if (button?.getAttribute('aria-expanded') === 'false') button.click();
}

/** A button after the section's heading that hides or shows the rest of the section. */
function addFold(section: HTMLElement): void {
  const heading = section.querySelector<HTMLElement>(':scope > h2')!;
  const body = h('div', { className: 'fold-body' });
  body.id = `${heading.id || `section-${++contentsCount}`}-body`;
  while (heading.nextSibling) body.append(heading.nextSibling);
  const name = heading.textContent ?? 'this section';
  const toggle = h(
    'button',
    { type: 'button', className: 'link fold-toggle', 'aria-expanded': 'true', 'aria-controls': body.id },
    `Hide “${name}”`,
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = `${open ? 'Hide' : 'Show'} “${name}”`;
    body.hidden = !open;
  });
  section.append(toggle, body);
}
