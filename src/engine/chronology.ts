/**
 * Dates in the case chronology. A `# chrono` tag carries a sortable date (ISO: `2014`,
 * `2014-08` or `2014-08-15`) beside the label the learner reads; everything that lists
 * or draws the chronology puts entries in date order with these helpers. Pure.
 */
import type { Beat } from './runner.ts';

/** A date as written in a tag: a year, a month or a day. */
export interface ChronoDate {
  /** As written: `2014`, `2014-08` or `2014-08-15`. */
  iso: string;
  year: number;
  month: number | null;
  day: number | null;
}

export type DateResult = { ok: true; date: ChronoDate } | { ok: false; message: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist (`2014-13-01`, `2015-02-29`). */
export function parseChronoDate(text: string): DateResult {
  const m = ISO.exec(text.trim());
  if (!m) {
    return { ok: false, message: `'${text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2014-08-15)` };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, message: `'${text}' is not a date: there is no month ${m[2]} (months run 01 to 12)` };
  }
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    return {
      ok: false,
      message: `'${text}' is not a date: ${MONTHS[month - 1]} ${year} has no day ${m[3]} (it has ${daysInMonth(year, month)} days)`,
    };
  }
  return { ok: true, date: { iso: m[0], year, month, day } };
}

/** The date in words, as a learner reads it: `15 August 2014`, `August 2014`, `2014`. */
export function formatChronoDate(iso: string): string {
  const r = parseChronoDate(iso);
  if (!r.ok) return iso;
  const { year, month, day } = r.date;
  if (month === null) return String(year);
  return day === null ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Where a date falls, in years (2014.5 is about 1 July 2014): a year or month is placed at
 * its start, so it sorts and draws before the days inside it.
 */
export function chronoTime(iso: string): number {
  const r = parseChronoDate(iso);
  if (!r.ok) return NaN;
  const { year, month, day } = r.date;
  if (month === null) return year;
  const inMonth = day === null ? 0 : (day - 1) / daysInMonth(year, month);
  return year + (month - 1 + inMonth) / 12;
}

/**
 * Orders two dates: earlier first; a year or month before the days inside it; an
 * undated entry (null) after every dated one. Equal dates compare as 0.
 */
export function compareChronoDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return chronoTime(a) - chronoTime(b);
}

/**
 * Entries in date order. The sort is stable, so entries with the same date (and undated
 * ones, which come last) keep the order in which they were discovered.
 */
export function sortChronology<T extends { date: string | null }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((x, y) => compareChronoDates(x.entry.date, y.entry.date) || x.i - y.i)
    .map((x) => x.entry);
}

/** Whether the label a learner reads already says the date's year (real dates) rather than a relative time. */
export function labelNamesYear(label: string, iso: string | null): boolean {
  if (iso === null) return false;
  return new RegExp(`(^|\\D)${iso.slice(0, 4)}(\\D|$)`).test(label);
}

/** One entry's identity, for finding it again after the list is re-sorted. */
export function chronoKey(entry: { when: string; what: string }): string {
  return `${entry.when}\n${entry.what}`;
}

/**
 * The chronology entries an ending tells (from the line that carries `# ending` on): how
 * the path ended, not something the learner found out. Keys as `chronoKey`.
 */
export function endingEntries(beat: Pick<Beat, 'lines'>): Set<string> {
  const keys = new Set<string>();
  let ended = false;
  for (const line of beat.lines) {
    if (line.tags.some((t) => t.name === 'ending')) ended = true;
    if (!ended) continue;
    for (const tag of line.tags) if (tag.name === 'chrono') keys.add(chronoKey(tag));
  }
  return keys;
}

/**
 * The chronology entries a learner found by asking an agency: those on a line of that
 * agency's answer (a line with its `# info`) in the passage after the choice that
 * contacted it. Keys as `chronoKey`, each with the agency asked.
 */
export function askedEntries(
  steps: readonly { contact: string | null; beat: Pick<Beat, 'lines'> }[],
): Map<string, string> {
  const asked = new Map<string, string>();
  for (const { contact, beat } of steps) {
    if (!contact) continue;
    for (const line of beat.lines) {
      if (!line.tags.some((t) => t.name === 'info' && t.agency === contact)) continue;
      for (const tag of line.tags)
        if (tag.name === 'chrono' && !asked.has(chronoKey(tag))) asked.set(chronoKey(tag), contact);
    }
  }
  return asked;
}
