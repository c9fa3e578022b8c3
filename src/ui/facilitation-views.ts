/**
 * What the two windows of a facilitated session share: the passage, where the story is,
 * the case so far, the learning-point scores, the timer's format and how votes are counted.
 * The windows themselves are drawn by presenter-view.ts (the projector) and
 * trainer-console.ts (the trainer's laptop).
 */
import { sortChronology } from '../engine/chronology.ts';
import type { DecisionRecord, Facilitation } from '../engine/facilitation.ts';
import type { Session } from '../engine/session.ts';
import { AGENCIES, type AgencyId } from '../engine/vocabulary.ts';
import { h } from './dom.ts';
import './facilitation.css';

export function formatTimer(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** "1 vote", "0 votes", "12 votes". */
export function votesText(n: number): string {
  return `${n} ${n === 1 ? 'vote' : 'votes'}`;
}

/** The passage on screen, a paragraph a line, and the ending's title when it is one. */
export function beatLines(session: Session): HTMLElement[] {
  const lines = session.current.lines
    .filter((l) => l.text)
    .map((l) =>
      h('p', { className: 'line' }, l.speaker ? h('span', { className: 'speaker' }, `${l.speaker}: `) : null, l.text),
    );
  const ending = session.current.ending;
  return ending ? [...lines, h('p', { className: 'ending-title' }, `Ending: ${ending.title}`)] : lines;
}

export function beatText(session: Session): HTMLElement {
  return h('div', { className: 'beat' }, beatLines(session));
}

/** The episode, when it is and the role played. */
export function whereWeAre(session: Session): HTMLElement {
  const ctx = session.context;
  const total = session.scenario.facts.episodes.length;
  return h(
    'div',
    { className: 'player-status' },
    h(
      'p',
      { className: 'episode' },
      ctx.episode ? `Episode ${ctx.episode.number} of ${total}: ${ctx.episode.title}` : 'Starting',
    ),
    ctx.when ? h('p', { className: 'when' }, ctx.when) : null,
    h('p', { className: 'role' }, h('span', { className: 'label' }, 'Role: '), ctx.role ?? '—'),
  );
}

export function lastFeedback(session: Session): string | null {
  return session.turns.at(-1)?.option.feedback ?? null;
}

/** What the scenario added to the real case at the current decision, if anything. */
export function addedHere(session: Session): string | null {
  const id = session.current.decision?.id;
  return session.scenario.meta.added?.find((a) => a.decision === id)?.text ?? null;
}

/** The agencies contacted so far, or that have shared something, in the order of the vocabulary. */
export function agenciesAsked(session: Session): AgencyId[] {
  const ctx = session.context;
  const asked = new Set<AgencyId>([...ctx.contacted, ...ctx.info.map((i) => i.agency)]);
  return (Object.keys(AGENCIES) as AgencyId[]).filter((id) => asked.has(id));
}

/** What the agencies have shared and the chronology (`prefix` keeps the headings' ids unique on the page). */
export function caseLists(session: Session, prefix: string): HTMLElement {
  const ctx = session.context;
  return h(
    'div',
    { className: 'case-lists' },
    h(
      'section',
      { 'aria-labelledby': `${prefix}-agencies` },
      h('h2', { id: `${prefix}-agencies` }, 'What the agencies have shared'),
      ctx.info.length
        ? h(
            'ul',
            {},
            ctx.info.map((i) => h('li', {}, h('strong', {}, `${AGENCIES[i.agency]}: `), i.text)),
          )
        : h('p', {}, 'No agency asked yet.'),
    ),
    h(
      'section',
      { 'aria-labelledby': `${prefix}-chrono` },
      h('h2', { id: `${prefix}-chrono` }, 'Chronology'),
      ctx.chronology.length
        ? h(
            'ol',
            {},
            sortChronology(ctx.chronology).map((c) => h('li', {}, h('strong', {}, `${c.when}: `), c.what)),
          )
        : h('p', {}, 'Nothing recorded yet.'),
    ),
  );
}

export function scoresTable(session: Session): HTMLElement {
  const { meta } = session.scenario;
  const text = { met: 'Met', partly: 'Partly met', missed: 'Missed' } as const;
  return h(
    'table',
    { className: 'lp-table' },
    h('caption', {}, 'Learning points on this path'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Learning point'), h('th', { scope: 'col' }, 'Result'))),
    h(
      'tbody',
      {},
      session.ledger
        .results()
        .map((r) =>
          h(
            'tr',
            { className: `lp-${r.status}` },
            h('th', { scope: 'row' }, meta.learningPoints.find((l) => l.id === r.id)?.title ?? r.id),
            h('td', {}, text[r.status]),
          ),
        ),
    ),
  );
}

/** The record of the group's current decision (votes so far), if there is one yet. */
export function currentDecision(f: Facilitation): DecisionRecord | undefined {
  return f.decisions.find((d) => d.index === f.groupPath.length);
}

/** The option (its index in the story) with most votes; null with no votes or a tie. */
export function topVoted(votes: readonly number[]): number | null {
  const max = Math.max(0, ...votes);
  if (max <= 0) return null;
  const top = votes.flatMap((v, i) => (v === max ? [i] : []));
  return top.length === 1 ? top[0]! : null;
}

/**
 * Replaces what `container` shows with `view`, keeping keyboard focus on the control that
 * had it (found again by id, or by its text), what was being typed in a field, and how far
 * boxes marked `data-keep-scroll` (with an id) were scrolled.
 */
export function redraw(container: HTMLElement, view: HTMLElement): void {
  const focused =
    document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
      ? document.activeElement
      : null;
  const key = focused?.id || (focused?.textContent ? `text:${focused.textContent}` : null);
  const typing = focused instanceof HTMLInputElement && focused.type !== 'radio' ? focused.value : null;
  const scrolled = Array.from(container.querySelectorAll<HTMLElement>('[data-keep-scroll][id]'), (e) => ({
    id: e.id,
    top: e.scrollTop,
  }));
  container.replaceChildren(view);
  for (const { id, top } of scrolled) {
    const box = view.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (box) box.scrollTop = top;
  }
  if (!key) return;
  const target = key.startsWith('text:')
    ? Array.from(view.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent === key.slice(5))
    : view.querySelector<HTMLElement>(`#${CSS.escape(key)}`);
  // Keep what is being typed into a field that a save from another field re-rendered.
  if (target instanceof HTMLInputElement && typing !== null) target.value = typing;
  target?.focus({ preventScroll: true });
}
