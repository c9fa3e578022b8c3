/**
 * The partnership dashboard (#/dashboard): import learners' exported results (or pull them
 * from a Learning Record Store), then see
 * knowledge and confidence gain per scenario, learning point, theme, agency and role,
 * as tables, charts with text summaries, CSV and PNG downloads and a printable report.
 * The reading, storing and measuring happen in a worker (worker.ts).
 */
import type { Measures } from '../engine/measures.ts';
import { announce, clear, h } from '../ui/dom.ts';
import { ChartQueue } from './chart-queue.ts';
import { DashboardClient } from './client.ts';
import { count } from './evaluation-tables.ts';
import { renderFilters } from './filters-form.ts';
import { renderImportPanel } from './import-panel.ts';
import { type Labels, loadLabels } from './labels.ts';
import { type LrsSettings, keepSettings, renderLrsPanel } from './lrs-panel.ts';
import { pullRecords, recordsFile } from './lrs-pull.ts';
import { measureSections } from './measure-sections.ts';
import { renderMethod } from './method.ts';
import type { Measured } from './protocol.ts';
import type { Progress } from './records.ts';
import { NOT_GIVEN } from './tables.ts';

const ROUTE = '#/dashboard';

const STORAGE_PROBLEM =
  'This browser is not letting the dashboard store data, so imported records will be gone when you leave or reload this page. To keep them, allow site data for this page (in private browsing, use a normal window).';
const UNREADABLE_RECORDS =
  'Some records kept from an earlier import could not be read, so they are left out of the measures. ' +
  'Importing the files again brings them back.';

const warning = () => h('div', { className: 'notice warning', role: 'alert', hidden: true });

function measuringText(m: Measures, all: number, selection: string): string {
  const codes = m.participantCodes ? ` (${count(m.participantCodes)} participant codes)` : '';
  return (
    `Measuring ${count(m.records)} of ${count(all)} records${codes} from ${m.byScenario.length} ` +
    `${m.byScenario.length === 1 ? 'scenario' : 'scenarios'}, played ${m.firstDay} to ${m.lastDay}. ${selection}`
  );
}

class DashboardPage {
  private readonly client = new DashboardClient();
  private readonly charts = new ChartQueue();
  private measureSerial = 0;
  // Imports run one after another, so files dropped during an import wait their turn.
  private importing = Promise.resolve();

  private readonly storageNotice = warning();
  private readonly errorNotice = warning();
  private readonly importPanel = renderImportPanel({
    onFiles: (files) => {
      this.importing = this.importing.then(() => this.importFiles(files));
    },
    onClear: () => void this.clearAll(),
  });
  private readonly lrsPanel = renderLrsPanel((settings) => {
    this.importing = this.importing.then(() => this.pullFrom(settings));
  });
  /** Per endpoint, the `stored` time of the newest statement pulled: the next pull starts there. */
  private readonly pulledUpTo = new Map<string, string>();
  private readonly filters = renderFilters(() => void this.refresh().catch((e: unknown) => this.fail(e)));
  private readonly summary = h('p', { className: 'selection-summary' });
  private readonly body = h('div', { className: 'dashboard-body' });
  private readonly resultsControls = h(
    'div',
    { className: 'results-controls' },
    this.filters.root,
    h(
      'button',
      { type: 'button', className: 'secondary print-button', onclick: () => window.print() },
      'Print this report',
    ),
  );

  readonly root = h(
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
    this.storageNotice,
    this.errorNotice,
    this.importPanel.root,
    this.lrsPanel.root,
    h(
      'section',
      { className: 'dashboard-results', 'aria-labelledby': 'results-title' },
      h('h2', { id: 'results-title' }, 'Results'),
      this.resultsControls,
      this.summary,
      this.body,
    ),
    renderMethod(),
  );

  private readonly progress = (p: Progress) => this.importPanel.showProgress(p);

  private fail(e: unknown): void {
    this.errorNotice.hidden = false;
    this.errorNotice.textContent = `Something went wrong: ${(e as Error)?.message || e}. Your imported records are not affected; reload the page to try again.`;
  }

  /** Measures the current selection and shows it; `speak` announces the new count (not after an import, which announces its own outcome). */
  private async refresh(speak = true): Promise<void> {
    const serial = ++this.measureSerial;
    const asked = performance.now();
    const measured = await this.client.measure(this.filters.value());
    if (serial !== this.measureSerial) return; // a newer selection is on its way
    const recordTitles = new Map(measured.choices.scenarios.map((s) => [s.value!, s.label]));
    const labels = await loadLabels(recordTitles);
    if (serial !== this.measureSerial) return;
    this.importPanel.setHeld(measured.count);
    this.filters.update(measured.choices);
    this.render(measured, labels, speak);
    performance.measure('dashboard:aggregate', { start: asked, detail: { workerMs: measured.ms } });
  }

  private render({ measures: m, count: all }: Measured, labels: Labels, speak: boolean): void {
    this.charts.destroy();
    clear(this.body);
    this.resultsControls.hidden = all === 0;
    if (all === 0) {
      this.summary.textContent = 'No records yet. Import result files above to see the measures.';
      return;
    }
    const selection = this.filters.describe((field, value) =>
      field === 'scenario' ? labels.scenario(value ?? '') : (value ?? NOT_GIVEN),
    );
    if (m.records === 0) {
      this.summary.textContent = `No records match these filters. ${selection}`;
      if (speak) announce('No records match these filters.');
      return;
    }
    this.summary.textContent = measuringText(m, all, selection);
    this.body.append(...measureSections(m, labels, this.charts));
    if (speak) announce(`Measuring ${count(m.records)} records.`);
  }

  private async importFiles(files: File[]): Promise<void> {
    performance.mark('dashboard:import-start');
    this.errorNotice.hidden = true;
    this.importPanel.setBusy(true);
    announce(`Importing ${files.length === 1 ? '1 file' : `${files.length} files`}. This may take a moment.`);
    try {
      const outcome = await this.client.import(files, this.progress);
      this.importPanel.showOutcome(outcome);
      this.importPanel.showProgress({ label: 'Measuring', fraction: null });
      await this.refresh(false);
      performance.measure('dashboard:import', { start: 'dashboard:import-start' });
    } catch (e) {
      this.fail(e);
    } finally {
      this.importPanel.showProgress(null);
      this.importPanel.setBusy(false);
    }
  }

  /** Pulls the records stored since the last pull from this endpoint, and imports them as a file. */
  private async pullFrom(settings: LrsSettings): Promise<void> {
    keepSettings(settings);
    this.lrsPanel.setBusy(true);
    this.lrsPanel.say('Pulling records…');
    const host = new URL(settings.endpoint).host;
    try {
      // @xapi/xapi is loaded only when a store is used.
      const { LrsStatementReader, basicAuth, describeLrsFailure } = await import('../lms/lrs-client.ts');
      const reader = new LrsStatementReader({
        endpoint: settings.endpoint,
        auth: basicAuth(settings.key, settings.secret),
      });
      let outcome;
      try {
        outcome = await pullRecords(reader, this.pulledUpTo.get(settings.endpoint) ?? null, (n) =>
          this.importPanel.showProgress({ label: `Read ${count(n)} statements from ${host}`, fraction: null }),
        );
      } catch (e) {
        this.lrsPanel.say(`The records could not be pulled: ${describeLrsFailure(e)}.`, true);
        return;
      }
      if (outcome.records.length) await this.importFiles([recordsFile(outcome.records, `Records from ${host}.json`)]);
      if (outcome.latestStored) this.pulledUpTo.set(settings.endpoint, outcome.latestStored);
      this.lrsPanel.say(
        `Read ${count(outcome.statements)} result ${outcome.statements === 1 ? 'statement' : 'statements'} from ${host} ` +
          `in ${outcome.pages} ${outcome.pages === 1 ? 'page' : 'pages'}: ${count(outcome.records.length)} ` +
          `${outcome.records.length === 1 ? 'record' : 'records'}. The next pull reads only what is stored after these.`,
      );
    } finally {
      this.importPanel.showProgress(null);
      this.lrsPanel.setBusy(false);
    }
  }

  private async clearAll(): Promise<void> {
    this.importPanel.setBusy(true);
    this.pulledUpTo.clear();
    try {
      await this.client.clear();
      await this.refresh(false);
      announce('All imported records have been removed from this browser.');
    } catch (e) {
      this.fail(e);
    } finally {
      this.importPanel.setBusy(false);
      this.importPanel.root.querySelector<HTMLElement>('#dashboard-files')?.focus();
    }
  }

  /** Lets go of the charts and the worker once the page is left; fits the charts to the paper when printing. */
  watchRoute(): void {
    const resizeCharts = () => this.charts.resize();
    const leave = () => {
      if (location.hash.startsWith(ROUTE)) return;
      this.charts.destroy();
      this.client.release();
      window.removeEventListener('hashchange', leave);
      window.removeEventListener('beforeprint', resizeCharts);
      window.removeEventListener('afterprint', resizeCharts);
    };
    window.addEventListener('hashchange', leave);
    window.addEventListener('beforeprint', resizeCharts);
    window.addEventListener('afterprint', resizeCharts);
  }

  /** Loads the records kept from earlier imports, then shows their measures. */
  async load(): Promise<void> {
    this.importPanel.setBusy(true);
    try {
      const loaded = await this.client.load(this.progress);
      if (loaded.storageProblem) {
        this.storageNotice.hidden = false;
        this.storageNotice.textContent = STORAGE_PROBLEM;
      }
      if (loaded.unreadableRecords || loaded.unreadableParts) {
        this.errorNotice.hidden = false;
        this.errorNotice.textContent = UNREADABLE_RECORDS;
      }
      await this.refresh(false);
    } catch (e) {
      this.fail(e);
    } finally {
      this.importPanel.showProgress(null);
      this.importPanel.setBusy(false);
    }
  }
}

export function renderDashboard(): HTMLElement {
  const page = new DashboardPage();
  page.watchRoute();
  void page.load();
  return page.root;
}
