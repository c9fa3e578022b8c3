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

export function renderFacilitatorSetup(
  scenarios: readonly ScenarioSummary[],
  existing: readonly Facilitation[],
  actions: { onCreate: (input: SetupInput) => void; onOpen: (id: string) => void; guideHref: string },
): HTMLElement {
  const error = h('p', { className: 'error-message', id: 'setup-error', role: 'alert' });
  const agencyInputs = PARTICIPANT_AGENCIES.map((agency, i) =>
    h(
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
    ),
  );
  const form = h(
    'form',
    { className: 'facilitator-setup', novalidate: true, 'aria-describedby': 'setup-error' },
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'setup-scenario' }, 'Scenario'),
      h(
        'select',
        { id: 'setup-scenario', name: 'scenario' },
        scenarios.map((s) => h('option', { value: s.id }, `${s.title} (about ${s.minutes} minutes)`)),
      ),
    ),
    h(
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
    ),
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
    const byAgency: Record<string, number> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-agency]')) {
      const n = Math.max(0, Math.floor(Number(input.value) || 0));
      if (n) byAgency[input.dataset.agency!] = n;
    }
    const total = Object.values(byAgency).reduce((a, b) => a + b, 0);
    actions.onCreate({
      scenarioId: (form.querySelector('#setup-scenario') as HTMLSelectElement).value,
      label: label.slice(0, 80),
      participants: { total, byAgency },
    });
  });
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
    form,
    existing.length
      ? h(
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
                  { type: 'button', className: 'link', onclick: () => actions.onOpen(f.id) },
                  `${f.label} — ${f.createdAt.slice(0, 10)}`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
