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
      { name: 'chrono', when: 'May 2019', what: 'Sibling placed; with father' },
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

  it('separates good tags from bad ones', () => {
    const { tags, errors } = parseTags(['speaker: Ann', 'nonsense', 'lp: a +1']);
    expect(tags.map((t) => t.name)).toEqual(['speaker', 'lp']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.raw).toBe('nonsense');
  });
});
