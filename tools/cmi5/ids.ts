/**
 * The IRIs that name a cmi5 course and its AUs. The app reports each scenario's play under
 * its AU's id, so the pattern here is the one the app uses: change neither alone.
 *
 *   course: urn:safeguarding-simulator:xapi:course:<package name>  (a scenario id, or all-scenarios)
 *   AU:     urn:safeguarding-simulator:xapi:scenario:<scenario id>
 */

const BASE = 'urn:safeguarding-simulator:xapi:';

/** Scenario ids are lower-case letters, digits and hyphens; anything that needs no escaping in a URN is let through. */
const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checked(kind: string, name: string): string {
  if (!SAFE.test(name)) {
    throw new RangeError(`${kind} "${name}" cannot go into a cmi5 id: use letters, digits, ".", "_" and "-" only`);
  }
  return name;
}

/** The course's id: `packageName` is the scenario id of a one-scenario package, or `all-scenarios`. */
export function cmi5CourseId(packageName: string): string {
  return `${BASE}course:${checked('package name', packageName)}`;
}

/** The AU's id for a scenario: the same in every package the scenario is in. */
export function cmi5AuId(scenarioId: string): string {
  return `${BASE}scenario:${checked('scenario id', scenarioId)}`;
}
