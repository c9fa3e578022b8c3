/**
 * The figures of one group of records (all selected, a scenario, an agency, a role):
 * completion, test scores, gains and their effect sizes, follow-up and retention,
 * calibration per test form and the manager's answers on use in practice. Kept as sums,
 * so that adding a record is a few additions and the figures come out at the end.
 */
import { type CalibrationMeasures, CalibrationSums } from './calibration-sums.ts';
import { type EffectSize, effectOf, PairedSums, retention } from './effect-size.ts';
import { type Figure, mean, ratio } from './figures.ts';
import { type PracticeMeasures, PracticeSums } from './practice-sums.ts';
import type { TestForm } from './quiz.ts';

export interface GroupMeasures {
  /** The group's value (scenario id, agency, role); null for "not given". */
  key: string | null;
  records: number;
  /** Share of records that reached an ending (0..1); n = records. */
  completion: Figure;
  /** Mean pre-test score as a percentage of the test's maximum; n = records with a pre-test. */
  preTest: Figure;
  /** Mean post-test score (%); n = records with a post-test. */
  postTest: Figure;
  /** Mean of post% − pre%, in percentage points; n = records with both tests. */
  gain: Figure;
  /** Share of records with both tests whose post% is above their pre% (0..1). */
  improved: Figure;
  /** Mean of each record's (post − pre) / (max − pre); n = records with both tests, less `excluded`. */
  normalisedGain: Figure;
  /** Records with both tests left out of the normalised gain: full marks before, so it is undefined. */
  normalisedGainExcluded: number;
  /** Cohen's d_z of post − pre (fractions of the maximum) with its 95% CI; n = records with both tests. */
  effectSize: EffectSize;
  /** Mean follow-up test score (%); n = records with a follow-up test. */
  followUpTest: Figure;
  /** (mean follow-up − mean pre) ÷ (mean post − mean pre) over records with all three tests; n = those records. */
  retention: Figure;
  /** Mean pre-, post- and follow-up scores (%) of the records behind `retention`; null when there are none. */
  allThree: { pre: number; post: number; followUp: number } | null;
  /** Cohen's d_z of follow-up − pre; n = records with both. */
  followUpEffectSize: EffectSize;
  /** Certainty-based marking on each test form. */
  calibration: Record<TestForm, CalibrationMeasures>;
  /** The manager's answers on use in practice. */
  practice: PracticeMeasures;
}

/**
 * A learner's normalised gain (post − pre) / (max − pre), on scores as fractions of
 * each test's maximum; undefined (null) when the pre-test was at full marks.
 */
export function normalisedGain(pre: number, post: number): number | null {
  return pre >= 1 ? null : (post - pre) / (1 - pre);
}

/** One record's figures, handed to each group it belongs to. */
export class RecordFigures {
  completed = false;
  /** Test scores as fractions of each test's maximum; NaN when the test was not taken. */
  pre = Number.NaN;
  post = Number.NaN;
  followUp = Number.NaN;
  /** The manager's answers; 0 when not given. */
  applied = 0;
  changed = 0;
  supervision = 0;
  /** The record's rated answers on each form. */
  readonly calibration = new CalibrationSums();
}

export class GroupSums {
  records = 0;
  completed = 0;
  preN = 0;
  preSum = 0;
  postN = 0;
  postSum = 0;
  followUpN = 0;
  followUpSum = 0;
  improved = 0;
  gN = 0;
  gSum = 0;
  gExcluded = 0;
  /** post − pre over records with both tests. */
  readonly gain = new PairedSums();
  /** follow-up − pre over records with both. */
  readonly followUpGain = new PairedSums();
  /** Records with all three tests, and their sums of each. */
  tripleN = 0;
  triplePre = 0;
  triplePost = 0;
  tripleFollowUp = 0;
  readonly calibration = new CalibrationSums();
  readonly practice = new PracticeSums();

  add(r: RecordFigures): void {
    const { pre, post, followUp } = r;
    this.records++;
    if (r.completed) this.completed++;
    const hasPre = pre === pre;
    const hasPost = post === post;
    const hasFollowUp = followUp === followUp;
    if (hasPre) {
      this.preN++;
      this.preSum += pre;
    }
    if (hasPost) {
      this.postN++;
      this.postSum += post;
    }
    if (hasFollowUp) {
      this.followUpN++;
      this.followUpSum += followUp;
    }
    if (hasPre && hasPost) {
      this.gain.add(post - pre);
      if (post > pre) this.improved++;
      const g = normalisedGain(pre, post);
      if (g === null) this.gExcluded++;
      else {
        this.gN++;
        this.gSum += g;
      }
    }
    if (hasPre && hasFollowUp) this.followUpGain.add(followUp - pre);
    if (hasPre && hasPost && hasFollowUp) {
      this.tripleN++;
      this.triplePre += pre;
      this.triplePost += post;
      this.tripleFollowUp += followUp;
    }
    if (r.calibration.any) this.calibration.addRecord(r.calibration);
    this.practice.add(r.applied, r.changed, r.supervision);
  }

  result(key: string | null): GroupMeasures {
    const n = this.tripleN;
    return {
      key,
      records: this.records,
      completion: ratio(this.completed, this.records),
      preTest: mean(this.preSum * 100, this.preN),
      postTest: mean(this.postSum * 100, this.postN),
      gain: mean(this.gain.sum * 100, this.gain.n),
      improved: ratio(this.improved, this.gain.n),
      normalisedGain: mean(this.gSum, this.gN),
      normalisedGainExcluded: this.gExcluded,
      effectSize: effectOf(this.gain),
      followUpTest: mean(this.followUpSum * 100, this.followUpN),
      retention: { value: n ? retention(this.triplePre / n, this.triplePost / n, this.tripleFollowUp / n) : null, n },
      allThree: n
        ? {
            pre: (this.triplePre / n) * 100,
            post: (this.triplePost / n) * 100,
            followUp: (this.tripleFollowUp / n) * 100,
          }
        : null,
      followUpEffectSize: effectOf(this.followUpGain),
      calibration: this.calibration.results(),
      practice: this.practice.result(),
    };
  }
}
