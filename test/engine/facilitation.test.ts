import { describe, expect, it } from 'vitest';
import {
  type Facilitation,
  activePath,
  asSaved,
  back,
  createFacilitation,
  explore,
  pauseTimer,
  play,
  returnToGroup,
  sessionRecord,
  sessionRecordRows,
  setVotes,
  startTimer,
  timerElapsed,
} from '../../src/engine/facilitation.ts';
import { Session } from '../../src/engine/session.ts';
import { sample } from './fixtures.ts';

const fresh = (): Facilitation =>
  createFacilitation({
    id: 'f1',
    label: 'North locality, March',
    scenarioId: 'sample',
    storyHash: sample().storyHash,
    seed: 9,
    participants: { total: 12, byAgency: { Police: 4, School: 8 } },
    now: 0,
  });
const sessionOf = (f: Facilitation) => Session.resume(sample(), asSaved(f)).session;
const indexOf = (f: Facilitation, text: string) => sessionOf(f).current.options.findIndex((o) => o.text.includes(text));

describe('a facilitated session', () => {
  it('records votes, plays the group choice and times the discussion', () => {
    let f = fresh();
    f = setVotes(f, sessionOf(f), [3, 1, 8]);
    expect(f.decisions[0]).toMatchObject({ index: 0, decisionId: 's-contacts', votes: [3, 1, 8], chosen: null });
    f = play(f, sessionOf(f), 2, 95_000);
    expect(f.groupPath.map((c) => c.text)).toEqual(['Go ahead with the home visit now']);
    expect(f.decisions[0]).toMatchObject({ chosen: 'Go ahead with the home visit now', seconds: 95 });
    expect(sessionOf(f).context.episode?.number).toBe(2);
  });

  it('explores a branch and returns to exactly the group path', () => {
    let f = fresh();
    f = play(f, sessionOf(f), indexOf(f, 'Call the GP'), 10_000);
    const groupPath = f.groupPath;
    f = explore(f, sessionOf(f), indexOf(f, 'Go ahead'), 20_000);
    expect(f.branch?.from).toBe(1);
    f = play(f, sessionOf(f), indexOf(f, 'Accept what you see'), 30_000);
    expect(activePath(f).map((c) => c.text)).toEqual([
      'Call the GP practice',
      'Go ahead with the home visit now',
      'Accept what you see and book another check for Mia next week',
    ]);
    expect(f.groupPath).toBe(groupPath);
    f = returnToGroup(f, 40_000);
    expect(activePath(f)).toEqual(groupPath);
    expect(sessionOf(f).current.options.map((o) => o.text)).toEqual([
      'Ask the nursery',
      'Go ahead with the home visit now',
    ]);
    expect(f.decisions.find((d) => d.index === 1)?.explored).toEqual(['Go ahead with the home visit now']);
  });

  it('goes back one decision, on a branch and on the group path', () => {
    let f = fresh();
    f = play(f, sessionOf(f), 0, 1000);
    f = explore(f, sessionOf(f), 0, 2000);
    f = back(f, 3000);
    expect(f.branch).toBeNull();
    f = back(f, 4000);
    expect(f.groupPath).toEqual([]);
    expect(f.decisions[0]?.chosen).toBeNull();
    expect(back(f, 5000)).toBe(f);
  });

  it('keeps the discussion timer across pauses', () => {
    let f = startTimer(fresh(), 1000);
    expect(timerElapsed(f, 4000)).toBe(3000);
    f = pauseTimer(f, 5000);
    expect(timerElapsed(f, 60_000)).toBe(4000);
    f = startTimer(f, 70_000);
    expect(timerElapsed(f, 71_000)).toBe(5000);
  });

  it('produces a pseudonymous record with one CSV row per option', () => {
    let f = fresh();
    f = setVotes(f, sessionOf(f), [3, 1, 8]);
    f = play(f, sessionOf(f), 2, 60_000);
    const record = sessionRecord(f, 'Sample', null);
    expect(record).toMatchObject({
      label: 'North locality, March',
      participants: { total: 12 },
      scenario: { id: 'sample' },
    });
    expect(JSON.stringify(record)).not.toMatch(/name/i);
    const rows = sessionRecordRows(record);
    expect(rows.map((r) => [r.option, r.votes, r.share_of_votes, r.played_by_group])).toEqual([
      ['Call the GP practice', 3, '0.25', 'no'],
      ['Ask the nursery', 1, '0.08', 'no'],
      ['Go ahead with the home visit now', 8, '0.67', 'yes'],
    ]);
  });
});
