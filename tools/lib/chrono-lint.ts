/**
 * Chronology lint: every `# chrono` entry carries a sortable date, so the chronology the
 * learner builds can be listed and drawn in date order (see docs/authoring.md). A tag in
 * the old form `when; what` still plays in plain Ink, but a scenario must date it.
 */
import type { Tag } from '../../src/engine/tags.ts';

export interface ChronoSighting {
  file: string;
  line: number;
  tag: Extract<Tag, { name: 'chrono' }>;
}

export interface ChronoProblem {
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
}

/**
 * Undated entries: an error in a scenario (a folder with scenario.json), a warning in a
 * bare Ink file, which may be a draft.
 */
export function chronoProblems(sightings: readonly ChronoSighting[], scenario: boolean): ChronoProblem[] {
  return sightings
    .filter((s) => s.tag.date === null)
    .map(({ file, line, tag }) => ({
      severity: scenario ? 'error' : 'warning',
      message: `chrono entry '${tag.when}' has no sortable date, so the chronology cannot put it in order: write '# chrono: YYYY-MM-DD / ${tag.when}; ${shorten(tag.what)}' (or YYYY-MM, or YYYY), with the date the event falls on in the case`,
      file,
      line,
    }));
}

/**
 * A label that names years none of which is the date's year (`2013-06 / June 2014`): a
 * slip that would put the entry in the wrong place. A warning: the label may name another
 * year on purpose ("Six years before 2014").
 */
export function chronoMismatches(sightings: readonly ChronoSighting[]): ChronoProblem[] {
  return sightings.flatMap(({ file, line, tag }) => {
    const named = [...tag.when.matchAll(/(?:^|\D)((?:19|20)\d\d)(?=\D|$)/g)].map((m) => m[1]!);
    if (tag.date === null || !named.length || named.includes(tag.date.slice(0, 4))) return [];
    return [
      {
        severity: 'warning' as const,
        message: `chrono entry '${tag.when}' is dated ${tag.date}, but its label names ${named.join(' and ')}: check the date`,
        file,
        line,
      },
    ];
  });
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
