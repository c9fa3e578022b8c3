/** A certificate of completion for a CPD record: prints to one A4 page (print stylesheet). */
import type { ResultRecord } from '../engine/result.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { h } from './dom.ts';

function duration(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes < 60 ? `${minutes} minutes` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function renderCertificate(
  result: ResultRecord,
  scenario: CompiledScenario | null,
  onBack: () => void,
): HTMLElement {
  const date = new Date(result.finishedAt ?? result.startedAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const points = result.learningPoints.map(
    (lp) => scenario?.meta.learningPoints.find((l) => l.id === lp.id) ?? { id: lp.id, title: lp.id, source: null },
  );
  const score = h(
    'p',
    { className: 'certificate-score', hidden: true },
    `Score in play: ${Math.round(result.overall * 100)}%`,
  );
  const toggle = h('input', { type: 'checkbox', id: 'show-score' });
  toggle.addEventListener('change', () => {
    score.hidden = !(toggle as HTMLInputElement).checked;
  });
  return h(
    'section',
    { className: 'certificate-page', 'aria-labelledby': 'certificate-title' },
    h(
      'div',
      { className: 'no-print actions' },
      h('div', { className: 'radio' }, toggle, h('label', { for: 'show-score' }, 'Show my score on the certificate')),
      h('button', { type: 'button', className: 'primary', onclick: () => window.print() }, 'Print or save as PDF'),
      h('button', { type: 'button', className: 'link', onclick: onBack }, 'Back to your results'),
    ),
    h(
      'article',
      { className: 'certificate' },
      h('p', { className: 'certificate-kicker' }, 'Safeguarding Practice Simulator'),
      h('h1', { id: 'certificate-title' }, 'Certificate of completion'),
      result.participant.code ? h('p', {}, `Participant: ${result.participant.code}`) : null,
      h('p', { className: 'certificate-scenario' }, result.scenario.title),
      scenario ? h('p', {}, `Modelled on: ${scenario.meta.review.title}`) : null,
      h('p', {}, `Completed on ${date}. Time spent: ${duration(result.durationSeconds)}.`),
      h('h2', {}, 'Learning points covered'),
      h(
        'ul',
        {},
        points.map((p) => h('li', {}, p.title)),
      ),
      score,
    ),
  );
}
