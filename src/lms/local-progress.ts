/**
 * This browser's copy of an LMS learner's progress beside the LMS's own: how much of it the
 * LMS has confirmed, and where a launch picks up (the LMS's suspend data, or this copy when
 * it holds decisions the LMS never received).
 */
import type { CompiledScenario } from '../engine/scenario.ts';
import type { SavedSession } from '../engine/session.ts';
import type { SaveRepository } from '../storage/saves.ts';
import type { KeyValueStore } from '../storage/store.ts';
import type { LaunchData } from './adapter.ts';
import { type LocalCopy, type ResumePoint, chooseResumePoint } from './resume.ts';

const CONFIRMED_PREFIX = 'lms-confirmed:';

interface Confirmed {
  seed: number;
  choices: number;
}

/** Notes that the LMS confirmed the first `choices` decisions of the attempt with this seed. */
export async function recordConfirmed(
  store: KeyValueStore,
  scenarioId: string,
  seed: number,
  choices: number,
): Promise<void> {
  const confirmed: Confirmed = { seed, choices };
  await store.set(CONFIRMED_PREFIX + scenarioId, confirmed);
}

async function confirmedChoices(store: KeyValueStore | null, saved: SavedSession): Promise<number> {
  const confirmed = (await store?.get(CONFIRMED_PREFIX + saved.scenarioId).catch(() => null)) as Confirmed | null;
  return confirmed && confirmed.seed === saved.seed ? confirmed.choices : 0;
}

/**
 * Chooses where the learner picks up and makes it the scenario's save: the LMS's place is
 * written over this browser's copy, and a fresh start clears a copy the LMS has confirmed.
 */
export async function pickUp(
  scenario: CompiledScenario,
  launch: LaunchData,
  saves: SaveRepository,
  store: KeyValueStore | null,
): Promise<ResumePoint> {
  const scenarioId = scenario.meta.id;
  const local = await saves.load(scenarioId);
  const localSaved: SavedSession | null = local.kind === 'ok' ? local.saved : null;
  const localCopy: LocalCopy | null = localSaved
    ? { saved: localSaved, confirmed: await confirmedChoices(store, localSaved) }
    : null;
  const point = chooseResumePoint(scenario, launch.lmsDataRead ? launch.suspendData : null, localCopy);
  if (point.saved) {
    if (point.source !== 'local') await saves.save(point.saved).catch(() => undefined);
  } else if (localSaved) {
    await saves.clear(scenarioId).catch(() => undefined);
  }
  return point;
}
