/**
 * The decisions that shaped a play: every turn at which an option was a critical act for
 * some learning point, with what the learner chose and the act they took or passed over.
 * Endings follow from these decisions, so the debrief lists them under the ending.
 */
import type { Session } from './session.ts';

export interface CriticalMoment {
  /** 1-based number of the decision in the play. */
  turn: number;
  decisionId: string | null;
  chosen: string;
  /** Learning points the chosen option was a critical act for. */
  acted: string[];
  /** Critical acts offered here and not taken. */
  passedOver: { lp: string; option: string }[];
}

export function criticalMoments(session: Session): CriticalMoment[] {
  const moments: CriticalMoment[] = [];
  session.turns.forEach((t, i) => {
    const offered = t.beat.options.filter((o) => o.critical.length);
    if (!offered.length) return;
    const acted = t.option.critical;
    const passedOver = offered
      .filter((o) => o.index !== t.option.index)
      .flatMap((o) => o.critical.filter((lp) => !acted.includes(lp)).map((lp) => ({ lp, option: o.text })));
    moments.push({ turn: i + 1, decisionId: t.beat.decision?.id ?? null, chosen: t.option.text, acted, passedOver });
  });
  return moments;
}
