/**
 * In the dev server only: the checker's warnings for the scenarios just rebuilt, in a
 * panel the author can dismiss (errors go to Vite's own overlay). Loaded by main.ts when
 * hot reloading is on, so a production build never carries it.
 */
import type { ViteHotContext } from 'vite/types/hot.js';
import { h } from '../ui/dom.ts';

interface DevFinding {
  scenario: string;
  severity: 'error' | 'warning';
  place: string;
  message: string;
}

function panel(findings: DevFinding[], dismiss: () => void): HTMLElement {
  const title = `Checker warnings (${findings.length})`;
  return h(
    'aside',
    { className: 'dev-findings', 'aria-label': title },
    h('h2', {}, title),
    h('ul', {}, ...findings.map((f) => h('li', {}, h('code', {}, `${f.place || f.scenario}`), `: ${f.message}`))),
    h('button', { type: 'button', onclick: dismiss }, 'Dismiss'),
  );
}

export function followCheckerFindings(hot: ViteHotContext, body: HTMLElement): void {
  let shown: HTMLElement | null = null;
  hot.on('safeguarding:findings', (findings: DevFinding[]) => {
    shown?.remove();
    shown = null;
    if (!findings.length) return;
    shown = panel(findings, () => {
      shown?.remove();
      shown = null;
    });
    body.prepend(shown);
  });
  hot.send('safeguarding:findings?');
}
