/**
 * The scoring ledger: learning-point effects applied against the scenario's catalogue,
 * with met / partly met / missed judged against the maximum the path explorer found.
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

export interface LpResult {
  id: string;
  score: number;
  max: number;
  /** Score clamped to 0..max and divided by max (0 when max is 0). */
  scaled: number;
  status: LpStatus;
  entries: LedgerEntry[];
}

export interface ThemeResult {
  id: string;
  title: string;
  score: number;
  max: number;
  scaled: number;
}

export function statusOf(score: number, max: number): LpStatus {
  if (max <= 0 || score <= 0) return 'missed';
  return score >= MET_THRESHOLD * max ? 'met' : 'partly';
}

export function scaledOf(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.min(Math.max(score, 0), max) / max;
}

export class Ledger {
  private readonly entries: LedgerEntry[] = [];
  private readonly known: Set<string>;
  /** Effects naming learning points not in the catalogue (reported, never scored). */
  readonly unknown: LedgerEntry[] = [];

  constructor(
    readonly catalogue: readonly LearningPoint[],
    readonly maxima: Readonly<Record<string, number>>,
  ) {
    this.known = new Set(catalogue.map((lp) => lp.id));
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
    return {
      id,
      score,
      max,
      scaled: scaledOf(score, max),
      status: statusOf(score, max),
      entries: this.entries.filter((e) => e.lp === id),
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
}
