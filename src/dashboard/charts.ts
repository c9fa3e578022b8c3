/**
 * The dashboard's charts, drawn with Chart.js (only the bar chart parts are registered,
 * so the rest is left out of the bundle). A chart is never the only way to read the
 * data: its canvas is hidden from screen readers, and the same figures are in a text
 * summary and a table beside it. Chart.js needs no eval and no inline script or style
 * element, so it runs under a strict Content-Security-Policy.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { announce, h } from '../ui/dom.ts';
import { downloadBlob, exportName } from './download.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Paints the background white, so an exported PNG reads like the page. */
const whiteBackground: Plugin<'bar'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export const COLOURS = { before: '#8c9aa6', after: '#1d4f6e' } as const;

export interface BarChartSpec {
  id: string;
  title: string;
  /** One label per bar group (already carrying its n). */
  labels: string[];
  datasets: { label: string; data: (number | null)[]; colour: string }[];
  axisTitle: string;
  /** Fixed axis range, when the scale has natural limits (percentages, ratings). */
  min?: number;
  max?: number;
  /** A sentence for the caption, e.g. when not every row of the table is drawn. */
  note?: string;
}

export type BarChart = Chart<'bar', (number | null)[], string>;

export interface RenderedChart {
  root: HTMLElement;
  chart: BarChart;
}

/** A horizontal bar chart in a figure, with a PNG download; the caller adds the summary and table. */
export function renderBarChart(spec: BarChartSpec): RenderedChart {
  const canvas = h('canvas', { 'aria-hidden': 'true', 'data-chart': spec.id });
  const box = h('div', { className: 'chart-box' }, canvas);
  // Set through the style object, not a style attribute, which a strict CSP would block.
  box.style.height = `${Math.max(160, spec.labels.length * 22 * Math.max(1, spec.datasets.length) + 90)}px`;
  const chart: BarChart = new Chart<'bar', (number | null)[], string>(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d): ChartDataset<'bar', (number | null)[]> => ({
        label: d.label,
        data: d.data,
        backgroundColor: d.colour,
        borderColor: d.colour,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          min: spec.min,
          max: spec.max,
          title: { display: true, text: spec.axisTitle, color: '#1f2328' },
          ticks: { color: '#1f2328' },
          grid: { color: '#d5d9dd' },
        },
        y: { ticks: { color: '#1f2328', autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: '#1f2328' } },
        tooltip: { enabled: true },
      },
    },
    plugins: [whiteBackground],
  });
  const root = h(
    'figure',
    { className: 'chart' },
    box,
    h('figcaption', {}, `${spec.title}. The same figures are in the table below.${spec.note ? ` ${spec.note}` : ''}`),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () =>
          canvas.toBlob((blob) => {
            if (!blob) return;
            downloadBlob(exportName(spec.id, 'png'), blob);
            announce(`${spec.title}: chart downloaded as an image.`);
          }, 'image/png'),
      },
      'Download chart as PNG',
      h('span', { className: 'visually-hidden' }, `: ${spec.title}`),
    ),
  );
  return { root, chart };
}
