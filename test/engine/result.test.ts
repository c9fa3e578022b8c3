import { describe, expect, it } from 'vitest';
import { markQuiz } from '../../src/engine/quiz.ts';
import { buildResult, validateResult, type ResultRecord } from '../../src/engine/result.ts';
import { resultsFromCsv, resultsToCsv } from '../../src/engine/result-csv.ts';
import { safeCell, unsafeCell } from '../../src/engine/csv.ts';
import { Session } from '../../src/engine/session.ts';
import { sample } from './fixtures.ts';

function playedRecord(code: string | null = 'P-001'): ResultRecord {
  let clock = Date.UTC(2026, 10, 23, 10, 0, 0);
  const session = Session.start(sample(), { seed: 5, now: () => (clock += 30_000) });
  for (const text of ['Call the GP', 'Go ahead', 'Ask to see', 'Set out']) {
    session.choose(session.current.options.find((o) => o.text.includes(text))!.index);
  }
  const questions = [
    { id: 'q1', learningPoint: 's-ask-others', question: 'Q', options: ['a', 'b'], answer: 1, explanation: 'E' },
    { id: 'q2', learningPoint: 's-challenge', question: 'Q', options: ['a', 'b'], answer: 0, explanation: 'E' },
  ];
  return buildResult(session, {
    id: 'result-0001',
    participant: { code, agency: 'Health visiting', role: 'Health visitor', cohort: '=HYPERLINK("http://x")' },
    preTest: markQuiz(
      questions,
      [
        { chosen: 0, certainty: 3 },
        { chosen: 0, certainty: null },
      ],
      new Date(Date.UTC(2026, 10, 23, 9, 55)),
    ),
    postTest: markQuiz(
      questions,
      [
        { chosen: 1, certainty: 2 },
        { chosen: null, certainty: 1 },
      ],
      new Date(Date.UTC(2026, 10, 23, 10, 30)),
    ),
    confidence: {
      before: { 'information-sharing': 2, challenge: 3 },
      after: { 'information-sharing': 4, challenge: 4 },
    },
    finishedAt: new Date(clock + 1000),
  });
}

describe('the result record', () => {
  it('records path, scores, tests, confidence and times of a played session, and validates', () => {
    const r = playedRecord();
    expect(validateResult(r)).toEqual({ ok: true, result: r });
    expect(r.completed).toBe(true);
    expect(r.ending).toEqual({ id: 'acted', title: 'The risk was seen and acted on' });
    expect(r.path.map((p) => p.decisionId)).toEqual(['s-contacts', 's-contacts', 's-visit', 's-closure']);
    expect(r.learningPoints).toEqual([
      { id: 's-ask-others', score: 1, max: 3, status: 'missed' },
      { id: 's-see-the-child', score: 2, max: 2, status: 'met' },
      { id: 's-challenge', score: 2, max: 2, status: 'met' },
    ]);
    expect(r.overall).toBeCloseTo(5 / 7);
    expect([r.preTest?.score, r.postTest?.score]).toEqual([1, 1]);
    expect(r.postTest?.answers[1]).toEqual({
      questionId: 'q2',
      learningPoint: 's-challenge',
      chosen: null,
      correct: false,
      // A certainty given without an answer says nothing, so it is not kept.
      certainty: null,
    });
    expect(r.postTest?.answers[0]?.certainty).toBe(2);
    expect(r.followUpTest).toBeNull();
    expect(r.durationSeconds).toBe(121);
  });

  it.each([
    [{}, /format/],
    [{ ...playedRecord(), overall: 2 }, /overall/],
    [{ ...playedRecord(), startedAt: 'yesterday' }, /startedAt/],
    [
      { ...playedRecord(), participant: { code: 'x'.repeat(65), agency: null, role: null, cohort: null } },
      /participant.code/,
    ],
    [{ ...playedRecord(), confidence: { before: { challenge: 6 }, after: null } }, /confidence.before/],
  ])('rejects a malformed record with a reason (%#)', (value, where) => {
    const result = validateResult(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(where);
  });

  it('round-trips through CSV, neutralising formula-like cells', () => {
    const records = [
      playedRecord('P-001'),
      { ...playedRecord(null), id: 'result-0002', preTest: null, confidence: { before: null, after: null } },
    ];
    const csv = resultsToCsv(records);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.split('\r\n')[0]).toMatch(/^id,participant_code,/);
    const back = resultsFromCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.records.map((r) => validateResult(r).ok)).toEqual([true, true]);
    expect(back.records).toEqual(records);
  });

  it('neutralises cells that a spreadsheet would run', () => {
    expect(safeCell('=cmd|/C calc')).toBe("'=cmd|/C calc");
    expect(safeCell('+1+1')).toBe("'+1+1");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('-2')).toBe('-2');
    expect(safeCell('plain')).toBe('plain');
  });

  it('reads back exactly what it wrote, a quote before a formula character included', () => {
    for (const text of ["'=already quoted", "''=1", "'-alert(1)-'", '=1', "'plain", "'", '-2'])
      expect(unsafeCell(safeCell(text))).toBe(text);
  });
});
