import { describe, expect, it } from 'vitest';
import { asSaved, createFacilitation, play } from '../../src/engine/facilitation.ts';
import { pathToEpisode } from '../../src/engine/episode-jump.ts';
import { Session } from '../../src/engine/session.ts';
import { sample } from './fixtures.ts';

const fresh = () =>
  createFacilitation({
    id: 'f1',
    label: 'North locality, March',
    scenarioId: 'sample',
    storyHash: sample().storyHash,
    seed: 9,
    participants: { total: 12, byAgency: {} },
    now: 0,
  });
const episodeAfter = (f: ReturnType<typeof fresh>, path: ReturnType<typeof pathToEpisode>) =>
  Session.resume(sample(), { ...asSaved(f), choices: path }).session.context.episode?.number;

describe('jumping to an episode', () => {
  it("walks on along the real case's choices to an episode ahead, timed when the trainer jumped", () => {
    const f = fresh();
    const path = pathToEpisode(sample(), f, 2, 42_000);
    expect(path.length).toBeGreaterThan(0);
    expect(path.every((c) => c.at === 42_000)).toBe(true);
    const start = Session.resume(sample(), asSaved(f)).session;
    const real = start.current.options.find((o) => o.real);
    expect(path[0]!.text).toBe(real?.text);
    expect(episodeAfter(f, path)).toBe(2);
  });

  it('cuts the group path back to the start of an episode it has passed, and keeps it when already there', () => {
    let f = fresh();
    f = play(f, Session.resume(sample(), asSaved(f)).session, 2, 95_000);
    expect(episodeAfter(f, f.groupPath)).toBe(2);
    expect(pathToEpisode(sample(), f, 1, 100_000)).toEqual([]);
    expect(pathToEpisode(sample(), f, 2, 100_000)).toEqual(f.groupPath);
  });
});
