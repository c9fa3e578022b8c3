/**
 * The charts on the dashboard page, drawn one per task once the tables are on screen (the
 * canvas must be in the document before Chart.js measures it), so no single task holds
 * the page for long.
 */
import { type BarChart, type BarChartSpec, renderBarChart } from './charts.ts';

export class ChartQueue {
  private charts: BarChart[] = [];
  private waiting: { spec: BarChartSpec; placeholder: HTMLElement }[] = [];

  /** Draws a chart in place of `placeholder`, after the charts already waiting. */
  drawLater(spec: BarChartSpec, placeholder: HTMLElement): void {
    this.waiting.push({ spec, placeholder });
    if (this.waiting.length > 1) return;
    const next = () => {
      const job = this.waiting.shift();
      if (!job) return;
      const rendered = renderBarChart(job.spec);
      job.placeholder.replaceWith(rendered.root);
      this.charts.push(rendered.chart);
      if (this.waiting.length) setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  /** Forgets the charts waiting and destroys those drawn. */
  destroy(): void {
    this.waiting = [];
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  /** Fits the drawn charts to their boxes again (for printing). */
  resize(): void {
    this.charts.forEach((c) => c.resize());
  }
}
