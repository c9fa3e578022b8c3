/**
 * Suspend data: the learner's place in a scenario, compact enough for SCORM 1.2's 4,096
 * characters. Resume replays the choice path, so only the choices are kept — never the Ink
 * state, which grows with play.
 *
 *   1~child-t~9a0b1c2d~k2l9ox~r~t4yb2c~0102a~1x.2m.u.9
 *   version ~ scenario ~ story hash (8) ~ seed ~ feedback mode ~ start (s) ~ path ~ times
 *
 * The path has one base-36 digit per choice (option index; `-` and two digits for an
 * index of 36 or more); times are seconds since the previous choice, base 36, dot-separated.
 * Only [0-9a-z.~-] is used, so no LMS has anything to escape.
 *
 * When a path is too long for the limit, the times go first (choices then resume with the
 * start time), then the path is cut to the longest prefix that fits; the caller says so.
 */
import type { FeedbackMode, SavedSession } from '../engine/session.ts';

export const SUSPEND_DATA_VERSION = '1';
export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64000;

/** The largest option index the path can hold (`-` and two base-36 digits). */
export const MAX_ENCODABLE_INDEX = 36 * 36 - 1;

export interface CompactSave {
  scenarioId: string;
  /** The first eight hex digits of the story hash when saved. */
  storyHash: string;
  seed: number;
  feedbackMode: FeedbackMode;
  /** Epoch milliseconds (kept to the second). */
  startedAt: number;
  /** Option index of each choice, in order. */
  indices: number[];
  /** Epoch milliseconds of each choice (to the second), or null when left out to fit. */
  times: number[] | null;
}

export interface EncodedSuspendData {
  data: string;
  /** Choices kept out of those given (fewer only when the path could not fit). */
  kept: number;
  total: number;
  timesKept: boolean;
}

const SCENARIO = /^[a-z0-9][a-z0-9-]*$/;
const HASH = /^[0-9a-f]{1,8}$/;
const B36 = /^[0-9a-z]+$/;

export function compactFromSaved(saved: SavedSession): CompactSave {
  return {
    scenarioId: saved.scenarioId,
    storyHash: saved.storyHash.slice(0, 8),
    seed: saved.seed,
    feedbackMode: saved.feedbackMode,
    startedAt: saved.startedAt,
    indices: saved.choices.map((c) => c.index),
    times: saved.choices.map((c) => c.at),
  };
}

function encodeIndex(index: number): string | null {
  if (!Number.isInteger(index) || index < 0 || index > MAX_ENCODABLE_INDEX) return null;
  return index < 36 ? index.toString(36) : `-${index.toString(36).padStart(2, '0')}`;
}

function header(save: CompactSave): string {
  if (!SCENARIO.test(save.scenarioId)) throw new RangeError(`scenario id '${save.scenarioId}' cannot be encoded`);
  if (!Number.isSafeInteger(save.seed) || save.seed < 0) throw new RangeError(`seed ${save.seed} cannot be encoded`);
  const hash = save.storyHash.slice(0, 8).toLowerCase();
  if (!HASH.test(hash)) throw new RangeError(`story hash '${save.storyHash}' cannot be encoded`);
  const start = Math.max(Math.floor(save.startedAt / 1000), 0);
  return [
    SUSPEND_DATA_VERSION,
    save.scenarioId,
    hash,
    save.seed.toString(36),
    save.feedbackMode === 'assessment' ? 'a' : 'r',
    start.toString(36),
  ].join('~');
}

function timesField(save: CompactSave, count: number): string {
  if (!save.times) return '';
  let previous = Math.max(Math.floor(save.startedAt / 1000), 0);
  const parts: string[] = [];
  for (const at of save.times.slice(0, count)) {
    const second = Math.floor(at / 1000);
    parts.push(Math.max(second - previous, 0).toString(36));
    previous = Math.max(second, previous);
  }
  return parts.join('.');
}

/**
 * Encodes a save within `limit` characters: everything if it fits, else without times,
 * else the longest prefix of the path that fits. Throws only for a save that cannot be
 * encoded at all (a malformed scenario id, seed or hash).
 */
export function encodeSuspendData(save: CompactSave, limit: number): EncodedSuspendData {
  const head = header(save);
  const digits: string[] = [];
  for (const index of save.indices) {
    const d = encodeIndex(index);
    if (d === null) break; // an index beyond any real story: keep the path up to it
    digits.push(d);
  }
  const total = save.indices.length;
  const bare = (n: number) => `${head}~${digits.slice(0, n).join('')}~`;
  if (save.times) {
    const full = bare(digits.length) + timesField(save, digits.length);
    if (full.length <= limit) return { data: full, kept: digits.length, total, timesKept: true };
  }
  if (bare(digits.length).length <= limit) {
    return { data: bare(digits.length), kept: digits.length, total, timesKept: false };
  }
  let lo = 0;
  let hi = digits.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bare(mid).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  if (bare(lo).length > limit) throw new RangeError(`even an empty path needs more than ${limit} characters`);
  return { data: bare(lo), kept: lo, total, timesKept: false };
}

export type DecodedSuspendData = { ok: true; save: CompactSave } | { ok: false; reason: string };

/** Reads suspend data written by `encodeSuspendData`; anything else is reported, never thrown. */
export function decodeSuspendData(data: string): DecodedSuspendData {
  const fields = data.split('~');
  if (fields[0] !== SUSPEND_DATA_VERSION) {
    return {
      ok: false,
      reason: `it is not suspend data of this simulator (version ${fields[0]?.slice(0, 8) || 'none'})`,
    };
  }
  if (fields.length !== 8) return { ok: false, reason: `it has ${fields.length} fields, expected 8` };
  const [, scenarioId = '', hash = '', seed = '', mode = '', start = '', path = '', times = ''] = fields;
  if (!SCENARIO.test(scenarioId)) return { ok: false, reason: 'its scenario id is malformed' };
  if (!HASH.test(hash)) return { ok: false, reason: 'its story version is malformed' };
  if (!B36.test(seed)) return { ok: false, reason: 'its seed is malformed' };
  if (mode !== 'r' && mode !== 'a') return { ok: false, reason: 'its feedback mode is malformed' };
  if (!B36.test(start)) return { ok: false, reason: 'its start time is malformed' };
  const indices: number[] = [];
  for (let i = 0; i < path.length;) {
    const c = path[i] ?? '';
    if (c === '-') {
      const two = path.slice(i + 1, i + 3);
      if (!/^[0-9a-z]{2}$/.test(two)) return { ok: false, reason: `its path is malformed at character ${i + 1}` };
      indices.push(parseInt(two, 36));
      i += 3;
    } else if (/[0-9a-z]/.test(c)) {
      indices.push(parseInt(c, 36));
      i += 1;
    } else {
      return { ok: false, reason: `its path is malformed at character ${i + 1}` };
    }
  }
  const startSecond = parseInt(start, 36);
  let decodedTimes: number[] | null = null;
  if (times) {
    const parts = times.split('.');
    if (parts.length !== indices.length || !parts.every((p) => B36.test(p))) {
      return { ok: false, reason: 'its times do not match its path' };
    }
    let second = startSecond;
    decodedTimes = parts.map((p) => (second += parseInt(p, 36)) * 1000);
  }
  return {
    ok: true,
    save: {
      scenarioId: scenarioId,
      storyHash: hash,
      seed: parseInt(seed, 36),
      feedbackMode: mode === 'a' ? 'assessment' : 'reflect',
      startedAt: startSecond * 1000,
      indices,
      times: decodedTimes,
    },
  };
}
