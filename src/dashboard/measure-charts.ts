/** The bar charts beside the dashboard's tables of learning points, agencies and themes; null when there is nothing to draw. */
import type { GroupMeasures, LearningPointMeasures, ThemeMeasures } from '../engine/measures.ts';
import { type BarChartSpec, COLOURS } from './charts.ts';
import type { Labels } from './labels.ts';
import { NOT_GIVEN } from './tables.ts';

/** Agency is free text, so there may be many: the chart draws the largest groups, the table all. */
const MAX_BARS = 30;

const pct = (value: number | null) => (value === null ? null : value * 100);

export function learningPointChart(lps: LearningPointMeasures[], labels: Labels): BarChartSpec | null {
  if (!lps.length) return null;
  return {
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
  };
}

/** `agencies`: those with a pre- to post-test gain, largest first. */
export function agencyChart(agencies: GroupMeasures[]): BarChartSpec | null {
  if (!agencies.length) return null;
  const drawn = agencies.slice(0, MAX_BARS);
  return {
    id: 'gain-by-agency',
    title: 'Mean gain from pre-test to post-test by agency (percentage points)',
    labels: drawn.map((g) => `${g.key ?? NOT_GIVEN} (n ${g.gain.n})`),
    datasets: [{ label: 'Mean gain (points)', data: drawn.map((g) => g.gain.value), colour: COLOURS.after }],
    axisTitle: 'Mean gain (percentage points)',
    note:
      agencies.length > MAX_BARS
        ? `The ${MAX_BARS} agencies with most records are drawn; the table lists all ${agencies.length}.`
        : undefined,
  };
}

export function themeChart(themes: ThemeMeasures[], labels: Labels): BarChartSpec | null {
  if (!themes.length) return null;
  return {
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
  };
}
