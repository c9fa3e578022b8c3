import { describe, expect, it } from 'vitest';
import { Session, parseSavedSession } from '../../src/engine/session.ts';
import { StoryRunner } from '../../src/engine/runner.ts';
import { compileSource, editedSample, sample } from './fixtures.ts';

function pick(session: Session, text: string): void {
  const option = session.current.options.find((o) => o.text.includes(text));
  if (!option) throw new Error(`no option "${text}" in ${session.current.options.map((o) => o.text).join(' / ')}`);
  session.choose(option.index);
}

describe('the story runner on the sample', () => {
  it('yields the first beat with speaker, tags and typed options', () => {
    const runner = new StoryRunner(sample().story, { seed: 1 });
    const beat = runner.continue();
    expect(beat.lines[0]!.text).toMatch(/Mia Hartley, 14 months/);
    expect(beat.lines.some((l) => l.speaker === 'Jess Hartley (voicemail)')).toBe(true);
    expect(beat.decision).toEqual({
      id: 's-contacts',
      kinds: ['contact'],
      note: expect.stringMatching(/Each contact costs time/),
      prompt: 'Which agency holds the piece you are missing?',
      real: 'No other agency was asked before the visit.',
    });
    expect(beat.options.map((o) => [o.text, o.contact, o.real, o.pin])).toEqual([
      ['Call the GP practice', 'gp', false, null],
      ['Ask the nursery', 'nursery', false, null],
      ['Go ahead with the home visit now', null, true, 'last'],
    ]);
    expect(beat.options[0]!.effects).toEqual([{ id: 's-ask-others', delta: 1 }]);
    expect(beat.problems).toEqual([]);
  });

  it('reports a malformed tag as a problem without stopping the story', () => {
    const runner = new StoryRunner(compileSource('Hello # colour: blue\n* [Go # lp: x one] Gone.\n-> END\n'));
    const beat = runner.continue();
    expect(beat.lines[0]!.text).toBe('Hello');
    expect(beat.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/unknown tag 'colour'/),
      expect.stringMatching(/lp must be/),
    ]);
    expect(beat.options).toHaveLength(1);
  });

  it('stops a story that loops forever without a choice, with a clear problem', () => {
    const runner = new StoryRunner(compileSource('-> loop\n=== loop\nAgain.\n-> loop\n'));
    const beat = runner.continue();
    expect(beat.problems.some((p) => p.kind === 'runaway')).toBe(true);
  });
});

describe('the session', () => {
  it('scores choices against the catalogue and tracks what the learner has seen', () => {
    const session = Session.start(sample(), { seed: 7, now: () => 1000 });
    expect(session.context.role).toBe('Health visitor');
    expect(session.context.episode).toEqual({ number: 1, title: 'Missed checks' });
    pick(session, 'Call the GP');
    expect(session.context.contacted).toEqual(['gp']);
    expect(session.context.info).toEqual([{ agency: 'gp', text: 'Two immunisations missed this year', learntAt: 1 }]);
    pick(session, 'Ask the nursery');
    expect(session.context.episode?.number).toBe(2);
    pick(session, 'Accept what you see');
    pick(session, 'uneasy');
    expect(session.finished).toBe(true);
    expect(session.current.ending).toEqual({ id: 'closed', title: 'The case was closed' });
    const byId = Object.fromEntries(session.ledger.results().map((r) => [r.id, [r.score, r.max, r.status]]));
    // Both calls earned credit, but the act the point teaches (bringing the pieces together) was never taken.
    expect(byId).toEqual({
      's-ask-others': [2, 3, 'missed'],
      's-see-the-child': [-1, 2, 'missed'],
      's-challenge': [-1, 2, 'missed'],
    });
    expect(session.ledger.result('s-see-the-child').entries).toEqual([
      {
        lp: 's-see-the-child',
        delta: -1,
        decisionId: 's-visit',
        optionText: 'Accept what you see and book another check for Mia next week',
      },
    ]);
  });

  it('meets a learning point by its critical act, not by credits collected on the way', () => {
    const both = Session.start(sample());
    ['Call the GP', 'Ask the nursery', 'Ask to see', 'Set out what the GP'].forEach((t) => pick(both, t));
    expect(both.ledger.result('s-ask-others')).toMatchObject({ score: 3, status: 'met', needsAct: true });
    expect(both.ledger.result('s-ask-others').acts).toEqual([
      { lp: 's-ask-others', decisionId: 's-closure', optionText: expect.stringMatching(/^Set out what the GP/) },
    ]);
    const one = Session.start(sample());
    ['Call the GP', 'Go ahead', 'Ask to see', 'Set out what you found'].forEach((t) => pick(one, t));
    expect(one.ledger.result('s-ask-others')).toMatchObject({ score: 1, status: 'missed', acts: [] });
    expect(one.ledger.result('s-challenge')).toMatchObject({ status: 'met' });
  });

  it('offers the evidence-based challenge only to a learner who has evidence', () => {
    const session = Session.start(sample());
    ['Go ahead', 'Accept what you see'].forEach((t) => pick(session, t));
    expect(session.current.options.map((o) => o.text)).toEqual([
      'Say that you are uneasy about closing the case, but agree to close it if the others do',
    ]);
  });

  it('serialises to a small record and resumes to the same decision, text and score', () => {
    let clock = 5000;
    const session = Session.start(sample(), { seed: 42, feedbackMode: 'assessment', now: () => clock++ });
    ['Call the GP', 'Go ahead', 'Ask to see'].forEach((t) => pick(session, t));
    const saved = JSON.parse(JSON.stringify(session.toSaved()));
    expect(parseSavedSession(saved)).toEqual({ ok: true, saved });
    expect(saved).toMatchObject({ v: 1, scenarioId: 'sample', seed: 42, feedbackMode: 'assessment', startedAt: 5000 });
    expect(saved.choices.map((c: { decisionId: string }) => c.decisionId)).toEqual([
      's-contacts',
      's-contacts',
      's-visit',
    ]);

    const { session: resumed, report } = Session.resume(sample(), saved);
    expect(report).toEqual({ replayed: 3, saved: 3, storyChanged: false, stoppedBecause: null });
    expect(resumed.current.lines).toEqual(session.current.lines);
    expect(resumed.current.options).toEqual(session.current.options);
    expect(resumed.ledger.results()).toEqual(session.ledger.results());
    expect(resumed.context).toEqual(session.context);
    expect(resumed.toSaved()).toEqual(saved);
  });

  it('resumes a save from a changed story up to the last decision that still fits, and says so', () => {
    const original = Session.start(sample(), { seed: 3 });
    ['Call the GP', 'Go ahead', 'Ask to see'].forEach((t) => pick(original, t));
    const changed = editedSample((ink) =>
      ink.replace('Ask to see Mia now, even if it means waking her from her nap', 'Ask to see Mia at once'),
    );
    expect(changed.storyHash).not.toBe(sample().storyHash);
    const { session, report } = Session.resume(changed, original.toSaved());
    expect(report.storyChanged).toBe(true);
    expect(report.replayed).toBe(2);
    expect(report.stoppedBecause).toMatch(
      /decision 3 no longer offers "Ask to see Mia now, even if it means waking her from/,
    );
    expect(session.current.options.map((o) => o.text)).toContain('Ask to see Mia at once');
    expect(session.turns).toHaveLength(2);
  });

  it('replays by option text when options have moved', () => {
    const original = Session.start(sample());
    ['Ask the nursery', 'Go ahead'].forEach((t) => pick(original, t));
    const saved = original.toSaved();
    saved.choices[0]!.index = 0; // the nursery was option 2: the text decides
    const { session, report } = Session.resume(sample(), saved);
    expect(report.stoppedBecause).toBeNull();
    expect(session.context.contacted).toEqual(['nursery']);
  });

  it.each([
    [null, /not a record/],
    [{ v: 2 }, /version 2/],
    [{ v: 1, scenarioId: 'sample', storyHash: 'x', seed: 'x' }, /seed/],
    [
      {
        v: 1,
        scenarioId: 'sample',
        storyHash: 'x',
        seed: 1,
        feedbackMode: 'reflect',
        startedAt: 1,
        choices: [{ index: -1 }],
      },
      /choice 1/,
    ],
  ])('rejects an unreadable save %j with a reason', (value, reason) => {
    const result = parseSavedSession(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses an option that does not exist', () => {
    const session = Session.start(sample());
    expect(() => session.choose(9)).toThrow(/no option 10/);
  });
});
