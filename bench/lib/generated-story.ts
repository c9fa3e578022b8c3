/**
 * A plain Ink story with as many states as wanted: `flags` yes/no decisions in a row, each
 * remembered to the end (the ending reads them all), so the explorer meets 2^(flags+1)
 * states or so. Used to measure exploration at and past its bounds.
 */
export function generatedStory(flags: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= flags; i++) lines.push(`VAR f${i} = false`);
  lines.push('-> d1');
  for (let i = 1; i <= flags; i++) {
    const next = i < flags ? `d${i + 1}` : 'finish';
    lines.push(
      `=== d${i}`,
      `Decision ${i} of ${flags}.`,
      `* [Yes ${i}]`,
      `  ~ f${i} = true`,
      `  -> ${next}`,
      `* [No ${i}] -> ${next}`,
    );
  }
  const read = Array.from({ length: flags }, (_, k) => `{f${k + 1}:y|n}`).join('');
  lines.push('=== finish', `You chose ${read}.`, '-> END', '');
  return lines.join('\n');
}
