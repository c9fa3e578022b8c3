/**
 * The pieces every dashboard measure shares: a figure with the number of records it
 * rests on, the threshold below which figures are flagged, and the three test forms.
 */
import type { TestForm } from './quiz.ts';

/** Figures resting on fewer records (or learners) than this are flagged. */
export const FEW = 5;

/** A figure and the number of records it rests on; value is null when n is 0 (or it is undefined). */
export interface Figure {
  value: number | null;
  n: number;
}

export const ratio = (count: number, n: number): Figure => ({ value: n > 0 ? count / n : null, n });
export const mean = (sum: number, n: number): Figure => ({ value: n > 0 ? sum / n : null, n });

/** The parallel test forms in the order they are taken; a form's index is its place here. */
export const TEST_FORMS: readonly TestForm[] = ['pre', 'post', 'followup'];
export const PRE = 0;
export const POST = 1;
export const FOLLOW_UP = 2;
