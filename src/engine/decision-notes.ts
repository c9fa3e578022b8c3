/**
 * The decision points of a story with their facilitator notes, discussion prompts and what
 * really happened, read from the compiled Ink in document order (no play needed): every
 * `# decision:` tag and the `# note:`, `# prompt:` and `# real:` tags after it, in the episode
 * whose `# episode:` tag came before. For the trainer's pack.
 */
import { parseTag } from './tags.ts';
import type { DecisionKind } from './vocabulary.ts';

export interface DecisionNote {
  id: string;
  kinds: DecisionKind[];
  /** The episode the decision is written in, or null before the first episode tag. */
  episode: number | null;
  note: string | null;
  prompt: string | null;
  /** What the review records happened here (`# real:`), or null. */
  real: string | null;
}

interface Sighted {
  text: string;
  /** The episode whose tag came before it in the same knot (or the knot it is nested in). */
  episode: number | null;
}

const episodeOf = (text: string): number | null => {
  const parsed = parseTag(text);
  return parsed.ok && parsed.tag.name === 'episode' ? parsed.tag.number : null;
};

/**
 * The tag texts of compiled Ink, in document order (`{"#": text}` and `"#", "^text…", "/#"`),
 * each with the episode it is written in: the episode of its own knot (or the knot it is
 * nested in), else the last episode opened before it in the story's text. Knots written
 * before any episode, such as an included contacts file, have none.
 */
export function tagTexts(story: string | object): Sighted[] {
  const root: unknown = typeof story === 'string' ? JSON.parse(story) : story;
  const out: Sighted[] = [];
  // A knot with no episode tag of its own, after an episode's knots, belongs to that episode.
  let lastWritten: number | null = null;
  const walk = (node: unknown, inherited: number | null): void => {
    let episode = inherited;
    const emit = (text: string) => {
      const opened = episodeOf(text);
      if (opened !== null) episode = lastWritten = opened;
      out.push({ text, episode: episode ?? lastWritten });
    };
    const named = (container: object) => {
      // Named content (knots, stitches, gathers) after the flow that set the episode.
      for (const [key, value] of Object.entries(container)) {
        if (key === '#' && typeof value === 'string') emit(value);
        else walk(value, episode);
      }
    };
    if (node && typeof node === 'object' && !Array.isArray(node)) named(node);
    if (Array.isArray(node)) {
      let open: string | null = null;
      for (const item of node) {
        if (item === '#') open = '';
        else if (item === '/#') {
          if (open !== null) emit(open);
          open = null;
        } else if (typeof item === 'string' && open !== null && item.startsWith('^')) open += item.slice(1);
        else walk(item, episode);
      }
    }
  };
  walk(root, null);
  return out;
}

/** Every decision point once (the first place it is written), in document order. */
export function decisionNotes(story: string | object): DecisionNote[] {
  const notes: DecisionNote[] = [];
  const seen = new Set<string>();
  let current: DecisionNote | null = null;
  for (const { text, episode } of tagTexts(story)) {
    const parsed = parseTag(text);
    if (!parsed.ok) continue;
    const tag = parsed.tag;
    if (tag.name === 'episode') current = null;
    else if (tag.name === 'decision') {
      current = seen.has(tag.id)
        ? null
        : { id: tag.id, kinds: tag.kinds, episode, note: null, prompt: null, real: null };
      if (current) {
        seen.add(tag.id);
        notes.push(current);
      }
    } else if (current && tag.name === 'note') current.note ??= tag.text;
    else if (current && tag.name === 'prompt') current.prompt ??= tag.text;
    else if (current && tag.name === 'real' && tag.text) current.real ??= tag.text;
  }
  return notes;
}

/** Where each chronology entry (keyed by `when` and `what`) is first written in the story, and its date if it has one. */
export function chronologyPlaces(story: string | object): Map<string, { place: number; date: string | null }> {
  const places = new Map<string, { place: number; date: string | null }>();
  tagTexts(story).forEach(({ text }, place) => {
    const parsed = parseTag(text);
    if (parsed.ok && parsed.tag.name === 'chrono') {
      const key = chronologyKey(parsed.tag);
      if (!places.has(key)) places.set(key, { place, date: parsed.tag.date ?? null });
    }
  });
  return places;
}

export const chronologyKey = (entry: { when: string; what: string }): string => `${entry.when}\u0000${entry.what}`;
