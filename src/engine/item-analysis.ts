/**
 * Classical item analysis of each test form, for the questions' authors: how hard each
 * question is (p, the share right), how well it separates learners who know more from
 * those who know less (the corrected point-biserial correlation), and how consistently
 * the form measures as a whole (KR-20). Everything comes from sums that add up learner
 * by learner, so it is computed in the dashboard's one pass over the records.
 */
import { FEW, type Figure } from './figures.ts';
import type { TestForm } from './quiz.ts';

/** Below this corrected point-biserial a question hardly separates stronger from weaker learners. */
export const LOW_DISCRIMINATION = 0.2;
/** Above this share right, almost everyone gets the question right. */
export const EASY_ABOVE = 0.9;
/** Below this share right, almost everyone gets it wrong. */
export const HARD_BELOW = 0.2;
/** KR-20 wanted before a form's scores are used for decisions about groups (about 0.8 is better). */
export const RELIABILITY_WANTED = 0.7;

export type ItemFlag = 'few' | 'negative' | 'low-discrimination' | 'easy' | 'hard';
export type FormFlag = 'few' | 'low-reliability';

/** One question's sums over the learners who had it: x is 1 if right (skipped is wrong), T the form's total. */
export class ItemSums {
  n = 0;
  sumX = 0;
  sumT = 0;
  sumTT = 0;
  sumXT = 0;

  add(right: 0 | 1, total: number): void {
    this.n++;
    this.sumX += right;
    this.sumT += total;
    this.sumTT += total * total;
    this.sumXT += right * total;
  }
}

/** A form's total scores (number right) over the learners who took it. */
export class FormSums {
  n = 0;
  sumT = 0;
  sumTT = 0;

  add(total: number): void {
    this.n++;
    this.sumT += total;
    this.sumTT += total * total;
  }
}

export interface ItemMeasures {
  questionId: string;
  learningPointId: string;
  /** Share right (difficulty p); n = learners who had the question. */
  difficulty: Figure;
  /** Corrected point-biserial (item against the rest of the form); null when either does not vary. */
  discrimination: Figure;
  flags: ItemFlag[];
}

export interface FormAnalysis {
  scenarioId: string;
  form: TestForm;
  /** Learners who took the form. */
  learners: number;
  /** Questions on the form. */
  k: number;
  /** KR-20 internal consistency; n = learners; null with fewer than 2 items or learners, or no spread of scores. */
  kr20: Figure;
  flags: FormFlag[];
  items: ItemMeasures[];
}

/**
 * The correlation between an item x (0/1) and the rest of the score, y = T − x, from the
 * item's sums. As x² = x: Σy = ΣT − Σx, Σy² = ΣT² − 2ΣxT + Σx, Σxy = ΣxT − Σx.
 * Null when the item or the rest score does not vary.
 */
export function correctedPointBiserial(s: ItemSums): number | null {
  const { n, sumX, sumT, sumTT, sumXT } = s;
  const sumY = sumT - sumX;
  const sumYY = sumTT - 2 * sumXT + sumX;
  const sumXY = sumXT - sumX;
  const varX = n * sumX - sumX * sumX;
  const varY = n * sumYY - sumY * sumY;
  if (varX <= 0 || varY <= 0) return null;
  return (n * sumXY - sumX * sumY) / Math.sqrt(varX * varY);
}

/** The population variance of the form's total scores (divisor n); null with no learners. */
export function scoreVariance(s: FormSums): number | null {
  if (s.n === 0) return null;
  const m = s.sumT / s.n;
  return Math.max(0, s.sumTT / s.n - m * m);
}

/**
 * KR-20 = k/(k − 1) · (1 − Σpq / σ²): k items, p each item's share right, q = 1 − p,
 * σ² the population variance of total scores. Null when k < 2 or σ² = 0.
 */
export function kr20(k: number, sumPQ: number, variance: number | null): number | null {
  if (k < 2 || variance === null || variance <= 0) return null;
  return (k / (k - 1)) * (1 - sumPQ / variance);
}

export function itemFlags(n: number, p: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (discrimination !== null) {
    if (discrimination < 0) flags.push('negative');
    else if (discrimination < LOW_DISCRIMINATION) flags.push('low-discrimination');
  }
  if (p !== null && p > EASY_ABOVE) flags.push('easy');
  if (p !== null && p < HARD_BELOW) flags.push('hard');
  if (n < FEW) flags.push('few');
  return flags;
}

export function formFlags(learners: number, reliability: number | null): FormFlag[] {
  const flags: FormFlag[] = [];
  if (reliability !== null && reliability < RELIABILITY_WANTED) flags.push('low-reliability');
  if (learners < FEW) flags.push('few');
  return flags;
}

export interface ItemInput {
  questionId: string;
  learningPointId: string;
  sums: ItemSums;
}

const byQuestion = new Intl.Collator('en', { numeric: true });

/** A form's figures from its sums and its items' sums; items in question id order (pre-2 before pre-10). */
export function analyseForm(scenarioId: string, form: TestForm, sums: FormSums, items: ItemInput[]): FormAnalysis {
  let sumPQ = 0;
  const measured = items
    .filter((item) => item.sums.n > 0)
    .sort((a, b) => byQuestion.compare(a.questionId, b.questionId))
    .map(({ questionId, learningPointId, sums: s }): ItemMeasures => {
      const p = s.sumX / s.n;
      sumPQ += p * (1 - p);
      const r = correctedPointBiserial(s);
      return {
        questionId,
        learningPointId,
        difficulty: { value: p, n: s.n },
        discrimination: { value: r, n: s.n },
        flags: itemFlags(s.n, p, r),
      };
    });
  const reliability = sums.n >= 2 ? kr20(measured.length, sumPQ, scoreVariance(sums)) : null;
  return {
    scenarioId,
    form,
    learners: sums.n,
    k: measured.length,
    kr20: { value: reliability, n: sums.n },
    flags: formFlags(sums.n, reliability),
    items: measured,
  };
}
