import { describe, expect, it } from 'vitest';
import { strictScorm12, strictScorm2004 } from './strict-checker.ts';

// The checker guards every other LMS test, so it must catch what it claims to.
describe('the strict SCORM checker', () => {
  it('passes a well-behaved SCORM 1.2 session', () => {
    const { api, checker } = strictScorm12();
    api.LMSInitialize('');
    api.LMSGetValue('cmi.suspend_data');
    api.LMSSetValue('cmi.interactions.0.id', 'd_s-visit_1');
    api.LMSSetValue('cmi.interactions.0.type', 'choice');
    api.LMSSetValue('cmi.interactions.0.time', '09:05:00');
    api.LMSSetValue('cmi.core.session_time', '00:12:03');
    api.LMSCommit('');
    api.LMSFinish('');
    expect(checker.problems).toEqual([]);
  });

  it('fails SCORM 1.2 over-long suspend data, bad ids and formats, gaps, and calls after finish', () => {
    const { api, checker } = strictScorm12();
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSInitialize('');
    api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097));
    api.LMSSetValue('cmi.interactions.0.id', 'd s-visit 1');
    api.LMSSetValue('cmi.interactions.2.id', 'd_2');
    api.LMSSetValue('cmi.interactions.1.type', 'choice');
    api.LMSSetValue('cmi.core.session_time', 'PT12M');
    api.LMSSetValue('cmi.core.student_name', 'Someone');
    api.LMSSetValue('cmi.core.lesson_status', 'done');
    api.LMSFinish('');
    api.LMSCommit('');
    const text = checker.problems.join('\n');
    expect(text).toMatch(/LMSSetValue\("cmi.core.lesson_status", "incomplete"\): called before Initialize/);
    expect(text).toMatch(/cmi.suspend_data.*value out of the specification/);
    expect(text).toMatch(/"d s-visit 1"\): value out of the specification/);
    expect(text).toMatch(/interactions written at 2 while the LMS holds 1/);
    expect(text).toMatch(/interactions.1 written before its id/);
    expect(text).toMatch(/session_time.*value out of the specification/);
    expect(text).toMatch(/student_name.*(writes an element this package should never write|returned "false")/);
    expect(text).toMatch(/lesson_status", "done"\): (value out|returned)/);
    expect(text).toMatch(/LMSCommit\(""\): called after Finish/);
  });

  it('checks an interaction’s responses by its type: after the type, and a SCORM 1.2 likert as one character, never “correct”', () => {
    const { api, checker } = strictScorm12();
    api.LMSInitialize('');
    api.LMSSetValue('cmi.interactions.0.id', 'pre_pre-1');
    api.LMSSetValue('cmi.interactions.0.student_response', 'a');
    api.LMSSetValue('cmi.interactions.0.type', 'choice');
    api.LMSSetValue('cmi.interactions.1.id', 'pre_pre-1_certainty');
    api.LMSSetValue('cmi.interactions.1.type', 'likert');
    api.LMSSetValue('cmi.interactions.1.student_response', '3');
    api.LMSSetValue('cmi.interactions.2.id', 'pre_pre-2_certainty');
    api.LMSSetValue('cmi.interactions.2.type', 'likert');
    api.LMSSetValue('cmi.interactions.2.correct_responses.0.pattern', '3');
    api.LMSSetValue('cmi.interactions.2.student_response', 'a,b');
    api.LMSSetValue('cmi.interactions.3.id', 'pre_pre-1');
    api.LMSFinish('');
    expect(checker.problems).toHaveLength(4);
    const text = checker.problems.join('\n');
    expect(text).toMatch(/interactions.0.student_response written before its type/);
    expect(text).toMatch(/interactions.2.correct_responses.0.pattern.*a likert interaction has no correct response/);
    expect(text).toMatch(/interactions.2.student_response.*a likert response is one character/);
    expect(text).toMatch(/interactions.3.id", "pre_pre-1"\): journals pre_pre-1 again \(it is interaction 0\)/);
  });

  it('fails SCORM 2004 error codes, bad timestamps and a second Terminate, but not a first read of unset data', () => {
    const { api, checker } = strictScorm2004();
    api.Initialize('');
    api.GetValue('cmi.suspend_data'); // 403 on a first launch: allowed
    api.SetValue('cmi.interactions.0.id', 'd_x_1');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.timestamp', '2026-11-23T10:00:00Z');
    api.SetValue('cmi.interactions.0.result', 'wrong');
    api.SetValue('cmi.objectives.0.description', '{lang=en}x');
    api.Terminate('');
    api.Terminate('');
    const text = checker.problems.join('\n');
    expect(text).not.toMatch(/suspend_data/);
    expect(text).toMatch(/timestamp.*value out of the specification/);
    expect(text).toMatch(/result", "wrong"\): (value out|returned|error)/);
    expect(text).toMatch(/objectives.0 written before its id/);
    expect(text).toMatch(/Terminate\(""\): called after Finish\/Terminate/);
    expect(checker.finishes).toBe(2);
  });
});
