/**
 * The AU's side of a cmi5 launch, with @xapi/cmi5: the launch parameters the LMS put in the
 * address (endpoint, fetch, actor, registration, activityId), then `initialize`, which asks
 * the fetch URL for the session's auth token (once), reads LMS.LaunchData from the State
 * API and sends `initialized`. What the rest of the launch needs comes back in one object.
 */
import Cmi5 from '@xapi/cmi5';
import type { Cmi5Parameters } from './cmi5-parameters.ts';
import type { StatementContext } from './xapi-statements.ts';

export type { Cmi5Parameters } from './cmi5-parameters.ts';
export { cmi5Parameters, learnerIdOf } from './cmi5-parameters.ts';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface Cmi5Started {
  endpoint: string;
  /** The Authorization header for the LRS (`Basic <token>`). */
  auth: string;
  launchMode: LaunchMode;
  /** 0..1, when the course structure set one. */
  masteryScore: number | null;
  moveOn: string;
  returnURL: string | null;
  contextTemplate: StatementContext;
  /** Epoch milliseconds. */
  initializedAt: number;
}

/** Runs cmi5's initialization; rejects with a message a learner can be shown. */
export async function startCmi5(parameters: Cmi5Parameters, now: () => number): Promise<Cmi5Started> {
  const cmi5 = new Cmi5(parameters as ConstructorParameters<typeof Cmi5>[0]);
  try {
    await cmi5.initialize();
  } catch (e) {
    throw new Error(`your LMS's record store did not answer (${(e as Error).message})`, { cause: e });
  }
  const data = cmi5.getLaunchData();
  const mastery = typeof data.masteryScore === 'number' ? data.masteryScore : null;
  return {
    endpoint: parameters.endpoint,
    auth: `Basic ${cmi5.getAuthToken()}`,
    launchMode: data.launchMode ?? 'Normal',
    masteryScore: mastery !== null && mastery >= 0 && mastery <= 1 ? mastery : null,
    moveOn: data.moveOn,
    returnURL: data.returnURL ?? null,
    contextTemplate: (data.contextTemplate ?? {}) as StatementContext,
    initializedAt: now(),
  };
}
