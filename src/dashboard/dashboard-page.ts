/**
 * The partnership dashboard (#/dashboard): import learners' exported results, then see
 * knowledge and confidence gain per scenario, learning point, theme, agency and role,
 * as tables, charts with text summaries, CSV and PNG downloads and a printable report.
 * The reading, storing and measuring happen in a worker (worker.ts).
 */
import { announce, clear, h } from '../ui/dom.ts';
import { type BarChart, type BarChartSpec, COLOURS, renderBarChart } from './charts.ts';
import { DashboardClient } from './client.ts';
import { calibrationSection, gainSection, itemsSection, practiceSection } from './evaluation-sections.ts';
import { renderFilters } from './filters-form.ts';
import { renderImportPanel } from './import-panel.ts';
import { type Labels, loadLabels } from './labels.ts';
import { renderMethod } from './method.ts';
import type { Measured } from './protocol.ts';
import type { Progress } from './records.ts';
import {
  agencyTable,
  formatFigure,
  learningPointTable,
  mostMissedTable,
  NOT_GIVEN,
  orderedLearningPoints,
  orderedThemes,
  roleTable,
  scenarioTable,
  type TableModel,
  themeTable,
} from './tables.ts';
import { renderTable } from './table-view.ts';
import { agencySummary, confidenceSummary, lpSummary } from './summaries.ts';

const ROUTE = '#/dashboard';
const MAX_BARS = 30;
const count = (n: number) => n.toLocaleString('en-GB');

export function renderDashboard(): HTMLElement {
  const client = new DashboardClient();
  let charts: BarChart[] = [];
  let measureSerial = 0;

  const storageNotice = h('div', { className: 'notice warning', role: 'alert', hidden: true });
  const errorNotice = h('div', { className: 'notice warning', role: 'alert', hidden: true });
  // Imports run one after another, so files dropped during an import wait their turn.
  let importing = Promise.resolve();
  const importPanel = renderImportPanel({
    onFiles: (files) => {
      importing = importing.then(() => importFiles(files));
    },
    onClear: () => void clearAll(),
  });
  const filters = renderFilters(() => void refresh().catch(fail));
  const summary = h('p', { className: 'selection-summary' });
  const body = h('div', { className: 'dashboard-body' });
  const resultsControls = h(
    'div',
    { className: 'results-controls' },
    filters.root,
    h(
      'button',
      { type: 'button', className: 'secondary print-button', onclick: () => window.print() },
      'Print this report',
    ),
  );
  const results = h(
    'section',
    { className: 'dashboard-results', 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, 'Results'),
    resultsControls,
    summary,
    body,
  );

  const root = h(
    'section',
    { className: 'dashboard', 'aria-labelledby': 'dashboard-title' },
    h('h1', { id: 'dashboard-title' }, 'Partnership dashboard'),
    h(
      'p',
      { className: 'lede' },
      'The distance travelled in knowledge and confidence: pre- and post-test scores, confidence ratings and play, from the results learners export.',
    ),
    h(
      'p',
      {},
      'Everything stays in this browser. Files are read on this computer and never sent anywhere; records carry a participant code, never a name.',
    ),
    storageNotice,
    errorNotice,
    importPanel.root,
    results,
    renderMethod(),
  );

  function fail(e: unknown): void {
    errorNotice.hidden = false;
    errorNotice.textContent = `Something went wrong: ${(e as Error)?.message || e}. Your imported records are not affected; reload the page to try again.`;
  }
  const progress = (p: Progress) => importPanel.showProgress(p);

  let chartQueue: { spec: BarChartSpec; placeholder: HTMLElement }[] = [];

  function destroyCharts(): void {
    chartQueue = [];
    for (const chart of charts) chart.destroy();
    charts = [];
  }

  /**
   * Draws charts one per task once the tables are on screen (the canvas must be in the
   * document before Chart.js measures it), so no single task holds the page for long.
   */
  function drawLater(spec: BarChartSpec, placeholder: HTMLElement): void {
    chartQueue.push({ spec, placeholder });
    if (chartQueue.length > 1) return;
    const next = () => {
      const job = chartQueue.shift();
      if (!job) return;
      const rendered = renderBarChart(job.spec);
      job.placeholder.replaceWith(rendered.root);
      charts.push(rendered.chart);
      if (chartQueue.length) setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  /** Measures the current selection and shows it; `speak` announces the new count (not after an import, which announces its own outcome). */
  async function refresh(speak = true): Promise<void> {
    const serial = ++measureSerial;
    const asked = performance.now();
    const measured = await client.measure(filters.value());
    if (serial !== measureSerial) return; // a newer selection is on its way
    const recordTitles = new Map(measured.choices.scenarios.map((s) => [s.value!, s.label]));
    const labels = await loadLabels(recordTitles);
    if (serial !== measureSerial) return;
    importPanel.setHeld(measured.count);
    filters.update(measured.choices);
    render(measured, labels, speak);
    performance.measure('dashboard:aggregate', { start: asked, detail: { workerMs: measured.ms } });
  }

  function render({ measures: m, count: all }: Measured, labels: Labels, speak: boolean): void {
    destroyCharts();
    clear(body);
    resultsControls.hidden = all === 0;
    if (all === 0) {
      summary.textContent = 'No records yet. Import result files above to see the measures.';
      return;
    }
    const selection = filters.describe((field, value) =>
      field === 'scenario' ? labels.scenario(value ?? '') : (value ?? NOT_GIVEN),
    );
    if (m.records === 0) {
      summary.textContent = `No records match these filters. ${selection}`;
      if (speak) announce('No records match these filters.');
      return;
    }
    const codes = m.participantCodes ? ` (${count(m.participantCodes)} participant codes)` : '';
    summary.textContent =
      `Measuring ${count(m.records)} of ${count(all)} records${codes} from ${m.byScenario.length} ` +
      `${m.byScenario.length === 1 ? 'scenario' : 'scenarios'}, played ${m.firstDay} to ${m.lastDay}. ${selection}`;

    const lps = orderedLearningPoints(m, labels).filter((lp) => lp.preCorrect.n || lp.postCorrect.n);
    const agencies = m.byAgency.filter((g) => g.gain.n > 0);
    // Agency is free text, so there may be many: the chart draws the largest groups, the table all.
    const drawnAgencies = agencies.slice(0, MAX_BARS);
    const themes = orderedThemes(m, labels).filter((t) => t.confidenceBefore.n || t.confidenceAfter.n);
    const o = m.overall;

    body.append(
      h(
        'dl',
        { className: 'key-figures' },
        keyFigure('Records', count(m.records)),
        keyFigure('Completed', formatFigure(o.completion, 1, 100, '%'), o.completion.n),
        keyFigure('Pre-test mean', formatFigure(o.preTest, 1, 1, '%'), o.preTest.n),
        keyFigure('Post-test mean', formatFigure(o.postTest, 1, 1, '%'), o.postTest.n),
        keyFigure('Mean gain', formatFigure(o.gain, 1, 1, ' points'), o.gain.n),
        keyFigure('Normalised gain', formatFigure(o.normalisedGain, 2), o.normalisedGain.n),
      ),
      section('by-scenario-title', 'By scenario', null, null, scenarioTable(m, labels)),
      gainSection(m, labels),
      section(
        'by-learning-point-title',
        'Pre- and post-test by learning point',
        lpSummary(lps, labels),
        lps.length
          ? {
              id: 'pre-post-by-learning-point',
              title: 'Pre-test and post-test correct answers by learning point (%)',
              labels: lps.map(
                (lp) =>
                  `${labels.learningPoint(lp.scenarioId, lp.learningPointId)} (n ${lp.preCorrect.n} pre, ${lp.postCorrect.n} post)`,
              ),
              datasets: [
                {
                  label: 'Pre-test correct (%)',
                  data: lps.map((lp) => pct(lp.preCorrect.value)),
                  colour: COLOURS.before,
                },
                {
                  label: 'Post-test correct (%)',
                  data: lps.map((lp) => pct(lp.postCorrect.value)),
                  colour: COLOURS.after,
                },
              ],
              axisTitle: 'Correct answers (%)',
              min: 0,
              max: 100,
            }
          : null,
        learningPointTable(m, labels),
      ),
      section(
        'by-agency-title',
        'By agency',
        agencySummary(agencies, o),
        agencies.length
          ? {
              id: 'gain-by-agency',
              title: 'Mean gain from pre-test to post-test by agency (percentage points)',
              labels: drawnAgencies.map((g) => `${g.key ?? NOT_GIVEN} (n ${g.gain.n})`),
              datasets: [
                { label: 'Mean gain (points)', data: drawnAgencies.map((g) => g.gain.value), colour: COLOURS.after },
              ],
              axisTitle: 'Mean gain (percentage points)',
              note:
                agencies.length > MAX_BARS
                  ? `The ${MAX_BARS} agencies with most records are drawn; the table lists all ${agencies.length}.`
                  : undefined,
            }
          : null,
        agencyTable(m),
      ),
      section('by-role-title', 'By role', null, null, roleTable(m)),
      section(
        'by-theme-title',
        'Confidence and play by theme',
        confidenceSummary(themes, labels),
        themes.length
          ? {
              id: 'confidence-by-theme',
              title: 'Mean confidence before and after play by theme (1 to 5)',
              labels: themes.map(
                (t) => `${labels.theme(t.themeId)} (n ${t.confidenceBefore.n} before, ${t.confidenceAfter.n} after)`,
              ),
              datasets: [
                { label: 'Before', data: themes.map((t) => t.confidenceBefore.value), colour: COLOURS.before },
                { label: 'After', data: themes.map((t) => t.confidenceAfter.value), colour: COLOURS.after },
              ],
              axisTitle: 'Mean confidence (1 = not confident, 5 = very confident)',
              min: 0,
              max: 5,
            }
          : null,
        themeTable(m, labels),
      ),
      calibrationSection(m, themes, labels),
      section('most-missed-title', 'Most often missed in play', null, null, mostMissedTable(m, labels)),
      itemsSection(m, labels),
      practiceSection(m),
    );
    if (speak) announce(`Measuring ${count(m.records)} records.`);
  }

  function section(
    id: string,
    title: string,
    text: string | null,
    chart: BarChartSpec | null,
    table: TableModel,
  ): HTMLElement {
    const el = h('section', { className: 'measure-section', 'aria-labelledby': id }, h('h3', { id }, title));
    if (text) el.append(h('p', { className: 'chart-summary' }, text));
    if (chart) {
      const placeholder = h('div');
      el.append(placeholder);
      drawLater(chart, placeholder);
    }
    el.append(renderTable(table));
    return el;
  }

  async function importFiles(files: File[]): Promise<void> {
    performance.mark('dashboard:import-start');
    errorNotice.hidden = true;
    importPanel.setBusy(true);
    announce(`Importing ${files.length === 1 ? '1 file' : `${files.length} files`}. This may take a moment.`);
    try {
      const outcome = await client.import(files, progress);
      importPanel.showOutcome(outcome);
      importPanel.showProgress({ label: 'Measuring', fraction: null });
      await refresh(false);
      performance.measure('dashboard:import', { start: 'dashboard:import-start' });
    } catch (e) {
      fail(e);
    } finally {
      importPanel.showProgress(null);
      importPanel.setBusy(false);
    }
  }

  async function clearAll(): Promise<void> {
    importPanel.setBusy(true);
    try {
      await client.clear();
      await refresh(false);
      announce('All imported records have been removed from this browser.');
    } catch (e) {
      fail(e);
    } finally {
      importPanel.setBusy(false);
      importPanel.root.querySelector<HTMLElement>('#dashboard-files')?.focus();
    }
  }

  const resizeCharts = () => charts.forEach((c) => c.resize());
  const leave = () => {
    if (location.hash.startsWith(ROUTE)) return;
    destroyCharts();
    client.release();
    window.removeEventListener('hashchange', leave);
    window.removeEventListener('beforeprint', resizeCharts);
    window.removeEventListener('afterprint', resizeCharts);
  };
  window.addEventListener('hashchange', leave);
  window.addEventListener('beforeprint', resizeCharts);
  window.addEventListener('afterprint', resizeCharts);

  void (async () => {
    importPanel.setBusy(true);
    try {
      const loaded = await client.load(progress);
      if (loaded.storageProblem) {
        storageNotice.hidden = false;
        storageNotice.textContent =
          'This browser is not letting the dashboard store data, so imported records will be gone when you leave or reload this page. To keep them, allow site data for this page (in private browsing, use a normal window).';
      }
      if (loaded.unreadableRecords || loaded.unreadableParts) {
        errorNotice.hidden = false;
        errorNotice.textContent =
          'Some records kept from an earlier import could not be read, so they are left out of the measures. ' +
          'Importing the files again brings them back.';
      }
      await refresh(false);
    } catch (e) {
      fail(e);
    } finally {
      importPanel.showProgress(null);
      importPanel.setBusy(false);
    }
  })();

  return root;
}

const pct = (value: number | null) => (value === null ? null : value * 100);

function keyFigure(term: string, value: string, n?: number): HTMLElement {
  return h(
    'div',
    {},
    h('dt', {}, term),
    h('dd', {}, value, n === undefined ? null : h('span', { className: 'n' }, `n = ${count(n)}`)),
  );
}
