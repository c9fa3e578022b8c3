import { describe, expect, it } from 'vitest';
import {
  analyseForm,
  correctedPointBiserial,
  FormSums,
  formFlags,
  itemFlags,
  ItemSums,
  kr20,
  scoreVariance,
} from '../../src/engine/item-analysis.ts';
import { aggregate, type MeasuredRecord } from '../../src/engine/measures.ts';

/**
 * Four questions, six learners (1 right, 0 wrong or skipped); T is the total on the form.
 *
 *   learner   q1 q2 q3 q4   T
 *   L1         1  1  1  0   3
 *   L2         1  1  0  0   2
 *   L3         1  0  1  0   2
 *   L4         1  1  1  1   4
 *   L5         0  0  0  1   1
 *   L6         1  0  0  0   1
 *   right      5  3  3  2        ΣT = 13, ΣT² = 9 + 4 + 4 + 16 + 1 + 1 = 35
 *
 * Difficulty p = right / 6: q1 0.8333, q2 0.5, q3 0.5, q4 0.3333.
 *
 * Corrected point-biserial: the correlation of x with the rest score y = T − x, from sums
 * (Σx² = Σx as x is 0 or 1): r = (nΣxy − ΣxΣy) / √((nΣx − (Σx)²)(nΣy² − (Σy)²)).
 *
 *   q1: ΣxT = 3+2+2+4+1 = 12. Σy = 13 − 5 = 8, Σy² = 35 − 24 + 5 = 16, Σxy = 12 − 5 = 7.
 *       r = (6·7 − 5·8) / √((30 − 25)(96 − 64)) = 2 / √(5·32) = 2 / √160 = 0.158114
 *   q2: ΣxT = 3+2+4 = 9. Σy = 10, Σy² = 35 − 18 + 3 = 20, Σxy = 6.
 *       r = (36 − 30) / √((18 − 9)(120 − 100)) = 6 / √180 = 0.447214
 *   q3: ΣxT = 3+2+4 = 9: the same sums as q2, r = 0.447214
 *   q4: ΣxT = 4+1 = 5. Σy = 11, Σy² = 35 − 10 + 2 = 27, Σxy = 3.
 *       r = (18 − 22) / √((12 − 4)(162 − 121)) = −4 / √328 = −0.220863
 *
 * KR-20: Σpq = (5/6)(1/6) + (1/2)(1/2) + (1/2)(1/2) + (1/3)(2/3) = 5/36 + 9/36 + 9/36 + 8/36 = 31/36.
 * σ² (population) = ΣT²/n − (ΣT/n)² = 35/6 − (13/6)² = 210/36 − 169/36 = 41/36.
 * KR-20 = 4/3 × (1 − (31/36)/(41/36)) = 4/3 × 10/41 = 40/123 = 0.325203.
 */
const MATRIX = [
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 1, 0],
  [1, 1, 1, 1],
  [0, 0, 0, 1],
  [1, 0, 0, 0],
] as const;

function sumsOf(rows: readonly (readonly number[])[]) {
  const form = new FormSums();
  const items = [0, 1, 2, 3].map(() => new ItemSums());
  for (const row of rows) {
    const total = row.reduce((a, b) => a + b, 0);
    form.add(total);
    row.forEach((x, j) => items[j]!.add(x as 0 | 1, total));
  }
  return { form, items };
}

describe('item sums for the hand-worked 4 × 6 matrix', () => {
  const { form, items } = sumsOf(MATRIX);

  it('hold n, Σx, ΣT, ΣT² and ΣxT per question', () => {
    expect(items.map((s) => [s.n, s.sumX, s.sumT, s.sumTT, s.sumXT])).toEqual([
      [6, 5, 13, 35, 12],
      [6, 3, 13, 35, 9],
      [6, 3, 13, 35, 9],
      [6, 2, 13, 35, 5],
    ]);
    expect([form.n, form.sumT, form.sumTT]).toEqual([6, 13, 35]);
  });

  it('give the corrected point-biserial of each question', () => {
    const r = items.map(correctedPointBiserial);
    expect(r[0]).toBeCloseTo(2 / Math.sqrt(160), 12); // 0.158114
    expect(r[1]).toBeCloseTo(6 / Math.sqrt(180), 12); // 0.447214
    expect(r[2]).toBeCloseTo(0.447214, 6);
    expect(r[3]).toBeCloseTo(-4 / Math.sqrt(328), 12); // −0.220863
  });

  it('give the population variance of totals and KR-20', () => {
    expect(scoreVariance(form)).toBeCloseTo(41 / 36, 12);
    expect(kr20(4, 31 / 36, 41 / 36)).toBeCloseTo(40 / 123, 12);
  });

  it('analyse the form: p, discrimination and flags per question, KR-20 and its flag', () => {
    const analysis = analyseForm(
      's1',
      'pre',
      form,
      ['q4', 'q1', 'q3', 'q2'].map((id) => ({
        questionId: id,
        learningPointId: `lp-${id}`,
        sums: items[Number(id.slice(1)) - 1]!,
      })),
    );
    expect(analysis).toMatchObject({ scenarioId: 's1', form: 'pre', learners: 6, k: 4, flags: ['low-reliability'] });
    expect(analysis.kr20.value).toBeCloseTo(0.325203, 6);
    expect(analysis.kr20.n).toBe(6);
    expect(
      analysis.items.map((i) => [i.questionId, +i.difficulty.value!.toFixed(4), +i.discrimination.value!.toFixed(6)]),
    ).toEqual([
      ['q1', 0.8333, 0.158114],
      ['q2', 0.5, 0.447214],
      ['q3', 0.5, 0.447214],
      ['q4', 0.3333, -0.220863],
    ]);
    expect(analysis.items.map((i) => i.flags)).toEqual([['low-discrimination'], [], [], ['negative']]);
  });
});

describe('item and form flags', () => {
  it('flag weak and negative discrimination, near-certain and near-impossible questions, and few learners', () => {
    expect(itemFlags(50, 0.5, 0.35)).toEqual([]);
    expect(itemFlags(50, 0.5, 0.2)).toEqual([]);
    expect(itemFlags(50, 0.5, 0.19)).toEqual(['low-discrimination']);
    expect(itemFlags(50, 0.5, 0)).toEqual(['low-discrimination']);
    expect(itemFlags(50, 0.5, -0.01)).toEqual(['negative']);
    expect(itemFlags(50, 0.9, 0.3)).toEqual([]);
    expect(itemFlags(50, 0.92, 0.3)).toEqual(['easy']);
    expect(itemFlags(50, 0.2, 0.3)).toEqual([]);
    expect(itemFlags(50, 0.18, 0.3)).toEqual(['hard']);
    expect(itemFlags(50, 1, null)).toEqual(['easy']);
    // Few learners: flagged, and the other flags are kept.
    expect(itemFlags(4, 0.25, -0.5)).toEqual(['negative', 'few']);
    expect(itemFlags(5, 0.25, -0.5)).toEqual(['negative']);
  });

  it('flag KR-20 below 0.7 and forms taken by fewer than 5 learners', () => {
    expect(formFlags(30, 0.82)).toEqual([]);
    expect(formFlags(30, 0.7)).toEqual([]);
    expect(formFlags(30, 0.69)).toEqual(['low-reliability']);
    expect(formFlags(30, null)).toEqual([]);
    expect(formFlags(4, 0.9)).toEqual(['few']);
    expect(formFlags(3, 0.1)).toEqual(['low-reliability', 'few']);
  });

  it('leave discrimination and KR-20 undefined where nothing varies', () => {
    const everyoneRight = new ItemSums();
    for (const total of [4, 3, 2]) everyoneRight.add(1, total);
    expect(correctedPointBiserial(everyoneRight)).toBeNull();
    const sameRest = new ItemSums();
    sameRest.add(1, 3);
    sameRest.add(0, 2); // rest score 2 both times
    expect(correctedPointBiserial(sameRest)).toBeNull();
    expect(kr20(1, 0.25, 1)).toBeNull();
    expect(kr20(4, 0.5, 0)).toBeNull();
    expect(scoreVariance(new FormSums())).toBeNull();
  });
});

/** A record whose pre-test answers are one row of the matrix, questions q1–q4 mapped to two learning points. */
function learner(i: number, row: readonly number[], scenario = 's1'): MeasuredRecord {
  return {
    id: `item-${scenario}-${i}`,
    participant: { code: null, agency: null, role: null, cohort: null },
    scenario: { id: scenario, title: scenario },
    startedAt: '2026-05-01T10:00:00.000Z',
    completed: true,
    learningPoints: [],
    themes: [],
    preTest: {
      score: row.reduce((a, b) => a + b, 0),
      max: row.length,
      answers: row.map((x, j) => ({
        questionId: `q${j + 1}`,
        learningPoint: j < 2 ? 'lp-a' : 'lp-b',
        correct: x === 1,
      })),
    },
    postTest: null,
    confidence: { before: null, after: null },
  };
}

describe('item analysis in the aggregation', () => {
  it('gives the hand-worked figures from records, per scenario and form', () => {
    const m = aggregate(MATRIX.map((row, i) => learner(i, row)));
    expect(m.items).toHaveLength(1);
    const [form] = m.items;
    expect(form).toMatchObject({ scenarioId: 's1', form: 'pre', learners: 6, k: 4 });
    expect(form!.kr20.value).toBeCloseTo(40 / 123, 12);
    expect(form!.items.map((i) => i.learningPointId)).toEqual(['lp-a', 'lp-a', 'lp-b', 'lp-b']);
    expect(form!.items[3]!.discrimination.value).toBeCloseTo(-4 / Math.sqrt(328), 12);
  });

  it('keeps forms and scenarios apart, and respects the filters', () => {
    const other = MATRIX.slice(0, 4).map((row, i) => learner(i, row, 's2'));
    const m = aggregate([...MATRIX.map((row, i) => learner(i, row)), ...other]);
    expect(m.items.map((f) => [f.scenarioId, f.form, f.learners])).toEqual([
      ['s1', 'pre', 6],
      ['s2', 'pre', 4],
    ]);
    // Four learners: every figure is flagged as resting on few learners, the others kept.
    const few = m.items[1]!;
    expect(few.flags).toContain('few');
    expect(few.items.every((i) => i.flags.includes('few'))).toBe(true);
    expect(aggregate([...MATRIX.map((row, i) => learner(i, row)), ...other], { scenario: 's2' }).items).toHaveLength(1);
  });

  it('counts a skipped question as wrong, and leaves out answers without a question id', () => {
    const skipped = learner(0, [1, 0]);
    const old = learner(1, [1, 1]);
    const withoutIds: MeasuredRecord = {
      ...old,
      preTest: {
        ...old.preTest!,
        answers: old.preTest!.answers.map(({ learningPoint, correct }) => ({ learningPoint, correct })),
      },
    };
    const m = aggregate([skipped, withoutIds]);
    expect(m.items[0]!.learners).toBe(1);
    expect(m.items[0]!.items.map((i) => i.difficulty)).toEqual([
      { value: 1, n: 1 },
      { value: 0, n: 1 },
    ]);
    // Answers without a question id still count towards the learning points.
    expect(m.learningPoints[0]!.preCorrect).toEqual({ value: 3 / 4, n: 2 });
  });
});
