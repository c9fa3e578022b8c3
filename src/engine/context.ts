/**
 * What the learner has seen so far, folded from beats: role, episode, scene, the
 * chronology they have built, what agencies told them, whom they contacted.
 */
import type { Beat } from './runner.ts';
import type { AgencyId, SceneId, SoundId } from './vocabulary.ts';

export interface ChronoEntry {
  when: string;
  what: string;
  /** Sortable ISO date from the tag (null in the old `when; what` form): see chronology.ts. */
  date: string | null;
  /** Index of the decision after which it was learnt (0 = before the first). */
  learntAt: number;
}

export interface InfoEntry {
  agency: AgencyId;
  text: string;
  learntAt: number;
}

export interface PlayContext {
  role: string | null;
  episode: { number: number; title: string } | null;
  when: string | null;
  scene: SceneId | null;
  /** Sound cues of the latest beat, in order. */
  sounds: SoundId[];
  chronology: ChronoEntry[];
  info: InfoEntry[];
  contacted: AgencyId[];
}

export function emptyContext(): PlayContext {
  return { role: null, episode: null, when: null, scene: null, sounds: [], chronology: [], info: [], contacted: [] };
}

/** Returns the context after a beat (and the contact that led to it, if any). */
export function foldBeat(ctx: PlayContext, beat: Beat, decisionIndex: number, contact: AgencyId | null): PlayContext {
  const next: PlayContext = {
    ...ctx,
    sounds: [],
    chronology: [...ctx.chronology],
    info: [...ctx.info],
    contacted: contact && !ctx.contacted.includes(contact) ? [...ctx.contacted, contact] : [...ctx.contacted],
  };
  for (const line of beat.lines) {
    for (const tag of line.tags) {
      switch (tag.name) {
        case 'role':
          next.role = tag.value;
          break;
        case 'episode':
          next.episode = { number: tag.number, title: tag.title };
          break;
        case 'when':
          next.when = tag.value;
          break;
        case 'scene':
          next.scene = tag.scene;
          break;
        case 'sound':
          next.sounds.push(tag.sound);
          break;
        case 'chrono':
          if (!next.chronology.some((c) => c.when === tag.when && c.what === tag.what)) {
            next.chronology.push({ when: tag.when, what: tag.what, date: tag.date, learntAt: decisionIndex });
          }
          break;
        case 'info':
          if (!next.info.some((i) => i.agency === tag.agency && i.text === tag.text)) {
            next.info.push({ agency: tag.agency, text: tag.text, learntAt: decisionIndex });
          }
          if (!next.contacted.includes(tag.agency)) next.contacted.push(tag.agency);
          break;
        default:
          break;
      }
    }
  }
  return next;
}
