/** One-paragraph text summaries of the charts, so their message never depends on seeing them. */
import { SURE_ABOVE } from '../engine/calibration.ts';
import { TEST_FORMS } from '../engine/figures.ts';
import { type ItemFlag, RELIABILITY_WANTED } from '../engine/item-analysis.ts';
import {
  FEW,
  type FormAnalysis,
  type GroupMeasures,
  type LearningPointMeasures,
  type PracticeMeasures,
  type ThemeMeasures,
} from '../engine/measures.ts';
import {
  count,
  effectText,
  FORM_WHEN,
  ITEM_FLAG_WORDS,
  PRACTICE_LABELS,
  type PracticeWording,
} from './evaluation-tables.ts';
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

/** The learning gain in a sentence or two, with the usual sizes of effect to read it against. */
export function gainSummary(o: GroupMeasures): string {
  const e = o.effectSize;
  if (e.value === null) {
    return e.n < 2
      ? 'An effect size needs at least 2 records with both a pre-test and a post-test.'
      : 'Every learner with both tests changed by the same amount, so there is no spread to scale the change by.';
  }
  return (
    `Over the ${count(e.n)} records with both tests, scores changed by ${signed(o.gain.value!, 1)} percentage points on average: ` +
    `${effectText(e)}. For comparison, simulation against other forms of teaching typically gives about 0.3 (Cook et al. 2012), ` +
    'and simulation with deliberate practice about 0.7 (McGaghie et al. 2011).'
  );
}

/**
 * Confident wrong answers before, after and at follow-up, set beside the self-rated
 * confidence change: confidence that rises while confident errors do not fall is not knowledge.
 */
export function calibrationSummary(o: GroupMeasures, themes: readonly ThemeMeasures[]): string {
  const rated = TEST_FORMS.filter((form) => o.calibration[form].rated > 0);
  if (!rated.length) {
    return 'No answers in this selection carry a certainty (“not sure”, “fairly sure”, “sure”): records exported before learners were asked how sure they were have none.';
  }
  const parts = rated.map((form) => {
    const c = o.calibration[form];
    return `${formatFigure(c.confidentWrong, 1, 100, '%')} ${FORM_WHEN[form]} (${count(c.rated)} answers from ${count(c.learners)} learners${withFew(c.learners)})`;
  });
  const last = o.calibration[rated.at(-1)!];
  const sure = last.accuracy[3];
  const sentences = [
    `Answers given as “sure” that were wrong: ${parts.join('; ')}.`,
    sure.value === null
      ? ''
      : `When learners said they were sure ${FORM_WHEN[rated.at(-1)!]}, they were right ${formatFigure(sure, 1, 100, '%')} of the time (n ${count(sure.n)}); “sure” pays only when right more than ${SURE_ABOVE * 100}% of the time.`,
  ];
  const paired = themes.filter((t) => t.confidenceChange.value !== null);
  const pairs = paired.reduce((s, t) => s + t.confidenceChange.n, 0);
  if (pairs) {
    const change = paired.reduce((s, t) => s + t.confidenceChange.value! * t.confidenceChange.n, 0) / pairs;
    sentences.push(
      `Self-rated confidence, by theme above, changed by ${signed(change, 2)} on the 1 to 5 scale (n ${count(pairs)} ratings before and after).`,
    );
    const before = o.calibration.pre.confidentWrong.value;
    const after = o.calibration.post.confidentWrong.value;
    if (change > 0 && before !== null && after !== null && after >= before) {
      sentences.push(
        'Confidence rose while confident wrong answers did not fall: here, confidence is not a sign of knowledge.',
      );
    }
  }
  return sentences.filter(Boolean).join(' ');
}

/** What the item analysis flags, counted, so an author knows where to look. */
export function itemsSummary(forms: readonly FormAnalysis[]): string {
  if (!forms.length) {
    return 'No test answers with question ids in this selection (records kept before question ids were kept have none).';
  }
  const items = forms.flatMap((f) => f.items);
  const flagged = (flag: ItemFlag) => items.filter((i) => i.flags.includes(flag)).length;
  const counts = (['low-discrimination', 'negative', 'easy', 'hard'] as const)
    .map((flag) => [flag, flagged(flag)] as const)
    .filter(([, n]) => n > 0)
    .map(([flag, n]) => `${n} ${ITEM_FLAG_WORDS[flag]}`);
  const unreliable = forms.filter((f) => f.flags.includes('low-reliability')).length;
  const small = forms.filter((f) => f.flags.includes('few')).length;
  return [
    `${forms.length} test ${forms.length === 1 ? 'form' : 'forms'}, ${items.length} questions.`,
    counts.length ? `Flagged questions: ${counts.join('; ')}.` : 'No question is flagged.',
    `${unreliable} of ${forms.length} ${forms.length === 1 ? 'form has' : 'forms have'} KR-20 below ${RELIABILITY_WANTED}.`,
    small
      ? `${small} ${small === 1 ? 'form was' : 'forms were'} taken by fewer than ${FEW} learners: do not act on their figures yet.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The managers' answers in a sentence: the share giving the upper answers of each question. */
export function practiceSummary(p: PracticeMeasures, questions: readonly PracticeWording[]): string {
  if (!p.records) return 'No manager’s answers on use in practice in this selection.';
  const parts = questions.flatMap(({ key, levels }) => {
    const { n, counts } = p[key];
    if (!n) return [];
    // The upper half of the scale: the top two of four answers, or any "yes" of three.
    const from = levels.length === 4 ? 2 : 1;
    const upper = counts.slice(from).reduce((a, b) => a + b, 0);
    const words = levels.slice(from).map((l) => `“${l}”`);
    const share = formatFigure({ value: upper / n, n }, 0, 100, '%');
    return [`${PRACTICE_LABELS[key]}: ${words.join(' or ')} for ${share} (n ${count(n)}).`];
  });
  return [`The managers of ${count(p.records)} learners answered at follow-up.`, ...parts].join(' ');
}
