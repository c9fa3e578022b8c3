import { describe, expect, it } from 'vitest';
import { describeSounds } from '../../src/audio/descriptions.ts';
import { Session } from '../../src/engine/session.ts';
import { AGENCIES, type AgencyId } from '../../src/engine/vocabulary.ts';
import {
  type Box,
  GAME_HEIGHT,
  GAME_WIDTH,
  MARK_GAP,
  MAX_ENTRY_LABELS,
  type Measure,
  NETWORK,
  TIMELINE,
  type TimelineEntry,
  agencyPosition,
  chronoPosition,
  fitText,
  labelPlacement,
  layoutTimeline,
} from '../../src/scenes/layout.ts';
import { CORE_AGENCIES, MAP_LABELS, buildVisualModel, mapAgencies } from '../../src/engine/visual-model.ts';
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
      {
        when: 'August',
        what: "Mia's 12-month check missed",
        date: '2025-08',
        learntAt: 0,
        isNew: true,
        key: "August\nMia's 12-month check missed",
      },
    ]);
    // The sample's labels are relative ("August"): its years are never written on the drawing.
    expect(start.chronologyYears).toBe(false);

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

  it('spreads entries without dates evenly along the line', () => {
    expect(chronoPosition(0, 1).x).toBeCloseTo((TIMELINE.left + TIMELINE.right) / 2);
    expect(chronoPosition(0, 3).x).toBe(TIMELINE.left);
    expect(chronoPosition(2, 3).x).toBe(TIMELINE.right);
    expect(chronoPosition(1, 3).y).toBe(TIMELINE.y);
    expect(TIMELINE.y).toBeLessThan(GAME_HEIGHT);
    const undated = layoutTimeline([entry(null, 'a'), entry(null, 'b'), entry(null, 'c')], { measure });
    expect(undated.marks.map((m) => m.x)).toEqual([0, 1, 2].map((i) => chronoPosition(i, 3).x));
  });
});

/** A generous stand-in for the canvas's text width (wider than the real font). */
const measure: Measure = (text, size) => text.length * size * 0.62;
const entry = (date: string | null, when: string, isNew = false): TimelineEntry => ({ date, when, isNew });
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** `count` entries in date order over about four years, bunched like a real case (most in the last year). */
function caseEntries(count: number, labels: 'real' | 'relative'): TimelineEntry[] {
  const start = Date.UTC(2010, 1, 1);
  const span = Date.UTC(2014, 7, 28) - start;
  return Array.from({ length: count }, (_, i) => {
    const t = new Date(start + span * Math.sqrt((i + 1) / count));
    const iso = t.toISOString().slice(0, 10);
    const when =
      labels === 'real'
        ? t.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        : `Maisie ${Math.floor(i / 12)} years ${i % 12} months old`;
    return entry(iso, when, i >= count - 3);
  });
}

describe('the chronology timeline', () => {
  it('places entries by date: a scale in years, with a tick at each new year', () => {
    const layout = layoutTimeline([entry('2010', '2010'), entry('2011', '2011'), entry('2014', '2014')], {
      measure,
    });
    const span = TIMELINE.right - TIMELINE.left;
    expect(layout.marks.map((m) => m.x)).toEqual([TIMELINE.left, TIMELINE.left + span / 4, TIMELINE.right]);
    expect(layout.ticks.map((t) => t.year)).toEqual([2011, 2012, 2013, 2014]);
    expect(layout.ticks[1]!.x).toBeCloseTo(TIMELINE.left + span / 2);
  });

  it('cuts a long empty gap short, so that the years of the case keep their room', () => {
    const entries = [
      entry('1998', "Jade's teens"),
      entry('2011-02', 'Tyler aged 17 months'),
      entry('2012-12-10', 'Birth'),
      entry('2017-01-10', 'Maisie 4 years 1 month old'),
    ];
    const layout = layoutTimeline(entries, { measure });
    const x = layout.markOf.map((m) => layout.marks[m]!.x);
    expect(x[0]).toBe(TIMELINE.left);
    expect(x[3]).toBe(TIMELINE.right);
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks[0]!.x).toBeGreaterThan(x[0]!);
    expect(layout.breaks[0]!.x).toBeLessThan(x[1]!);
    // Six years of the case take nearly all the line, not a third of it.
    expect(x[1]! - TIMELINE.left).toBeLessThan(50);
    expect(layout.ticks.map((t) => t.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017]);
    // A case with no long gap is drawn to one scale.
    expect(layoutTimeline(caseEntries(50, 'real'), { measure }).breaks).toEqual([]);
  });

  it('groups entries too close to tell apart into one mark, and keeps marks apart', () => {
    const entries = [
      entry('2014-05-21', 'a'),
      entry('2014-05-21', 'b'),
      entry('2014-05-22', 'c'),
      entry('2010-01', 'd'),
    ].sort((x, y) => x.date!.localeCompare(y.date!));
    const layout = layoutTimeline(entries, { measure });
    expect(layout.marks.map((m) => m.members)).toEqual([[0], [1, 2, 3]]);
    expect(layout.markOf).toEqual([0, 1, 1, 1]);
    for (const count of [10, 50, 200]) {
      const { marks, markOf } = layoutTimeline(caseEntries(count, 'real'), { measure });
      expect(markOf).toHaveLength(count);
      expect(marks.flatMap((m) => m.members)).toEqual(Array.from({ length: count }, (_, i) => i));
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(MARK_GAP);
      for (const m of marks) expect(m.x).toBeGreaterThanOrEqual(TIMELINE.left);
      for (const m of marks) expect(m.x).toBeLessThanOrEqual(TIMELINE.right);
    }
  });

  it.each([3, 10, 50])('writes a few labels for %i entries, and no two label boxes overlap', (count) => {
    for (const labels of ['real', 'relative'] as const) {
      const entries = caseEntries(count, labels);
      for (const selected of [null, 0, Math.floor(count / 2), count - 1]) {
        const layout = layoutTimeline(entries, { measure, selected, years: labels === 'real' });
        const boxes = layout.labels.map((l) => l.box);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlap(boxes[i]!, boxes[j]!), `${layout.labels[i]!.text} / ${layout.labels[j]!.text}`).toBe(false);
          }
          expect(boxes[i]!.left).toBeGreaterThanOrEqual(0);
          expect(boxes[i]!.right).toBeLessThanOrEqual(GAME_WIDTH);
        }
        const entryLabels = layout.labels.filter((l) => l.kind === 'entry');
        expect(entryLabels.length).toBeGreaterThan(0);
        expect(entryLabels.length).toBeLessThanOrEqual(MAX_ENTRY_LABELS);
        // The entry being read is always named on the line.
        if (selected !== null) {
          expect(entryLabels.some((l) => l.mark === layout.markOf[selected])).toBe(true);
        }
        // Years are written under the line only for real dates.
        expect(layout.labels.some((l) => l.kind === 'year')).toBe(labels === 'real');
        for (const l of entryLabels) expect(l.box.bottom).toBeLessThan(TIMELINE.y - TIMELINE.dotRadius);
        for (const l of layout.labels.filter((y) => y.kind === 'year')) {
          expect(l.box.top).toBeGreaterThan(TIMELINE.y);
          expect(l.box.bottom).toBeLessThanOrEqual(TIMELINE.detailTop);
        }
      }
    }
  });

  it('names the first and last entries when there is room, and cuts long labels short', () => {
    const layout = layoutTimeline(
      [
        entry('2012-05-02', '2 May, year 1'),
        entry('2013-03-27', '27 March, year 2'),
        entry('2014-01-27', '27 January, year 3'),
      ],
      { measure },
    );
    expect(layout.labels.map((l) => l.text)).toEqual(['2 May, year 1', '27 January, year 3', '27 March, year 2']);
    const long = 'Maisie 3 years 7 months to 4 years 1 month old, at her grandmother’s';
    const cut = fitText(long, 150, TIMELINE.labelSize, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, TIMELINE.labelSize)).toBeLessThanOrEqual(150);
    expect(fitText('Birth', 150, TIMELINE.labelSize, measure)).toBe('Birth');
  });

  it('puts entries without a date after the dated ones', () => {
    const layout = layoutTimeline(
      [entry('2014-01', 'January 2014'), entry('2014-06', 'June 2014'), entry(null, 'Later')],
      {
        measure,
      },
    );
    const [a, b, c] = layout.markOf.map((m) => layout.marks[m]!.x);
    expect(a).toBe(TIMELINE.left);
    expect(b).toBeLessThan(c!);
    expect(c).toBe(TIMELINE.right);
  });

  it('centres a single entry, and entries that share one date', () => {
    expect(layoutTimeline([entry('2014-01', 'January')], { measure }).marks[0]!.x).toBe(
      (TIMELINE.left + TIMELINE.right) / 2,
    );
    const same = layoutTimeline([entry('2014-01', 'a'), entry('2014-01', 'b')], { measure });
    expect(same.marks).toEqual([{ x: (TIMELINE.left + TIMELINE.right) / 2, members: [0, 1] }]);
    expect(same.ticks).toEqual([]);
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
