/**
 * The tables of the evaluation measures as plain data, like tables.ts (shown on the page
 * and written to CSV alike): learning gain with effect sizes and follow-up, calibration by
 * test time, item analysis of each test form, and the manager's answers on use in practice.
 */
import { CONFIDENCE } from '../engine/effect-size.ts';
import {
  type CalibrationMeasures,
  type EffectSize,
  FEW,
  type Figure,
  type FormAnalysis,
  type GroupMeasures,
  type ItemMeasures,
  type Measures,
} from '../engine/measures.ts';
import { type FormFlag, type ItemFlag, RELIABILITY_WANTED } from '../engine/item-analysis.ts';
import type { PracticeQuestion } from '../engine/practice-sums.ts';
import type { TestForm } from '../engine/quiz.ts';
import { TEST_FORMS } from '../engine/figures.ts';
import type { Labels } from './labels.ts';
import { FEW_MARK, formatFigure, NO_DATA, type TableModel } from './tables.ts';

export const FORM_NAMES: Readonly<Record<TestForm, string>> = {
  pre: 'Pre-test',
  post: 'Post-test',
  followup: 'Follow-up test',
};

export const FORM_WHEN: Readonly<Record<TestForm, string>> = {
  pre: 'before play',
  post: 'after play',
  followup: 'at follow-up',
};

export const ITEM_FLAG_WORDS: Readonly<Record<ItemFlag, string>> = {
  negative: 'works against the test',
  'low-discrimination': 'does not discriminate',
  easy: 'almost everyone right',
  hard: 'almost everyone wrong',
  few: 'few learners: do not act on this yet',
};

export const FORM_FLAG_WORDS: Readonly<Record<FormFlag, string>> = {
  'low-reliability': `KR-20 is below ${RELIABILITY_WANTED}: total scores on this form are not consistent enough to compare groups on (about 0.8 is wanted).`,
  few: `Fewer than ${FEW} learners took this form: few learners, do not act on these figures yet.`,
};

const ALL = 'All selected records';
const PERCENT = Math.round(CONFIDENCE * 100);

/** A number to fixed decimals, never "-0.00". */
export function fixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
}

const few = (n: number) => (n > 0 && n < FEW ? ` ${FEW_MARK}` : '');
export const count = (n: number) => n.toLocaleString('en-GB');

/** A figure in words with its n, the few-records mark last: "75.0%, n = 4 [n<5]". */
export function figureText(f: Figure, decimals: number, scale = 1, unit = '', prefix = ''): string {
  const value = f.value === null ? NO_DATA : `${prefix}${fixed(f.value * scale, decimals)}${unit}`;
  return `${value}, n = ${count(f.n)}${few(f.n)}`;
}

/** Why an effect size has no value, in words. */
function effectMissing(e: EffectSize): string {
  if (e.n === 0) return NO_DATA;
  if (e.n === 1) return 'not defined: 1 learner';
  return 'not defined: every learner changed by the same amount';
}

export const effectValue = (e: EffectSize): string =>
  e.value === null ? effectMissing(e) : fixed(e.value, 2) + few(e.n);

export const effectInterval = (e: EffectSize): string =>
  e.low === null || e.high === null ? '' : `${fixed(e.low, 2)} to ${fixed(e.high, 2)}`;

/** An effect size in words: "d_z 0.62 (95% CI 0.41 to 0.83), n = 48". */
export function effectText(e: EffectSize): string {
  if (e.value === null) return `d_z ${effectMissing(e)}, n = ${count(e.n)}`;
  return `d_z ${fixed(e.value, 2)} (${PERCENT}% CI ${effectInterval(e)}), n = ${count(e.n)}${few(e.n)}`;
}

export function retentionValue(g: GroupMeasures): string {
  const r = g.retention;
  if (r.n === 0) return NO_DATA;
  if (r.value === null) return 'not defined: no gain after play';
  return fixed(r.value, 2) + few(r.n);
}

/** Retention in words: "0.60: 60% of the gain after play was still there at follow-up, n = 20". */
export function retentionText(g: GroupMeasures): string {
  const r = g.retention;
  if (r.value === null) return `${retentionValue(g)}, n = ${count(r.n)}`;
  return (
    `${fixed(r.value, 2)}: ${fixed(r.value * 100, 0)}% of the gain after play was still there at follow-up, ` +
    `n = ${count(r.n)}${few(r.n)}`
  );
}

function gainRow(name: string, g: GroupMeasures): string[] {
  return [
    name,
    effectValue(g.effectSize),
    effectInterval(g.effectSize),
    String(g.effectSize.n),
    formatFigure(g.normalisedGain, 2),
    String(g.normalisedGain.n),
    formatFigure(g.followUpTest, 1),
    String(g.followUpTest.n),
    retentionValue(g),
    String(g.retention.n),
    effectValue(g.followUpEffectSize),
    effectInterval(g.followUpEffectSize),
    String(g.followUpEffectSize.n),
  ];
}

export function gainTable(m: Measures, labels: Labels): TableModel {
  return {
    id: 'learning-gain',
    caption: 'Learning gain by scenario: effect sizes, normalised gain, follow-up and retention',
    columns: [
      'Scenario',
      'Effect size d_z, pre to post',
      `${PERCENT}% CI, pre to post`,
      'Both tests n',
      'Normalised gain g',
      'Normalised gain n',
      'Follow-up mean (%)',
      'Follow-up n',
      'Retention',
      'All three tests n',
      'Effect size d_z, pre to follow-up',
      `${PERCENT}% CI, pre to follow-up`,
      'Pre-test and follow-up n',
    ],
    rowHeaders: 1,
    rows: [gainRow(ALL, m.overall), ...m.byScenario.map((g) => gainRow(labels.scenario(g.key ?? ''), g))],
  };
}

/** A calibration figure is flagged when it rests on fewer than FEW learners (or, per level, answers). */
const calibrated = (value: number | null, n: number, decimals: number, scale = 1) =>
  formatFigure({ value, n }, decimals, scale);

function calibrationRow(group: string, form: TestForm, c: CalibrationMeasures): string[] {
  const level = (certainty: 1 | 2 | 3) => {
    const f = c.accuracy[certainty];
    return [calibrated(f.value, Math.min(f.n, c.learners), 1, 100), String(f.n)];
  };
  return [
    group,
    FORM_NAMES[form],
    String(c.learners),
    String(c.rated),
    calibrated(c.meanMark.value, c.learners, 2),
    calibrated(c.confidentWrong.value, c.learners, 1, 100),
    ...level(1),
    ...level(2),
    ...level(3),
  ];
}

export function calibrationTable(m: Measures, labels: Labels): TableModel {
  const rows = (name: string, g: GroupMeasures) =>
    TEST_FORMS.filter((form) => g.calibration[form].rated > 0).map((form) =>
      calibrationRow(name, form, g.calibration[form]),
    );
  return {
    id: 'calibration',
    caption: 'Calibration by test: certainty-based marks, confident wrong answers and accuracy at each certainty',
    columns: [
      'Group',
      'Test',
      'Learners',
      'Rated answers',
      'Mean mark (−6 to 3)',
      'Sure and wrong (% of rated answers)',
      'Right when not sure (%)',
      'Not sure n',
      'Right when fairly sure (%)',
      'Fairly sure n',
      'Right when sure (%)',
      'Sure n',
    ],
    rowHeaders: 2,
    rows: [...rows(ALL, m.overall), ...m.byScenario.flatMap((g) => rows(labels.scenario(g.key ?? ''), g))],
  };
}

function discrimination(item: ItemMeasures): string {
  if (item.discrimination.value !== null) return formatFigure(item.discrimination, 2);
  const p = item.difficulty.value;
  return p === 1 ? 'not defined: all right' : p === 0 ? 'not defined: all wrong' : 'not defined: no spread';
}

export function formCaption(f: FormAnalysis, labels: Labels): string {
  const reliability = f.kr20.value === null ? 'KR-20 not defined' : `KR-20 ${fixed(f.kr20.value, 2)}`;
  const k = `${f.k} ${f.k === 1 ? 'question' : 'questions'}`;
  const n = `${count(f.learners)} ${f.learners === 1 ? 'learner' : 'learners'}`;
  return `${labels.scenario(f.scenarioId)}, ${FORM_NAMES[f.form].toLowerCase()}: ${reliability} (k = ${k}, n = ${n})`;
}

export function itemTable(f: FormAnalysis, labels: Labels): TableModel {
  return {
    id: `items-${f.scenarioId}-${f.form}`,
    caption: formCaption(f, labels),
    columns: [
      'Question',
      'Learning point',
      'Learners n',
      'Difficulty p (share right)',
      'Discrimination (corrected point-biserial)',
      'Flags',
    ],
    rowHeaders: 1,
    textColumns: [1, 5],
    rows: f.items.map((item) => [
      item.questionId,
      labels.learningPoint(f.scenarioId, item.learningPointId),
      String(item.difficulty.n),
      formatFigure(item.difficulty, 2),
      discrimination(item),
      item.flags.length ? item.flags.map((flag) => ITEM_FLAG_WORDS[flag]).join('; ') : 'none',
    ]),
    notes: f.flags.map((flag) => FORM_FLAG_WORDS[flag]),
  };
}

export interface PracticeWording {
  key: PracticeQuestion;
  /** The question as the manager was asked it. */
  question: string;
  levels: readonly string[];
}

/** Short names of the manager's questions, for table rows and summaries. */
export const PRACTICE_LABELS: Readonly<Record<PracticeQuestion, string>> = {
  applied: 'Used what the training taught',
  changed: 'Change in multi-agency practice',
  supervision: 'Discussed in supervision',
};

export function practiceTable(m: Measures, questions: readonly PracticeWording[]): TableModel {
  const p = m.overall.practice;
  return {
    id: 'use-in-practice',
    caption: 'Use in practice: the managers’ answers at follow-up (all selected records)',
    columns: ['Question', 'Answer', 'Records', 'Share of answers (%)', 'Answered n'],
    rowHeaders: 2,
    rows: p.records
      ? questions.flatMap(({ key, levels }) => {
          const { n, counts } = p[key];
          return levels.map((answer, i) => [
            PRACTICE_LABELS[key],
            answer,
            String(counts[i] ?? 0),
            formatFigure({ value: n ? (counts[i] ?? 0) / n : null, n }, 1, 100),
            String(n),
          ]);
        })
      : [],
    notes: questions.map(({ key, question }) => `${PRACTICE_LABELS[key]}: “${question}”`),
  };
}
