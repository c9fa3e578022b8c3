import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, reminderCalendar } from '../../src/engine/calendar.ts';
import { calibrationOf, cbmMark, describeCalibration } from '../../src/engine/calibration.ts';
import { FOLLOW_UP_WEEKS, followUpDay, weeksSince, withFollowUp } from '../../src/engine/follow-up.ts';
import { markQuiz } from '../../src/engine/quiz.ts';
import type { ResultRecord } from '../../src/engine/result.ts';
import { validateResult } from '../../src/engine/result.ts';

describe('the follow-up reminder', () => {
  const url = 'https://training.example.org/sim/#/followup/0b8e1c52-5a8e-4f6e-9d61-aa1b2c3d4e5f';
  const text = reminderCalendar({
    uid: 'follow-up-0b8e1c52@safeguarding-simulator',
    day: new Date(2027, 0, 15),
    stamp: new Date(Date.UTC(2026, 11, 4, 10, 30, 0)),
    title: 'Follow-up test: Child T, a case of “disguised compliance”; week 6, part 1',
    description: `Take the follow-up test, in the same browser: ${url}`,
    url,
  });

  it('is a calendar that a standard iCalendar parser reads, with the day, the link and the title', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('follow-up-0b8e1c52@safeguarding-simulator');
    expect(event.summary).toBe('Follow-up test: Child T, a case of “disguised compliance”; week 6, part 1');
    expect(event.description).toBe(`Take the follow-up test, in the same browser: ${url}`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-01-15');
    expect(event.endDate.toString()).toBe('2027-01-16');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBe(url);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('folds every line to 75 octets with CRLF, without splitting a character', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('falls six weeks after the play finished', () => {
    const played = { startedAt: '2026-11-02T09:00:00.000Z', finishedAt: '2026-11-02T10:00:00.000Z' };
    expect(FOLLOW_UP_WEEKS).toBe(6);
    expect(followUpDay(played).toISOString()).toBe('2026-12-14T10:00:00.000Z');
    expect(weeksSince(played, new Date('2026-12-14T09:59:00.000Z'))).toBe(5);
    expect(weeksSince(played, new Date('2026-12-14T10:00:00.000Z'))).toBe(6);
  });
});

describe('certainty-based marking', () => {
  it('marks 1/0, 2/−2 and 3/−6', () => {
    expect([cbmMark(true, 1), cbmMark(false, 1)]).toEqual([1, 0]);
    expect([cbmMark(true, 2), cbmMark(false, 2)]).toEqual([2, -2]);
    expect([cbmMark(true, 3), cbmMark(false, 3)]).toEqual([3, -6]);
  });

  it('gives a learner their calibration from hand-worked answers', () => {
    // Six answers: sure+right, sure+right, sure+wrong, fairly sure+right, not sure+wrong,
    // and one answered without a certainty (not counted). Marks: 3 + 3 − 6 + 2 + 0 = 2 over 5.
    const answers = [
      { chosen: 0, correct: true, certainty: 3 as const },
      { chosen: 0, correct: true, certainty: 3 as const },
      { chosen: 1, correct: false, certainty: 3 as const },
      { chosen: 0, correct: true, certainty: 2 as const },
      { chosen: 2, correct: false, certainty: 1 as const },
      { chosen: 0, correct: true, certainty: null },
    ];
    const c = calibrationOf(answers);
    expect(c.rated).toBe(5);
    expect(c.meanMark).toBeCloseTo(0.4, 10);
    expect(c.byLevel).toEqual({
      1: { answers: 1, right: 0 },
      2: { answers: 1, right: 1 },
      3: { answers: 3, right: 2 },
    });
    expect(c.confidentWrong).toBe(1);
    expect(describeCalibration(c)).toEqual([
      'When you were sure, you got 2 of 3 answers right.',
      'When you were fairly sure, you got 1 of 1 answer right.',
      'When you were not sure, you got 0 of 1 answer right.',
      'One answer you were sure of was wrong: these are worth reading again, because a confident mistake is the one most likely to be acted on.',
    ]);
  });

  it('says nothing when no answer carried a certainty', () => {
    const c = calibrationOf([{ chosen: 0, correct: true, certainty: null }]);
    expect(c.meanMark).toBeNull();
    expect(describeCalibration(c)).toEqual([]);
  });
});

describe('a result with its follow-up', () => {
  const questions = [
    { id: 'f1', learningPoint: 'lp-a', question: 'Q1', options: ['a', 'b', 'c'], answer: 2, explanation: 'E' },
    { id: 'f2', learningPoint: 'lp-b', question: 'Q2', options: ['a', 'b', 'c'], answer: 0, explanation: 'E' },
  ];
  const base = {
    format: 'safeguarding-simulator-result',
    version: 1,
    id: 'result-0001',
    participant: { code: null, agency: null, role: null, cohort: null },
    scenario: { id: 'sample', title: 'Sample', storyHash: 'abc' },
    feedbackMode: 'reflect',
    startedAt: '2026-11-02T09:00:00.000Z',
    finishedAt: '2026-11-02T10:00:00.000Z',
    completed: true,
    durationSeconds: 3600,
    ending: null,
    path: [],
    learningPoints: [],
    themes: [],
    overall: 0.5,
    preTest: null,
    postTest: null,
    confidence: { before: null, after: null },
  };

  it('reads a version 1 record (no certainty, no follow-up) as one with none', () => {
    const read = validateResult(base);
    expect(read.ok).toBe(true);
    if (read.ok) expect([read.result.followUpTest, read.result.practice]).toEqual([null, null]);
  });

  it('joins the follow-up test and the manager’s answers to the same record, which stays valid', () => {
    const read = validateResult(base);
    if (!read.ok) throw new Error('fixture');
    const test = markQuiz(
      questions,
      [
        { chosen: 2, certainty: 3 },
        { chosen: 1, certainty: 1 },
      ],
      new Date('2026-12-15T09:00:00.000Z'),
    );
    const practice = { applied: 3, changed: null, supervision: 2, at: '2026-12-15T09:05:00.000Z' };
    const after: ResultRecord = withFollowUp(read.result, test, practice);
    expect(after.id).toBe('result-0001');
    expect(after.version).toBe(2);
    expect(after.followUpTest?.score).toBe(1);
    expect(after.followUpTest?.answers.map((a) => a.certainty)).toEqual([3, 1]);
    expect(after.practice).toEqual(practice);
    expect(validateResult(after)).toEqual({ ok: true, result: after });
  });

  it('does not keep a manager’s part left wholly blank', () => {
    const read = validateResult(base);
    if (!read.ok) throw new Error('fixture');
    const blank = { applied: null, changed: null, supervision: null, at: '2026-12-15T09:05:00.000Z' };
    expect(withFollowUp(read.result, null, blank).practice).toBeNull();
  });

  it('refuses a certainty outside the three levels and a manager’s answer off its scale', () => {
    const bad = {
      ...base,
      preTest: {
        answers: [{ questionId: 'p1', learningPoint: 'lp-a', chosen: 0, correct: true, certainty: 4 }],
        score: 1,
        max: 1,
        at: '2026-11-02T08:55:00.000Z',
      },
    };
    expect(validateResult(bad).ok).toBe(false);
    const offScale = { ...base, practice: { applied: 5, changed: null, supervision: null, at: base.startedAt } };
    expect(validateResult(offScale).ok).toBe(false);
  });
});
