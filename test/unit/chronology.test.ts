import { describe, expect, it } from 'vitest';
import {
  askedEntries,
  chronoTime,
  compareChronoDates,
  endingEntries,
  formatChronoDate,
  labelNamesYear,
  parseChronoDate,
  sortChronology,
} from '../../src/engine/chronology.ts';
import { parseTags } from '../../src/engine/tags.ts';

const entry = (date: string | null, what: string) => ({ date, what, when: date ?? 'undated' });

describe('chronology dates', () => {
  it('reads a year, a month or a day, and rejects dates that do not exist', () => {
    expect(parseChronoDate('2014-08-15')).toEqual({
      ok: true,
      date: { iso: '2014-08-15', year: 2014, month: 8, day: 15 },
    });
    expect(parseChronoDate('2014-08')).toMatchObject({ ok: true, date: { month: 8, day: null } });
    expect(parseChronoDate('2014')).toMatchObject({ ok: true, date: { month: null, day: null } });
    expect(parseChronoDate('2016-02-29').ok).toBe(true);
    for (const bad of [
      '2014-13-01',
      '2014-00',
      '2015-02-29',
      '2014-04-31',
      '2014-8',
      '14-08-2014',
      'August 2014',
      '',
    ]) {
      expect(parseChronoDate(bad).ok, bad).toBe(false);
    }
    const r = parseChronoDate('2014-13-01');
    expect(!r.ok && r.message).toBe("'2014-13-01' is not a date: there is no month 13 (months run 01 to 12)");
  });

  it('writes a date in words', () => {
    expect(formatChronoDate('2014-08-15')).toBe('15 August 2014');
    expect(formatChronoDate('2014-08')).toBe('August 2014');
    expect(formatChronoDate('2014')).toBe('2014');
  });

  it('places a year or month at its start, before the days inside it', () => {
    expect(chronoTime('2014')).toBe(2014);
    expect(chronoTime('2014-07')).toBeCloseTo(2014.5);
    expect(chronoTime('2014-07-01')).toBe(chronoTime('2014-07'));
    expect(compareChronoDates('2014-07', '2014-07-02')).toBeLessThan(0);
    expect(compareChronoDates('2014', '2014-01-02')).toBeLessThan(0);
    expect(compareChronoDates('2013-12-31', '2014')).toBeLessThan(0);
    expect(compareChronoDates('2014-07', '2014-07')).toBe(0);
    expect(compareChronoDates(null, '1990')).toBeGreaterThan(0);
    expect(compareChronoDates(null, null)).toBe(0);
  });

  it('knows whether a label says its year (real dates) or a relative time', () => {
    expect(labelNamesYear('15 August 2014', '2014-08-15')).toBe(true);
    expect(labelNamesYear('June to July 2014', '2014-06')).toBe(true);
    expect(labelNamesYear('Maisie 2 years old', '2014-12-10')).toBe(false);
    expect(labelNamesYear('Room 20145', '2014')).toBe(false);
    expect(labelNamesYear('2014', null)).toBe(false);
  });
});

describe('sorting the chronology', () => {
  it('puts entries in date order', () => {
    const found = [
      entry('2012-07-15', 'removed'),
      entry('2012-10-10', 'permanence'),
      entry('1998', 'teens'),
      entry('2012-06-10', 'assault'),
      entry('2011-02', 'plan at 17 months'),
    ];
    expect(sortChronology(found).map((e) => e.what)).toEqual([
      'teens',
      'plan at 17 months',
      'assault',
      'removed',
      'permanence',
    ]);
    // The list given is not changed.
    expect(found[0]!.what).toBe('removed');
  });

  it('keeps the order discovered for equal dates, and puts undated entries last in that order', () => {
    const found = [
      entry(null, 'undated 1'),
      entry('2014-05-21', 'bruise seen'),
      entry('2014-05', 'May, in general'),
      entry('2014-05-21', 'strategy discussion'),
      entry(null, 'undated 2'),
      entry('2014-05-21', 'home visit'),
      entry('2014-05-01', 'first of May'),
    ];
    expect(sortChronology(found).map((e) => e.what)).toEqual([
      'May, in general',
      'first of May',
      'bruise seen',
      'strategy discussion',
      'home visit',
      'undated 1',
      'undated 2',
    ]);
  });

  it('tells an ending’s entries (how the path ended) from what was found out', () => {
    const line = (...raw: string[]) => ({ text: '', speaker: null, tags: parseTags(raw).tags });
    const beat = {
      lines: [
        line('chrono: 2017-01-03 / Maisie 4 years old; Nursery rings'),
        line('ending: real; What happened'),
        line('chrono: 2017-01-10 / Maisie 4 years 1 month old; Maisie dies'),
      ],
    };
    expect([...endingEntries(beat)]).toEqual(['Maisie 4 years 1 month old\nMaisie dies']);
    expect(endingEntries({ lines: [line('chrono: 2017-01-03 / Later; Nursery rings')] }).size).toBe(0);
  });

  it('marks the entries an agency gave in answer to the learner’s call', () => {
    const line = (...raw: string[]) => ({ text: '', speaker: null, tags: parseTags(raw).tags });
    const answer = {
      lines: [
        line('info: police; Assault on record', 'chrono: 2012-06 / Six months before the birth; Assault'),
        line('chrono: 2012-11 / Before the birth; Letter sent'),
      ],
    };
    const asked = askedEntries([
      { contact: 'police', beat: answer },
      { contact: null, beat: { lines: [line('info: gp; Missed checks', 'chrono: 2013; Later; Missed checks')] } },
    ]);
    expect([...asked]).toEqual([['Six months before the birth\nAssault', 'police']]);
  });
});
