/**
 * What the explorer records of the tags it meets, de-duplicated: agency information,
 * chronology entries, episodes, endings, each decision's set of options and the critical
 * acts. The checker's cue and fact lints read these.
 */
import type { TagSighting } from './exploration.ts';
import type { Beat, Decision } from './runner.ts';
import type { Tag } from './tags.ts';

function lineSighting(tag: Tag): TagSighting | null {
  if (tag.name === 'info') return { kind: 'info', data: { agency: tag.agency, text: tag.text } };
  if (tag.name === 'chrono') return { kind: 'chrono', data: { when: tag.when, what: tag.what } };
  if (tag.name === 'episode') return { kind: 'episode', data: { number: tag.number, title: tag.title } };
  if (tag.name === 'ending') return { kind: 'ending', data: { id: tag.id, title: tag.title } };
  return null;
}

function optionSetSighting(beat: Beat, decision: Decision): TagSighting {
  const options = beat.options.map((o) => ({
    text: o.text,
    score: o.effects.reduce((sum, e) => sum + e.delta, 0),
    real: o.real,
    critical: o.critical.length > 0,
    pinned: o.pin !== null,
  }));
  return {
    kind: 'options',
    data: {
      decision: decision.id,
      kinds: decision.kinds.join('+'),
      real: decision.real ?? '',
      options: JSON.stringify(options),
    },
  };
}

/** Adds what a beat shows to `sightings` (keyed so each is kept once) and to `decisions`. */
export function collectSightings(
  beat: Beat,
  sightings: Map<string, TagSighting>,
  decisions: Map<string, string[]>,
): void {
  for (const line of beat.lines) {
    for (const tag of line.tags) {
      const s = lineSighting(tag);
      if (s) sightings.set(JSON.stringify(s), s);
    }
  }
  // One sighting per distinct option set: the set's texts are keyed before anything is built.
  const setKey =
    beat.decision && beat.options.length > 1
      ? `set:${beat.decision.id}\u0000${beat.options.map((o) => o.text).join('\u0000')}`
      : null;
  if (beat.decision && setKey && !sightings.has(setKey)) sightings.set(setKey, optionSetSighting(beat, beat.decision));
  for (const option of beat.options) {
    for (const lp of option.critical) {
      const s: TagSighting = { kind: 'critical', data: { lp, decision: beat.decision?.id ?? '', option: option.text } };
      sightings.set(JSON.stringify(s), s);
    }
  }
  if (beat.decision) decisions.set(beat.decision.id, beat.decision.kinds);
}
