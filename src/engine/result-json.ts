/**
 * Result records as a JSON list, one record per line: a compact file (about a third
 * smaller than indented JSON) that the dashboard reads a line at a time, and that line
 * tools (grep, diff, head) can still work with.
 */
import type { ResultRecord } from './result.ts';

export function resultsToJson(records: readonly ResultRecord[]): string {
  if (!records.length) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
