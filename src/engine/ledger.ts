/**
 * The scoring ledger: learning-point effects applied against the scenario's catalogue,
 * with met / partly met / missed judged against the maximum the path explorer found and
 * against the critical acts: a point that names critical acts is met by taking one, never
 * by collecting credits alone.
 */
import type { LearningPoint, Theme } from './scenario.ts';
import type { LpEffect } from './tags.ts';

export type LpStatus = 'met' | 'partly' | 'missed';

/** Share of a learning point's maximum at or above which it counts as met. */
export const MET_THRESHOLD = 0.75;

export interface LedgerEntry {
  lp: string;
  delta: number;
  /** The decision that earned or lost it (null for effects before any decision). */
  decisionId: string | null;
  /** The option chosen there, for the debrief. */
  optionText: string | null;
}

/** A critical act the learner took: the decision and option that are the lesson. */
export interface CriticalAct {
  lp: string;
  decisionId: string | null;
  optionText: string;
}

export interface LpResult {
  id: string;
  score: number;
  max: number;
  /** Score clamped to 0..max and divided by max (0 when max is 0). */
  scaled: number;
  status: LpStatus;
  entries: LedgerEntry[];
  /** Whether the scenario names critical acts for this point (then one must be taken to meet it). */
  needsAct: boolean;
  /** The critical acts taken for this point, in order. */
  acts: CriticalAct[];
}

export interface ThemeResult {
  id: string;
  title: string;
  score: number;
  max: number;
  scaled: number;
}

/**
 * Met: the score reaches the bar and, where the point names critical acts, one was taken.
 * Partly met: a critical act was taken (or, for a point without any, the score is above
 * zero) but the score is below the bar. Missed otherwise: credits alone never meet a point.
 */
export function statusOf(score: number, max: number, act: 'taken' | 'not-taken' | 'none' = 'none'): LpStatus {
  if (act === 'not-taken' || max <= 0) return 'missed';
  if (score >= MET_THRESHOLD * max && score > 0) return 'met';
  return act === 'taken' || score > 0 ? 'partly' : 'missed';
}

export function scaledOf(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.min(Math.max(score, 0), max) / max;
}

export class Ledger {
  private readonly entries: LedgerEntry[] = [];
  private readonly acts: CriticalAct[] = [];
  private readonly known: Set<string>;
  private readonly gated: ReadonlySet<string>;
  /** Effects naming learning points not in the catalogue (reported, never scored). */
  readonly unknown: LedgerEntry[] = [];

  constructor(
    readonly catalogue: readonly LearningPoint[],
    readonly maxima: Readonly<Record<string, number>>,
    /** Learning points that name critical acts in the story. */
    criticalPoints: readonly string[] = [],
  ) {
    this.known = new Set(catalogue.map((lp) => lp.id));
    this.gated = new Set(criticalPoints);
  }

  /** Records that the learner took an option that is a critical act for these points. */
  takeActs(points: readonly string[], decisionId: string | null, optionText: string): void {
    for (const lp of points) if (this.known.has(lp)) this.acts.push({ lp, decisionId, optionText });
  }

  apply(effects: readonly LpEffect[], decisionId: string | null, optionText: string | null): void {
    for (const e of effects) {
      const entry = { lp: e.id, delta: e.delta, decisionId, optionText };
      (this.known.has(e.id) ? this.entries : this.unknown).push(entry);
    }
  }

  score(id: string): number {
    return this.entries.reduce((sum, e) => (e.lp === id ? sum + e.delta : sum), 0);
  }

  result(id: string): LpResult {
    const score = this.score(id);
    const max = this.maxima[id] ?? 0;
    const needsAct = this.gated.has(id);
    const acts = this.acts.filter((a) => a.lp === id);
    const act = !needsAct ? 'none' : acts.length ? 'taken' : 'not-taken';
    return {
      id,
      score,
      max,
      scaled: scaledOf(score, max),
      status: statusOf(score, max, act),
      entries: this.entries.filter((e) => e.lp === id),
      needsAct,
      acts,
    };
  }

  results(): LpResult[] {
    return this.catalogue.map((lp) => this.result(lp.id));
  }

  themes(themes: readonly Theme[]): ThemeResult[] {
    const results = this.results();
    return themes.map((theme) => {
      const inTheme = results.filter((r) => this.catalogue.find((lp) => lp.id === r.id)?.theme === theme.id);
      const score = inTheme.reduce((s, r) => s + Math.min(Math.max(r.score, 0), r.max), 0);
      const max = inTheme.reduce((s, r) => s + r.max, 0);
      return { id: theme.id, title: theme.title, score, max, scaled: max > 0 ? score / max : 0 };
    });
  }

  /** Overall score: clamped learning-point scores over the sum of maxima, 0..1. */
  overall(): number {
    const results = this.results();
    const max = results.reduce((s, r) => s + r.max, 0);
    const score = results.reduce((s, r) => s + Math.min(Math.max(r.score, 0), r.max), 0);
    return max > 0 ? score / max : 0;
  }

  allEntries(): readonly LedgerEntry[] {
    return this.entries;
  }

  allActs(): readonly CriticalAct[] {
    return this.acts;
  }
}
