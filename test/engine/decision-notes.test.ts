import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionNotes } from '../../src/engine/decision-notes.ts';
import { compiledScenario, sample } from './fixtures.ts';

const SHIPPED = ['child-b1', 'child-l', 'child-o', 'child-t', 'children-p'];

/** Decision ids as written in a scenario's Ink sources. */
function writtenDecisions(id: string): Set<string> {
  const dir = `stories/${id}`;
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
    for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/#\s*decision:\s*([a-z0-9-]+)/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('decision notes from the compiled story', () => {
  it("reads the sample's decisions with their notes, prompts and what really happened", () => {
    const notes = decisionNotes(sample().story);
    expect(notes.map((n) => n.id)).toEqual(['s-contacts', 's-visit', 's-closure']);
    expect(notes[1]).toEqual({
      id: 's-visit',
      kinds: ['disguised'],
      episode: 2,
      note: 'The tidy flat is real and tells you little about Mia. Ask the room what else they would want to see.',
      prompt: 'What would you need to see before you leave?',
      real: 'The visitor accepted the account and left without seeing the child.',
    });
  });

  it.each(SHIPPED)('%s: every decision written in the Ink, once, in one of its episodes', (id) => {
    const scenario = compiledScenario(`stories/${id}`);
    const notes = decisionNotes(scenario.story);
    expect(new Set(notes.map((n) => n.id))).toEqual(writtenDecisions(id));
    expect(notes.length).toBe(new Set(notes.map((n) => n.id)).size);
    const episodes = new Set(scenario.facts.episodes.map((e) => e.number));
    for (const n of notes) expect(episodes.has(n.episode!), `${n.id} in episode ${n.episode}`).toBe(true);
    // Episodes only move forward through the text.
    const order = notes.map((n) => n.episode!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
