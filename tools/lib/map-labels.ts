/** The words the story map uses, shared by its HTML page and its text outline. */
import type { LpChange, MapEpisode, MapTarget, StoryMap } from '../../src/engine/story-map.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** `1 state`, `2 states`. */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `+2 b1-escalation`, or `+1 to +2 b1-escalation` when the states differ. */
export function changeLabel(c: LpChange): string {
  const amount = c.min === c.max ? signed(c.min) : `${signed(c.min)} to ${signed(c.max)}`;
  return `${amount} ${c.lp}`;
}

export function episodeHeading(e: MapEpisode): string {
  return e.number === null ? e.title : `Episode ${e.number}: ${e.title}`;
}

export function targetLabel(t: MapTarget, map: StoryMap): string {
  switch (t.kind) {
    case 'decision': {
      const episode = map.episodes.find((e) => e.decisions.some((d) => d.id === t.id));
      return episode?.number ? `decision ${t.id} (episode ${episode.number})` : `decision ${t.id}`;
    }
    case 'ending': {
      const ending = map.endings.find((e) => e.id === t.id);
      return ending ? `ending ${t.id}: ${ending.title}` : `ending ${t.id}`;
    }
    case 'dead-end':
      return 'a dead end (the story stops without an ending)';
    case 'fault':
      return 'a runtime error or a runaway loop';
    case 'unexplored':
      return 'not explored (the explorer stopped at its limit)';
  }
}

export function summaryLine(map: StoryMap): string {
  const decisions = map.episodes.reduce((n, e) => n + e.decisions.length, 0);
  const explored = map.complete
    ? `All ${map.states} story states explored.`
    : `Exploration incomplete: stopped at ${map.states} of at most ${map.maxStates} states, so parts may be missing.`;
  return `${count(decisions, 'decision point')}, ${count(map.endings.length, 'ending')}. ${explored}`;
}

export const LEGEND = [
  '"+2 lp-id" is a learning-point credit, "-1 lp-id" a debit, for choosing the option.',
  '"Critical act" marks an option that is a critical act for the learning points named.',
  '"Unreached" marks a knot no path of the story reaches.',
];
