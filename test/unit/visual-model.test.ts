import { describe, expect, it } from 'vitest';
import { describeSounds } from '../../src/audio/descriptions.ts';
import { Session } from '../../src/engine/session.ts';
import { AGENCIES, type AgencyId } from '../../src/engine/vocabulary.ts';
import {
  GAME_HEIGHT,
  GAME_WIDTH,
  NETWORK,
  TIMELINE,
  agencyPosition,
  chronoPosition,
  labelPlacement,
} from '../../src/scenes/layout.ts';
import { CORE_AGENCIES, MAP_LABELS, buildVisualModel, mapAgencies } from '../../src/scenes/model.ts';
import { sample } from '../engine/fixtures.ts';

function modelOf(session: Session, agencies: readonly AgencyId[] = CORE_AGENCIES) {
  return buildVisualModel({
    context: session.context,
    options: session.current.options,
    agencies,
    decisionsMade: session.turns.length,
  });
}

describe('the visual model', () => {
  it('puts the core agencies on the map, with a scenario’s others, in a fixed order', () => {
    expect(mapAgencies([])).toEqual(CORE_AGENCIES);
    const withExtras = mapAgencies(['housing', 'midwife', 'not-an-agency', 'gp']);
    expect(withExtras).toContain('housing');
    expect(withExtras).toContain('midwife');
    expect(withExtras).not.toContain('not-an-agency');
    // Vocabulary order: midwife comes before housing whatever order they were met in.
    expect(withExtras.indexOf('midwife')).toBeLessThan(withExtras.indexOf('housing'));
    expect(withExtras.slice(0, CORE_AGENCIES.length)).toEqual(CORE_AGENCIES);
  });

  it('follows the sample scenario: options, contacts, what was shared, the chronology', () => {
    const session = Session.start(sample(), { seed: 1 });
    const start = modelOf(session);
    expect(start.scene).toBe('office');
    expect(start.sceneName).toBe('An office');
    const options = start.agencies.filter((a) => a.option).map((a) => [a.id, a.option?.index]);
    expect(options).toEqual([
      ['gp', 0],
      ['nursery', 1],
    ]);
    expect(start.agencies.some((a) => a.contacted)).toBe(false);
    expect(start.chronology).toEqual([
      { when: 'August', what: "Mia's 12-month check missed", learntAt: 0, isNew: true },
    ]);

    session.choose(0); // Call the GP practice
    const after = modelOf(session);
    const gp = after.agencies.find((a) => a.id === 'gp')!;
    expect(gp).toMatchObject({ contacted: true, option: null, name: 'GP practice' });
    expect(gp.shared).toEqual(['Two immunisations missed this year']);
    expect(after.agencies.find((a) => a.id === 'nursery')?.option).toEqual({ index: 0, text: 'Ask the nursery' });
    expect(after.chronology.map((c) => c.isNew)).toEqual([false]);
    expect(after.agencies.find((a) => a.id === 'police')).toMatchObject({ contacted: false, shared: [], option: null });

    session.choose(0); // Ask the nursery: two contacts made, on to the home visit
    const visit = modelOf(session);
    expect(visit.sceneName).toBe('A family home');
    expect(visit.chronology.filter((c) => c.isNew).map((c) => c.what)).toEqual([
      'Mia stops attending nursery',
      'Home visit by the health visitor',
    ]);
    expect(visit.agencies.some((a) => a.option)).toBe(false);
  });

  it('adds an agency the session brings in that the map did not have', () => {
    const session = Session.start(sample(), { seed: 1 });
    const model = modelOf(session, ['police']);
    expect(model.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(['gp', 'nursery', 'police']));
  });

  it('has a label for every agency in the vocabulary', () => {
    for (const id of Object.keys(AGENCIES) as AgencyId[]) {
      expect(MAP_LABELS[id].short.length).toBeGreaterThan(0);
      expect(MAP_LABELS[id].abbr.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('the layout of the drawing', () => {
  it('spreads agencies round the child, starting at the top, inside the drawing', () => {
    for (const count of [13, 18, 22]) {
      const points = Array.from({ length: count }, (_, i) => agencyPosition(i, count));
      expect(points[0]!.x).toBeCloseTo(NETWORK.cx);
      expect(points[0]!.y).toBeCloseTo(NETWORK.cy - NETWORK.ry);
      for (const p of points) {
        expect(p.x - NETWORK.nodeRadius).toBeGreaterThan(0);
        expect(p.x + NETWORK.nodeRadius).toBeLessThan(GAME_WIDTH);
        expect(p.y + NETWORK.nodeRadius).toBeLessThan(TIMELINE.y - 30);
      }
      // No two nodes overlap.
      for (let i = 0; i < count; i++) {
        const a = points[i]!;
        const b = points[(i + 1) % count]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * NETWORK.nodeRadius);
      }
    }
  });

  it('puts labels on the side away from the child', () => {
    expect(labelPlacement(0)).toMatchObject({ originX: 0, originY: 0.5 });
    expect(labelPlacement(Math.PI)).toMatchObject({ originX: 1 });
    expect(labelPlacement(-Math.PI / 2)).toMatchObject({ originY: 1 });
  });

  it('lays the chronology left to right along the line', () => {
    expect(chronoPosition(0, 1).x).toBeCloseTo((TIMELINE.left + TIMELINE.right) / 2);
    expect(chronoPosition(0, 3).x).toBe(TIMELINE.left);
    expect(chronoPosition(2, 3).x).toBe(TIMELINE.right);
    expect(chronoPosition(1, 3).y).toBe(TIMELINE.y);
    expect(TIMELINE.y).toBeLessThan(GAME_HEIGHT);
  });
});

describe('sound cues in words', () => {
  it('describes the cues of a passage, once each', () => {
    expect(describeSounds([])).toBeNull();
    expect(describeSounds(['phone'])).toBe('a phone ringing');
    expect(describeSounds(['knock', 'door', 'knock'])).toBe('a knock at the door and a door closing');
    expect(describeSounds(['office', 'phone', 'typing'])).toBe(
      'a busy office, a phone ringing and typing at a keyboard',
    );
  });
});
