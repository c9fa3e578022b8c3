/**
 * The measures of the selected records on the dashboard page: key figures, then a section
 * per grouping (a text summary, a chart and a table), then the evaluation sections.
 */
import type { Measures } from '../engine/measures.ts';
import { h } from '../ui/dom.ts';
import type { BarChartSpec } from './charts.ts';
import type { ChartQueue } from './chart-queue.ts';
import { calibrationSection, gainSection, itemsSection, practiceSection } from './evaluation-sections.ts';
import { count } from './evaluation-tables.ts';
import type { Labels } from './labels.ts';
import { agencyChart, learningPointChart, themeChart } from './measure-charts.ts';
import {
  agencyTable,
  formatFigure,
  learningPointTable,
  mostMissedTable,
  orderedLearningPoints,
  orderedThemes,
  roleTable,
  scenarioTable,
  type TableModel,
  themeTable,
} from './tables.ts';
import { renderTable } from './table-view.ts';
import { agencySummary, confidenceSummary, lpSummary } from './summaries.ts';

function keyFigure(term: string, value: string, n?: number): HTMLElement {
  return h(
    'div',
    {},
    h('dt', {}, term),
    h('dd', {}, value, n === undefined ? null : h('span', { className: 'n' }, `n = ${count(n)}`)),
  );
}

function keyFigures(m: Measures): HTMLElement {
  const o = m.overall;
  return h(
    'dl',
    { className: 'key-figures' },
    keyFigure('Records', count(m.records)),
    keyFigure('Completed', formatFigure(o.completion, 1, 100, '%'), o.completion.n),
    keyFigure('Pre-test mean', formatFigure(o.preTest, 1, 1, '%'), o.preTest.n),
    keyFigure('Post-test mean', formatFigure(o.postTest, 1, 1, '%'), o.postTest.n),
    keyFigure('Mean gain', formatFigure(o.gain, 1, 1, ' points'), o.gain.n),
    keyFigure('Normalised gain', formatFigure(o.normalisedGain, 2), o.normalisedGain.n),
  );
}

/** Renders the sections of the measures; their charts are drawn once the sections are on screen. */
export function measureSections(m: Measures, labels: Labels, charts: ChartQueue): HTMLElement[] {
  const section = (id: string, title: string, text: string | null, chart: BarChartSpec | null, table: TableModel) => {
    const el = h('section', { className: 'measure-section', 'aria-labelledby': id }, h('h3', { id }, title));
    if (text) el.append(h('p', { className: 'chart-summary' }, text));
    if (chart) {
      const placeholder = h('div');
      el.append(placeholder);
      charts.drawLater(chart, placeholder);
    }
    el.append(renderTable(table));
    return el;
  };

  const lps = orderedLearningPoints(m, labels).filter((lp) => lp.preCorrect.n || lp.postCorrect.n);
  const agencies = m.byAgency.filter((g) => g.gain.n > 0);
  const themes = orderedThemes(m, labels).filter((t) => t.confidenceBefore.n || t.confidenceAfter.n);

  return [
    keyFigures(m),
    section('by-scenario-title', 'By scenario', null, null, scenarioTable(m, labels)),
    gainSection(m, labels),
    section(
      'by-learning-point-title',
      'Pre- and post-test by learning point',
      lpSummary(lps, labels),
      learningPointChart(lps, labels),
      learningPointTable(m, labels),
    ),
    section('by-agency-title', 'By agency', agencySummary(agencies, m.overall), agencyChart(agencies), agencyTable(m)),
    section('by-role-title', 'By role', null, null, roleTable(m)),
    section(
      'by-theme-title',
      'Confidence and play by theme',
      confidenceSummary(themes, labels),
      themeChart(themes, labels),
      themeTable(m, labels),
    ),
    calibrationSection(m, themes, labels),
    section('most-missed-title', 'Most often missed in play', null, null, mostMissedTable(m, labels)),
    itemsSection(m, labels),
    practiceSection(m),
  ];
}
