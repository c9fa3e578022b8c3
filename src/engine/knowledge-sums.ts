/**
 * What the selected learners knew of each learning point: their right answers on it
 * before and after play, and how often play met or missed it.
 */
import { type Figure, POST, ratio } from './figures.ts';
import { type RecordColumns, STATUS_CODE } from './record-columns.ts';

export interface LearningPointMeasures {
  scenarioId: string;
  learningPointId: string;
  /** Share of pre-test answers on this learning point that were correct (0..1); n = records that answered one. */
  preCorrect: Figure;
  postCorrect: Figure;
  /** Share of records in which the learning point was missed in play (0..1); n = records scoring it. */
  missedInPlay: Figure;
  metInPlay: Figure;
}

export const MOST_MISSED = 10;

class LearningPointSums {
  preN = 0;
  preAnswers = 0;
  preCorrect = 0;
  postN = 0;
  postAnswers = 0;
  postCorrect = 0;
  playN = 0;
  missed = 0;
  met = 0;
  /** The record that last counted towards preN/postN: a learner counts once however many questions. */
  lastPre = -1;
  lastPost = -1;

  result(scenarioId: string, learningPointId: string): LearningPointMeasures {
    return {
      scenarioId,
      learningPointId,
      preCorrect: { value: this.preAnswers ? this.preCorrect / this.preAnswers : null, n: this.preN },
      postCorrect: { value: this.postAnswers ? this.postCorrect / this.postAnswers : null, n: this.postN },
      missedInPlay: ratio(this.missed, this.playN),
      metInPlay: ratio(this.met, this.playN),
    };
  }
}

/** Learning points most often missed in play, highest share first (at most MOST_MISSED). */
function mostMissedOf(learningPoints: LearningPointMeasures[]): LearningPointMeasures[] {
  return learningPoints
    .filter((lp) => lp.missedInPlay.n > 0)
    .sort(
      (a, b) =>
        b.missedInPlay.value! - a.missedInPlay.value! ||
        b.missedInPlay.n - a.missedInPlay.n ||
        a.learningPointId.localeCompare(b.learningPointId),
    )
    .slice(0, MOST_MISSED);
}

/** The sums of every learning point, at its key in the record columns. */
export class KnowledgeSums {
  private readonly sums: LearningPointSums[] = [];

  /** A record scored learning point `key` in play, with `status` (a STATUS_CODE). */
  play(key: number, status: number): void {
    const sums = (this.sums[key] ??= new LearningPointSums());
    sums.playN++;
    if (status === STATUS_CODE.missed) sums.missed++;
    else if (status === STATUS_CODE.met) sums.met++;
  }

  /** Record `record` answered a question on learning point `key` in the pre-test or (form POST) the post-test. */
  answer(key: number, form: number, correct: number, record: number): void {
    const sums = (this.sums[key] ??= new LearningPointSums());
    if (form === POST) {
      sums.postAnswers++;
      sums.postCorrect += correct;
      if (sums.lastPost !== record) {
        sums.lastPost = record;
        sums.postN++;
      }
    } else {
      sums.preAnswers++;
      sums.preCorrect += correct;
      if (sums.lastPre !== record) {
        sums.lastPre = record;
        sums.preN++;
      }
    }
  }

  result(columns: RecordColumns): { learningPoints: LearningPointMeasures[]; mostMissed: LearningPointMeasures[] } {
    const learningPoints: LearningPointMeasures[] = [];
    this.sums.forEach((sums, key) => {
      const { scenario, id } = columns.learningPointOf[key]!;
      learningPoints.push(sums.result(columns.scenarios.values[scenario]!, id));
    });
    return { learningPoints, mostMissed: mostMissedOf(learningPoints) };
  }
}
