import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAG_TABLE } from '../../src/engine/tag-table.ts';
import { CHOICE_ONLY_TAGS, LINE_ONLY_TAGS, TAG_NAMES, parseTag, tagPlace } from '../../src/engine/tags.ts';
import { AUTHORING, TAG_SECTIONS, endMarker, startMarker, tagTable, withTagTables } from '../../tools/tag-docs.ts';

const authoring = readFileSync(AUTHORING, 'utf8');

/** The text between one section's markers. */
function generated(section: (typeof TAG_SECTIONS)[number]): string {
  return authoring.slice(authoring.indexOf(startMarker(section)), authoring.indexOf(endMarker(section)));
}

describe('the tag tables of docs/authoring.md', () => {
  it('are what npm run docs:tags writes (run it after changing src/engine/tag-table.ts)', () => {
    expect(withTagTables(authoring)).toBe(authoring);
  });

  it('list every tag', () => {
    const tables = TAG_SECTIONS.map(generated).join('\n');
    for (const name of TAG_NAMES) expect(tables).toContain(`| \`${name}\``);
  });

  it('keep the rest of the document as it is', () => {
    const edited = authoring.replace(/\| `speaker` \|[^\n]*/, '| `speaker` | stale |');
    const rewritten = withTagTables(`Before.\n\n${edited}\nAfter.\n`);
    expect(rewritten).toBe(`Before.\n\n${authoring}\nAfter.\n`);
  });

  it('say when a marker is missing', () => {
    expect(() => withTagTables(authoring.replace(endMarker('choice'), ''))).toThrow(/tags:choice:end/);
  });
});

describe('the tag table', () => {
  it.each(TAG_NAMES.flatMap((name) => TAG_TABLE[name].uses.map((use) => [name, use.example] as const)))(
    "the example of '%s' parses: %s",
    (name, example) => {
      const result = parseTag(example);
      expect(result.ok && result.tag.name).toBe(name);
    },
  );

  it('places each tag on a line, on a choice or on either', () => {
    expect([...CHOICE_ONLY_TAGS]).toEqual(['contact', 'feedback', 'critical', 'pin']);
    expect(TAG_NAMES.filter((n) => tagPlace(n) === 'either')).toEqual(['lp', 'real']);
    expect(LINE_ONLY_TAGS.size).toBe(TAG_NAMES.length - 6);
  });

  it('gives each section of the docs a table', () => {
    for (const section of TAG_SECTIONS) expect(tagTable(section).split('\n').length).toBeGreaterThan(2);
  });
});
