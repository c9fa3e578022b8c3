/** One-paragraph text summaries of the charts, so their message never depends on seeing them. */
import type { GroupMeasures, LearningPointMeasures, ThemeMeasures } from '../engine/measures.ts';
import type { Labels } from './labels.ts';
import { FEW_MARK, formatFigure, NOT_GIVEN } from './tables.ts';

const signed = (value: number, decimals: number) => `${value > 0 ? '+' : ''}${value.toFixed(decimals)}`;
const withFew = (n: number) => (n < 5 ? ` ${FEW_MARK}` : '');

export function lpSummary(lps: readonly LearningPointMeasures[], labels: Labels): string {
  if (!lps.length) return 'No test answers in this selection.';
  const both = lps.filter((lp) => lp.preCorrect.value !== null && lp.postCorrect.value !== null);
  if (!both.length) {
    return `Test answers cover ${lps.length} learning points, but none has answers both before and after play.`;
  }
  const change = (lp: LearningPointMeasures) => lp.postCorrect.value! - lp.preCorrect.value!;
  const rose = both.filter((lp) => change(lp) > 0).length;
  const fell = both.filter((lp) => change(lp) < 0).length;
  const best = both.reduce((a, b) => (change(b) > change(a) ? b : a));
  const lowest = both.reduce((a, b) => (b.postCorrect.value! < a.postCorrect.value! ? b : a));
  const name = (lp: LearningPointMeasures) => `“${labels.learningPoint(lp.scenarioId, lp.learningPointId)}”`;
  const describe = (lp: LearningPointMeasures) =>
    `from ${formatFigure(lp.preCorrect, 0, 100, '%')} to ${formatFigure(lp.postCorrect, 0, 100, '%')} ` +
    `(n ${lp.preCorrect.n} before, ${lp.postCorrect.n} after)`;
  return (
    `Of ${both.length} learning points with answers before and after play, correct answers rose on ${rose} and fell on ${fell}. ` +
    `The largest rise was on ${name(best)}, ${describe(best)}. ` +
    `The lowest after play was ${name(lowest)}, ${describe(lowest)}.`
  );
}

export function agencySummary(agencies: readonly GroupMeasures[], overall: GroupMeasures): string {
  if (!agencies.length) return 'No records in this selection have both a pre-test and a post-test.';
  const gain = (g: GroupMeasures) => g.gain.value!;
  const high = agencies.reduce((a, b) => (gain(b) > gain(a) ? b : a));
  const low = agencies.reduce((a, b) => (gain(b) < gain(a) ? b : a));
  const name = (g: GroupMeasures) => g.key ?? NOT_GIVEN;
  const describe = (g: GroupMeasures) => `${signed(gain(g), 1)} points (${name(g)}, n ${g.gain.n}${withFew(g.gain.n)})`;
  const all = `Over all agencies the mean gain was ${signed(overall.gain.value!, 1)} percentage points (n ${overall.gain.n}).`;
  if (agencies.length === 1) return all;
  return `${all} Across ${agencies.length} agencies it ranged from ${describe(low)} to ${describe(high)}.`;
}

export function confidenceSummary(themes: readonly ThemeMeasures[], labels: Labels): string {
  if (!themes.length) return 'No confidence ratings in this selection.';
  const paired = themes.filter((t) => t.confidenceChange.value !== null);
  if (!paired.length) return `Confidence was rated on ${themes.length} themes, but never both before and after play.`;
  const change = (t: ThemeMeasures) => t.confidenceChange.value!;
  const rose = paired.filter((t) => change(t) > 0).length;
  const biggest = paired.reduce((a, b) => (Math.abs(change(b)) > Math.abs(change(a)) ? b : a));
  return (
    `Of ${paired.length} themes rated before and after play, mean confidence rose on ${rose}. ` +
    `The largest change was in “${labels.theme(biggest.themeId)}”: ${signed(change(biggest), 2)} on the 1 to 5 scale ` +
    `(n ${biggest.confidenceChange.n} rating it both times${withFew(biggest.confidenceChange.n)}).`
  );
}
