import { describe, expect, it } from 'vitest';
import { parseTag, parseTags } from '../../src/engine/tags.ts';

describe('parseTag', () => {
  it.each([
    ['speaker: Dana Whitlock (midwife)', { name: 'speaker', value: 'Dana Whitlock (midwife)' }],
    ['role: Health visitor', { name: 'role', value: 'Health visitor' }],
    ['episode: 2; Discharge from hospital', { name: 'episode', number: 2, title: 'Discharge from hospital' }],
    ['when: March — Kayla is 3 weeks old', { name: 'when', value: 'March — Kayla is 3 weeks old' }],
    ['scene: meeting-room', { name: 'scene', scene: 'meeting-room' }],
    ['sound: phone', { name: 'sound', sound: 'phone' }],
    [
      'chrono: May 2019; Sibling placed; with father',
      { name: 'chrono', when: 'May 2019', what: 'Sibling placed; with father', date: null },
    ],
    [
      'info: probation; Two calls about contact',
      { name: 'info', agency: 'probation', text: 'Two calls about contact' },
    ],
    ['lp: t-step-down +2', { name: 'lp', effect: { id: 't-step-down', delta: 2 } }],
    ['lp: t-step-down -1', { name: 'lp', effect: { id: 't-step-down', delta: -1 } }],
    ['ending: acted; The risk was seen', { name: 'ending', id: 'acted', title: 'The risk was seen' }],
    ['decision: d1-plan; challenge+disguised', { name: 'decision', id: 'd1-plan', kinds: ['challenge', 'disguised'] }],
    ['note: Ask the room', { name: 'note', text: 'Ask the room' }],
    ['prompt: Who knows?', { name: 'prompt', text: 'Who knows?' }],
    ['real: The plan was agreed', { name: 'real', text: 'The plan was agreed' }],
    ['real', { name: 'real', text: null }],
    ['contact: drug-service', { name: 'contact', agency: 'drug-service' }],
    ['feedback: Good: you asked.', { name: 'feedback', text: 'Good: you asked.' }],
    ['  Speaker :  Ann  ', { name: 'speaker', value: 'Ann' }],
  ])('reads "%s"', (raw, expected) => {
    expect(parseTag(raw)).toEqual({ ok: true, tag: expected });
  });

  it.each([
    ['colour: blue', /unknown tag 'colour'/],
    ['speaker:', /needs a value/],
    ['episode: two; Title', /whole number/],
    ['episode: 0; Title', /whole number/],
    ['episode: 3', /'N; Title'/],
    ['scene: beach', /unknown scene 'beach'/],
    ['sound: siren', /unknown sound 'siren'/],
    ['chrono: no semicolon here', /'when; what'/],
    ['chrono: 2014-13-01 / Label; What', /chrono date '2014-13-01' is not a date: there is no month 13/],
    ['chrono: 2015-02-29 / Label; What', /February 2015 has no day 29/],
    ['chrono: 2014-8-15 / Label; What', /'2014-8-15' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD/],
    ['chrono: 15-08-2014 / Label; What', /'15-08-2014' is not a date/],
    ['chrono: 2014-00; What', /there is no month 00/],
    ['chrono: 2014-08 / ; What', /nothing after '\/'/],
    ['info: social services; text', /unknown agency 'social services'/],
    ['contact: the police', /unknown agency 'the police'/],
    ['lp: t-step-down 2', /'learning-point-id \+N'/],
    ['lp: T_Step +1', /'learning-point-id \+N'/],
    ['lp: t-step-down +two', /'learning-point-id \+N'/],
    ['ending: Acted Now; Title', /lower-case id/],
    ['decision: d1; gossip', /unknown decision kind 'gossip'/],
    ['decision: d1', /'id; kinds'/],
  ])('rejects "%s" with a clear message', (raw, message) => {
    const result = parseTag(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.raw).toBe(raw);
    }
  });

  describe('chrono', () => {
    const chrono = (raw: string) => {
      const r = parseTag(raw);
      if (!r.ok) throw new Error(r.message);
      return r.tag;
    };

    it.each([
      // date / label; what: the label is what the learner reads
      [
        'chrono: 2014-08-15 / 15 August 2014; Interim care order',
        { when: '15 August 2014', what: 'Interim care order', date: '2014-08-15' },
      ],
      [
        "chrono: 1998 / Jade's teens; Starts using drugs",
        { when: "Jade's teens", what: 'Starts using drugs', date: '1998' },
      ],
      [
        'chrono:   2013-06  /  Maisie 6 months old ;  Planned return; home',
        { when: 'Maisie 6 months old', what: 'Planned return; home', date: '2013-06' },
      ],
      ['chrono: 2014-08 /Label; What', { when: 'Label', what: 'What', date: '2014-08' }],
      ['chrono: 2016-02-29 / Leap day; What', { when: 'Leap day', what: 'What', date: '2016-02-29' }],
      // a date alone: its words are the label
      [
        'chrono: 2014-08-15; Interim care order',
        { when: '15 August 2014', what: 'Interim care order', date: '2014-08-15' },
      ],
      [
        'chrono: 2014-03; Withdrawn from nursery',
        { when: 'March 2014', what: 'Withdrawn from nursery', date: '2014-03' },
      ],
      ['chrono: 2011; Moves house', { when: '2011', what: 'Moves house', date: '2011' }],
      // the old form, for plain Ink: the whole `when` is the label, with no date
      [
        'chrono: Five months before the birth; Removed',
        { when: 'Five months before the birth', what: 'Removed', date: null },
      ],
      [
        'chrono: 2013/14 school year; Poor attendance',
        { when: '2013/14 school year', what: 'Poor attendance', date: null },
      ],
      ['chrono: 14 August 2014; Legal planning', { when: '14 August 2014', what: 'Legal planning', date: null }],
    ])('reads "%s"', (raw, expected) => {
      expect(chrono(raw)).toEqual({ name: 'chrono', ...expected });
    });
  });

  it('separates good tags from bad ones', () => {
    const { tags, errors } = parseTags(['speaker: Ann', 'nonsense', 'lp: a +1']);
    expect(tags.map((t) => t.name)).toEqual(['speaker', 'lp']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.raw).toBe('nonsense');
  });
});
