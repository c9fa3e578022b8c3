/**
 * The launch parameters a cmi5 LMS puts in the AU's address (endpoint, fetch, actor,
 * registration, activityId), read without the cmi5 library so Node and the tests can too.
 */

export interface Cmi5Parameters {
  endpoint: string;
  fetch: string;
  actor: { objectType?: 'Agent'; name?: string; mbox?: string; account?: { homePage: string; name: string } };
  registration: string;
  activityId: string;
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
