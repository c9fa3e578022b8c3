/**
 * Readers of the tag values that have a structure: two fields split at the first semicolon,
 * chronology dates, decision kinds and learning-point effects. Each returns the tag, or
 * what is wrong with the value.
 */
import { type DecisionKind, AGENCIES, DECISION_KINDS, isDecisionKind } from './vocabulary.ts';
import { formatChronoDate, parseChronoDate } from './chronology.ts';
import type { Tag } from './tag-table.ts';

export const ID = /^[a-z0-9][a-z0-9-]*$/;
const LP = /^([a-z0-9][a-z0-9-]*)\s+([+-]\d+)$/;
const CHRONO_FORM = 'YYYY-MM-DD / when; what';
/** `2014-08-15 / label`: a date, then `/` with a space on at least one side (so `2013/14` stays a label). */
const DATED_LABEL = /^(\d[\d-]*)(?:\s+\/\s*|\s*\/\s+)(.*)$/;
/** A `when` that is only a date: `2014`, `2014-08`, `2014-08-15` (or a mistyped one). */
const DATE_ONLY = /^\d{4}(?:-[\d-]*)?$/;

/** Splits `a; b; c` at the first semicolon only. */
export function twoFields(value: string): [string, string] | null {
  const at = value.indexOf(';');
  if (at < 0) return null;
  const first = value.slice(0, at).trim();
  const second = value.slice(at + 1).trim();
  return first && second ? [first, second] : null;
}

export function unknownAgency(value: string): string {
  return `unknown agency '${value}' (agencies: ${Object.keys(AGENCIES).join(', ')})`;
}

/**
 * `date / label; what` (the label is what the learner reads), `date; what` (the date in
 * words is the label) or, in plain Ink, `when; what` with no sortable date.
 */
export function chronoTag(value: string): Extract<Tag, { name: 'chrono' }> | string {
  const fields = twoFields(value);
  if (!fields) return `chrono must be '${CHRONO_FORM}' (or 'when; what'), got '${value}'`;
  const [whenField, what] = fields;
  const labelled = DATED_LABEL.exec(whenField);
  const dateText = labelled ? labelled[1]! : DATE_ONLY.test(whenField) ? whenField : null;
  if (dateText === null) return { name: 'chrono', when: whenField, what, date: null };
  const date = parseChronoDate(dateText);
  if (!date.ok) return `chrono date ${date.message}`;
  const label = labelled ? labelled[2]!.trim() : '';
  if (labelled && !label) {
    return `chrono has nothing after '/': write the label the learner reads ('${CHRONO_FORM}')`;
  }
  return { name: 'chrono', when: label || formatChronoDate(date.date.iso), what, date: date.date.iso };
}

export function decisionTag(value: string): Extract<Tag, { name: 'decision' }> | string {
  const fields = twoFields(value);
  if (!fields || !ID.test(fields[0])) return `decision must be 'id; kinds' with a lower-case id, got '${value}'`;
  const kinds = fields[1].split('+').map((k) => k.trim());
  const bad = kinds.filter((k) => !isDecisionKind(k));
  if (bad.length) return `unknown decision kind '${bad.join("', '")}' (kinds: ${DECISION_KINDS.join(', ')})`;
  return { name: 'decision', id: fields[0], kinds: kinds as DecisionKind[] };
}

export function lpTag(value: string): Extract<Tag, { name: 'lp' }> | string {
  const m = LP.exec(value);
  if (!m) return `lp must be 'learning-point-id +N' or '-N', got '${value}'`;
  return { name: 'lp', effect: { id: m[1]!, delta: Number(m[2]) } };
}
