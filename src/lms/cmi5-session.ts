/**
 * The AU's side of a cmi5 launch, with @xapi/cmi5: the launch parameters the LMS put in the
 * address (endpoint, fetch, actor, registration, activityId), then `initialize`, which asks
 * the fetch URL for the session's auth token (once), reads LMS.LaunchData from the State
 * API and sends `initialized`. What the rest of the launch needs comes back in one object.
 */
import Cmi5 from '@xapi/cmi5';
import type { StatementContext } from './xapi-statements.ts';

export interface Cmi5Parameters {
  endpoint: string;
  fetch: string;
  actor: { objectType?: 'Agent'; name?: string; mbox?: string; account?: { homePage: string; name: string } };
  registration: string;
  activityId: string;
}

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

/** The cmi5 parameters of a launch address, or null when any is missing or malformed. */
export function cmi5Parameters(search: string): Cmi5Parameters | null {
  const p = new URLSearchParams(search);
  const endpoint = p.get('endpoint');
  const fetchUrl = p.get('fetch');
  const registration = p.get('registration');
  const activityId = p.get('activityId');
  const rawActor = p.get('actor');
  if (!endpoint || !fetchUrl || !registration || !activityId || !rawActor) return null;
  let actor: unknown;
  try {
    actor = JSON.parse(rawActor);
  } catch {
    return null;
  }
  if (!actor || typeof actor !== 'object') return null;
  return { endpoint, fetch: fetchUrl, actor: actor as Cmi5Parameters['actor'], registration, activityId };
}

/** The learner's id as the LMS gave it (an account, or failing that an mbox): what keeps their saves apart. */
export function learnerIdOf(actor: Cmi5Parameters['actor']): string {
  if (actor.account) return `${actor.account.homePage}|${actor.account.name}`;
  return actor.mbox ?? actor.name ?? 'unknown';
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
