/**
 * The tag parser: turns Ink's raw `# name: value` strings into typed tags, or into an
 * error that says what is wrong. See docs/authoring.md for the format.
 */
import {
  type AgencyId,
  type DecisionKind,
  type SceneId,
  type SoundId,
  AGENCIES,
  DECISION_KINDS,
  SCENES,
  SOUNDS,
  isAgency,
  isDecisionKind,
  isScene,
  isSound,
} from './vocabulary.ts';
import { formatChronoDate, parseChronoDate } from './chronology.ts';

export interface LpEffect {
  id: string;
  delta: number;
}

export type Tag =
  | { name: 'speaker'; value: string }
  | { name: 'role'; value: string }
  | { name: 'episode'; number: number; title: string }
  | { name: 'when'; value: string }
  | { name: 'scene'; scene: SceneId }
  | { name: 'sound'; sound: SoundId }
  | {
      name: 'chrono';
      /** The time as the learner reads it: the label written, or the date in words when none is. */
      when: string;
      what: string;
      /** Sortable ISO date (`2014`, `2014-08`, `2014-08-15`); null in the old form `when; what`. */
      date: string | null;
    }
  | { name: 'info'; agency: AgencyId; text: string }
  | { name: 'lp'; effect: LpEffect }
  | { name: 'ending'; id: string; title: string }
  | { name: 'decision'; id: string; kinds: DecisionKind[] }
  | { name: 'note'; text: string }
  | { name: 'prompt'; text: string }
  | { name: 'real'; text: string | null }
  | { name: 'contact'; agency: AgencyId }
  | { name: 'feedback'; text: string }
  | { name: 'critical'; learningPoint: string }
  | { name: 'pin'; place: PinPlace };

/** Where a pinned option stays when options are shuffled. */
export type PinPlace = 'first' | 'last';

export type TagName = Tag['name'];

export const TAG_NAMES: readonly TagName[] = [
  'speaker',
  'role',
  'episode',
  'when',
  'scene',
  'sound',
  'chrono',
  'info',
  'lp',
  'ending',
  'decision',
  'note',
  'prompt',
  'real',
  'contact',
  'feedback',
  'critical',
  'pin',
];

/** Tags that only mean something on a choice. */
export const CHOICE_ONLY_TAGS: ReadonlySet<TagName> = new Set(['contact', 'feedback', 'critical', 'pin']);
/** Tags that never mean anything on a choice. */
export const LINE_ONLY_TAGS: ReadonlySet<TagName> = new Set([
  'speaker',
  'role',
  'episode',
  'when',
  'scene',
  'sound',
  'chrono',
  'info',
  'ending',
  'decision',
  'note',
  'prompt',
]);

export type TagResult = { ok: true; tag: Tag } | { ok: false; raw: string; message: string };

const ID = /^[a-z0-9][a-z0-9-]*$/;
const LP = /^([a-z0-9][a-z0-9-]*)\s+([+-]\d+)$/;

function fail(raw: string, message: string): TagResult {
  return { ok: false, raw, message };
}

/** Splits `a; b; c` at the first semicolon only. */
function twoFields(value: string): [string, string] | null {
  const at = value.indexOf(';');
  if (at < 0) return null;
  const first = value.slice(0, at).trim();
  const second = value.slice(at + 1).trim();
  return first && second ? [first, second] : null;
}

export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!(TAG_NAMES as readonly string[]).includes(name)) {
    return fail(raw, `unknown tag '${name}' (known tags: ${TAG_NAMES.join(', ')})`);
  }
  const needsValue = name !== 'real';
  if (needsValue && !value) return fail(raw, `tag '${name}' needs a value ('${name}: …')`);

  switch (name as TagName) {
    case 'speaker':
    case 'role':
    case 'when':
      return { ok: true, tag: { name: name as 'speaker' | 'role' | 'when', value } };
    case 'note':
    case 'prompt':
    case 'feedback':
      return { ok: true, tag: { name: name as 'note' | 'prompt' | 'feedback', text: value } };
    case 'real':
      return { ok: true, tag: { name: 'real', text: value || null } };
    case 'episode': {
      const fields = twoFields(value);
      const num = fields ? Number(fields[0]) : NaN;
      if (!fields || !Number.isInteger(num) || num < 1) {
        return fail(raw, `episode must be 'N; Title' with N a whole number from 1, got '${value}'`);
      }
      return { ok: true, tag: { name: 'episode', number: num, title: fields[1] } };
    }
    case 'scene':
      if (!isScene(value)) return fail(raw, `unknown scene '${value}' (scenes: ${Object.keys(SCENES).join(', ')})`);
      return { ok: true, tag: { name: 'scene', scene: value } };
    case 'sound':
      if (!isSound(value)) return fail(raw, `unknown sound '${value}' (sounds: ${SOUNDS.join(', ')})`);
      return { ok: true, tag: { name: 'sound', sound: value } };
    case 'chrono': {
      const fields = twoFields(value);
      if (!fields) return fail(raw, `chrono must be '${CHRONO_FORM}' (or 'when; what'), got '${value}'`);
      return chronoTag(raw, fields[0], fields[1]);
    }
    case 'info': {
      const fields = twoFields(value);
      if (!fields) return fail(raw, `info must be 'agency; what it holds', got '${value}'`);
      if (!isAgency(fields[0])) return fail(raw, unknownAgency(fields[0]));
      return { ok: true, tag: { name: 'info', agency: fields[0], text: fields[1] } };
    }
    case 'contact':
      if (!isAgency(value)) return fail(raw, unknownAgency(value));
      return { ok: true, tag: { name: 'contact', agency: value } };
    case 'lp': {
      const m = LP.exec(value);
      if (!m) return fail(raw, `lp must be 'learning-point-id +N' or '-N', got '${value}'`);
      return { ok: true, tag: { name: 'lp', effect: { id: m[1]!, delta: Number(m[2]) } } };
    }
    case 'ending': {
      const fields = twoFields(value);
      if (!fields || !ID.test(fields[0])) {
        return fail(raw, `ending must be 'id; Title' with a lower-case id, got '${value}'`);
      }
      return { ok: true, tag: { name: 'ending', id: fields[0], title: fields[1] } };
    }
    case 'critical':
      if (!ID.test(value)) return fail(raw, `critical must name a learning point id, got '${value}'`);
      return { ok: true, tag: { name: 'critical', learningPoint: value } };
    case 'pin':
      if (value !== 'first' && value !== 'last') return fail(raw, `pin must be 'first' or 'last', got '${value}'`);
      return { ok: true, tag: { name: 'pin', place: value } };
    case 'decision': {
      const fields = twoFields(value);
      if (!fields || !ID.test(fields[0])) {
        return fail(raw, `decision must be 'id; kinds' with a lower-case id, got '${value}'`);
      }
      const kinds = fields[1].split('+').map((k) => k.trim());
      const bad = kinds.filter((k) => !isDecisionKind(k));
      if (bad.length) {
        return fail(raw, `unknown decision kind '${bad.join("', '")}' (kinds: ${DECISION_KINDS.join(', ')})`);
      }
      return { ok: true, tag: { name: 'decision', id: fields[0], kinds: kinds as DecisionKind[] } };
    }
  }
  return fail(raw, `unknown tag '${name}'`);
}

const CHRONO_FORM = 'YYYY-MM-DD / when; what';
/** `2014-08-15 / label`: a date, then `/` with a space on at least one side (so `2013/14` stays a label). */
const DATED_LABEL = /^(\d[\d-]*)(?:\s+\/\s*|\s*\/\s+)(.*)$/;
/** A `when` that is only a date: `2014`, `2014-08`, `2014-08-15` (or a mistyped one). */
const DATE_ONLY = /^\d{4}(?:-[\d-]*)?$/;

/**
 * `date / label; what` (the label is what the learner reads), `date; what` (the date in
 * words is the label) or, in plain Ink, `when; what` with no sortable date.
 */
function chronoTag(raw: string, whenField: string, what: string): TagResult {
  const labelled = DATED_LABEL.exec(whenField);
  const dateText = labelled ? labelled[1]! : DATE_ONLY.test(whenField) ? whenField : null;
  if (dateText === null) return { ok: true, tag: { name: 'chrono', when: whenField, what, date: null } };
  const date = parseChronoDate(dateText);
  if (!date.ok) return fail(raw, `chrono date ${date.message}`);
  const label = labelled ? labelled[2]!.trim() : '';
  if (labelled && !label) {
    return fail(raw, `chrono has nothing after '/': write the label the learner reads ('${CHRONO_FORM}')`);
  }
  return {
    ok: true,
    tag: { name: 'chrono', when: label || formatChronoDate(date.date.iso), what, date: date.date.iso },
  };
}

function unknownAgency(value: string): string {
  return `unknown agency '${value}' (agencies: ${Object.keys(AGENCIES).join(', ')})`;
}

export interface ParsedTags {
  tags: Tag[];
  errors: { raw: string; message: string }[];
}

export function parseTags(raw: readonly string[]): ParsedTags {
  const tags: Tag[] = [];
  const errors: { raw: string; message: string }[] = [];
  for (const r of raw) {
    const result = parseTag(r);
    if (result.ok) tags.push(result.tag);
    else errors.push({ raw: result.raw, message: result.message });
  }
  return { tags, errors };
}

/** The first tag of a given name, typed. */
export function findTag<N extends TagName>(tags: readonly Tag[], name: N): Extract<Tag, { name: N }> | undefined {
  return tags.find((t): t is Extract<Tag, { name: N }> => t.name === name);
}

export function filterTags<N extends TagName>(tags: readonly Tag[], name: N): Extract<Tag, { name: N }>[] {
  return tags.filter((t): t is Extract<Tag, { name: N }> => t.name === name);
}
