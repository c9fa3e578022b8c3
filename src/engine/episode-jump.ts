/**
 * Where a facilitated group's path stands at the start of an episode, for the trainer who
 * jumps to it: cut back to it if the group has passed it, or walked on along the real
 * case's choices if it lies ahead.
 */
import { type Facilitation, asSaved } from './facilitation.ts';
import type { Line } from './runner.ts';
import { type RecordedChoice, Session } from './session.ts';

/** A walk that never reaches the episode stops here (a story that loops). */
const MAX_STEPS = 500;

function opensEpisode(lines: readonly Line[], episode: number): boolean {
  return lines.some((l) => l.tags.some((t) => t.name === 'episode' && t.number === episode));
}

/** The group's path up to the start of `episode`; choices walked on are timed at `now`. */
export function pathToEpisode(
  scenario: Session['scenario'],
  f: Facilitation,
  episode: number,
  now: number,
): RecordedChoice[] {
  const group = Session.resume(scenario, { ...asSaved(f), choices: f.groupPath }).session;
  const at = group.turns.findIndex((t) => opensEpisode(t.beat.lines, episode));
  if (at >= 0) return f.groupPath.slice(0, at);
  if (opensEpisode(group.current.lines, episode)) return f.groupPath;
  for (let step = 0; step < MAX_STEPS && !group.finished; step++) {
    const option = group.current.options.find((o) => o.real) ?? group.current.options[0]!;
    group.choose(option.index, now);
    if (opensEpisode(group.current.lines, episode)) break;
  }
  return group.turns.map((t) => t.choice);
}
