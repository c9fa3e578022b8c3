/**
 * Where a learner launched by an LMS picks up: the LMS's suspend data, or this browser's
 * own save when it holds decisions the LMS never confirmed. Suspend data keeps option
 * indices only, so the choices' texts are rebuilt by replaying them on the story.
 */
import type { CompiledScenario } from '../engine/scenario.ts';
import { type SavedSession, Session } from '../engine/session.ts';
import { type CompactSave, decodeSuspendData } from './suspend-data.ts';

export interface Rebuilt {
  saved: SavedSession;
  /** Choices replayed out of those in the suspend data. */
  replayed: number;
  total: number;
  /** The suspend data was written on another version of the story. */
  storyChanged: boolean;
}

/** Replays the indices on the story as far as they go (an index the story no longer offers stops it). */
export function rebuildFromCompact(scenario: CompiledScenario, compact: CompactSave): Rebuilt {
  const session = Session.start(scenario, {
    seed: compact.seed,
    feedbackMode: compact.feedbackMode,
    now: () => compact.startedAt,
  });
  let replayed = 0;
  for (const [i, index] of compact.indices.entries()) {
    if (session.finished || !session.current.options[index]) break;
    session.choose(index, compact.times?.[i] ?? compact.startedAt);
    replayed++;
  }
  return {
    saved: session.toSaved(),
    replayed,
    total: compact.indices.length,
    storyChanged: compact.storyHash !== scenario.storyHash.slice(0, 8),
  };
}

export interface LocalCopy {
  saved: SavedSession;
  /** Choices of this session (same seed) the LMS has confirmed; 0 when unknown. */
  confirmed: number;
}

export interface ResumePoint {
  /** `fresh`: start from the beginning (`saved` is null). */
  source: 'lms' | 'local' | 'fresh';
  saved: SavedSession | null;
  /** What to tell the learner, if anything. */
  notice: string | null;
}

function isPrefix(short: readonly number[], long: readonly number[]): boolean {
  return short.length <= long.length && short.every((index, i) => long[i] === index);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `suspendData` is null when the LMS would not give it: this browser's copy is then all there is to go on. */
export function chooseResumePoint(
  scenario: CompiledScenario,
  suspendData: string | null,
  local: LocalCopy | null,
): ResumePoint {
  const localSaved = local && local.saved.scenarioId === scenario.meta.id ? local.saved : null;
  const confirmed = local?.confirmed ?? 0;
  if (suspendData === null) {
    return localSaved
      ? {
          source: 'local',
          saved: localSaved,
          notice: 'The LMS did not give this activity your place, so you continue from the copy kept in this browser.',
        }
      : { source: 'fresh', saved: null, notice: null };
  }
  if (!suspendData.trim()) {
    if (localSaved && localSaved.choices.length > confirmed) {
      return {
        source: 'local',
        saved: localSaved,
        notice:
          'Your progress was restored from this browser, because the LMS had not received it. It will be sent now.',
      };
    }
    return { source: 'fresh', saved: null, notice: null };
  }
  const decoded = decodeSuspendData(suspendData.trim());
  const problem = !decoded.ok
    ? decoded.reason
    : decoded.save.scenarioId !== scenario.meta.id
      ? `it belongs to another scenario (${decoded.save.scenarioId})`
      : null;
  if (!decoded.ok || problem) {
    if (localSaved) {
      return {
        source: 'local',
        saved: localSaved,
        notice: `The LMS's record of your place could not be read (${problem}), so you continue from the copy kept in this browser.`,
      };
    }
    return {
      source: 'fresh',
      saved: null,
      notice: `The LMS's record of your place could not be read (${problem}), so the scenario starts from the beginning.`,
    };
  }
  const compact = decoded.save;
  if (
    localSaved &&
    localSaved.seed === compact.seed &&
    localSaved.choices.length > compact.indices.length &&
    isPrefix(
      compact.indices,
      localSaved.choices.map((c) => c.index),
    )
  ) {
    const extra = localSaved.choices.length - compact.indices.length;
    return {
      source: 'local',
      saved: localSaved,
      notice: `${plural(extra, 'decision')} the LMS had not received ${extra === 1 ? 'was' : 'were'} restored from this browser and will be sent now.`,
    };
  }
  const rebuilt = rebuildFromCompact(scenario, compact);
  let notice: string | null = null;
  if (rebuilt.storyChanged || rebuilt.replayed < rebuilt.total) {
    notice =
      `This scenario has been updated since you last played. Your earlier choices were replayed as far as they ` +
      `still fit: ${rebuilt.replayed} of ${rebuilt.total}.`;
  }
  return { source: 'lms', saved: rebuilt.saved, notice };
}
