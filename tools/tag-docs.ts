/**
 * `npm run docs:tags`: writes the tag tables of docs/authoring.md from the tag table in
 * src/engine/tag-table.ts, between `<!-- tags:<section>:start … -->` and
 * `<!-- tags:<section>:end -->`. Nothing else in the file is touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type TagSection, TAG_TABLE } from '../src/engine/tag-table.ts';
import { TAG_NAMES } from '../src/engine/tags.ts';

export const AUTHORING = 'docs/authoring.md';
export const TAG_SECTIONS: readonly TagSection[] = ['line', 'decision', 'choice'];

export const startMarker = (section: TagSection) =>
  `<!-- tags:${section}:start: generated from src/engine/tag-table.ts by npm run docs:tags -->`;
export const endMarker = (section: TagSection) => `<!-- tags:${section}:end -->`;

/** A Markdown table with its columns padded as Prettier pads them. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The table of the tags listed in one section of the docs, in the table's order. */
export function tagTable(section: TagSection): string {
  const rows = TAG_NAMES.flatMap((name) =>
    TAG_TABLE[name].uses
      .filter((use) => use.section === section)
      .map((use) => [`\`${name}\``, use.value, use.meaning, `\`# ${use.example}\``]),
  );
  return markdownTable(['tag', 'value', 'meaning', 'example'], rows);
}

/** The document with each section's generated table replaced; throws when a marker is missing. */
export function withTagTables(markdown: string): string {
  let out = markdown;
  for (const section of TAG_SECTIONS) {
    const start = out.indexOf(startMarker(section));
    const end = out.indexOf(endMarker(section));
    if (start < 0 || end < start) {
      throw new Error(`${AUTHORING} needs '${startMarker(section)}' followed by '${endMarker(section)}'`);
    }
    const head = out.slice(0, start + startMarker(section).length);
    out = `${head}\n\n${tagTable(section)}\n\n${out.slice(end)}`;
  }
  return out;
}

if (process.argv[1]?.endsWith('tag-docs.ts')) {
  const before = readFileSync(AUTHORING, 'utf8');
  const after = withTagTables(before);
  if (after === before) console.log(`${AUTHORING}: tag tables up to date`);
  else {
    writeFileSync(AUTHORING, after);
    console.log(`${AUTHORING}: tag tables written`);
  }
}
