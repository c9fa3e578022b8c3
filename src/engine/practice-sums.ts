/**
 * The manager's answers on use in practice, given with the follow-up (result.ts,
 * `practice`): how many gave each answer to each of the three questions.
 */

/** The number of levels of each question's scale (1 is the lowest). */
export const PRACTICE_SCALES = { applied: 4, changed: 4, supervision: 3 } as const;
export type PracticeQuestion = keyof typeof PRACTICE_SCALES;
export const PRACTICE_KEYS = Object.keys(PRACTICE_SCALES) as PracticeQuestion[];

export interface PracticeDistribution {
  /** Records whose manager answered this question. */
  n: number;
  /** Records giving each level: counts[0] is level 1. */
  counts: number[];
}

export interface PracticeMeasures {
  /** Records with any of the manager's answers. */
  records: number;
  applied: PracticeDistribution;
  changed: PracticeDistribution;
  supervision: PracticeDistribution;
}

/** Counts per level of each question; a level of 0 means "not answered". */
export class PracticeSums {
  records = 0;
  readonly applied = new Array<number>(PRACTICE_SCALES.applied + 1).fill(0);
  readonly changed = new Array<number>(PRACTICE_SCALES.changed + 1).fill(0);
  readonly supervision = new Array<number>(PRACTICE_SCALES.supervision + 1).fill(0);

  add(applied: number, changed: number, supervision: number): void {
    if (!applied && !changed && !supervision) return;
    this.records++;
    this.applied[applied]!++;
    this.changed[changed]!++;
    this.supervision[supervision]!++;
  }

  result(): PracticeMeasures {
    const distribution = (counts: number[]): PracticeDistribution => {
      const given = counts.slice(1);
      return { n: given.reduce((a, b) => a + b, 0), counts: given };
    };
    return {
      records: this.records,
      applied: distribution(this.applied),
      changed: distribution(this.changed),
      supervision: distribution(this.supervision),
    };
  }
}
