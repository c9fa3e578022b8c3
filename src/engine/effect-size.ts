/**
 * The paired effect size of a change in test scores (Cohen's d_z) with its confidence
 * interval, and retention of a gain at follow-up. Everything is computed from sums that
 * add up record by record (n, Σd, Σd²), so a group's figure comes out of one pass.
 */
import { tQuantile } from './t-distribution.ts';

/** The confidence level of the intervals shown. */
export const CONFIDENCE = 0.95;

/**
 * A variance this small relative to the mean square of the differences is rounding
 * error: every difference was the same, so the standard deviation is taken as 0.
 */
const ROUNDING = 1e-12;

/** Paired differences (e.g. post − pre, as fractions of each test's maximum) summed as they come. */
export class PairedSums {
  n = 0;
  sum = 0;
  sumSquares = 0;

  add(difference: number): void {
    this.n++;
    this.sum += difference;
    this.sumSquares += difference * difference;
  }
}

/** A paired effect size and what it rests on; value is d_z, null when it is undefined. */
export interface EffectSize {
  /** d_z = mean difference ÷ SD of the differences; null when n < 2 or the SD is 0. */
  value: number | null;
  /** Pairs (learners with both tests). */
  n: number;
  /** Mean of the differences (a fraction of the test maximum); null when n = 0. */
  meanDifference: number | null;
  /** Sample standard deviation of the differences (divisor n − 1); null when n < 2. */
  sd: number | null;
  /** Large-sample standard error of d_z: √(1/n + d_z²/(2n)). */
  se: number | null;
  /** The multiplier of the interval: t with n − 1 degrees of freedom at 97.5%. */
  critical: number | null;
  /** The 95% confidence interval: d_z ± critical × SE. */
  low: number | null;
  high: number | null;
}

/** d_z with its 95% confidence interval, from the sums of the paired differences. */
export function pairedEffect(n: number, sum: number, sumSquares: number): EffectSize {
  const none: EffectSize = {
    value: null,
    n,
    meanDifference: n > 0 ? sum / n : null,
    sd: null,
    se: null,
    critical: null,
    low: null,
    high: null,
  };
  if (n < 2) return none;
  const mean = sum / n;
  const variance = Math.max(0, (sumSquares - sum * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  if (variance <= ROUNDING * (sumSquares / n)) return { ...none, sd: 0 };
  const dz = mean / sd;
  const se = Math.sqrt(1 / n + (dz * dz) / (2 * n));
  const critical = tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1);
  return { value: dz, n, meanDifference: mean, sd, se, critical, low: dz - critical * se, high: dz + critical * se };
}

export const effectOf = (sums: PairedSums): EffectSize => pairedEffect(sums.n, sums.sum, sums.sumSquares);

/**
 * The share of the immediate gain still there at follow-up, from the three means over
 * the same learners: (follow-up − pre) ÷ (post − pre). 1 is all of it kept; above 1, the
 * score rose further; below 0, it fell under the pre-test. Undefined (null) when there
 * was no immediate gain (post − pre ≤ 0).
 */
export function retention(pre: number, post: number, followUp: number): number | null {
  const gain = post - pre;
  return gain > 0 ? (followUp - pre) / gain : null;
}
