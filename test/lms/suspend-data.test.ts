import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaythroughs, scriptedPaths } from '../../tools/lib/playthrough.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';
import { Session } from '../../src/engine/session.ts';
import {
  type CompactSave,
  SCORM12_SUSPEND_LIMIT,
  SCORM2004_SUSPEND_LIMIT,
  compactFromSaved,
  decodeSuspendData,
  encodeSuspendData,
} from '../../src/lms/suspend-data.ts';
import { compiledScenario } from '../engine/fixtures.ts';
import { longLoopSession, pick, sample } from './scenarios.ts';

/** Every scenario's longest scripted path (playthroughs.json: best, real, everyCall…), compiled when collected. */
function longestPaths(): { id: string; name: string; choices: string[]; scenario: CompiledScenario }[] {
  return readdirSync('stories', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join('stories', d.name, 'playthroughs.json')))
    .map((d) => {
      const paths = scriptedPaths(readPlaythroughs(path.join('stories', d.name)));
      const [name, longest] = paths.reduce((a, b) => (b[1].choices.length > a[1].choices.length ? b : a));
      return { id: d.name, name, choices: longest.choices, scenario: compiledScenario(path.join('stories', d.name)) };
    });
}

function synthetic(n: number, optionCount = 3, gapSeconds = 45): CompactSave {
  const startedAt = Date.UTC(2026, 10, 23, 9, 0, 0);
  return {
    scenarioId: 'child-t',
    storyHash: '9a0b1c2d3e4f5a6b',
    seed: 2 ** 31 - 1,
    feedbackMode: 'assessment',
    startedAt,
    indices: Array.from({ length: n }, (_, i) => (i * 7) % optionCount),
    times: Array.from({ length: n }, (_, i) => startedAt + (i + 1) * gapSeconds * 1000),
  };
}

describe('suspend data', () => {
  it('round-trips a real session: scenario, story version, seed, mode, start, choices and their times', () => {
    const session = Session.start(sample(), { seed: 987654, feedbackMode: 'assessment' });
    pick(session, 'GP', 'nursery', 'Ask to see');
    const saved = session.toSaved();
    const encoded = encodeSuspendData(compactFromSaved(saved), SCORM12_SUSPEND_LIMIT);
    expect(encoded).toMatchObject({ kept: 3, total: 3, timesKept: true });
    expect(encoded.data).toMatch(/^[0-9a-z.~-]+$/);
    const decoded = decodeSuspendData(encoded.data);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.save).toEqual({
      scenarioId: 'sample',
      storyHash: saved.storyHash.slice(0, 8),
      seed: 987654,
      feedbackMode: 'assessment',
      startedAt: Math.floor(saved.startedAt / 1000) * 1000,
      indices: saved.choices.map((c) => c.index),
      times: saved.choices.map((c) => Math.floor(c.at / 1000) * 1000),
    });
  });

  it('keeps a 200-decision path, with times, far inside SCORM 1.2’s 4,096 characters', () => {
    const encoded = encodeSuspendData(compactFromSaved(longLoopSession(200).toSaved()), SCORM12_SUSPEND_LIMIT);
    expect(encoded).toMatchObject({ kept: 200, total: 200, timesKept: true });
    expect(encoded.data.length).toBeLessThan(1000);
    const decoded = decodeSuspendData(encoded.data);
    expect(decoded.ok && decoded.save.indices).toEqual(Array.from({ length: 200 }, (_, i) => i % 3));
  });

  // The figure in docs/lms.md: the largest is child-b1's everyCall path (36 decisions), 180
  // characters at a decision a minute and 288 with every gap at the five-digit worst case.
  it.each(longestPaths().map((p) => [p.id, p.name, p] as const))(
    'keeps %s’s longest path (%s) whole, with its times, within SCORM 1.2’s 4,096 characters',
    (_id, _name, { scenario, choices }) => {
      // The largest seed the app draws, and gaps of a minute, then of just under 36⁵ seconds
      // (1.9 years: no gap between two decisions of one attempt takes more base-36 digits).
      for (const gap of [60, 36 ** 5 - 1]) {
        let t = Date.UTC(2026, 10, 23, 9, 0, 0);
        const session = Session.start(scenario, { seed: 2 ** 31 - 1, feedbackMode: 'assessment', now: () => t });
        for (const text of choices) {
          const option = session.current.options.filter((o) => o.text.includes(text));
          expect(option, `"${text}"`).toHaveLength(1);
          session.choose(option[0]!.index, (t += gap * 1000));
        }
        expect(session.finished).toBe(true);
        const encoded = encodeSuspendData(compactFromSaved(session.toSaved()), SCORM12_SUSPEND_LIMIT);
        expect(encoded).toMatchObject({ kept: choices.length, total: choices.length, timesKept: true });
        expect(encoded.data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        const decoded = decodeSuspendData(encoded.data);
        expect(decoded.ok && decoded.save.indices).toEqual(session.turns.map((x) => x.choice.index));
      }
    },
  );

  it('drops the times before any choice when a path would not fit with them', () => {
    const save = synthetic(1500, 3, 3600 * 5); // five hours apart: three base-36 digits each
    const encoded = encodeSuspendData(save, SCORM12_SUSPEND_LIMIT);
    expect(encoded).toMatchObject({ kept: 1500, total: 1500, timesKept: false });
    expect(encoded.data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const decoded = decodeSuspendData(encoded.data);
    expect(decoded.ok && decoded.save.indices).toEqual(save.indices);
    expect(decoded.ok && decoded.save.times).toBeNull();
    // The same path with times fits SCORM 2004's 64,000.
    expect(encodeSuspendData(save, SCORM2004_SUSPEND_LIMIT)).toMatchObject({ kept: 1500, timesKept: true });
  });

  it('keeps the longest prefix that fits when even the bare path is too long, and says how much', () => {
    const save = synthetic(10_000);
    const encoded = encodeSuspendData(save, SCORM12_SUSPEND_LIMIT);
    expect(encoded.data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(encoded.data.length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT - 2);
    expect(encoded.total).toBe(10_000);
    expect(encoded.kept).toBeGreaterThan(4000);
    expect(encoded.kept).toBeLessThan(10_000);
    const decoded = decodeSuspendData(encoded.data);
    expect(decoded.ok && decoded.save.indices).toEqual(save.indices.slice(0, encoded.kept));
  });

  it('writes option indices of 36 and more with an escape, and stops at one beyond any story', () => {
    const save = { ...synthetic(4), indices: [0, 35, 36, 1295], times: null };
    const decoded = decodeSuspendData(encodeSuspendData(save, SCORM12_SUSPEND_LIMIT).data);
    expect(decoded.ok && decoded.save.indices).toEqual([0, 35, 36, 1295]);
    const tooBig = encodeSuspendData({ ...save, indices: [1, 2, 1296, 3] }, SCORM12_SUSPEND_LIMIT);
    expect(tooBig).toMatchObject({ kept: 2, total: 4 });
  });

  it('says why data it did not write cannot be read, and never throws', () => {
    const good = encodeSuspendData(synthetic(3), SCORM12_SUSPEND_LIMIT).data;
    const cases: [string, RegExp][] = [
      ['', /not suspend data of this simulator/],
      ['viewed=1,2,3|lastslide=4', /not suspend data of this simulator/],
      [good.replace(/^1~/, '2~'), /version 2/],
      [good.split('~').slice(0, 7).join('~'), /7 fields, expected 8/],
      [good.replace('~child-t~', '~Child T~'), /scenario id/],
      [good.replace(/~[ar]~/, '~x~'), /feedback mode/],
      [good.replace(/~([0-9a-z-]+)~([0-9a-z.]+)$/, '~0!1~$2'), /path is malformed at character 2/],
      [good.replace(/~([0-9a-z.]+)$/, '~1.2'), /times do not match/],
    ];
    for (const [data, reason] of cases) {
      const decoded = decodeSuspendData(data);
      expect(decoded.ok, data).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(reason);
    }
  });

  it('refuses to encode what it could not read back', () => {
    expect(() => encodeSuspendData({ ...synthetic(1), seed: -1 }, 4096)).toThrow(/seed/);
    expect(() => encodeSuspendData({ ...synthetic(1), scenarioId: 'A b' }, 4096)).toThrow(/scenario id/);
    expect(() => encodeSuspendData({ ...synthetic(1), storyHash: 'zz' }, 4096)).toThrow(/story hash/);
  });
});
