/**
 * The debrief at an ending: what you found out beside what the agencies knew between them
 * and what was happening to the child; each learning point met, partly met or missed with
 * the decisions behind it and its source; your path beside the real case's; scores.
 */
import { askedEntries, chronoKey, endingEntries, sortChronology } from '../engine/chronology.ts';
import type { ChronoEntry } from '../engine/context.ts';
import { criticalMoments } from '../engine/critical-moments.ts';
import type { Session } from '../engine/session.ts';
import { AGENCIES, isAgency } from '../engine/vocabulary.ts';
import { h } from './dom.ts';

export const STATUS_TEXT = { met: 'Met', partly: 'Partly met', missed: 'Missed' } as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const agencyName = (id: string) => (isAgency(id) ? AGENCIES[id] : id);

function column(id: string, title: string, intro: string, body: HTMLElement, ...more: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { className: 'debrief-column', 'aria-labelledby': id },
    h('h3', { id }, title),
    h('p', { className: 'hint' }, intro),
    body,
    ...more,
  );
}

/** A chronology in date order, each entry with an optional note after it. */
function chronologyList(entries: readonly ChronoEntry[], note: (c: ChronoEntry) => string | null): HTMLElement {
  return h(
    'ol',
    { className: 'debrief-chrono' },
    sortChronology(entries).map((c) => {
      const extra = note(c);
      return h('li', {}, h('strong', {}, `${c.when}: `), c.what, extra ? h('span', { className: 'tag' }, extra) : null);
    }),
  );
}

/**
 * The chronology split in two: what the learner found out, and what the ending told. What an
 * ending tells (the child's death, proceedings, placement) is how the path ended, not
 * something the learner found out: it goes with what was happening to the child.
 */
function splitChronology(session: Session): { learnt: ChronoEntry[]; outcome: ChronoEntry[] } {
  const { chronology } = session.context;
  const told = session.current.ending ? endingEntries(session.current) : new Set<string>();
  const isOutcome = (c: ChronoEntry) => c.learntAt === session.turns.length && told.has(chronoKey(c));
  return { learnt: chronology.filter((c) => !isOutcome(c)), outcome: chronology.filter(isOutcome) };
}

/** Marks the entries in an agency's answer to the learner's call with the agency asked. */
function askedNote(session: Session): (c: ChronoEntry) => string | null {
  const asked = askedEntries(
    session.turns.map((t, i) => ({
      contact: t.option.contact,
      beat: session.turns[i + 1]?.beat ?? session.current,
    })),
  );
  return (c) => {
    const agency = asked.get(chronoKey(c));
    return agency ? ` (you asked: ${agencyName(agency)})` : null;
  };
}

function foundColumn(session: Session, learnt: readonly ChronoEntry[]): HTMLElement {
  const { info } = session.context;
  const yours = h(
    'ul',
    {},
    info.length
      ? info.map((i) => h('li', {}, h('strong', {}, `${agencyName(i.agency)}: `), i.text))
      : h('li', {}, 'You did not ask any agency for what it held.'),
  );
  const yourChronology = learnt.length
    ? [h('h4', {}, 'Your chronology, in date order'), chronologyList(learnt, askedNote(session))]
    : [];
  return column(
    'col-you',
    'What you found out',
    'From the agencies you asked, and what you saw.',
    yours,
    ...yourChronology,
  );
}

function agenciesColumn(session: Session): HTMLElement {
  const found = new Set(session.context.info.map((i) => `${i.agency}\n${i.text}`));
  const all = h(
    'ul',
    {},
    session.scenario.facts.allInfo.map((i) =>
      h(
        'li',
        { className: found.has(`${i.agency}\n${i.text}`) ? 'found' : 'not-found' },
        h('strong', {}, `${agencyName(i.agency)}: `),
        i.text,
        h('span', { className: 'tag' }, found.has(`${i.agency}\n${i.text}`) ? ' (you found this)' : ' (not asked)'),
      ),
    ),
  );
  return column(
    'col-agencies',
    'What the agencies knew between them',
    'Everything the agencies could have told you.',
    all,
  );
}

function childColumn(session: Session, outcome: readonly ChronoEntry[]): HTMLElement {
  const { meta } = session.scenario;
  const child = h(
    'ul',
    {},
    meta.whatHappened.map((f) =>
      h('li', {}, f.text, h('span', { className: 'source' }, ` (${meta.review.title}, ${f.source})`)),
    ),
  );
  const ending = session.current.ending;
  const endingChronology =
    ending && outcome.length
      ? [h('h4', {}, `How your path ended: ${ending.title}`), chronologyList(outcome, () => null)]
      : [];
  return column(
    'col-child',
    'What was happening to the child',
    'What the review found, and how your path ended.',
    child,
    ...endingChronology,
  );
}

function knowledgeColumns(session: Session): HTMLElement {
  const { learnt, outcome } = splitChronology(session);
  return h(
    'section',
    { className: 'debrief-knowledge', 'aria-labelledby': 'knowledge-title' },
    h('h2', { id: 'knowledge-title' }, 'What was known, and what was happening'),
    h(
      'div',
      { className: 'debrief-columns' },
      foundColumn(session, learnt),
      agenciesColumn(session),
      childColumn(session, outcome),
    ),
  );
}

function learningPoints(session: Session): HTMLElement {
  const { meta } = session.scenario;
  return h(
    'section',
    { 'aria-labelledby': 'lp-title' },
    h('h2', { id: 'lp-title' }, 'Learning points'),
    h(
      'table',
      { className: 'lp-table' },
      h(
        'caption',
        { className: 'visually-hidden' },
        'Each learning point, your result, the decisions behind it and its source',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Learning point'),
          h('th', { scope: 'col' }, 'Result'),
          h('th', { scope: 'col' }, 'Decisions that earned or lost it'),
          h('th', { scope: 'col' }, 'Source'),
        ),
      ),
      h(
        'tbody',
        {},
        session.ledger.results().map((r) => {
          const lp = meta.learningPoints.find((l) => l.id === r.id)!;
          return h(
            'tr',
            { className: `lp-${r.status}`, 'data-lp': r.id },
            h(
              'th',
              { scope: 'row' },
              h('span', { className: 'lp-title' }, lp.title),
              h('span', { className: 'lp-summary' }, lp.summary),
            ),
            h('td', {}, STATUS_TEXT[r.status]),
            h(
              'td',
              {},
              r.needsAct
                ? h(
                    'p',
                    { className: 'lp-act' },
                    r.acts.length
                      ? `You took the act it teaches: “${r.acts[0]!.optionText}”.`
                      : 'The act it teaches was not taken.',
                  )
                : null,
              r.entries.length
                ? h(
                    'ul',
                    {},
                    r.entries.map((e) =>
                      h(
                        'li',
                        {},
                        `${e.delta > 0 ? 'Earned' : 'Lost'} ${Math.abs(e.delta)}: "${e.optionText ?? 'before the first decision'}"`,
                      ),
                    ),
                  )
                : 'No decision you made touched this point.',
            ),
            h('td', {}, `${lp.source.review}, ${lp.source.section}`),
          );
        }),
      ),
    ),
  );
}

function pathBesideReal(session: Session): HTMLElement {
  let episode = '';
  const rows = session.turns
    .filter((t) => t.beat.options.length > 1 || (t.beat.decision && !t.beat.decision.kinds.includes('pace')))
    .map((t) => {
      const tag = t.beat.lines.flatMap((l) => l.tags).find((x) => x.name === 'episode');
      if (tag && tag.name === 'episode') episode = `Episode ${tag.number}: ${tag.title}`;
      const realOption = t.beat.options.find((o) => o.real);
      const added = session.scenario.meta.added?.find((a) => a.decision === t.beat.decision?.id);
      const real = added
        ? `Added for this scenario: ${added.text}`
        : (t.beat.decision?.real ?? (realOption ? realOption.text : 'Not recorded'));
      const same = realOption ? realOption.index === t.option.index : false;
      return h(
        'tr',
        { className: same ? 'same-as-real' : 'differs' },
        h(
          'th',
          { scope: 'row' },
          episode || '—',
          t.beat.decision?.prompt ? h('span', { className: 'lp-summary' }, t.beat.decision.prompt) : null,
        ),
        h(
          'td',
          {},
          t.option.text,
          t.option.feedback ? h('span', { className: 'lp-summary' }, t.option.feedback) : null,
        ),
        h('td', {}, same ? `The same: ${real}` : real),
      );
    });
  return h(
    'section',
    { 'aria-labelledby': 'path-title' },
    h('h2', { id: 'path-title' }, 'Your path beside the real case'),
    h(
      'table',
      { className: 'path-table' },
      h(
        'caption',
        { className: 'visually-hidden' },
        'Each decision: what you chose and what happened in the real case',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Decision'),
          h('th', { scope: 'col' }, 'Your choice'),
          h('th', { scope: 'col' }, 'In the real case'),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

function scores(session: Session): HTMLElement {
  const { meta } = session.scenario;
  return h(
    'section',
    { 'aria-labelledby': 'scores-title' },
    h('h2', { id: 'scores-title' }, 'Scores'),
    h('p', { className: 'overall' }, `Overall: ${pct(session.ledger.overall())} of the best reachable score.`),
    h(
      'table',
      { className: 'theme-table' },
      h('caption', {}, 'Score by theme'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theme'), h('th', { scope: 'col' }, 'Score'))),
      h(
        'tbody',
        {},
        session.ledger
          .themes(meta.themes)
          .map((t) =>
            h('tr', {}, h('th', { scope: 'row' }, t.title), h('td', {}, `${pct(t.scaled)} (${t.score} of ${t.max})`)),
          ),
      ),
    ),
  );
}

/** The decisions that led to this ending: where a critical act was offered, and what was chosen. */
function decisionsBehindEnding(session: Session): HTMLElement | null {
  const moments = criticalMoments(session);
  if (!moments.length || !session.current.ending) return null;
  const title = (id: string) => session.scenario.meta.learningPoints.find((lp) => lp.id === id)?.title ?? id;
  const titles = (ids: readonly string[]) => [...new Set(ids)].map((id) => `‘${title(id)}’`).join(', ');
  return h(
    'section',
    { 'aria-labelledby': 'ending-why-title' },
    h('h2', { id: 'ending-why-title' }, 'The decisions that led to this ending'),
    h('p', {}, 'The ending follows from the decisions where an act that a learning point teaches was open to you.'),
    h(
      'ol',
      { className: 'ending-why' },
      moments.map((m) =>
        h(
          'li',
          { className: m.acted.length ? 'acted' : 'passed-over' },
          h('span', { className: 'label' }, `Decision ${m.turn}: `),
          `you chose “${m.chosen}”. `,
          m.acted.length ? `You took the act for ${titles(m.acted)}.` : null,
          m.passedOver.length
            ? ` Not taken: ${m.passedOver.map((p) => `“${p.option}” (${title(p.lp)})`).join('; ')}.`
            : null,
        ),
      ),
    ),
  );
}

export function renderDebrief(
  session: Session,
  next: { label: string; onNext: () => void; onSkip: (() => void) | null },
): HTMLElement {
  const { meta } = session.scenario;
  return h(
    'section',
    { className: 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title' }, `Debrief: ${meta.title}`),
    session.current.ending ? h('p', { className: 'lede' }, `Your ending: ${session.current.ending.title}.`) : null,
    decisionsBehindEnding(session),
    scores(session),
    knowledgeColumns(session),
    learningPoints(session),
    pathBesideReal(session),
    h(
      'section',
      { 'aria-labelledby': 'about-case-title' },
      h('h2', { id: 'about-case-title' }, 'About this case'),
      h('p', {}, meta.about),
      h('p', {}, h('strong', {}, 'Support: '), meta.support),
    ),
    h(
      'div',
      { className: 'actions' },
      h('button', { type: 'button', className: 'primary', onclick: next.onNext }, next.label),
      next.onSkip
        ? h('button', { type: 'button', className: 'secondary', onclick: next.onSkip }, 'Skip to your results')
        : null,
    ),
  );
}
