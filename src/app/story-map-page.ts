/**
 * The author's story map of a scenario, in dev only: the dev server builds the map page
 * (tools/lib/map-dev-server.ts) and this view frames it. The route exists only in dev
 * builds, so the production bundle carries neither the page nor the maps.
 */
import { h } from '../ui/dom.ts';
import type { App } from './create-app.ts';

export function showStoryMap(app: App, id: string): void {
  const src = `./__map/${encodeURIComponent(id)}`;
  const frame = h('iframe', { src, title: `Story map of ${id}` });
  // Set through the style object, not an attribute, so no inline style attribute is needed.
  Object.assign(frame.style, { width: '100%', height: '80vh', border: '1px solid #888' });
  const view = h(
    'section',
    { class: 'story-map' },
    h('h1', {}, `Story map: ${id}`),
    h(
      'p',
      {},
      'Rebuilt from the Ink each time a story file is saved. ',
      h('a', { href: src }, 'Open the map on its own page'),
      ' (for printing or its text outline).',
    ),
    frame,
  );
  app.show(view, `Story map: ${id}`);
}
