/**
 * The trainer's pack for one scenario (`#/pack/<id>`), one printed page (or more) per
 * section: the case summary for participants (no spoilers), the family as a genogram, the
 * agencies and what each holds, a blank chronology sheet and the full one for after, the
 * decision points with facilitator notes and prompts, the learning points with their review
 * sections, and a 90-minute session plan. Everything comes from the scenario's own files.
 */
import { compareChronoDates } from '../engine/chronology.ts';
import { type DecisionNote, chronologyKey, chronologyPlaces } from '../engine/decision-notes.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { sessionPlan } from '../engine/session-plan.ts';
import { AGENCIES, isAgency } from '../engine/vocabulary.ts';
import { h } from './dom.ts';
import { renderGenogram } from './genogram-svg.ts';

export const PACK_SECTIONS = [
  'Case summary for participants',
  'The family',
  'The agencies and what each holds',
  'Chronology sheet',
  'Chronology for after the session',
  'Decision points: facilitator notes and prompts',
  'Learning points and the review',
  'A 90-minute session plan',
] as const;

const BLANK_ROWS = 12;

function section(index: number, ...body: (Node | string | null)[]): HTMLElement {
  const id = `pack-section-${index + 1}`;
  return h(
    'section',
    { className: 'pack-section', 'aria-labelledby': id },
    h('h2', { id }, PACK_SECTIONS[index]!),
    ...body,
  );
}

function table(
  caption: string,
  head: string[],
  rows: (string | Node)[][],
  className = 'pack-table',
  rowHeaders = true,
): HTMLElement {
  return h(
    'table',
    { className },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          r.map((c, i) => (i === 0 && rowHeaders ? h('th', { scope: 'row' }, c) : h('td', {}, c))),
        ),
      ),
    ),
  );
}

function summary(s: CompiledScenario): HTMLElement {
  const m = s.meta;
  return section(
    0,
    h('p', { className: 'pack-lede' }, m.synopsis),
    h('p', {}, `About ${m.minutes} minutes of play. ${m.about}`),
    h('h3', {}, 'Content note'),
    h('p', {}, m.contentNote),
    h('h3', {}, 'Support'),
    h('p', {}, m.support),
  );
}

function family(s: CompiledScenario): HTMLElement {
  return section(
    1,
    s.meta.family
      ? renderGenogram(s.meta.family, s.meta.title)
      : h('p', {}, 'This scenario does not describe a family to draw.'),
    h('p', { className: 'hint' }, 'All names are fictional.'),
  );
}

function agencies(s: CompiledScenario): HTMLElement {
  const byAgency = new Map<string, string[]>();
  for (const info of s.facts.allInfo) {
    const list = byAgency.get(info.agency) ?? [];
    if (!list.includes(info.text)) list.push(info.text);
    byAgency.set(info.agency, list);
  }
  const name = (id: string) => (isAgency(id) ? AGENCIES[id] : id);
  return section(
    2,
    h(
      'p',
      {},
      'What each agency can tell the learner when asked during play. Hand this out after the session, or keep it for the facilitator: it shows what asking would have found.',
    ),
    ...[...byAgency].map(([agency, texts]) =>
      h(
        'div',
        { className: 'pack-agency' },
        h('h3', {}, name(agency)),
        h(
          'ul',
          {},
          texts.map((t) => h('li', {}, t)),
        ),
      ),
    ),
  );
}

/** Every entry the story can reveal: by date where both have one, else in the order written. */
function chronologyRows(s: CompiledScenario): { when: string; what: string }[] {
  const places = chronologyPlaces(s.story);
  const at = (e: { when: string; what: string }) => places.get(chronologyKey(e)) ?? { place: Infinity, date: null };
  return [...s.facts.allChrono].sort((a, b) => {
    const [x, y] = [at(a), at(b)];
    return x.date && y.date ? compareChronoDates(x.date, y.date) || x.place - y.place : x.place - y.place;
  });
}

function blankChronology(s: CompiledScenario): HTMLElement {
  const rows = Array.from({ length: Math.max(BLANK_ROWS, chronologyRows(s).length) }, () => ['', '', '']);
  return section(
    3,
    h('p', {}, 'For participants to fill in as the scenario goes: what happened, when, and which agency knew.'),
    table('Chronology (to fill in)', ['Date', 'What happened', 'Who knew'], rows, 'pack-table pack-blank', false),
  );
}

function fullChronology(s: CompiledScenario): HTMLElement {
  return section(
    4,
    h('p', {}, 'Everything the scenario can reveal, in date order, whatever path the group took.'),
    table(
      'Chronology',
      ['Date', 'What happened'],
      chronologyRows(s).map((r) => [r.when, r.what]),
    ),
  );
}

const KIND_WORDS: Record<string, string> = {
  contact: 'whom to contact',
  challenge: 'challenge or escalate',
  disguised: 'disguised compliance',
  pace: 'pace and drift',
};

function decisions(s: CompiledScenario, notes: readonly DecisionNote[]): HTMLElement {
  const added = new Map((s.meta.added ?? []).map((a) => [a.decision, a.text]));
  return section(
    5,
    ...s.facts.episodes.map((e) => {
      const here = notes.filter((n) => n.episode === e.number);
      return h(
        'div',
        { className: 'pack-episode' },
        h('h3', {}, `Episode ${e.number}: ${e.title}`),
        here.length ? null : h('p', {}, 'No decision in this episode.'),
        here.map((n, i) =>
          h(
            'div',
            { className: 'pack-decision' },
            h('h4', {}, `Decision ${i + 1} (${n.kinds.map((k) => KIND_WORDS[k] ?? k).join(', ')})`),
            h(
              'dl',
              {},
              n.note ? [h('dt', {}, 'Note'), h('dd', {}, n.note)] : null,
              n.prompt ? [h('dt', {}, 'Prompt'), h('dd', {}, n.prompt)] : null,
              n.real ? [h('dt', {}, 'In the review'), h('dd', {}, n.real)] : null,
              added.has(n.id) ? [h('dt', {}, 'Added for the scenario'), h('dd', {}, added.get(n.id)!)] : null,
            ),
          ),
        ),
      );
    }),
    notes.some((n) => n.episode === null)
      ? h(
          'div',
          { className: 'pack-episode' },
          h('h3', {}, 'Decisions reached from more than one place'),
          notes
            .filter((n) => n.episode === null)
            .map((n) =>
              h(
                'div',
                { className: 'pack-decision' },
                h('h4', {}, n.id),
                h('p', {}, n.note ?? ''),
                h('p', {}, n.prompt ?? ''),
              ),
            ),
        )
      : null,
  );
}

function learningPoints(s: CompiledScenario): HTMLElement {
  const theme = (id: string) => s.meta.themes.find((t) => t.id === id)?.title ?? id;
  return section(
    6,
    h('p', {}, `From ${s.meta.review.title} (${s.meta.review.publisher}, ${s.meta.review.year}).`),
    table(
      'Learning points',
      ['Learning point', 'What the review teaches', 'Theme', 'Section of the review'],
      s.meta.learningPoints.map((lp) => [lp.title, lp.summary, theme(lp.theme), lp.source.section]),
    ),
  );
}

function plan(s: CompiledScenario, notes: readonly DecisionNote[]): HTMLElement {
  return section(
    7,
    table(
      'Session plan (minutes from the start)',
      ['Time', 'Step', 'What to do'],
      sessionPlan(s.facts.episodes, notes).map((p) => [`${p.from}–${p.to}`, p.title, p.what]),
    ),
  );
}

export function renderTrainerPack(s: CompiledScenario, notes: readonly DecisionNote[]): HTMLElement {
  return h(
    'article',
    { className: 'trainer-pack', 'aria-labelledby': 'pack-title' },
    h('h1', { id: 'pack-title' }, `Trainer's pack: ${s.meta.title}`),
    h(
      'p',
      { className: 'pack-actions no-print' },
      h('button', { type: 'button', className: 'primary', onclick: () => window.print() }, 'Print the pack'),
      ' Each section starts a new page.',
    ),
    summary(s),
    family(s),
    agencies(s),
    blankChronology(s),
    fullChronology(s),
    decisions(s, notes),
    learningPoints(s),
    plan(s, notes),
  );
}
