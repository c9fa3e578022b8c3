import { describe, expect, it } from 'vitest';
import {
  type Facilitation,
  type StoredFacilitation,
  activePath,
  asSaved,
  back,
  createFacilitation,
  decisionElapsed,
  explore,
  pauseTimer,
  play,
  resetTimer,
  returnToGroup,
  sessionFileName,
  sessionRecord,
  sessionRecordRows,
  setVotes,
  showPanel,
  startTimer,
  timerElapsed,
  turnPage,
  withDefaults,
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

  it('carries the timer on across a played choice, and resets it only when asked', () => {
    let f = startTimer(fresh(), 0);
    f = setVotes(f, sessionOf(f), [3, 1, 8]);
    f = play(f, sessionOf(f), 2, 95_000);
    expect(f.timer.runningSince).toBe(0);
    expect(timerElapsed(f, 100_000)).toBe(100_000);
    // The time on this decision counts from the choice; the record keeps the time on the last one.
    expect(decisionElapsed(f, 100_000)).toBe(5000);
    expect(f.decisions[0]?.seconds).toBe(95);
    f = pauseTimer(f, 110_000);
    expect([timerElapsed(f, 200_000), decisionElapsed(f, 200_000)]).toEqual([110_000, 15_000]);
    f = back(f, 120_000);
    expect(decisionElapsed(f, 300_000)).toBe(0);
    f = resetTimer(f, 130_000);
    expect([timerElapsed(f, 140_000), decisionElapsed(f, 140_000), f.timer.runningSince]).toEqual([0, 0, null]);
    // Reset while running: from 00:00, still running.
    f = resetTimer(startTimer(f, 150_000), 160_000);
    expect([timerElapsed(f, 161_000), f.timer.runningSince]).toEqual([1000, 160_000]);
  });

  it('turns the projector’s pages and panel, and starts each new passage on its first page', () => {
    let f = fresh();
    f = turnPage(f, 2);
    expect(f.page).toBe(2);
    expect(turnPage(f, 2)).toBe(f);
    expect(turnPage(f, -3).page).toBe(0);
    f = showPanel(f, 'case');
    expect([f.panel, f.page]).toEqual(['case', 0]);
    f = turnPage(f, 1);
    f = play(f, sessionOf(f), 0, 1000);
    expect([f.panel, f.page]).toEqual(['passage', 0]);
    f = explore(turnPage(f, 1), sessionOf(f), 0, 2000);
    expect(f.page).toBe(0);
    f = returnToGroup(turnPage(f, 3), 3000);
    expect(f.page).toBe(0);
  });

  it('reads a session stored before pages and the decision lap, with their defaults', () => {
    const old: StoredFacilitation = { ...startTimer(fresh(), 1000), timer: { runningSince: 1000, elapsedMs: 500 } };
    delete old.panel;
    delete old.page;
    const f = withDefaults(old);
    expect(f.timer).toEqual({ runningSince: 1000, elapsedMs: 500, decisionFromMs: 0 });
    expect([f.panel, f.page]).toEqual(['passage', 0]);
    expect(timerElapsed(f, 2000)).toBe(1500);
  });

  it('names the export after the session, with its date once', () => {
    const record = sessionRecord(fresh(), 'Sample', null);
    expect(record.date).toBe('1970-01-01');
    expect(sessionFileName(record, 'csv')).toBe('session-north-locality-march-1970-01-01.csv');
    expect(sessionFileName({ ...record, label: '  ***  ' }, 'json')).toBe('session-1970-01-01.json');
    expect(sessionFileName({ ...record, label: 'Café: Année 2 / groupe B' }, 'json')).toBe(
      'session-cafe-annee-2-groupe-b-1970-01-01.json',
    );
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
