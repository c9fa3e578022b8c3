/** Confidence self-rating, 1–5 for each theme of a scenario. */
import type { Theme } from '../engine/scenario.ts';
import { h } from './dom.ts';

const SCALE = ['Not at all confident', 'Slightly confident', 'Fairly confident', 'Confident', 'Very confident'];

export function renderConfidence(themes: readonly Theme[], when: 'before' | 'after'): HTMLElement {
  return h(
    'div',
    { className: 'confidence' },
    themes.map((t) =>
      h(
        'fieldset',
        { className: 'rating' },
        h('legend', {}, t.title),
        SCALE.map((label, i) => {
          const id = `conf-${when}-${t.id}-${i + 1}`;
          return h(
            'div',
            { className: 'radio inline' },
            h('input', { type: 'radio', name: `conf-${when}-${t.id}`, id, value: i + 1 }),
            h('label', { for: id }, `${i + 1} ${label}`),
          );
        }),
      ),
    ),
  );
}

/** Ratings given (themes left blank are omitted); null when none was given. */
export function readConfidence(
  root: HTMLElement,
  themes: readonly Theme[],
  when: 'before' | 'after',
): Record<string, number> | null {
  const ratings: Record<string, number> = {};
  for (const t of themes) {
    const checked = root.querySelector<HTMLInputElement>(`input[name="conf-${when}-${t.id}"]:checked`);
    if (checked) ratings[t.id] = Number(checked.value);
  }
  return Object.keys(ratings).length ? ratings : null;
}
