import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { buildLmsReport, judgeDecision } from '../../src/lms/report.ts';
import { chooseResumePoint, rebuildFromCompact } from '../../src/lms/resume.ts';
import { compactFromSaved, encodeSuspendData } from '../../src/lms/suspend-data.ts';
import { editedSample } from '../engine/fixtures.ts';
import { pick, sample } from './scenarios.ts';

const suspendOf = (session: Session) => encodeSuspendData(compactFromSaved(session.toSaved()), 4096).data;

describe('resuming from LMS suspend data', () => {
  it('rebuilds the choices, with their texts, by replaying the indices', () => {
    const played = Session.start(sample(), { seed: 11 });
    pick(played, 'nursery', 'GP', 'Ask to see');
    const point = chooseResumePoint(sample(), suspendOf(played), null);
    expect(point.source).toBe('lms');
    expect(point.notice).toBeNull();
    expect(point.saved!.choices.map((c) => [c.index, c.text, c.decisionId])).toEqual(
      played.toSaved().choices.map((c) => [c.index, c.text, c.decisionId]),
    );
    const { session, report } = Session.resume(sample(), point.saved!);
    expect(report.stoppedBecause).toBeNull();
    expect(session.current.decision?.id).toBe('s-closure');
    expect(session.ledger.overall()).toBe(played.ledger.overall());
  });

  it('starts fresh with empty suspend data and no unconfirmed local progress', () => {
    expect(chooseResumePoint(sample(), '', null)).toEqual({ source: 'fresh', saved: null, notice: null });
    const local = Session.start(sample());
    pick(local, 'GP');
    // The LMS confirmed that decision, then began a new attempt: start afresh.
    expect(chooseResumePoint(sample(), '', { saved: local.toSaved(), confirmed: 1 }).source).toBe('fresh');
  });

  it('restores local progress the LMS never confirmed, and says so', () => {
    const local = Session.start(sample());
    pick(local, 'GP', 'nursery');
    const empty = chooseResumePoint(sample(), '', { saved: local.toSaved(), confirmed: 0 });
    expect(empty).toMatchObject({ source: 'local', notice: expect.stringMatching(/restored from this browser/) });
    const behind = Session.start(sample(), { seed: local.seed });
    pick(behind, 'GP');
    const point = chooseResumePoint(sample(), suspendOf(behind), { saved: local.toSaved(), confirmed: 1 });
    expect(point.source).toBe('local');
    expect(point.saved!.choices).toHaveLength(2);
    expect(point.notice).toMatch(/1 decision the LMS had not received was restored/);
  });

  it('prefers the LMS when the local copy is another attempt', () => {
    const lms = Session.start(sample(), { seed: 1 });
    pick(lms, 'nursery');
    const local = Session.start(sample(), { seed: 2 });
    pick(local, 'GP', 'nursery', 'Ask to see');
    const point = chooseResumePoint(sample(), suspendOf(lms), { saved: local.toSaved(), confirmed: 0 });
    expect(point.source).toBe('lms');
    expect(point.saved!.seed).toBe(1);
  });

  it('replays as far as a changed story allows, and says so', () => {
    const played = Session.start(sample(), { seed: 5 });
    pick(played, 'GP', 'nursery', 'Ask to see');
    const changed = editedSample((main) =>
      main.replace('* [Ask to see Mia now, even if it means waking her from her nap', '* [Ask to see Mia at once'),
    );
    const rebuilt = rebuildFromCompact(changed, compactFromSaved(played.toSaved()));
    expect(rebuilt.storyChanged).toBe(true);
    expect(rebuilt.replayed).toBe(3); // the option moved nowhere: its index still fits
    const shorter = editedSample((main) => main.replace(/\* \[Accept what you see[^\n]*\n[^\n]*\n[^\n]*\n/, ''));
    const point = chooseResumePoint(shorter, suspendOf(played), null);
    expect(point.source).toBe('lms');
    expect(point.notice).toMatch(/updated since you last played.*2 of 3/);
    expect(point.saved!.choices).toHaveLength(2);
  });

  it('reads unreadable suspend data as a fresh start, or the local copy, with the reason', () => {
    const fresh = chooseResumePoint(sample(), 'viewed=1,2,3', null);
    expect(fresh).toMatchObject({ source: 'fresh', notice: expect.stringMatching(/could not be read \(it is not/) });
    const other = Session.start(sample());
    const foreign = suspendOf(other).replace('~sample~', '~child-t~');
    const local = Session.start(sample());
    pick(local, 'GP');
    const point = chooseResumePoint(sample(), foreign, { saved: local.toSaved(), confirmed: 1 });
    expect(point).toMatchObject({ source: 'local', notice: expect.stringMatching(/another scenario \(child-t\)/) });
  });
});

describe('the report an LMS receives', () => {
  it('judges a decision by the learning-point effects tagged on its options', () => {
    const option = (index: number, ...deltas: number[]) => ({
      index,
      text: `o${index}`,
      tags: [],
      contact: null,
      effects: deltas.map((delta) => ({ id: 'lp', delta })),
      feedback: null,
      real: false,
      critical: [],
      pin: null,
    });
    const mixed = [option(0, 2), option(1), option(2, -1), option(3, 1, -1)];
    expect([0, 1, 2, 3].map((i) => judgeDecision(mixed, i))).toEqual(['correct', 'wrong', 'wrong', 'wrong']);
    expect(judgeDecision([option(0), option(1, -1)], 0)).toBe('neutral');
  });

  it('gives progress by episode, a score and pass only at an ending, and the place', () => {
    const session = Session.start(sample(), { seed: 1 });
    const start = buildLmsReport(session, 0.7);
    expect(start).toMatchObject({ finished: false, scored: true, passed: null, progress: 0, location: '1:s-contacts' });
    pick(session, 'Go ahead');
    expect(buildLmsReport(session, 0.7).progress).toBeCloseTo(1 / 3);
    pick(session, 'Ask to see', 'Set out');
    const end = buildLmsReport(session, 0.7);
    // Two of three learning points met, none of the third: under the 70% pass mark.
    expect(end).toMatchObject({ finished: true, progress: 1, location: 'end:acted', passed: false });
    expect(end.score).toBe(Math.round(session.ledger.overall() * 100));
    expect(end.score).toBeLessThan(70);
    expect(end.objectives.map((o) => [o.id, o.status])).toEqual([
      ['s-ask-others', 'missed'],
      ['s-see-the-child', 'met'],
      ['s-challenge', 'met'],
    ]);
    expect(buildLmsReport(session, end.score / 100 + 0.01).passed).toBe(false);
    expect(buildLmsReport(session, end.score / 100).passed).toBe(true);
  });
});
