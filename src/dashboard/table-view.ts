/** A table model as an accessible HTML table, with its CSV download. */
import { announce, h } from '../ui/dom.ts';
import { downloadBlob, exportName } from './download.ts';
import { FEW_MARK, type TableModel, tableCsv } from './tables.ts';

export function renderTable(table: TableModel): HTMLElement {
  const captionId = `table-${table.id}`;
  const few = table.rows.some((row) => row.some((cell) => cell.endsWith(FEW_MARK)));
  const text = new Set(table.textColumns);
  const cellOf = (cell: string, i: number) => {
    if (i < table.rowHeaders) return h('th', { scope: 'row' }, cell);
    const td = h('td', { className: cell.endsWith(FEW_MARK) ? 'few' : null }, cell);
    if (text.has(i)) {
      // Words, not figures: set through the style object, which a strict CSP allows.
      td.style.textAlign = 'left';
      td.style.whiteSpace = 'normal';
      td.style.minWidth = '12rem';
    }
    return td;
  };
  const body = table.rows.length
    ? table.rows.map((row) => h('tr', {}, row.map(cellOf)))
    : [h('tr', {}, h('td', { colspan: table.columns.length }, 'No records in this selection.'))];
  return h(
    'div',
    { className: 'measure-table', 'data-table': table.id },
    h(
      'div',
      { className: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
      h(
        'table',
        { className: 'data-table' },
        h('caption', { id: captionId }, table.caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            table.columns.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h('tbody', {}, body),
      ),
    ),
    (table.notes ?? []).map((note) => h('p', { className: 'table-note' }, note)),
    few ? h('p', { className: 'table-note' }, `${FEW_MARK}: based on fewer than 5 records; read with caution.`) : null,
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        disabled: table.rows.length === 0,
        onclick: () => {
          downloadBlob(exportName(table.id, 'csv'), new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
          announce(`${table.caption} downloaded as CSV.`);
        },
      },
      'Download table as CSV',
      h('span', { className: 'visually-hidden' }, `: ${table.caption}`),
    ),
  );
}
