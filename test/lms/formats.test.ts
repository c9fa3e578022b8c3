import { describe, expect, it } from 'vitest';
import {
  choiceIdentifier,
  certaintyInteractionId,
  choiceLetter,
  interactionId,
  langString250,
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
  testInteractionId,
  testObjectiveId,
} from '../../src/lms/formats.ts';

describe('SCORM value formats', () => {
  it('writes interaction ids from [A-Za-z0-9_-] only, valid in both versions', () => {
    expect(interactionId('s-visit', 3)).toBe('d_s-visit_3');
    expect(interactionId(null, 1)).toBe('d_choice_1');
    expect(interactionId('odd id/with:stuff', 12)).toBe('d_odd_id_with_stuff_12');
    expect(interactionId('x'.repeat(400), 1).length).toBeLessThanOrEqual(250);
  });

  it('names test answers by form and question, apart from decisions and from each other', () => {
    expect(testInteractionId('pre', 'pre-3')).toBe('pre_pre-3');
    expect(testInteractionId('followup', 'fu-10')).toBe('followup_fu-10');
    expect(certaintyInteractionId('post', 'post-1')).toBe('post_post-1_certainty');
    expect(testObjectiveId('followup')).toBe('test-followup');
  });

  it('answers a choice with a letter, or a 2004 identifier past 26 options', () => {
    expect([0, 1, 25].map(choiceLetter)).toEqual(['a', 'b', 'z']);
    expect(choiceLetter(26)).toBeNull();
    expect(choiceIdentifier(26)).toBe('o27');
  });

  it('writes SCORM 1.2 times of day and timespans', () => {
    expect(scorm12Time(new Date(2026, 10, 23, 9, 5, 7).getTime())).toBe('09:05:07');
    expect(scorm12Timespan(0)).toBe('00:00:00');
    expect(scorm12Timespan((3 * 3600 + 4 * 60 + 5) * 1000 + 999)).toBe('03:04:05');
    expect(scorm12Timespan(20_000 * 3600 * 1000)).toBe('9999:59:59');
  });

  it('writes SCORM 2004 timestamps with a zone only after hundredths, and ISO durations', () => {
    expect(scorm2004Timestamp(Date.UTC(2026, 10, 23, 10, 0, 5, 678))).toBe('2026-11-23T10:00:05.67Z');
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm2004Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(60_000)).toBe('PT1M');
    expect(scorm2004Duration(1_500)).toBe('PT1.5S');
  });

  it('keeps 2004 descriptions within 250 characters and away from the language prefix', () => {
    expect(langString250('  {odd}  text\nhere ')).toBe('odd}  text here'.replace('  ', ' '));
    expect(langString250('y'.repeat(300))).toHaveLength(250);
  });
});
