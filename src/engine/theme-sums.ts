/** Each theme's play score and the learners' confidence in it before and after play. */
import type { Dictionary } from './columns.ts';
import { type Figure, mean } from './figures.ts';

export interface ThemeMeasures {
  themeId: string;
  /** Mean scaled play score of the theme (0..1); n = records scoring the theme. */
  playScore: Figure;
  /** Mean self-rated confidence before play (1–5); n = records rating the theme. */
  confidenceBefore: Figure;
  confidenceAfter: Figure;
  /** Mean of after − before; n = records rating the theme both times. */
  confidenceChange: Figure;
}

class OneThemeSums {
  playN = 0;
  playSum = 0;
  beforeN = 0;
  beforeSum = 0;
  afterN = 0;
  afterSum = 0;
  pairedN = 0;
  changeSum = 0;

  result(themeId: string): ThemeMeasures {
    return {
      themeId,
      playScore: mean(this.playSum, this.playN),
      confidenceBefore: mean(this.beforeSum, this.beforeN),
      confidenceAfter: mean(this.afterSum, this.afterN),
      confidenceChange: mean(this.changeSum, this.pairedN),
    };
  }
}

/** The sums of every theme, at its id in the record columns' theme dictionary. */
export class ThemeSums {
  private readonly sums: OneThemeSums[] = [];

  play(theme: number, scaled: number): void {
    const sums = (this.sums[theme] ??= new OneThemeSums());
    sums.playN++;
    sums.playSum += scaled;
  }

  /** One rating of a theme's confidence; 0 when it was not rated that time. */
  confidence(theme: number, before: number, after: number): void {
    const sums = (this.sums[theme] ??= new OneThemeSums());
    if (before) {
      sums.beforeN++;
      sums.beforeSum += before;
    }
    if (after) {
      sums.afterN++;
      sums.afterSum += after;
    }
    if (before && after) {
      sums.pairedN++;
      sums.changeSum += after - before;
    }
  }

  result(themeIds: Dictionary): ThemeMeasures[] {
    return this.sums.flatMap((sums, id) => (sums ? [sums.result(themeIds.values[id]!)] : []));
  }
}
