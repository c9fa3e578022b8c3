/**
 * The dashboard's tables as plain data: the same cells are shown on the page and
 * written to CSV, so an export always matches what is on screen.
 */
import { FEW, type Figure, type GroupMeasures, type Measures } from '../engine/measures.ts';
import { toCsv } from '../engine/csv.ts';
import type { Labels } from './labels.ts';

export interface TableModel {
  /** Used in element ids and export file names. */
  id: string;
  caption: string;
  columns: string[];
  /** How many leading cells of each row name it (row headers). */
  rowHeaders: number;
  rows: string[][];
  /** Columns holding words rather than figures (shown left-aligned and wrapped). */
  textColumns?: number[];
  /** Sentences shown under the table (not part of its CSV). */
  notes?: string[];
}

export const NO_DATA = 'no data';
export const FEW_MARK = '[n<5]';

const flag = (n: number) => (n > 0 && n < FEW ? ` ${FEW_MARK}` : '');

/** A figure to a fixed number of decimals, scaled, with a unit and the few-records mark. */
export function formatFigure(f: Figure, decimals: number, scale = 1, unit = ''): string {
  if (f.value === null) return NO_DATA;
  const text = (f.value * scale).toFixed(decimals);
  // -0.0 reads as a fall that did not happen.
  return (text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text) + unit + flag(f.n);
}

const share = (f: Figure) => formatFigure(f, 1, 100);
const oneDecimal = (f: Figure) => formatFigure(f, 1);
const count = (n: number) => String(n);

const GROUP_COLUMNS = [
  'Records',
  'Completed (%)',
  'Pre-test mean (%)',
  'Pre-test n',
  'Post-test mean (%)',
  'Post-test n',
  'Mean gain (points)',
  'Improved (%)',
  'Both tests n',
  'Normalised gain (mean)',
  'Normalised gain n',
  'Full marks before (excluded)',
];

function groupRow(name: string, g: GroupMeasures): string[] {
  return [
    name,
    count(g.records),
    share(g.completion),
    oneDecimal(g.preTest),
    count(g.preTest.n),
    oneDecimal(g.postTest),
    count(g.postTest.n),
    oneDecimal(g.gain),
    share(g.improved),
    count(g.gain.n),
    formatFigure(g.normalisedGain, 2),
    count(g.normalisedGain.n),
    count(g.normalisedGainExcluded),
  ];
}

export const NOT_GIVEN = 'Not given';

export function scenarioTable(m: Measures, labels: Labels): TableModel {
  return {
    id: 'by-scenario',
    caption: 'Knowledge gain by scenario',
    columns: ['Scenario', ...GROUP_COLUMNS],
    rowHeaders: 1,
    rows: [
      groupRow('All selected records', m.overall),
      ...m.byScenario.map((g) => groupRow(labels.scenario(g.key ?? ''), g)),
    ],
  };
}

export function agencyTable(m: Measures): TableModel {
  return {
    id: 'by-agency',
    caption: 'Knowledge gain by agency',
    columns: ['Agency', ...GROUP_COLUMNS],
    rowHeaders: 1,
    rows: m.byAgency.map((g) => groupRow(g.key ?? NOT_GIVEN, g)),
  };
}

export function roleTable(m: Measures): TableModel {
  return {
    id: 'by-role',
    caption: 'Knowledge gain by role',
    columns: ['Role', ...GROUP_COLUMNS],
    rowHeaders: 1,
    rows: m.byRole.map((g) => groupRow(g.key ?? NOT_GIVEN, g)),
  };
}

/** Learning points in scenario order, then catalogue order. */
export function orderedLearningPoints(m: Measures, labels: Labels) {
  return [...m.learningPoints].sort(
    (a, b) =>
      labels.scenario(a.scenarioId).localeCompare(labels.scenario(b.scenarioId)) ||
      labels.learningPointOrder(a.scenarioId, a.learningPointId) -
        labels.learningPointOrder(b.scenarioId, b.learningPointId) ||
      a.learningPointId.localeCompare(b.learningPointId),
  );
}

export function learningPointTable(m: Measures, labels: Labels): TableModel {
  return {
    id: 'by-learning-point',
    caption: 'Pre- and post-test answers and play, by learning point',
    columns: [
      'Scenario',
      'Learning point',
      'Pre-test correct (%)',
      'Pre-test n',
      'Post-test correct (%)',
      'Post-test n',
      'Missed in play (%)',
      'Met in play (%)',
      'Play n',
    ],
    rowHeaders: 2,
    rows: orderedLearningPoints(m, labels).map((lp) => [
      labels.scenario(lp.scenarioId),
      labels.learningPoint(lp.scenarioId, lp.learningPointId),
      share(lp.preCorrect),
      count(lp.preCorrect.n),
      share(lp.postCorrect),
      count(lp.postCorrect.n),
      share(lp.missedInPlay),
      share(lp.metInPlay),
      count(lp.missedInPlay.n),
    ]),
  };
}

export function orderedThemes(m: Measures, labels: Labels) {
  return [...m.themes].sort((a, b) => labels.theme(a.themeId).localeCompare(labels.theme(b.themeId)));
}

export function themeTable(m: Measures, labels: Labels): TableModel {
  return {
    id: 'by-theme',
    caption: 'Play score and confidence by theme',
    columns: [
      'Theme',
      'Play score (%)',
      'Play n',
      'Confidence before (1–5)',
      'Before n',
      'Confidence after (1–5)',
      'After n',
      'Mean change',
      'Both ratings n',
    ],
    rowHeaders: 1,
    rows: orderedThemes(m, labels).map((t) => [
      labels.theme(t.themeId),
      share(t.playScore),
      count(t.playScore.n),
      oneDecimal(t.confidenceBefore),
      count(t.confidenceBefore.n),
      oneDecimal(t.confidenceAfter),
      count(t.confidenceAfter.n),
      formatFigure(t.confidenceChange, 2),
      count(t.confidenceChange.n),
    ]),
  };
}

export function mostMissedTable(m: Measures, labels: Labels): TableModel {
  return {
    id: 'most-missed',
    caption: 'Learning points most often missed in play',
    columns: ['Learning point', 'Scenario', 'Missed in play (%)', 'Play n'],
    rowHeaders: 1,
    rows: m.mostMissed.map((lp) => [
      labels.learningPoint(lp.scenarioId, lp.learningPointId),
      labels.scenario(lp.scenarioId),
      share(lp.missedInPlay),
      count(lp.missedInPlay.n),
    ]),
  };
}

/** A table as CSV, cell for cell as shown (formula-like cells neutralised by toCsv). */
export function tableCsv(table: TableModel): string {
  return toCsv(
    table.columns,
    table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]]))),
  );
}
