import { describe, expect, it } from 'vitest';
import { Ledger, MET_THRESHOLD, scaledOf, statusOf } from '../../src/engine/ledger.ts';
import type { LearningPoint } from '../../src/engine/scenario.ts';

const lp = (id: string, theme: string): LearningPoint => ({
  id,
  title: id,
  summary: id,
  theme,
  source: { review: 'R', section: '1' },
});

describe('the scoring ledger', () => {
  it('judges met at 75% of the maximum, partly above zero, missed at zero or below', () => {
    expect(MET_THRESHOLD).toBe(0.75);
    expect(statusOf(3, 4)).toBe('met');
    expect(statusOf(2, 4)).toBe('partly');
    expect(statusOf(0, 4)).toBe('missed');
    expect(statusOf(-2, 4)).toBe('missed');
    expect(statusOf(1, 0)).toBe('missed');
  });

  it('scales clamped scores by the maximum', () => {
    expect(scaledOf(2, 4)).toBe(0.5);
    expect(scaledOf(-3, 4)).toBe(0);
    expect(scaledOf(9, 4)).toBe(1);
    expect(scaledOf(1, 0)).toBe(0);
  });

  it('sums effects per learning point, by theme and overall, keeping unknown ids aside', () => {
    const ledger = new Ledger([lp('a', 't1'), lp('b', 't1'), lp('c', 't2')], { a: 2, b: 2, c: 4 });
    ledger.apply(
      [
        { id: 'a', delta: 2 },
        { id: 'c', delta: 1 },
      ],
      'd1',
      'Ask',
    );
    ledger.apply(
      [
        { id: 'b', delta: -1 },
        { id: 'zzz', delta: 5 },
      ],
      'd2',
      'Wait',
    );
    expect(ledger.results().map((r) => [r.id, r.score, r.status])).toEqual([
      ['a', 2, 'met'],
      ['b', -1, 'missed'],
      ['c', 1, 'partly'],
    ]);
    expect(
      ledger.themes([
        { id: 't1', title: 'One' },
        { id: 't2', title: 'Two' },
      ]),
    ).toEqual([
      { id: 't1', title: 'One', score: 2, max: 4, scaled: 0.5 },
      { id: 't2', title: 'Two', score: 1, max: 4, scaled: 0.25 },
    ]);
    expect(ledger.overall()).toBeCloseTo(3 / 8);
    expect(ledger.unknown).toEqual([{ lp: 'zzz', delta: 5, decisionId: 'd2', optionText: 'Wait' }]);
  });
});
