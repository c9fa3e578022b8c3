import { describe, expect, it } from 'vitest';
import { explore } from '../../src/engine/explore.ts';
import { readInkStructure } from '../../src/engine/ink-structure.ts';
import { LiveVariables } from '../../src/engine/live-variables.ts';
import { compileSource } from './fixtures.ts';

const story = `
VAR asked = false
VAR told = false
-> first
== first ==
* [Ask]
  ~ asked = true
* [Wait]
- {asked: You asked.|You waited.}
* [Tell]
  ~ told = true
* [Keep quiet]
- -> tail
== tail ==
{told: They know.}
* [One] -> last
* [Two] -> last
== last ==
Done. # ending: done; Done
-> END
`;

describe('live variables', () => {
  const json = compileSource(story);
  const live = new LiveVariables(json);

  it('keeps a variable while a knot ahead reads it, and drops it after', () => {
    expect([...live.liveAt(['first.0'])!.variables].sort()).toEqual(['asked', 'told']);
    expect([...live.liveAt(['tail.0'])!.variables]).toEqual(['told']);
    expect([...live.liveAt(['last.0'])!.variables]).toEqual([]);
  });

  it('keeps every variable when a divert target is held in a variable', () => {
    const opaque = new LiveVariables(compileSource('VAR to = -> a\n-> to\n== a ==\nA. # ending: a; A\n-> END\n'));
    expect(opaque.liveAt(['0'])).toBeNull();
  });

  it('lets the explorer merge states that differ only in variables nothing ahead reads', () => {
    const e = explore(json, { structure: readInkStructure(json) });
    // 'asked' splits the first episode only: from 'tail' on, the states are told / not told.
    const atTail = e.nodes.filter((n) => n.edges.some((edge) => edge.optionText === 'One'));
    expect(e.complete).toBe(true);
    expect(e.endings.map((x) => x.id)).toEqual(['done']);
    expect(atTail.length).toBe(2);
  });
});
