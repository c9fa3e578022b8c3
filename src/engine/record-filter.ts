/** Which records of the table a dashboard selection holds. */
import type { Dictionary } from './columns.ts';
import { dayNumber, type RecordColumns } from './record-columns.ts';

/**
 * A selection of records. An absent field selects everything; for agency, role and
 * cohort, null selects the records where the participant did not say.
 */
export interface Filters {
  /** First day (YYYY-MM-DD, inclusive) on which the play started, in UTC. */
  from?: string | null;
  /** Last day (YYYY-MM-DD, inclusive). */
  to?: string | null;
  scenario?: string;
  agency?: string | null;
  role?: string | null;
  cohort?: string | null;
}

/** A wanted string id that matches every record (Dictionary ids are -1 for unknown, else ≥ 0). */
const ANY = -2;

const wanted = (dict: Dictionary, value: string | null | undefined): number =>
  value === undefined ? ANY : dict.find(value);

/** Whether record `i` of the columns is in the selection. */
export function recordFilter(columns: RecordColumns, filters: Filters): (i: number) => boolean {
  const scenario = wanted(columns.scenarios, filters.scenario);
  const agency = wanted(columns.agencies, filters.agency);
  const role = wanted(columns.roles, filters.role);
  const cohort = wanted(columns.cohorts, filters.cohort);
  const from = filters.from ? dayNumber(filters.from) : -Infinity;
  const to = filters.to ? dayNumber(filters.to) : Infinity;
  const scenarios = columns.scenario.data;
  const agencies = columns.agency.data;
  const roles = columns.role.data;
  const cohorts = columns.cohort.data;
  const days = columns.day.data;
  return (i) =>
    (scenario === ANY || scenarios[i] === scenario) &&
    (agency === ANY || agencies[i] === agency) &&
    (role === ANY || roles[i] === role) &&
    (cohort === ANY || cohorts[i] === cohort) &&
    days[i]! >= from &&
    days[i]! <= to;
}
