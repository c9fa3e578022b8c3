/** The dashboard's filters: a form of labelled native controls, applied as they change. */
import type { Choice, FilterChoices, Filters } from '../engine/measures.ts';
import { clear, h } from '../ui/dom.ts';

type ChoiceField = 'scenario' | 'agency' | 'role' | 'cohort';

const FIELDS: { field: ChoiceField; label: string; list: keyof FilterChoices }[] = [
  { field: 'scenario', label: 'Scenario', list: 'scenarios' },
  { field: 'agency', label: 'Agency', list: 'agencies' },
  { field: 'role', label: 'Role', list: 'roles' },
  { field: 'cohort', label: 'Cohort', list: 'cohorts' },
];

/** Option values: '' for all, else the JSON of the value (so "not given", null, is distinct from any text). */
const optionValue = (value: string | null) => JSON.stringify(value);

export interface FiltersForm {
  root: HTMLFormElement;
  update(choices: FilterChoices): void;
  value(): Filters;
  /** The active filters in words, for the summary and the printed report. */
  describe(labelOf: (field: ChoiceField, value: string | null) => string): string;
}

/** The form's controls: the two dates and a list per choice field. */
interface Controls {
  from: HTMLInputElement;
  to: HTMLInputElement;
  selects: Map<ChoiceField, HTMLSelectElement>;
}

function readFilters({ from, to, selects }: Controls): Filters {
  const filters: Filters = {};
  if (from.value) filters.from = from.value;
  if (to.value) filters.to = to.value;
  for (const [field, select] of selects) {
    if (!select.value) continue;
    const value = JSON.parse(select.value) as string | null;
    if (field !== 'scenario') filters[field] = value;
    else if (value !== null) filters.scenario = value;
  }
  return filters;
}

/** Lists the choices with their counts, keeping the choice made unless its records have gone. */
function fillSelect(select: HTMLSelectElement, options: Choice[]): void {
  const current = select.value;
  clear(select);
  const total = options.reduce((sum, c) => sum + c.count, 0);
  select.append(h('option', { value: '' }, `All (${total.toLocaleString('en-GB')})`));
  for (const c of options) {
    select.append(h('option', { value: optionValue(c.value) }, `${c.label} (${c.count.toLocaleString('en-GB')})`));
  }
  select.value = options.some((c) => optionValue(c.value) === current) ? current : '';
}

function updateControls({ from, to, selects }: Controls, choices: FilterChoices): void {
  for (const { field, list } of FIELDS) fillSelect(selects.get(field)!, choices[list] as Choice[]);
  for (const input of [from, to]) {
    input.min = choices.firstDay ?? '';
    input.max = choices.lastDay ?? '';
  }
}

function describeFilters(
  { from, to, selects }: Controls,
  labelOf: (field: ChoiceField, value: string | null) => string,
): string {
  const parts: string[] = [];
  if (from.value) parts.push(`played from ${from.value}`);
  if (to.value) parts.push(`played until ${to.value}`);
  for (const [field, select] of selects) {
    if (!select.value) continue;
    const value = JSON.parse(select.value) as string | null;
    parts.push(`${FIELDS.find((f) => f.field === field)!.label.toLowerCase()}: ${labelOf(field, value)}`);
  }
  return parts.length ? `Filters: ${parts.join('; ')}.` : 'No filters: all records.';
}

function clearControls({ from, to, selects }: Controls): void {
  from.value = '';
  to.value = '';
  for (const select of selects.values()) select.value = '';
}

export function renderFilters(onChange: (filters: Filters) => void): FiltersForm {
  const controls: Controls = {
    from: h('input', { type: 'date', id: 'filter-from', name: 'from', 'aria-describedby': 'filter-dates-hint' }),
    to: h('input', { type: 'date', id: 'filter-to', name: 'to', 'aria-describedby': 'filter-dates-hint' }),
    selects: new Map(),
  };
  const { from, to, selects } = controls;
  const changed = () => onChange(readFilters(controls));

  const choiceFields = FIELDS.map(({ field, label }) => {
    const select = h('select', { id: `filter-${field}`, name: field }, h('option', { value: '' }, 'All'));
    selects.set(field, select);
    return h('div', { className: 'filter' }, h('label', { for: select.id }, label), select);
  });

  const root = h(
    'form',
    {
      className: 'filters',
      'aria-labelledby': 'filters-title',
      onsubmit: (e: Event) => {
        e.preventDefault();
        changed();
      },
      onchange: changed,
    },
    h('h3', { id: 'filters-title' }, 'Choose the records to measure'),
    h(
      'div',
      { className: 'filter-grid' },
      h('div', { className: 'filter' }, h('label', { for: from.id }, 'Played from'), from),
      h('div', { className: 'filter' }, h('label', { for: to.id }, 'Played until'), to),
      choiceFields,
    ),
    h(
      'p',
      { className: 'hint', id: 'filter-dates-hint' },
      'Dates are the day a play started (UTC), both days included.',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => {
          clearControls(controls);
          changed();
        },
      },
      'Clear filters',
    ),
  );

  return {
    root,
    value: () => readFilters(controls),
    update: (choices) => updateControls(controls, choices),
    describe: (labelOf) => describeFilters(controls, labelOf),
  };
}
