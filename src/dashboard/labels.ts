/**
 * Titles for the ids in result records: scenarios and themes from the scenario list,
 * learning points from the index of titles written at build time. An id this build does
 * not know is shown as it is.
 */
import { learningPointTitles } from 'virtual:learning-point-labels';
import { scenarios } from 'virtual:scenarios';

export interface Labels {
  scenario(id: string): string;
  learningPoint(scenarioId: string, id: string): string;
  /** Position of a learning point in its scenario's catalogue, for ordering (unknown ones last). */
  learningPointOrder(scenarioId: string, id: string): number;
  theme(id: string): string;
}

function catalogue(scenarioId: string): Map<string, string> {
  return new Map(Object.hasOwn(learningPointTitles, scenarioId) ? learningPointTitles[scenarioId] : []);
}

/** Labels for the given scenarios; `recordTitles` are the titles the records carry (for scenarios not in this build). */
export async function loadLabels(recordTitles: ReadonlyMap<string, string>): Promise<Labels> {
  const ids = [...recordTitles.keys()];
  const lps = new Map(ids.map((id) => [id, catalogue(id)] as const));
  const themes = new Map<string, string>();
  for (const s of scenarios) for (const t of s.themes) if (!themes.has(t.id)) themes.set(t.id, t.title);
  return {
    scenario: (id) => scenarios.find((s) => s.id === id)?.title ?? recordTitles.get(id) ?? id,
    learningPoint: (scenarioId, id) => lps.get(scenarioId)?.get(id) ?? id,
    learningPointOrder: (scenarioId, id) => {
      const order = [...(lps.get(scenarioId)?.keys() ?? [])].indexOf(id);
      return order < 0 ? Number.MAX_SAFE_INTEGER : order;
    },
    theme: (id) => themes.get(id) ?? id,
  };
}
