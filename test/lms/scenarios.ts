/** Real scenarios for the LMS tests: the sample, and a looping story for paths of any length. */
import { contentHash } from '../../src/engine/hash.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { Session } from '../../src/engine/session.ts';
import { compileSource, sample } from '../engine/fixtures.ts';

export { sample };

/** Plays options by text fragments, as a learner would read them. */
export function pick(session: Session, ...texts: string[]): void {
  for (const text of texts) {
    const option = session.current.options.find((o) => o.text.includes(text));
    if (!option) throw new Error(`no option "${text}" in ${session.current.options.map((o) => o.text).join(' / ')}`);
    session.choose(option.index);
  }
}

export const SAMPLE_BEST = ['GP', 'nursery', 'Ask to see', 'Set out'];
export const SAMPLE_REAL = ['Go ahead', 'Accept what', 'uneasy'];

const LOOP_INK = `
-> day
=== day ===
# episode: 1; Every day
# role: Duty social worker
A referral comes in.
# decision: loop-referral; challenge
+ [Ask for a strategy discussion # lp: l-challenge +1]
    -> day
+ [File it # lp: l-challenge -1]
    -> day
+ [Ask a colleague]
    -> day
+ [Stop for today]
    # ending: stopped; The day ended
    The day ends.
    -> END
`;

let loop: CompiledScenario | null = null;

/** A story that offers the same decision until the learner stops: paths as long as a test needs. */
export function loopScenario(): CompiledScenario {
  if (loop) return loop;
  const story = compileSource(LOOP_INK);
  const base = sample();
  const built: CompiledScenario = {
    meta: {
      ...base.meta,
      id: 'loop',
      title: 'Loop',
      themes: [{ id: 'challenge', title: 'Challenge' }],
      learningPoints: [
        {
          id: 'l-challenge',
          title: 'Challenge',
          summary: 'Challenge',
          theme: 'challenge',
          source: { review: 'Test', section: '1' },
        },
      ],
    },
    facts: {
      maxima: { 'l-challenge': 10 },
      episodes: [{ number: 1, title: 'Every day', knot: 'day' }],
      allInfo: [],
      allChrono: [],
      endings: [{ id: 'stopped', title: 'The day ended' }],
      criticalPoints: [],
    },
    story,
    storyHash: contentHash(story),
    quiz: null,
  };
  loop = built;
  return built;
}

/** A loop session with `n` decisions made, one a minute, cycling through the first three options. */
export function longLoopSession(n: number, start = Date.UTC(2026, 10, 23, 9, 0, 0)): Session {
  let t = start;
  const session = Session.start(loopScenario(), { seed: 12345, now: () => t });
  for (let i = 0; i < n; i++) {
    t += 60_000;
    session.choose(i % 3, t);
  }
  return session;
}
