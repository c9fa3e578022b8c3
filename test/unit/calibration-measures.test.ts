import { describe, expect, it } from 'vitest';
import { calibrationOf } from '../../src/engine/calibration.ts';
import { CalibrationSums } from '../../src/engine/calibration-sums.ts';
import { aggregate, type MeasuredAnswer, type MeasuredRecord, toMeasured } from '../../src/engine/measures.ts';
import type { Certainty } from '../../src/engine/quiz.ts';
import { syntheticResult } from '../../bench/synthetic-results.ts';

type Given = [correct: boolean, certainty: Certainty | null];

const answers = (given: Given[], form = 'pre'): MeasuredAnswer[] =>
  given.map(([correct, certainty], i) => ({ questionId: `${form}-${i + 1}`, learningPoint: 'lp', correct, certainty }));

function record(id: string, over: Partial<MeasuredRecord>): MeasuredRecord {
  return {
    id,
    participant: { code: null, agency: 'Police', role: null, cohort: null },
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

const quiz = (given: Given[], form = 'pre') => ({
  score: given.filter(([c]) => c).length,
  max: given.length,
  answers: answers(given, form),
});

/**
 * Certainty-based marks (right / wrong): not sure 1 / 0, fairly sure 2 / −2, sure 3 / −6.
 *
 *   learner A, pre-test:  right sure +3, wrong sure −6, right fairly sure +2, no certainty (not rated)
 *   learner B, pre-test:  wrong fairly sure −2, right not sure +1, wrong not sure 0
 *
 *   rated answers 6 (A 3, B 3), from 2 learners; Σ marks = 3 − 6 + 2 − 2 + 1 + 0 = −2
 *   mean mark = −2 / 6 = −0.3333
 *   sure and wrong: 1 of 6 rated = 0.1667
 *   right when not sure 1 of 2, fairly sure 1 of 2, sure 1 of 2
 *
 *   learner A, post-test: right sure +3, right sure +3, wrong not sure 0
 *   → 3 rated from 1 learner, mean mark 6 / 3 = 2, no sure-and-wrong, right when sure 2 of 2
 */
const A = record('A', {
  preTest: quiz([
    [true, 3],
    [false, 3],
    [true, 2],
    [true, null],
  ]),
  postTest: quiz(
    [
      [true, 3],
      [true, 3],
      [false, 1],
    ],
    'post',
  ),
});
const B = record('B', {
  participant: { code: null, agency: 'Health', role: null, cohort: null },
  preTest: quiz([
    [false, 2],
    [true, 1],
    [false, 1],
  ]),
});

describe('calibration over many learners', () => {
  const m = aggregate([A, B]);
  const pre = m.overall.calibration.pre;

  it('gives the mean certainty-based mark per rated answer, with answers and learners counted', () => {
    expect(pre.rated).toBe(6);
    expect(pre.learners).toBe(2);
    expect(pre.meanMark.value).toBeCloseTo(-2 / 6, 12);
    expect(pre.meanMark.n).toBe(6);
  });

  it('gives the share of rated answers that were sure and wrong, and accuracy at each certainty', () => {
    expect(pre.confidentWrong).toEqual({ value: 1 / 6, n: 6 });
    expect(pre.accuracy).toEqual({
      1: { value: 0.5, n: 2 },
      2: { value: 0.5, n: 2 },
      3: { value: 0.5, n: 2 },
    });
  });

  it('keeps the test times apart', () => {
    const post = m.overall.calibration.post;
    expect(post).toMatchObject({ learners: 1, rated: 3, meanMark: { value: 2, n: 3 } });
    expect(post.confidentWrong).toEqual({ value: 0, n: 3 });
    expect(post.accuracy[3]).toEqual({ value: 1, n: 2 });
    expect(post.accuracy[2]).toEqual({ value: null, n: 0 });
    expect(m.overall.calibration.followup).toMatchObject({ learners: 0, rated: 0, meanMark: { value: null, n: 0 } });
  });

  it('gives the same figures per group', () => {
    const police = m.byAgency.find((g) => g.key === 'Police')!.calibration.pre;
    expect(police).toMatchObject({ learners: 1, rated: 3, confidentWrong: { value: 1 / 3, n: 3 } });
    expect(police.meanMark.value).toBeCloseTo(-1 / 3, 12); // (3 − 6 + 2) / 3
    expect(m.byScenario[0]!.calibration).toEqual(m.overall.calibration);
  });

  it('agrees with the learner’s own calibration (calibration.ts) on synthetic records', () => {
    const records = Array.from({ length: 400 }, (_, i) => syntheticResult(i, 5));
    const own = calibrationOf(records.flatMap((r) => r.postTest?.answers ?? []));
    const post = aggregate(records.map(toMeasured)).overall.calibration.post;
    expect(post.rated).toBe(own.rated);
    expect(post.meanMark.value).toBeCloseTo(own.meanMark!, 12);
    expect(post.confidentWrong.value! * post.rated).toBeCloseTo(own.confidentWrong, 9);
    for (const level of [1, 2, 3] as const) {
      expect(post.accuracy[level].n).toBe(own.byLevel[level].answers);
      expect(post.accuracy[level].value! * post.accuracy[level].n).toBeCloseTo(own.byLevel[level].right, 9);
    }
  });

  it('drops a certainty given without an answer when a result is kept', () => {
    const full = syntheticResult(3, 1);
    const answer = { ...full.preTest!.answers[0]!, chosen: null, correct: false, certainty: 3 as const };
    const kept = toMeasured({ ...full, preTest: { ...full.preTest!, answers: [answer] } });
    expect(kept.preTest!.answers[0]!.certainty).toBeNull();
  });
});

describe('calibration sums', () => {
  it('count a record once as a learner per form, however many answers it rated', () => {
    const record = new CalibrationSums();
    const group = new CalibrationSums();
    record.answer(0, 1, 3);
    record.answer(0, 0, 3);
    record.answer(2, 1, 1);
    group.addRecord(record);
    group.addRecord(record);
    expect(group.result(0)).toMatchObject({ learners: 2, rated: 4, meanMark: { value: -1.5, n: 4 } });
    expect(group.result(2)).toMatchObject({ learners: 2, rated: 2, meanMark: { value: 1, n: 2 } });
    expect(group.result(1)).toMatchObject({ learners: 0, rated: 0 });
    record.clear();
    expect([...record.sums].every((x) => x === 0)).toBe(true);
  });
});
