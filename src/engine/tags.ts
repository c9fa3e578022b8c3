/**
 * The tag parser: turns Ink's raw `# name: value` strings into typed tags, or into an
 * error that says what is wrong. The tags themselves are listed in tag-table.ts; see
 * docs/authoring.md for the format.
 */
import { type Tag, type TagName, TAG_TABLE } from './tag-table.ts';

export type { LpEffect, PinPlace, Tag, TagName } from './tag-table.ts';

export const TAG_NAMES: readonly TagName[] = Object.keys(TAG_TABLE) as TagName[];

/** Where a tag means something: on a line, on a choice, or on either. */
export type TagPlace = 'line' | 'choice' | 'either';

export function tagPlace(name: TagName): TagPlace {
  const sections = new Set(TAG_TABLE[name].uses.map((u) => (u.section === 'choice' ? 'choice' : 'line')));
  return sections.size > 1 ? 'either' : sections.has('choice') ? 'choice' : 'line';
}

/** Tags that only mean something on a choice. */
export const CHOICE_ONLY_TAGS: ReadonlySet<TagName> = new Set(TAG_NAMES.filter((n) => tagPlace(n) === 'choice'));
/** Tags that never mean anything on a choice. */
export const LINE_ONLY_TAGS: ReadonlySet<TagName> = new Set(TAG_NAMES.filter((n) => tagPlace(n) === 'line'));

export type TagResult =
  | { ok: true; tag: Tag }
  /** `unknown`: the name is not one of the simulator's (plain Ink allows any). */
  | { ok: false; raw: string; message: string; unknown?: true };

function isTagName(name: string): name is TagName {
  return Object.hasOwn(TAG_TABLE, name);
}

export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (!isTagName(name)) {
    return { ok: false, raw, message: `unknown tag '${name}' (known tags: ${TAG_NAMES.join(', ')})`, unknown: true };
  }
  const spec = TAG_TABLE[name];
  if (!value && !spec.optionalValue) return { ok: false, raw, message: `tag '${name}' needs a value ('${name}: …')` };
  const tag = spec.parse(value);
  return typeof tag === 'string' ? { ok: false, raw, message: tag } : { ok: true, tag };
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
