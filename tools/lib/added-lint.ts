/**
 * Fact and fiction kept apart: a decision that scenario.json lists as added for the
 * scenario must not claim the real case (no `# real` option, no `# real:` text).
 */
import type { TagSighting } from '../../src/engine/explore.ts';
import type { AddedEvent } from '../../src/engine/scenario.ts';

export function addedProblems(
  added: readonly AddedEvent[],
  sightings: readonly TagSighting[],
  decisions: readonly { id: string }[],
): string[] {
  const problems: string[] = [];
  const known = new Set(decisions.map((d) => d.id));
  for (const a of added) {
    if (!known.has(a.decision)) {
      problems.push(`'added' names decision '${a.decision}', which the story never reaches`);
      continue;
    }
    const seen = sightings.filter((s) => s.kind === 'options' && s.data.decision === a.decision);
    const realOption = seen
      .flatMap((s) => JSON.parse(String(s.data.options)) as { text: string; real: boolean }[])
      .find((o) => o.real);
    if (realOption) {
      problems.push(
        `decision '${a.decision}' is listed as added for the scenario, but its option "${realOption.text}" is marked 'real': the review does not record it`,
      );
    }
    if (seen.some((s) => s.data.real)) {
      problems.push(
        `decision '${a.decision}' is listed as added for the scenario, but has a 'real:' text: say what the review records, or nothing`,
      );
    }
  }
  return problems;
}
