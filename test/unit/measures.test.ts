import { describe, expect, it } from 'vitest';
import {
  aggregate,
  FEW,
  MeasureTable,
  type MeasuredQuiz,
  type MeasuredRecord,
  normalisedGain,
  toMeasured,
} from '../../src/engine/measures.ts';
import { formatFigure, NO_DATA } from '../../src/dashboard/tables.ts';
import { syntheticResult } from '../../bench/synthetic-results.ts';

type Answer = [learningPoint: string, correct: boolean];

function quiz(max: number, answers: Answer[]): MeasuredQuiz {
  return {
    score: answers.filter(([, correct]) => correct).length,
    max,
    answers: answers.map(([learningPoint, correct]) => ({ learningPoint, correct })),
  };
}

function record(id: string, over: Partial<MeasuredRecord> = {}): MeasuredRecord {
  return {
    id,
    participant: { code: null, agency: null, role: null, cohort: null },
    scenario: { id: 's1', title: 'Scenario one' },
    startedAt: '2026-03-10T10:00:00.000Z',
    completed: true,
    learningPoints: [],
    themes: [],
    preTest: null,
    postTest: null,
    confidence: { before: null, after: null },
    ...over,
  };
}

/**
 * Three plays, worked by hand:
 *   r1  pre 2/4 (50%)  post 4/4 (100%)  gain +50  normalised (1 − .5)/(1 − .5) = 1
 *   r2  pre 4/4 (100%) post 3/4 (75%)   gain −25  normalised undefined (full marks before)
 *   r3  no pre-test    post 2/4 (50%), unfinished
 */
const r1 = record('r1', {
  participant: { code: 'A-1', agency: 'Police', role: 'Officer', cohort: 'March' },
  learningPoints: [
    { id: 'lp-a', status: 'met' },
    { id: 'lp-b', status: 'missed' },
  ],
  themes: [{ id: 't1', scaled: 0.5 }],
  preTest: quiz(4, [
    ['lp-a', true],
    ['lp-a', false],
    ['lp-b', true],
    ['lp-b', false],
  ]),
  postTest: quiz(4, [
    ['lp-a', true],
    ['lp-a', true],
    ['lp-b', true],
    ['lp-b', true],
  ]),
  confidence: { before: { t1: 2 }, after: { t1: 4 } },
});
const r2 = record('r2', {
  participant: { code: 'A-1', agency: 'Police', role: null, cohort: 'March' },
  startedAt: '2026-03-12T23:30:00.000Z',
  learningPoints: [
    { id: 'lp-a', status: 'partly' },
    { id: 'lp-b', status: 'missed' },
  ],
  themes: [{ id: 't1', scaled: 0.25 }],
  preTest: quiz(4, [
    ['lp-a', true],
    ['lp-a', true],
    ['lp-b', true],
    ['lp-b', true],
  ]),
  postTest: quiz(4, [
    ['lp-a', true],
    ['lp-a', true],
    ['lp-b', true],
    ['lp-b', false],
  ]),
  confidence: { before: { t1: 3 }, after: { t1: 3 } },
});
const r3 = record('r3', {
  participant: { code: null, agency: null, role: 'Officer', cohort: 'April' },
  startedAt: '2026-04-01T09:00:00.000Z',
  completed: false,
  learningPoints: [
    { id: 'lp-a', status: 'missed' },
    { id: 'lp-b', status: 'met' },
  ],
  themes: [{ id: 't1', scaled: 0 }],
  postTest: quiz(4, [
    ['lp-a', true],
    ['lp-a', true],
    ['lp-b', false],
    ['lp-b', false],
  ]),
  confidence: { before: null, after: { t1: 5 } },
});
const three = [r1, r2, r3];

describe('normalised gain', () => {
  it('is the share of the possible improvement achieved, on fractions of the maximum', () => {
    expect(normalisedGain(0.5, 1)).toBe(1);
    expect(normalisedGain(0.5, 0.75)).toBe(0.5);
    expect(normalisedGain(0, 0.25)).toBe(0.25);
    expect(normalisedGain(0.5, 0.25)).toBe(-0.5);
  });

  it('is undefined when the pre-test was at full marks', () => {
    expect(normalisedGain(1, 1)).toBeNull();
    expect(normalisedGain(1, 0.5)).toBeNull();
  });
});

describe('measures over hand-computed records', () => {
  const m = aggregate(three);

  it('counts records, distinct participant codes and the days played', () => {
    expect(m.records).toBe(3);
    expect(m.participantCodes).toBe(1);
    expect([m.firstDay, m.lastDay]).toEqual(['2026-03-10', '2026-04-01']);
  });

  it('computes completion, test means, gain, share improved and normalised gain, each with its n', () => {
    const o = m.overall;
    expect(o.records).toBe(3);
    expect(o.completion).toEqual({ value: 2 / 3, n: 3 });
    expect(o.preTest).toEqual({ value: 75, n: 2 }); // (50 + 100) / 2
    expect(o.postTest).toEqual({ value: 75, n: 3 }); // (100 + 75 + 50) / 3
    expect(o.gain).toEqual({ value: 12.5, n: 2 }); // (+50 − 25) / 2: r3 has no pre-test
    expect(o.improved).toEqual({ value: 0.5, n: 2 });
    expect(o.normalisedGain).toEqual({ value: 1, n: 1 });
    expect(o.normalisedGainExcluded).toBe(1);
  });

  it('breaks the figures down by agency and role, "not given" last', () => {
    expect(m.byAgency.map((g) => [g.key, g.records, g.gain.value])).toEqual([
      ['Police', 2, 12.5],
      [null, 1, null],
    ]);
    expect(m.byRole.map((g) => [g.key, g.records, g.postTest.value])).toEqual([
      ['Officer', 2, 75],
      [null, 1, 75],
    ]);
    expect(m.byScenario.map((g) => [g.key, g.records])).toEqual([['s1', 3]]);
  });

  it('gives pre- and post-test correctness per learning point from the answers, n counting learners', () => {
    const lp = (id: string) => m.learningPoints.find((l) => l.learningPointId === id)!;
    expect(lp('lp-a').preCorrect).toEqual({ value: 3 / 4, n: 2 }); // r1 1 of 2, r2 2 of 2
    expect(lp('lp-a').postCorrect).toEqual({ value: 1, n: 3 }); // 6 of 6
    expect(lp('lp-b').preCorrect).toEqual({ value: 3 / 4, n: 2 });
    expect(lp('lp-b').postCorrect).toEqual({ value: 3 / 6, n: 3 });
  });

  it('gives missed and met in play, and ranks the most missed learning points', () => {
    const lp = (id: string) => m.learningPoints.find((l) => l.learningPointId === id)!;
    expect(lp('lp-a').missedInPlay).toEqual({ value: 1 / 3, n: 3 });
    expect(lp('lp-a').metInPlay).toEqual({ value: 1 / 3, n: 3 });
    expect(lp('lp-b').missedInPlay).toEqual({ value: 2 / 3, n: 3 });
    expect(m.mostMissed.map((l) => l.learningPointId)).toEqual(['lp-b', 'lp-a']);
  });

  it('gives play score and confidence before, after and paired change per theme', () => {
    expect(m.themes).toEqual([
      {
        themeId: 't1',
        playScore: { value: 0.25, n: 3 },
        confidenceBefore: { value: 2.5, n: 2 },
        confidenceAfter: { value: 4, n: 3 },
        confidenceChange: { value: 1, n: 2 }, // r1 +2, r2 0; r3 rated only after
      },
    ]);
  });
});

describe('edge cases', () => {
  it('with no pre-test at all: pre-test, gain and normalised gain have no value and n 0', () => {
    const m = aggregate([r3, { ...r3, id: 'r3b' }]);
    expect(m.overall.preTest).toEqual({ value: null, n: 0 });
    expect(m.overall.gain).toEqual({ value: null, n: 0 });
    expect(m.overall.improved).toEqual({ value: null, n: 0 });
    expect(m.overall.normalisedGain).toEqual({ value: null, n: 0 });
    expect(m.overall.postTest).toEqual({ value: 50, n: 2 });
    expect(m.learningPoints.every((lp) => lp.preCorrect.n === 0 && lp.preCorrect.value === null)).toBe(true);
  });

  it('with every pre-test at full marks: no normalised gain, every pair counted as excluded', () => {
    const m = aggregate([r2, { ...r2, id: 'r2b', postTest: quiz(4, [['lp-a', true]]) }]);
    expect(m.overall.normalisedGain).toEqual({ value: null, n: 0 });
    expect(m.overall.normalisedGainExcluded).toBe(2);
    expect(m.overall.gain).toEqual({ value: (-25 - 75) / 2, n: 2 });
    expect(m.overall.improved).toEqual({ value: 0, n: 2 });
  });

  it('with a single learner: every figure is that learner’s, with n 1', () => {
    const m = aggregate([r1]);
    expect(m.overall).toMatchObject({
      records: 1,
      preTest: { value: 50, n: 1 },
      postTest: { value: 100, n: 1 },
      gain: { value: 50, n: 1 },
      improved: { value: 1, n: 1 },
      normalisedGain: { value: 1, n: 1 },
    });
    expect(m.themes[0]!.confidenceChange).toEqual({ value: 2, n: 1 });
  });

  it('with tests of different lengths: each score is taken as a fraction of its own maximum', () => {
    const r = record('x', {
      preTest: { score: 2, max: 4, answers: [] },
      postTest: { score: 6, max: 8, answers: [] },
    });
    const o = aggregate([r]).overall;
    expect([o.preTest.value, o.postTest.value, o.gain.value, o.normalisedGain.value]).toEqual([50, 75, 25, 0.5]);
  });

  it('treats a test with no questions as not taken', () => {
    const o = aggregate([record('x', { preTest: { score: 0, max: 0, answers: [] } })]).overall;
    expect(o.preTest).toEqual({ value: null, n: 0 });
  });

  it('with no records: zero counts and no values', () => {
    const m = aggregate([]);
    expect(m.records).toBe(0);
    expect([m.firstDay, m.lastDay]).toEqual([null, null]);
    expect(m.overall.completion).toEqual({ value: null, n: 0 });
    expect(m.byAgency).toEqual([]);
    expect(m.mostMissed).toEqual([]);
  });
});

describe('filters', () => {
  it('select by the UTC day play started, both days included', () => {
    expect(aggregate(three, { from: '2026-03-12' }).records).toBe(2);
    expect(aggregate(three, { to: '2026-03-12' }).records).toBe(2);
    expect(aggregate(three, { from: '2026-03-11', to: '2026-03-12' }).records).toBe(1);
    expect(aggregate(three, { from: '2026-04-02' }).records).toBe(0);
  });

  it('select by scenario, agency, role and cohort; null selects "not given"', () => {
    const other = record('o1', { scenario: { id: 's2', title: 'Scenario two' } });
    expect(aggregate([...three, other], { scenario: 's2' }).records).toBe(1);
    expect(aggregate(three, { agency: 'Police' }).overall.gain).toEqual({ value: 12.5, n: 2 });
    expect(aggregate(three, { agency: null }).records).toBe(1);
    expect(aggregate(three, { role: 'Officer', cohort: 'March' }).records).toBe(1);
    expect(aggregate(three, { cohort: 'Never used' }).records).toBe(0);
  });

  it('lists the choices with their counts, whatever is selected', () => {
    const choices = MeasureTable.from(three).choices();
    expect(choices.agencies).toEqual([
      { value: 'Police', label: 'Police', count: 2 },
      { value: null, label: 'Not given', count: 1 },
    ]);
    expect(choices.cohorts.map((c) => [c.value, c.count])).toEqual([
      ['April', 1],
      ['March', 2],
    ]);
    expect(choices.scenarios).toEqual([{ value: 's1', label: 'Scenario one', count: 3 }]);
    expect([choices.firstDay, choices.lastDay]).toEqual(['2026-03-10', '2026-04-01']);
  });
});

describe('the record table', () => {
  it('forgets records after a truncation point, as if they were never added', () => {
    const table = MeasureTable.from(three);
    table.truncate(1);
    expect(table.count).toBe(1);
    expect(table.aggregate()).toEqual(aggregate([r1]));
    table.add(r2);
    expect(table.aggregate()).toEqual(aggregate([r1, r2]));
  });

  it('agrees with itself across groupings on synthetic records', () => {
    const records = Array.from({ length: 3000 }, (_, i) => toMeasured(syntheticResult(i, 3)));
    const m = aggregate(records);
    const sum = (groups: { records: number }[]) => groups.reduce((s, g) => s + g.records, 0);
    expect(m.records).toBe(3000);
    expect([sum(m.byScenario), sum(m.byAgency), sum(m.byRole)]).toEqual([3000, 3000, 3000]);
    const paired = records.filter((r) => r.preTest && r.postTest).length;
    expect(m.overall.gain.n).toBe(paired);
    expect(m.overall.normalisedGain.n + m.overall.normalisedGainExcluded).toBe(paired);
    const police = aggregate(
      records.filter((r) => r.participant.agency === 'Police'),
      {},
    );
    expect(aggregate(records, { agency: 'Police' }).overall).toEqual(police.overall);
  });

  it('keeps only what the measures need from a result record', () => {
    const full = syntheticResult(1, 1);
    const kept = toMeasured(full);
    expect(kept).not.toHaveProperty('path');
    const answer = full.preTest!.answers[0]!;
    expect(kept.preTest?.answers[0]).toEqual({
      questionId: answer.questionId,
      learningPoint: answer.learningPoint,
      correct: answer.correct,
      certainty: answer.certainty,
    });
    expect(kept.preTest?.answers[0]).not.toHaveProperty('chosen');
    expect(kept.practice).toEqual(
      full.practice && {
        applied: full.practice.applied,
        changed: full.practice.changed,
        supervision: full.practice.supervision,
      },
    );
    expect(aggregate([kept])).toEqual(aggregate([full]));
  });

  it('reads records kept before follow-up, certainty, question ids and practice were kept', () => {
    // As stored by the earlier dashboard: no followUpTest or practice, answers without ids or certainty.
    const stored = JSON.parse(JSON.stringify([r1, r2, r3])) as MeasuredRecord[];
    for (const r of stored) {
      delete (r as Partial<MeasuredRecord>).followUpTest;
      delete (r as Partial<MeasuredRecord>).practice;
    }
    const m = aggregate(stored);
    expect(m.overall.gain).toEqual({ value: 12.5, n: 2 });
    expect(m.overall.followUpTest).toEqual({ value: null, n: 0 });
    expect(m.overall.calibration.pre.rated).toBe(0);
    expect(m.overall.practice.records).toBe(0);
    expect(m.items).toEqual([]);
  });
});

/**
 * Five learners on tests of four questions (scores as fractions of the maximum), worked by hand:
 *
 *   learner   pre    post   follow-up   post − pre   follow-up − pre
 *   f1        0.25   0.75   0.50        0.50          0.25
 *   f2        0.50   0.75   0.75        0.25          0.25
 *   f3        0.50   1.00   0.75        0.50          0.25
 *   f4        0.75   0.75   0.50        0.00         −0.25
 *   f5        0.25   0.50   0.50        0.25          0.25
 *
 *   post − pre: Σd = 1.5, Σd² = 0.625, mean 0.3, SD √((0.625 − 1.5²/5)/4) = √0.04375 = 0.209165,
 *     d_z = 1.434274, SE = √(1/5 + 2.057143/10) = 0.636957, t(4) = 2.776445, 95% CI −0.334202 to 3.202751
 *   follow-up − pre: Σd = 0.75, Σd² = 0.3125, mean 0.15, SD √((0.3125 − 0.75²/5)/4) = √0.05 = 0.223607,
 *     d_z = 0.15 / 0.223607 = 0.670820, SE = √(1/5 + 0.45/10) = √0.245 = 0.494975,
 *     95% CI 0.670820 ± 2.776445 × 0.494975 = −0.703450 to 2.045091
 *   means: pre 0.45, post 0.75, follow-up 0.60; retention = (0.60 − 0.45) / (0.75 − 0.45) = 0.5
 *   follow-up mean 60%, n 5.
 * f6 took only the pre-test and the follow-up (0.5 → 1): it counts in the follow-up mean and
 * the pre → follow-up effect (as a second run below shows) but not in retention.
 */
const fractions = [
  [0.25, 0.75, 0.5],
  [0.5, 0.75, 0.75],
  [0.5, 1, 0.75],
  [0.75, 0.75, 0.5],
  [0.25, 0.5, 0.5],
];
const scoreQuiz = (fraction: number): MeasuredQuiz => ({ score: fraction * 4, max: 4, answers: [] });
const followed = fractions.map(([pre, post, followUp], i) =>
  record(`f${i + 1}`, {
    preTest: scoreQuiz(pre!),
    postTest: scoreQuiz(post!),
    followUpTest: scoreQuiz(followUp!),
  }),
);

describe('effect sizes, follow-up and retention', () => {
  it('give d_z with its 95% CI from pre to post, on the same records as the mean gain', () => {
    const o = aggregate(followed).overall;
    expect(o.effectSize.n).toBe(5);
    expect(o.effectSize.value).toBeCloseTo(1.434274, 6);
    expect(o.effectSize.low).toBeCloseTo(-0.334202, 6);
    expect(o.effectSize.high).toBeCloseTo(3.202751, 6);
    expect(o.gain.value).toBeCloseTo(30, 12);
  });

  it('give the follow-up mean, retention and the pre to follow-up effect size', () => {
    const o = aggregate(followed).overall;
    expect(o.followUpTest).toEqual({ value: 60, n: 5 });
    expect(o.retention.n).toBe(5);
    expect(o.retention.value).toBeCloseTo(0.5, 12);
    expect(o.allThree).toEqual({ pre: 45, post: 75, followUp: 60 });
    expect(o.followUpEffectSize.n).toBe(5);
    expect(o.followUpEffectSize.value).toBeCloseTo(0.67082, 5);
    expect(o.followUpEffectSize.se).toBeCloseTo(0.494975, 6);
    expect(o.followUpEffectSize.low).toBeCloseTo(-0.70345, 5);
    expect(o.followUpEffectSize.high).toBeCloseTo(2.045091, 6);
  });

  it('count a record without a post-test in the follow-up figures but not in retention', () => {
    const f6 = record('f6', { preTest: scoreQuiz(0.5), followUpTest: scoreQuiz(1) });
    const o = aggregate([...followed, f6]).overall;
    expect(o.followUpTest).toEqual({ value: 400 / 6, n: 6 });
    expect(o.followUpEffectSize.n).toBe(6);
    expect(o.retention).toEqual(aggregate(followed).overall.retention);
  });

  it('leave retention undefined without an immediate gain, and effect sizes undefined below 2 pairs', () => {
    const flat = record('flat', { preTest: scoreQuiz(0.5), postTest: scoreQuiz(0.5), followUpTest: scoreQuiz(0.75) });
    const o = aggregate([flat]).overall;
    expect(o.retention).toEqual({ value: null, n: 1 });
    expect(o.effectSize).toMatchObject({ value: null, n: 1 });
    expect(aggregate([r3]).overall.retention).toEqual({ value: null, n: 0 });
    expect(aggregate([r3]).overall.allThree).toBeNull();
  });
});

describe('use in practice', () => {
  it('counts the managers’ answers per level of each question, n = records answering it', () => {
    const practice = (applied: number | null, changed: number | null, supervision: number | null) =>
      ({ applied, changed, supervision }) as const;
    const m = aggregate([
      record('p1', { practice: practice(3, 2, 2) }),
      record('p2', { practice: practice(4, 3, null), participant: { ...r1.participant } }),
      record('p3', { practice: practice(1, 1, 1) }),
      record('p4', { practice: practice(null, null, null) }),
      record('p5'),
    ]);
    expect(m.overall.practice).toEqual({
      records: 3,
      applied: { n: 3, counts: [1, 0, 1, 1] },
      changed: { n: 3, counts: [1, 1, 1, 0] },
      supervision: { n: 2, counts: [1, 1, 0] },
    });
    expect(m.byAgency.find((g) => g.key === 'Police')!.practice.applied).toEqual({ n: 1, counts: [0, 0, 0, 1] });
  });
});

describe('the few-records flag', () => {
  it(`marks figures resting on fewer than ${FEW} records`, () => {
    expect(formatFigure({ value: 0.5, n: 4 }, 1, 100)).toBe('50.0 [n<5]');
    expect(formatFigure({ value: 0.5, n: 5 }, 1, 100)).toBe('50.0');
    expect(formatFigure({ value: 3.25, n: 1 }, 2)).toBe('3.25 [n<5]');
    expect(formatFigure({ value: null, n: 0 }, 1)).toBe(NO_DATA);
    expect(formatFigure({ value: -0.0001, n: 10 }, 1)).toBe('0.0');
  });
});
