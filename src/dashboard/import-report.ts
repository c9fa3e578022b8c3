/** The report of an import: what became of each file, and of the import as a whole. */
import { h } from '../ui/dom.ts';
import type { FileReport, ImportOutcome } from './records.ts';

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function fileSummary(r: FileReport): string {
  if (r.refused) return `Not imported: ${r.refused}.`;
  const parts = [`${plural(r.accepted, 'record')} imported`];
  if (r.rejected) parts.push(`${plural(r.rejected, 'record')} rejected`);
  if (r.duplicates) parts.push(`${plural(r.duplicates, 'duplicate')} skipped (already imported)`);
  return `${parts.join(', ')}.`;
}

function renderFileReport(r: FileReport): HTMLElement {
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

/** The report's heading, summary, a warning if the records could not be kept, and each file's report. */
export function renderOutcome(outcome: ImportOutcome): (HTMLElement | null)[] {
  return [
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
      outcome.reports.map(renderFileReport),
    ),
  ];
}
