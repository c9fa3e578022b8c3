import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionNotes } from '../../src/engine/decision-notes.ts';
import { layoutGenogram } from '../../src/engine/genogram.ts';
import type { Family } from '../../src/engine/scenario.ts';
import { SESSION_MINUTES, sessionPlan, shareMinutes } from '../../src/engine/session-plan.ts';
import { compiledScenario } from './fixtures.ts';

const SCENARIOS = ['child-b1', 'child-l', 'child-o', 'child-t', 'children-p', 'sample'];
const familyOf = (id: string) =>
  (JSON.parse(readFileSync(`stories/${id}/scenario.json`, 'utf8')) as { family: Family }).family;

describe('the genogram layout', () => {
  it.each(SCENARIOS)(
    '%s: children a row below their parents, partners on one row, no two people in one place',
    (id) => {
      const family = familyOf(id);
      const layout = layoutGenogram(family);
      const at = new Map(layout.members.map((p) => [p.member.id, p]));
      expect(at.size).toBe(family.members.length);
      for (const u of family.unions) {
        const rows = new Set(u.partners.map((p) => at.get(p)!.generation));
        expect(rows.size).toBe(1);
        for (const c of u.children) expect(at.get(c)!.generation).toBe([...rows][0]! + 1);
      }
      const places = new Set(layout.members.map((p) => `${p.x},${p.y}`));
      expect(places.size).toBe(layout.members.length);
      for (const p of layout.members) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(layout.width);
        expect(p.y).toBeLessThan(layout.height);
      }
    },
  );
});

describe('the 90-minute session plan', () => {
  it('shares minutes in whole numbers that add up, each at least the least', () => {
    expect(shareMinutes([1, 1, 2], 40)).toEqual([11, 11, 18]);
    expect(shareMinutes([0, 0], 10)).toEqual([5, 5]);
    expect(shareMinutes([5, 0, 1], 50).reduce((a, b) => a + b, 0)).toBe(50);
    expect(Math.min(...shareMinutes([9, 0, 1], 50))).toBeGreaterThanOrEqual(3);
  });

  it.each(SCENARIOS)('%s: 90 minutes without gaps, one step per episode', (id) => {
    const s = compiledScenario(`stories/${id}`);
    const plan = sessionPlan(s.facts.episodes, decisionNotes(s.story));
    expect(plan[0]!.from).toBe(0);
    expect(plan.at(-1)!.to).toBe(SESSION_MINUTES);
    plan.slice(1).forEach((step, i) => expect(step.from).toBe(plan[i]!.to));
    expect(plan.filter((p) => p.title.startsWith('Episode ')).length).toBe(s.facts.episodes.length);
  });
});
