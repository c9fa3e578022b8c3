/** What the dashboard's filters can select, with how many records each choice holds. */
import type { Column, Dictionary } from './columns.ts';
import { dayText, type RecordColumns } from './record-columns.ts';

export interface Choice {
  /** The value (null for "not given"). */
  value: string | null;
  /** A label to show (the scenario title for scenarios, else the value). */
  label: string;
  count: number;
}

/** What the filters can select, with how many records each choice holds. */
export interface FilterChoices {
  scenarios: Choice[];
  agencies: Choice[];
  roles: Choice[];
  cohorts: Choice[];
  firstDay: string | null;
  lastDay: string | null;
}

function tally(column: Column<Int32Array>, dict: Dictionary): number[] {
  const counts = new Array<number>(dict.size).fill(0);
  for (let i = 0; i < column.length; i++) counts[column.data[i]!]!++;
  return counts;
}

/** The values held in a column, by label with "not given" last. */
function choiceList(
  column: Column<Int32Array>,
  dict: Dictionary,
  label = (id: number) => dict.values[id] ?? 'Not given',
): Choice[] {
  return tally(column, dict)
    .map((count, id) => ({ value: dict.values[id]!, label: label(id), count }))
    .filter((c) => c.count > 0)
    .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.label.localeCompare(b.label)));
}

export function filterChoices(columns: RecordColumns): FilterChoices {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < columns.count; i++) {
    const day = columns.day.data[i]!;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const { scenarios, scenarioTitles } = columns;
  return {
    scenarios: choiceList(columns.scenario, scenarios, (id) => scenarioTitles[id] || scenarios.values[id]!),
    agencies: choiceList(columns.agency, columns.agencies),
    roles: choiceList(columns.role, columns.roles),
    cohorts: choiceList(columns.cohort, columns.cohorts),
    firstDay: columns.count ? dayText(first) : null,
    lastDay: columns.count ? dayText(last) : null,
  };
}
