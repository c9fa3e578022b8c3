/**
 * Every scenario is played along its scripted paths (playthroughs.json): best practice
 * and the path the real case took. The ending and the learning points met and missed
 * must be the ones the writers intended.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { playScript, readPlaythroughs } from '../../tools/lib/playthrough.ts';
import { compiledScenario } from '../engine/fixtures.ts';

const scenarios = readdirSync('stories', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join('stories', d.name, 'playthroughs.json')))
  .map((d) => d.name);

describe.each(scenarios)('scenario %s', (id) => {
  const scripts = readPlaythroughs(path.join('stories', id));
  const catalogue = JSON.parse(readFileSync(path.join('stories', id, 'scenario.json'), 'utf8')) as {
    learningPoints: { id: string }[];
  };
  const allPoints = catalogue.learningPoints.map((lp) => lp.id).sort();

  it('meets every learning point on the best path and misses every one on the real path', () => {
    expect([...scripts.best.met].sort()).toEqual(allPoints);
    expect([...scripts.real.missed].sort()).toEqual(allPoints);
  });

  it('meets nothing by calling every agency without taking a critical act', () => {
    const script = scripts.everyCall;
    expect(script, 'playthroughs.json needs an "everyCall" path').toBeDefined();
    const scenario = compiledScenario(path.join('stories', id));
    const { session, problems } = playScript(scenario, script!.choices);
    expect(problems).toEqual([]);
    const contactsOffered = session.turns.filter((t) => t.beat.options.some((o) => o.contact)).length;
    expect(contactsOffered).toBeGreaterThan(0);
    expect(session.turns.filter((t) => t.option.critical.length)).toEqual([]);
    expect(
      session.ledger
        .results()
        .filter((r) => r.status === 'met')
        .map((r) => r.id),
    ).toEqual([]);
  });

  it.each(['best', 'real'] as const)('plays the %s path to its ending with the intended learning points', (which) => {
    const script = scripts[which];
    const scenario = compiledScenario(path.join('stories', id));
    const { session, problems } = playScript(scenario, script.choices);
    expect(problems).toEqual([]);
    expect(session.current.ending?.id).toBe(script.ending);
    const status = (lp: string) => session.ledger.result(lp).status;
    expect(Object.fromEntries(script.met.map((lp) => [lp, status(lp)]))).toEqual(
      Object.fromEntries(script.met.map((lp) => [lp, 'met'])),
    );
    expect(Object.fromEntries(script.missed.map((lp) => [lp, status(lp)]))).toEqual(
      Object.fromEntries(script.missed.map((lp) => [lp, 'missed'])),
    );
    // Every decision point on the way has a facilitator note and a discussion prompt.
    for (const turn of session.turns) {
      const d = turn.beat.decision;
      if (d && !d.kinds.includes('pace')) expect([d.id, d.note, d.prompt].every(Boolean), d.id).toBe(true);
    }
  });

  it('takes the real case at every decision where the real path is tagged', () => {
    const scenario = compiledScenario(path.join('stories', id));
    const { session } = playScript(scenario, scripts.real.choices);
    const tagged = session.turns.filter((t) => t.beat.options.some((o) => o.real));
    expect(tagged.length).toBeGreaterThan(0);
    for (const t of tagged) expect(t.option.real, `${t.beat.decision?.id}: "${t.option.text}"`).toBe(true);
  });

  it('resumes the best path from its saved record at every step', () => {
    const scenario = compiledScenario(path.join('stories', id));
    const { session } = playScript(scenario, scripts.best.choices);
    const saved = session.toSaved();
    for (const cut of [1, Math.floor(saved.choices.length / 2), saved.choices.length]) {
      const partial = { ...saved, choices: saved.choices.slice(0, cut) };
      const { session: resumed, report } = Session.resume(scenario, partial);
      expect(report.stoppedBecause).toBeNull();
      expect(resumed.turns).toHaveLength(cut);
    }
  });
});
