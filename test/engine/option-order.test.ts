import { describe, expect, it } from 'vitest';
import { decisionPlace, questionPlace, shownOrder } from '../../src/engine/option-order.ts';
import { buildResult } from '../../src/engine/result.ts';
import { Session } from '../../src/engine/session.ts';
import { sample } from './fixtures.ts';

const pick = (session: Session, prefix: string) => {
  const option = session.shownOptions().find((o) => o.text.startsWith(prefix));
  if (!option) throw new Error(`"${prefix}" is not on offer`);
  session.choose(option.index);
};

describe('the order options are shown in', () => {
  it('is the same for a seed and place, and differs across seeds', () => {
    const place = decisionPlace('d1', 0);
    expect(shownOrder(6, 42, place)).toEqual(shownOrder(6, 42, place));
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => shownOrder(6, seed, place).join()));
    expect(orders.size).toBeGreaterThan(20);
    expect(shownOrder(6, 42, place).toSorted()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts every option first about equally often over many seeds', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[shownOrder(4, seed, questionPlace('pre-1'))[0]!]! += 1;
    for (const n of firsts) expect(n).toBeGreaterThan(850);
  });

  it('keeps pinned options in their place', () => {
    const pins = (i: number) => (i === 0 ? ('last' as const) : i === 3 ? ('first' as const) : null);
    for (let seed = 0; seed < 30; seed++) {
      const order = shownOrder(5, seed, 'x', pins);
      expect([order[0], order.at(-1)]).toEqual([3, 0]);
    }
  });
});

describe('a session with shuffled options', () => {
  it('shows the same order again on resume, and records choices by identity, not place', () => {
    const played = Session.start(sample(), { seed: 11 });
    const shownAtStart = played.shownOptions().map((o) => o.text);
    expect(shownAtStart.at(-1)).toBe('Go ahead with the home visit now'); // pinned last
    pick(played, 'Ask the nursery');
    pick(played, 'Call the GP');
    const { session: resumed } = Session.resume(sample(), played.toSaved());
    expect(resumed.shownOptions()).toEqual(played.shownOptions());
    // The save, the debrief's turns and the result record name the option itself.
    const saved = played.toSaved().choices;
    expect(saved.map((c) => [c.index, c.text])).toEqual([
      [1, 'Ask the nursery'],
      [0, 'Call the GP practice'],
    ]);
    expect(resumed.turns.map((t) => t.option.text)).toEqual(['Ask the nursery', 'Call the GP practice']);
    const record = buildResult(played, {
      id: 'order-test-0001',
      participant: { code: null, agency: null, role: null, cohort: null },
      preTest: null,
      postTest: null,
      confidence: { before: null, after: null },
      finishedAt: null,
    });
    expect(record.path.map((p) => p.option)).toEqual(['Ask the nursery', 'Call the GP practice']);
  });

  it('draws different orders for different seeds at the same decision', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        Session.start(sample(), { seed })
          .shownOptions()
          .map((o) => o.index)
          .join(),
      ),
    );
    expect(orders.size).toBe(2); // two free options (the third is pinned last): both orders occur
  });
});
