/** Setting up a facilitated session: scenario, a session label, and who is in the room (counts only). */
import type { ScenarioSummary } from '../types/virtual-scenarios.ts';
import type { Facilitation, Participants } from '../engine/facilitation.ts';
import { PARTICIPANT_AGENCIES } from '../engine/vocabulary.ts';
import { h } from './dom.ts';

export interface SetupInput {
  scenarioId: string;
  label: string;
  participants: Participants;
}

interface SetupActions {
  onCreate: (input: SetupInput) => void;
  onOpen: (id: string) => void;
  guideHref: string;
}

function agencyCountField(agency: string, i: number): HTMLElement {
  return h(
    'div',
    { className: 'count-field' },
    h('label', { for: `agency-count-${i}` }, agency),
    h('input', {
      type: 'number',
      id: `agency-count-${i}`,
      min: 0,
      max: 500,
      step: 1,
      inputmode: 'numeric',
      'data-agency': agency,
    }),
  );
}

function scenarioField(scenarios: readonly ScenarioSummary[]): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: 'setup-scenario' }, 'Scenario'),
    h(
      'select',
      { id: 'setup-scenario', name: 'scenario' },
      scenarios.map((s) => h('option', { value: s.id }, `${s.title} (about ${s.minutes} minutes)`)),
    ),
  );
}

function labelField(): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: 'setup-label' }, 'Session label'),
    h(
      'p',
      { className: 'hint', id: 'setup-label-hint' },
      'For example: "Multi-agency training, North locality, March". No names.',
    ),
    h('input', {
      type: 'text',
      id: 'setup-label',
      name: 'label',
      maxlength: 80,
      'aria-describedby': 'setup-label-hint',
      autocomplete: 'off',
    }),
  );
}

/** The counts typed, by agency: blank, zero and nonsense leave an agency out. */
function readParticipants(form: HTMLFormElement): Participants {
  const byAgency: Record<string, number> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-agency]')) {
    const n = Math.max(0, Math.floor(Number(input.value) || 0));
    if (n) byAgency[input.dataset.agency!] = n;
  }
  const total = Object.values(byAgency).reduce((a, b) => a + b, 0);
  return { total, byAgency };
}

function setupForm(scenarios: readonly ScenarioSummary[], onCreate: (input: SetupInput) => void): HTMLFormElement {
  const error = h('p', { className: 'error-message', id: 'setup-error', role: 'alert' });
  const agencyInputs = PARTICIPANT_AGENCIES.map((agency, i) => agencyCountField(agency, i));
  const form = h(
    'form',
    { className: 'facilitator-setup', novalidate: true, 'aria-describedby': 'setup-error' },
    scenarioField(scenarios),
    labelField(),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Participants by agency (counts, optional)'),
      h('div', { className: 'count-grid' }, agencyInputs),
    ),
    error,
    h('button', { type: 'submit', className: 'primary' }, 'Start the session'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const label = (form.querySelector('#setup-label') as HTMLInputElement).value.trim();
    if (!label) {
      error.textContent = 'Give the session a label, so its record can be found later.';
      (form.querySelector('#setup-label') as HTMLInputElement).focus();
      return;
    }
    const participants = readParticipants(form);
    onCreate({
      scenarioId: (form.querySelector('#setup-scenario') as HTMLSelectElement).value,
      label: label.slice(0, 80),
      participants,
    });
  });
  return form;
}

function existingSessions(existing: readonly Facilitation[], onOpen: (id: string) => void): HTMLElement | null {
  if (!existing.length) return null;
  return h(
    'section',
    { 'aria-labelledby': 'existing-title' },
    h('h2', { id: 'existing-title' }, 'Sessions kept in this browser'),
    h(
      'ul',
      {},
      existing.map((f) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', className: 'link', onclick: () => onOpen(f.id) },
            `${f.label} — ${f.createdAt.slice(0, 10)}`,
          ),
        ),
      ),
    ),
  );
}

export function renderFacilitatorSetup(
  scenarios: readonly ScenarioSummary[],
  existing: readonly Facilitation[],
  actions: SetupActions,
): HTMLElement {
  return h(
    'section',
    { className: 'facilitate', 'aria-labelledby': 'facilitate-title' },
    h('h1', { id: 'facilitate-title' }, 'Run a facilitated session'),
    h(
      'p',
      { className: 'lede' },
      'Play a scenario with a room: a presenter view for the projector and a trainer console in a second window of this browser, kept in step.',
    ),
    h('p', {}, h('a', { href: actions.guideHref }, 'Read the trainer guide: running a 90-minute session')),
    h(
      'section',
      { 'aria-labelledby': 'packs-title' },
      h('h2', { id: 'packs-title' }, "Trainer's packs to print"),
      h(
        'ul',
        {},
        scenarios.map((s) =>
          h('li', {}, h('a', { href: `#/pack/${encodeURIComponent(s.id)}` }, `${s.title}: trainer's pack`)),
        ),
      ),
    ),
    setupForm(scenarios, (input) => actions.onCreate(input)),
    existingSessions(existing, (id) => actions.onOpen(id)),
  );
}
