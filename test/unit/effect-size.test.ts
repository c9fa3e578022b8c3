import { describe, expect, it } from 'vitest';
import { effectOf, pairedEffect, PairedSums, retention } from '../../src/engine/effect-size.ts';
import { incompleteBeta, lnGamma, tCdf, tQuantile } from '../../src/engine/t-distribution.ts';

describe('Student’s t distribution', () => {
  it('gives the 97.5% points of published tables', () => {
    // Two-sided 95% critical values (e.g. any statistics textbook's t table).
    const table: [df: number, t: number][] = [
      [1, 12.706204736],
      [2, 4.30265273],
      [3, 3.182446305],
      [4, 2.776445105],
      [5, 2.570581836],
      [9, 2.262157163],
      [29, 2.045229642],
      [60, 2.000297822],
      [120, 1.979930405],
      [1000, 1.962339081],
    ];
    for (const [df, t] of table) expect(tQuantile(0.975, df), `df ${df}`).toBeCloseTo(t, 8);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom at any probability', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9999]) {
      // df 1 is the Cauchy distribution; df 2 has t = (2p − 1) / √(2p(1 − p)).
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 6);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 8);
    }
  });

  it('tends to the normal distribution’s 1.959964 as the degrees of freedom grow', () => {
    expect(tQuantile(0.975, 100_000)).toBeCloseTo(1.959988, 5);
    expect(tQuantile(0.975, 250_000)).toBeCloseTo(1.959973, 5);
    expect(tQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 5);
  });

  it('is symmetric, inverts the distribution function, and refuses what is not a probability', () => {
    expect(tQuantile(0.025, 10)).toBeCloseTo(-tQuantile(0.975, 10), 12);
    expect(tQuantile(0.5, 7)).toBe(0);
    for (const df of [1, 3, 17, 400]) expect(tCdf(tQuantile(0.9, df), df)).toBeCloseTo(0.9, 10);
    expect(tCdf(0, 5)).toBe(0.5);
    expect(tCdf(-2, 3)).toBeCloseTo(0.069662984, 8);
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(tQuantile(p, 4)).toBeNaN();
    expect(tQuantile(0.975, 0)).toBeNaN();
  });

  it('rests on the gamma and incomplete beta functions', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.5(a, a) = 0.5.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.4, 3, 1)).toBeCloseTo(0.064, 12);
    expect(incompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
  });
});

/**
 * Five learners, tests of four questions, scores as fractions of the maximum:
 *
 *   learner   pre    post   d = post − pre   d − mean   (d − mean)²
 *   1         0.25   0.75   0.50             +0.20      0.0400
 *   2         0.50   0.75   0.25             −0.05      0.0025
 *   3         0.50   1.00   0.50             +0.20      0.0400
 *   4         0.75   0.75   0.00             −0.30      0.0900
 *   5         0.25   0.50   0.25             −0.05      0.0025
 *                          Σd = 1.5                    Σ = 0.175     (Σd² = 0.625)
 *
 *   mean = 1.5 / 5 = 0.3
 *   SD   = √(0.175 / 4) = √0.04375 = 0.209165
 *   d_z  = 0.3 / 0.209165 = 1.434274
 *   SE   = √(1/5 + d_z²/(2 × 5)) = √(0.2 + 2.057143/10) = √0.405714 = 0.636957
 *   t(0.975, 4 df) = 2.776445
 *   95% CI = 1.434274 ± 2.776445 × 0.636957 = 1.434274 ± 1.768476 = −0.334202 to 3.202751
 */
const PRE = [0.25, 0.5, 0.5, 0.75, 0.25];
const POST = [0.75, 0.75, 1, 0.75, 0.5];

describe('the paired effect size d_z', () => {
  it('is the mean paired difference over its SD (n − 1), with a t-based 95% CI', () => {
    const sums = new PairedSums();
    PRE.forEach((pre, i) => sums.add(POST[i]! - pre));
    expect([sums.n, sums.sum, sums.sumSquares]).toEqual([5, 1.5, 0.625]);
    const e = effectOf(sums);
    expect(e.n).toBe(5);
    expect(e.meanDifference).toBeCloseTo(0.3, 12);
    expect(e.sd).toBeCloseTo(0.209165, 6);
    expect(e.value).toBeCloseTo(1.434274, 6);
    expect(e.se).toBeCloseTo(0.636957, 6);
    expect(e.critical).toBeCloseTo(2.776445, 6);
    expect(e.low).toBeCloseTo(-0.334202, 6);
    expect(e.high).toBeCloseTo(3.202751, 6);
  });

  it('is undefined for fewer than 2 pairs', () => {
    expect(pairedEffect(0, 0, 0)).toMatchObject({ value: null, n: 0, meanDifference: null, low: null });
    expect(pairedEffect(1, 0.25, 0.0625)).toMatchObject({ value: null, n: 1, meanDifference: 0.25, sd: null });
  });

  it('is undefined when every learner changed by the same amount (SD 0), even after rounding', () => {
    expect(pairedEffect(3, 0, 0)).toMatchObject({ value: null, sd: 0 });
    const sums = new PairedSums();
    // 0.1 is not exact in binary: the sums leave a variance of rounding error, not 0.
    for (let i = 0; i < 7; i++) sums.add(0.1);
    expect(effectOf(sums)).toMatchObject({ value: null, n: 7, sd: 0 });
    expect(effectOf(sums).meanDifference).toBeCloseTo(0.1, 12);
  });

  it('is negative when scores fell, with the interval mirrored', () => {
    const up = pairedEffect(5, 1.5, 0.625);
    const down = pairedEffect(5, -1.5, 0.625);
    expect(down.value).toBeCloseTo(-up.value!, 12);
    expect(down.low).toBeCloseTo(-up.high!, 12);
  });
});

describe('retention', () => {
  it('is the share of the immediate gain still there at follow-up', () => {
    // pre 45%, post 75%, follow-up 60%: (60 − 45) / (75 − 45) = 0.5.
    expect(retention(0.45, 0.75, 0.6)).toBeCloseTo(0.5, 12);
    expect(retention(0.5, 0.75, 0.75)).toBe(1);
    expect(retention(0.5, 0.75, 0.875)).toBe(1.5);
    expect(retention(0.5, 0.75, 0.25)).toBe(-1);
  });

  it('is undefined without an immediate gain', () => {
    expect(retention(0.5, 0.5, 0.75)).toBeNull();
    expect(retention(0.75, 0.5, 0.5)).toBeNull();
  });
});
