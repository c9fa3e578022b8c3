/** Sound cues in words: shown beside the setting, so nothing is conveyed by sound alone. */
import type { SoundId } from '../engine/vocabulary.ts';

export const SOUND_DESCRIPTIONS: Record<SoundId, string> = {
  phone: 'a phone ringing',
  door: 'a door closing',
  knock: 'a knock at the door',
  office: 'a busy office',
  meeting: 'voices in a meeting room',
  ward: 'a quiet hospital ward',
  street: 'traffic in the street',
  typing: 'typing at a keyboard',
};

/** Cues that set a place and keep playing softly (looped) until the place changes. */
export const AMBIENT_SOUNDS: ReadonlySet<SoundId> = new Set(['office', 'meeting', 'ward', 'street']);

export function describeSounds(sounds: readonly SoundId[]): string | null {
  if (!sounds.length) return null;
  const words = [...new Set(sounds)].map((s) => SOUND_DESCRIPTIONS[s]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? null);
}
