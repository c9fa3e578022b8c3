import { describe, expect, it } from 'vitest';
import { pairedEffect } from '../../src/engine/effect-size.ts';
import { aggregate, type MeasuredQuiz, type MeasuredRecord } from '../../src/engine/measures.ts';
import type { Certainty } from '../../src/engine/quiz.ts';
import {
  calibrationTable,
  effectText,
  figureText,
  gainTable,
  itemTable,
  practiceTable,
  retentionText,
} from '../../src/dashboard/evaluation-tables.ts';
import type { Labels } from '../../src/dashboard/labels.ts';
import { FEW_MARK, tableCsv } from '../../src/dashboard/tables.ts';
import { calibrationSummary, gainSummary, itemsSummary, practiceSummary } from '../../src/dashboard/summaries.ts';

const labels: Labels = {
  scenario: (id) => `Scenario ${id.toUpperCase()}`,
  learningPoint: (_, id) => `Point ${id}`,
  learningPointOrder: () => 0,
  theme: (id) => id,
};

const PRACTICE = [
  { key: 'applied', question: 'Used it?', levels: ['Not yet', 'Once or twice', 'Several times', 'Routinely'] },
  { key: 'changed', question: 'Changed?', levels: ['No change', 'A little', 'Clearly', 'A great deal'] },
  { key: 'supervision', question: 'Supervision?', levels: ['No', 'Yes, once', 'Yes, more than once'] },
] as const;

/** A four-question test from a row of 1s (right) and 0s, each answer with the certainty given. */
function quiz(form: string, row: readonly number[], certainty: (right: boolean) => Certainty | null): MeasuredQuiz {
  return {
    score: row.reduce((a, b) => a + b, 0),
    max: row.length,
    answers: row.map((x, j) => ({
      questionId: `${form}-${j + 1}`,
      learningPoint: j < 2 ? 'lp-a' : 'lp-b',
      correct: x === 1,
      certainty: certainty(x === 1),
    })),
  };
}

function learner(i: number, over: Partial<MeasuredRecord>): MeasuredRecord {
  return {
    id: `t-${i}`,
    participant: { code: null, agency: null, role: null, cohort: null },
    scenario: { id: 's1', title: 'S1' },
    startedAt: '2026-05-01T10:00:00.000Z',
    completed: true,
    learningPoints: [],
    themes: [],
    preTest: null,
    postTest: null,
    confidence: { before: null, after: null },
    ...over,
  };
}

/** The hand-worked matrix of test/unit/item-analysis.test.ts: KR-20 40/123 = 0.33, q1 r 0.16, q4 r −0.22. */
const MATRIX = [
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 1, 0],
  [1, 1, 1, 1],
  [0, 0, 0, 1],
  [1, 0, 0, 0],
];
const sureWhenWrong = (right: boolean): Certainty => (right ? 2 : 3);

describe('effect sizes, retention and figures in words', () => {
  it('write d_z with its interval and n, and the few-records mark last', () => {
    // The five learners of effect-size.test.ts: d_z 1.434, 95% CI −0.334 to 3.203.
    expect(effectText(pairedEffect(5, 1.5, 0.625))).toBe('d_z 1.43 (95% CI -0.33 to 3.20), n = 5');
    // The first four of them: Σd = 1.25, Σd² = 0.5625 → mean 0.3125, SD √(0.171875/3) = 0.239357,
    // d_z 1.305582, SE √(1/4 + 1.704545/8) = 0.680491, t(3) = 3.182446: 1.305582 ± 2.165626.
    expect(effectText(pairedEffect(4, 1.25, 0.5625))).toBe('d_z 1.31 (95% CI -0.86 to 3.47), n = 4 [n<5]');
    expect(effectText(pairedEffect(1, 0.25, 0.0625))).toBe('d_z not defined: 1 learner, n = 1');
    expect(effectText(pairedEffect(3, 0.75, 0.1875))).toBe(
      'd_z not defined: every learner changed by the same amount, n = 3',
    );
    expect(effectText(pairedEffect(0, 0, 0))).toBe('d_z no data, n = 0');
  });

  it('write figures and retention in words', () => {
    expect(figureText({ value: 75, n: 4 }, 1, 1, '%')).toBe('75.0%, n = 4 [n<5]');
    expect(figureText({ value: 0.7, n: 5 }, 2, 1, '', 'g ')).toBe('g 0.70, n = 5');
    expect(figureText({ value: null, n: 0 }, 1)).toBe('no data, n = 0');
    const score = (f: number): MeasuredQuiz => ({ score: f * 4, max: 4, answers: [] });
    const kept = [0, 1, 2, 3, 4].map((i) =>
      learner(i, { preTest: score(0.25), postTest: score(0.75), followUpTest: score(0.5) }),
    );
    // (0.5 − 0.25) / (0.75 − 0.25) = 0.5 for each, so for the means.
    expect(retentionText(aggregate(kept).overall)).toBe(
      '0.50: 50% of the gain after play was still there at follow-up, n = 5',
    );
    expect(retentionText(aggregate(kept.slice(0, 2)).overall)).toMatch(/, n = 2 \[n<5\]$/);
    const flat = learner(9, { preTest: score(0.5), postTest: score(0.5), followUpTest: score(0.5) });
    expect(retentionText(aggregate([flat]).overall)).toBe('not defined: no gain after play, n = 1');
  });

  it('set the effect sizes, normalised gain, follow-up and retention side by side per scenario', () => {
    const table = gainTable(
      aggregate(MATRIX.map((row, i) => learner(i, { preTest: quiz('pre', row, () => null) }))),
      labels,
    );
    expect(table.rows.map((r) => r[0])).toEqual(['All selected records', 'Scenario S1']);
    expect(table.columns).toHaveLength(table.rows[0]!.length);
    expect(new Set(table.columns).size).toBe(table.columns.length);
    expect(table.rows[0]!.slice(1, 4)).toEqual(['no data', '', '0']);
    expect(gainSummary(aggregate([]).overall).startsWith('An effect size needs at least 2 records')).toBe(true);
  });
});

describe('the item tables', () => {
  const m = aggregate(MATRIX.map((row, i) => learner(i, { preTest: quiz('pre', row, sureWhenWrong) })));

  it('give p, discrimination and flags in words, with KR-20, k and n in the caption', () => {
    const table = itemTable(m.items[0]!, labels);
    expect(table.id).toBe('items-s1-pre');
    expect(table.caption).toBe('Scenario S1, pre-test: KR-20 0.33 (k = 4 questions, n = 6 learners)');
    expect(table.rows).toEqual([
      ['pre-1', 'Point lp-a', '6', '0.83', '0.16', 'does not discriminate'],
      ['pre-2', 'Point lp-a', '6', '0.50', '0.45', 'none'],
      ['pre-3', 'Point lp-b', '6', '0.50', '0.45', 'none'],
      ['pre-4', 'Point lp-b', '6', '0.33', '-0.22', 'works against the test'],
    ]);
    expect(table.notes).toEqual([expect.stringMatching(/^KR-20 is below 0\.7: /)]);
    expect(itemsSummary(m.items)).toBe(
      '1 test form, 4 questions. Flagged questions: 1 does not discriminate; 1 works against the test. 1 of 1 form has KR-20 below 0.7.',
    );
  });

  it('flag every figure of a form taken by fewer than 5 learners, keeping the other flags', () => {
    const few = aggregate(MATRIX.slice(0, 4).map((row, i) => learner(i, { preTest: quiz('pre', row, () => null) })));
    const table = itemTable(few.items[0]!, labels);
    expect(table.caption).toMatch(/\(k = 4 questions, n = 4 learners\)$/);
    for (const row of table.rows) {
      expect(row[3]!.endsWith(FEW_MARK)).toBe(true);
      expect(row[5]).toContain('few learners: do not act on this yet');
    }
    // Everyone got pre-1 right: almost everyone right, and no discrimination to compute.
    expect(table.rows[0]!.slice(3)).toEqual([
      `1.00 ${FEW_MARK}`,
      'not defined: all right',
      'almost everyone right; few learners: do not act on this yet',
    ]);
    expect(table.notes).toContain(
      'Fewer than 5 learners took this form: few learners, do not act on these figures yet.',
    );
    expect(itemsSummary(few.items)).toContain('1 form was taken by fewer than 5 learners');
  });
});

describe('the calibration table', () => {
  it('shows each test time per group, flagged below 5 learners', () => {
    // Six learners as in the matrix, sure when wrong and fairly sure when right, on the pre-test:
    // 13 right × 2 + 11 wrong × −6 = −40 over 24 rated answers = −1.67; sure and wrong 11/24 = 45.8%.
    const m = aggregate(MATRIX.map((row, i) => learner(i, { preTest: quiz('pre', row, sureWhenWrong) })));
    const table = calibrationTable(m, labels);
    expect(table.rows).toEqual([
      ['All selected records', 'Pre-test', '6', '24', '-1.67', '45.8', 'no data', '0', '100.0', '13', '0.0', '11'],
      ['Scenario S1', 'Pre-test', '6', '24', '-1.67', '45.8', 'no data', '0', '100.0', '13', '0.0', '11'],
    ]);
    // One learner: right and fairly sure (+2), wrong and sure (−6): mean −2.00, sure and wrong 1 of 2.
    const few = calibrationTable(aggregate([learner(0, { preTest: quiz('pre', [1, 0], sureWhenWrong) })]), labels);
    expect(few.rows[0]!.slice(4, 6)).toEqual([`-2.00 ${FEW_MARK}`, `50.0 ${FEW_MARK}`]);
  });

  it('is summed up beside self-rated confidence', () => {
    const rose = MATRIX.map((row, i) =>
      learner(i, {
        preTest: quiz('pre', row, sureWhenWrong),
        postTest: quiz('post', row, sureWhenWrong),
        confidence: { before: { t1: 2 }, after: { t1: 4 } },
      }),
    );
    const m = aggregate(rose);
    const text = calibrationSummary(m.overall, m.themes);
    expect(text).toContain('Answers given as “sure” that were wrong: 45.8% before play (24 answers from 6 learners)');
    expect(text).toContain('changed by +2.00 on the 1 to 5 scale (n 6 ratings before and after)');
    expect(text).toContain('Confidence rose while confident wrong answers did not fall');
    expect(calibrationSummary(aggregate([]).overall, [])).toMatch(/^No answers in this selection carry a certainty/);
  });
});

describe('the use in practice table', () => {
  it('lists the count and share of each answer to each question, with n', () => {
    const m = aggregate([
      learner(1, { practice: { applied: 3, changed: 2, supervision: 2 } }),
      learner(2, { practice: { applied: 4, changed: 3, supervision: null } }),
      learner(3, { practice: { applied: 1, changed: 1, supervision: 1 } }),
    ]);
    const table = practiceTable(m, PRACTICE);
    // Used: levels 3, 4, 1 → 1, 0, 1, 1 of 3. Changed: 2, 3, 1 → 1, 1, 1, 0 of 3. Supervision: 2, 1 → 1, 1, 0 of 2.
    const used = 'Used what the training taught';
    expect(table.rows.slice(0, 4)).toEqual([
      [used, 'Not yet', '1', `33.3 ${FEW_MARK}`, '3'],
      [used, 'Once or twice', '0', `0.0 ${FEW_MARK}`, '3'],
      [used, 'Several times', '1', `33.3 ${FEW_MARK}`, '3'],
      [used, 'Routinely', '1', `33.3 ${FEW_MARK}`, '3'],
    ]);
    expect(table.rows.at(-1)).toEqual(['Discussed in supervision', 'Yes, more than once', '0', `0.0 ${FEW_MARK}`, '2']);
    expect(table.notes![0]).toBe('Used what the training taught: “Used it?”');
    expect(tableCsv(table).split('\r\n')[0]).toBe('Question,Answer,Records,Share of answers (%),Answered n');
    expect(practiceSummary(m.overall.practice, PRACTICE)).toBe(
      'The managers of 3 learners answered at follow-up. ' +
        'Used what the training taught: “Several times” or “Routinely” for 67% [n<5] (n 3). ' +
        'Change in multi-agency practice: “Clearly” or “A great deal” for 33% [n<5] (n 3). ' +
        'Discussed in supervision: “Yes, once” or “Yes, more than once” for 50% [n<5] (n 2).',
    );
    expect(practiceTable(aggregate([]), PRACTICE).rows).toEqual([]);
  });
});
