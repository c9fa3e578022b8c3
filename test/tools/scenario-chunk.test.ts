/**
 * The scenario chunk carries the Ink JSON already parsed when that reads the same to
 * inkjs: every shipped scenario plays its scripted paths identically from either form, and
 * a story with a float keeps the text form (inkjs reads `1.0` as a float, JSON.parse as 1).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedScenario } from '../../tools/lib/build-cache.ts';
import { playScript, readPlaythroughs, scriptedPaths } from '../../tools/lib/playthrough.ts';
import { inkJsonForBrowser } from '../../tools/vite-plugin-stories.ts';
import type { Session } from '../../src/engine/session.ts';

const STORIES = path.resolve('stories');

/** Everything a learner sees and what is scored, along a path. */
function transcript(session: Session) {
  return {
    beats: [...session.turns.map((t) => t.beat), session.current],
    points: session.ledger.results(),
  };
}

describe('the scenario chunk', () => {
  for (const id of readdirSync(STORIES)) {
    it(`plays ${id} the same from the parsed Ink JSON as from its text`, () => {
      const compiled = cachedScenario(path.join(STORIES, id)).compiled!;
      const parsed = inkJsonForBrowser(compiled.story);
      expect(typeof parsed).toBe('object');
      for (const [name, p] of scriptedPaths(readPlaythroughs(path.join(STORIES, id)))) {
        const fromText = playScript(compiled, p.choices);
        const fromObject = playScript({ ...compiled, story: parsed }, p.choices);
        expect(fromObject.problems, name).toEqual([]);
        expect(transcript(fromObject.session), name).toEqual(transcript(fromText.session));
      }
    });
  }

  it('keeps a story with a float as text, so inkjs reads the float itself', () => {
    expect(inkJsonForBrowser('{"inkVersion":21,"root":[["ev",1.0,"/ev"],null]}')).toBeTypeOf('string');
    expect(inkJsonForBrowser('{"inkVersion":21,"root":[["ev",2e3,"/ev"],null]}')).toBeTypeOf('string');
    expect(inkJsonForBrowser('{"inkVersion":21,"root":[["^1.0 is text",true,null]]}')).toEqual({
      inkVersion: 21,
      root: [['^1.0 is text', true, null]],
    });
  });
});
