import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { LAUNCH_ATTEMPTS, type LmsAdapter, NoLmsAdapter, ScormAdapter } from '../../src/lms/adapter.ts';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import type { FoundApi } from '../../src/lms/discover.ts';
import { buildLmsReport } from '../../src/lms/report.ts';
import { chooseResumePoint } from '../../src/lms/resume.ts';
import { decodeSuspendData } from '../../src/lms/suspend-data.ts';
import { relaunchData, strictLms, withFaults } from './lms-runtime.ts';
import { SAMPLE_BEST, SAMPLE_REAL, longLoopSession, loopScenario, pick, sample } from './scenarios.ts';

const PACKAGE_PASS_MARK = 0.7;

type Cmi = Record<string, unknown> & { core?: Record<string, unknown> };

/** Field access on the runtime's data model of either version. */
function field(version: ScormVersion, snap: Cmi, name: 'status' | 'raw' | 'min' | 'max' | 'exit' | 'location') {
  if (version === '1.2') {
    const core = snap.core as Record<string, unknown> & { score: Record<string, string> };
    const map = {
      status: core.lesson_status,
      raw: core.score.raw,
      min: core.score.min,
      max: core.score.max,
      exit: core.exit,
      location: core.lesson_location,
    };
    return map[name];
  }
  const score = snap.score as Record<string, string>;
  const map = {
    status: `${snap.completion_status as string}/${snap.success_status as string}`,
    raw: score.raw,
    min: score.min,
    max: score.max,
    exit: snap.exit,
    location: snap.location,
  };
  return map[name];
}

function interactions(snap: Cmi): Record<string, unknown>[] {
  const all = snap.interactions as Record<string, Record<string, unknown>>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .map((k) => all[k]!);
}

function objectives(snap: Cmi): Record<string, unknown>[] {
  const all = snap.objectives as Record<string, Record<string, unknown>>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .map((k) => all[k]!);
}

/** Starts a session as the app does: a report and commit at the start, then after every choice. */
function play(adapter: LmsAdapter, session: Session, passMark: number, choices: string[]): void {
  expect(adapter.commit(buildLmsReport(session, passMark))).toBe(true);
  for (const text of choices) {
    pick(session, text);
    expect(adapter.commit(buildLmsReport(session, passMark))).toBe(true);
  }
}

describe.each(['1.2', '2004'] as const)('the SCORM %s adapter against scorm-again', (version) => {
  const passed = version === '1.2' ? 'passed' : 'completed/passed';
  const failed = version === '1.2' ? 'failed' : 'completed/failed';
  const unfinished = version === '1.2' ? 'incomplete' : 'incomplete/unknown';

  it('reports a pass: status, score 0–100, one interaction per decision, one objective per learning point', () => {
    const lms = strictLms(version);
    const adapter = new ScormAdapter({ version, api: lms.api });
    const launch = adapter.start(PACKAGE_PASS_MARK);
    expect(launch).toMatchObject({ version, entry: version === '1.2' ? '' : '', suspendData: '', mode: 'normal' });
    expect(launch.passMark).toBe(0.7);
    expect(launch.passMarkFrom).toBe('package');
    const session = Session.start(sample(), { seed: 42 });
    play(adapter, session, launch.passMark, SAMPLE_BEST);
    expect(adapter.finish(buildLmsReport(session, launch.passMark))).toBe(true);
    expect(lms.checker.problems).toEqual([]);
    expect(lms.checker.finishes).toBe(1);

    const snap = lms.snapshot();
    expect(field(version, snap, 'status')).toBe(passed);
    expect([field(version, snap, 'raw'), field(version, snap, 'min'), field(version, snap, 'max')]).toEqual([
      '100',
      '0',
      '100',
    ]);
    if (version === '2004') {
      expect((snap.score as Record<string, string>).scaled).toBe('1');
      expect(snap.progress_measure).toBe('1');
    }
    expect(field(version, snap, 'exit')).toBe(version === '1.2' ? '' : 'normal');
    expect(field(version, snap, 'location')).toBe('end:acted');
    const made = interactions(snap);
    expect(made.map((i) => i.id)).toEqual(['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3', 'd_s-closure_4']);
    expect(made.map((i) => i.type)).toEqual(['choice', 'choice', 'choice', 'choice']);
    expect(made.map((i) => i.result)).toEqual(['correct', 'correct', 'correct', 'correct']);
    expect(made.map((i) => (version === '1.2' ? i.student_response : i.learner_response))).toEqual([
      'a',
      'a', // the GP option is used up, so the nursery is the first option the second time
      'b',
      'a',
    ]);
    const made0 = made[0] as { objectives: Record<string, { id: string }> };
    expect(made0.objectives['0']?.id).toBe('s-ask-others');
    const objs = objectives(snap);
    expect(objs.map((o) => o.id)).toEqual(['s-ask-others', 's-see-the-child', 's-challenge']);
    expect(objs.map((o) => (version === '1.2' ? o.status : o.success_status))).toEqual(['passed', 'passed', 'passed']);
    const decoded = decodeSuspendData(snap.suspend_data as string);
    expect(decoded.ok && decoded.save.indices).toEqual(session.turns.map((t) => t.choice.index));
  });

  it('reports a fail below the pass mark, and judges the choices the real case made as wrong', () => {
    const lms = strictLms(version);
    const adapter = new ScormAdapter({ version, api: lms.api });
    const launch = adapter.start(PACKAGE_PASS_MARK);
    const session = Session.start(sample(), { seed: 42 });
    play(adapter, session, launch.passMark, SAMPLE_REAL);
    adapter.finish(buildLmsReport(session, launch.passMark));
    expect(lms.checker.problems).toEqual([]);
    const snap = lms.snapshot();
    expect(field(version, snap, 'status')).toBe(failed);
    expect(field(version, snap, 'raw')).toBe('0');
    const wrong = version === '1.2' ? 'wrong' : 'incorrect';
    expect(interactions(snap).map((i) => i.result)).toEqual([wrong, wrong, wrong]);
    expect(objectives(snap).map((o) => (version === '1.2' ? o.status : o.success_status))).toEqual([
      'failed',
      'failed',
      'failed',
    ]);
  });

  it('takes the pass mark from the LMS when it sets one', () => {
    const initial = version === '1.2' ? { student_data: { mastery_score: '100' } } : { scaled_passing_score: '1' };
    const lms = strictLms(version, initial);
    const adapter = new ScormAdapter({ version, api: lms.api });
    const launch = adapter.start(PACKAGE_PASS_MARK);
    expect(launch).toMatchObject({ passMark: 1, passMarkFrom: 'lms' });
    const session = Session.start(sample(), { seed: 42 });
    // Two of three learning points met: 80% overall, a pass at 70 but not at 100.
    play(adapter, session, launch.passMark, ['GP', 'nursery', 'Accept what', 'Set out']);
    const report = buildLmsReport(session, launch.passMark);
    expect(report.score).toBeGreaterThanOrEqual(70);
    expect(report.score).toBeLessThan(100);
    adapter.finish(report);
    expect(lms.checker.problems).toEqual([]);
    expect(field(version, lms.snapshot(), 'status')).toBe(failed);
  });

  it('quits mid-way with exit suspend, then resumes on relaunch at the same decision with the same score', () => {
    const first = strictLms(version);
    const adapter = new ScormAdapter({ version, api: first.api });
    const launch = adapter.start(PACKAGE_PASS_MARK);
    const session = Session.start(sample(), { seed: 7, feedbackMode: 'assessment' });
    play(adapter, session, launch.passMark, ['GP', 'Go ahead']);
    adapter.finish(buildLmsReport(session, launch.passMark));
    expect(first.checker.problems).toEqual([]);
    const snap = first.snapshot();
    expect(field(version, snap, 'status')).toBe(unfinished);
    expect(field(version, snap, 'exit')).toBe('suspend');
    // No score before an ending: some LMSs would judge a half-played attempt failed from it.
    expect(field(version, snap, 'raw')).toBe('');

    const second = strictLms(version, relaunchData(version, snap));
    const again = new ScormAdapter({ version, api: second.api });
    const relaunch = again.start(PACKAGE_PASS_MARK);
    expect(relaunch.entry).toBe('resume');
    const point = chooseResumePoint(sample(), relaunch.suspendData, null);
    expect(point.source).toBe('lms');
    expect(point.notice).toBeNull();
    const { session: resumed, report } = Session.resume(sample(), point.saved!);
    expect(report.stoppedBecause).toBeNull();
    expect(resumed.current.decision?.id).toBe(session.current.decision?.id);
    expect(resumed.current.options.map((o) => o.text)).toEqual(session.current.options.map((o) => o.text));
    expect(resumed.ledger.overall()).toBe(session.ledger.overall());
    expect(resumed.feedbackMode).toBe('assessment');
    expect(resumed.seed).toBe(7);

    play(again, resumed, relaunch.passMark, ['Ask to see', 'Set out']);
    again.finish(buildLmsReport(resumed, relaunch.passMark));
    expect(second.checker.problems).toEqual([]);
    const end = second.snapshot();
    expect(interactions(end).map((i) => i.id)).toEqual([
      'd_s-contacts_1',
      'd_s-contacts_2',
      'd_s-visit_3',
      'd_s-closure_4',
    ]);
    expect(objectives(end)).toHaveLength(3);
    expect(field(version, end, 'status')).toBe(version === '1.2' ? 'passed' : 'completed/passed');
  });

  it('sends what a failed commit left behind at the next commit, so nothing is lost', () => {
    const lms = strictLms(version);
    const { found, faults } = withFaults({ version, api: lms.api } as FoundApi);
    const adapter = new ScormAdapter(found);
    const launch = adapter.start(PACKAGE_PASS_MARK);
    const session = Session.start(sample(), { seed: 3 });
    const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
    const set = version === '1.2' ? 'LMSSetValue' : 'SetValue';
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(true);

    faults.fail(commit, 1, { code: version === '1.2' ? '101' : '391' });
    pick(session, 'GP');
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(adapter.health()).toMatchObject({ kind: 'retrying', failures: 1 });

    faults.fail(set, 1, 'throw');
    pick(session, 'nursery');
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(adapter.health()).toMatchObject({ kind: 'retrying', failures: 2, error: { code: 'exception' } });

    pick(session, 'Ask to see');
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(true);
    expect(adapter.health()).toMatchObject({ kind: 'connected', refused: null });
    expect(faults.injected).toHaveLength(2);
    expect(lms.checker.problems).toEqual([]);
    const snap = lms.snapshot();
    expect(interactions(snap).map((i) => i.id)).toEqual(['d_s-contacts_1', 'd_s-contacts_2', 'd_s-visit_3']);
    const decoded = decodeSuspendData(snap.suspend_data as string);
    expect(decoded.ok && decoded.save.indices).toHaveLength(3);
  });

  it('keeps going without the LMS when Initialize keeps failing, and calls nothing more', () => {
    const lms = strictLms(version);
    const { found, faults } = withFaults({ version, api: lms.api } as FoundApi);
    faults.fail(version === '1.2' ? 'LMSInitialize' : 'Initialize', LAUNCH_ATTEMPTS, {
      code: version === '1.2' ? '101' : '102',
    });
    const adapter = new ScormAdapter(found);
    const launch = adapter.start(PACKAGE_PASS_MARK);
    expect(launch).toMatchObject({ suspendData: '', lmsDataRead: false });
    expect(adapter.health()).toMatchObject({ kind: 'unavailable', error: { call: 'initialize' } });
    const session = Session.start(sample());
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(adapter.finish(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(lms.checker.calls).toEqual([]);
  });

  it('tries a failed Initialize or launch read again', () => {
    const lms = strictLms(version, version === '1.2' ? { core: { student_id: 'L-7' } } : { learner_id: 'L-7' });
    const { found, faults } = withFaults({ version, api: lms.api } as FoundApi);
    faults.fail(version === '1.2' ? 'LMSInitialize' : 'Initialize', LAUNCH_ATTEMPTS - 1, 'throw');
    faults.fail(version === '1.2' ? 'LMSGetValue' : 'GetValue', LAUNCH_ATTEMPTS - 1, { code: '101' });
    const adapter = new ScormAdapter(found);
    const launch = adapter.start(PACKAGE_PASS_MARK);
    expect(launch).toMatchObject({ learnerId: 'L-7', lmsDataRead: true });
    expect(adapter.health()).toMatchObject({ kind: 'connected' });
    expect(faults.injected).toHaveLength(2 * (LAUNCH_ATTEMPTS - 1));
    expect(adapter.commit(buildLmsReport(Session.start(sample()), launch.passMark))).toBe(true);
    expect(lms.checker.problems).toEqual([]);
  });

  it('sends nothing when the LMS will not give its data at launch, and still terminates', () => {
    const lms = strictLms(version);
    const { found, faults } = withFaults({ version, api: lms.api } as FoundApi);
    faults.fail(version === '1.2' ? 'LMSGetValue' : 'GetValue', LAUNCH_ATTEMPTS, {
      code: version === '1.2' ? '101' : '301',
    });
    const adapter = new ScormAdapter(found);
    const launch = adapter.start(PACKAGE_PASS_MARK);
    // The first read (the learner's id) failed every time: what the LMS holds is unknown.
    expect(launch.lmsDataRead).toBe(false);
    expect(adapter.health()).toMatchObject({ kind: 'unavailable', error: { call: 'get' } });
    const session = Session.start(sample());
    pick(session, 'GP');
    expect(adapter.commit(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(adapter.finish(buildLmsReport(session, launch.passMark))).toBe(false);
    expect(lms.checker.calls.filter((c) => /SetValue|Commit/.test(c.method))).toEqual([]);
    expect(lms.checker.finishes).toBe(1);
    expect(lms.checker.problems).toEqual([]);
  });

  it('finishes exactly once, and calls nothing after it', () => {
    const lms = strictLms(version);
    const adapter = new ScormAdapter({ version, api: lms.api });
    adapter.start(PACKAGE_PASS_MARK);
    const session = Session.start(sample());
    const report = buildLmsReport(session, 0.7);
    expect(adapter.finish(report)).toBe(true);
    const calls = lms.checker.calls.length;
    expect(adapter.finish(report)).toBe(false);
    pick(session, 'GP');
    expect(adapter.commit(buildLmsReport(session, 0.7))).toBe(false);
    expect(lms.checker.calls.length).toBe(calls);
    expect(lms.checker.finishes).toBe(1);
    expect(lms.checker.problems).toEqual([]);
  });

  it('marks an activity opened and left before any play as begun, without a score', () => {
    const lms = strictLms(version);
    const adapter = new ScormAdapter({ version, api: lms.api });
    adapter.start(PACKAGE_PASS_MARK);
    adapter.finish(null);
    expect(lms.checker.problems).toEqual([]);
    const snap = lms.snapshot();
    expect(version === '1.2' ? (snap.core as Cmi)['lesson_status'] : snap.completion_status).toBe('incomplete');
    expect(field(version, snap, 'exit')).toBe('suspend');
  });

  it('records nothing in review mode', () => {
    const lms = strictLms(version, version === '1.2' ? { core: { lesson_mode: 'review' } } : { mode: 'review' });
    const adapter = new ScormAdapter({ version, api: lms.api });
    expect(adapter.start(PACKAGE_PASS_MARK).mode).toBe('review');
    const session = Session.start(sample());
    play(adapter, session, 0.7, ['GP']);
    adapter.finish(buildLmsReport(session, 0.7));
    expect(lms.checker.problems).toEqual([]);
    expect(lms.checker.calls.filter((c) => /SetValue|Commit/.test(c.method))).toEqual([]);
    expect(lms.checker.finishes).toBe(1);
  });

  it('reports a 200-decision path, committing after each, within the suspend-data limit, and resumes it', () => {
    const lms = strictLms(version);
    const adapter = new ScormAdapter({ version, api: lms.api });
    const launch = adapter.start(PACKAGE_PASS_MARK);
    const long = longLoopSession(0);
    adapter.commit(buildLmsReport(long, launch.passMark));
    let t = long.startedAt;
    for (let i = 0; i < 200; i++) {
      long.choose(i % 3, (t += 60_000));
      expect(adapter.commit(buildLmsReport(long, launch.passMark))).toBe(true);
    }
    adapter.finish(buildLmsReport(long, launch.passMark));
    expect(lms.checker.problems).toEqual([]);
    expect(adapter.suspendFit).toMatchObject({ kept: 200, total: 200, timesKept: true });
    const snap = lms.snapshot();
    expect(interactions(snap)).toHaveLength(200);
    const again = strictLms(version, relaunchData(version, snap));
    const relaunched = new ScormAdapter({ version, api: again.api });
    const point = chooseResumePoint(loopScenario(), relaunched.start(PACKAGE_PASS_MARK).suspendData, null);
    const { session } = Session.resume(loopScenario(), point.saved!);
    expect(session.turns).toHaveLength(200);
    expect(session.ledger.overall()).toBe(long.ledger.overall());
    expect(session.turns.map((x) => x.choice.at)).toEqual(long.turns.map((x) => Math.floor(x.choice.at / 1000) * 1000));
    relaunched.finish(buildLmsReport(session, 0.7));
    expect(again.checker.problems).toEqual([]);
  });
});

describe('the no-LMS adapter', () => {
  it('accepts everything and sends nothing', () => {
    const adapter = new NoLmsAdapter();
    expect(adapter.start(0.7)).toMatchObject({
      version: null,
      passMark: 0.7,
      passMarkFrom: 'package',
      suspendData: '',
    });
    const session = Session.start(sample());
    expect(adapter.commit()).toBe(true);
    expect(adapter.health()).toEqual({ kind: 'standalone' });
    expect(adapter.finish()).toBe(true);
    expect(adapter.finished).toBe(true);
    expect(session.finished).toBe(false);
  });
});
