/**
 * Certainty-based marks summed over many learners, per test form: the dashboard's
 * "confidence is not knowledge" measure. Each answer is marked by `cbmMark`
 * (calibration.ts); only rated answers count (an option chosen and a certainty given).
 */
import { cbmMark } from './calibration.ts';
import { type Figure, mean, ratio, TEST_FORMS } from './figures.ts';
import type { Certainty, TestForm } from './quiz.ts';

export interface CalibrationMeasures {
  /** Learners (records) with at least one rated answer on this form. */
  learners: number;
  /** Rated answers: an option chosen and a certainty given. */
  rated: number;
  /** Mean certainty-based mark per rated answer (−6 to 3); n = rated answers. */
  meanMark: Figure;
  /** Share of rated answers that were given as "sure" and were wrong; n = rated answers. */
  confidentWrong: Figure;
  /** Share right at each level of certainty (1 not sure, 2 fairly sure, 3 sure); n = answers at that level. */
  accuracy: Record<Certainty, Figure>;
}

// Per form: learners, rated answers, sum of marks, sure-and-wrong, then answers and right at each level.
const LEARNERS = 0;
const RATED = 1;
const MARKS = 2;
const SURE_WRONG = 3;
const LEVELS = 4;
const FIELDS = LEVELS + 2 * 3;
/** cbmMark of a right (1) or wrong (0) answer at each certainty, at certainty × 2 + right: looked up, not recomputed. */
const MARK = Float64Array.from({ length: 8 }, (_, i) => (i < 2 ? 0 : cbmMark(i % 2 === 1, (i >> 1) as Certainty)));

export class CalibrationSums {
  readonly sums = new Float64Array(TEST_FORMS.length * FIELDS);
  /** Whether any answer was added since the last clear. */
  any = false;

  /** One rated answer on the form at `form` (an index into TEST_FORMS). */
  answer(form: number, right: 0 | 1, certainty: Certainty): void {
    const s = this.sums;
    const at = form * FIELDS;
    const level = at + LEVELS + 2 * (certainty - 1);
    s[at + RATED]!++;
    s[at + MARKS]! += MARK[certainty * 2 + right]!;
    s[level]!++;
    if (right) s[level + 1]!++;
    else if (certainty === 3) s[at + SURE_WRONG]!++;
    this.any = true;
  }

  /** Adds one record's answers, summed in `record`: the record counts once as a learner on each form it rated. */
  addRecord(record: CalibrationSums): void {
    const s = this.sums;
    const r = record.sums;
    for (let at = 0; at < s.length; at += FIELDS) {
      if (r[at + RATED] === 0) continue;
      s[at + LEARNERS]!++;
      for (let k = RATED; k < FIELDS; k++) s[at + k]! += r[at + k]!;
    }
    this.any ||= record.any;
  }

  clear(): void {
    if (!this.any) return;
    this.sums.fill(0);
    this.any = false;
  }

  result(form: number): CalibrationMeasures {
    const s = this.sums;
    const at = form * FIELDS;
    const rated = s[at + RATED]!;
    const level = (certainty: Certainty): Figure => {
      const answers = s[at + LEVELS + 2 * (certainty - 1)]!;
      return ratio(s[at + LEVELS + 2 * (certainty - 1) + 1]!, answers);
    };
    return {
      learners: s[at + LEARNERS]!,
      rated,
      meanMark: mean(s[at + MARKS]!, rated),
      confidentWrong: ratio(s[at + SURE_WRONG]!, rated),
      accuracy: { 1: level(1), 2: level(2), 3: level(3) },
    };
  }

  results(): Record<TestForm, CalibrationMeasures> {
    return { pre: this.result(0), post: this.result(1), followup: this.result(2) };
  }
}
