/**
 * Titles for the ids in result records: scenarios and themes from the scenario list,
 * learning points from each scenario's catalogue (loaded only for scenarios present in
 * the data). An id this build does not know is shown as it is.
 */
import { loadScenario, scenarios } from 'virtual:scenarios';

export interface Labels {
  scenario(id: string): string;
  learningPoint(scenarioId: string, id: string): string;
  /** Position of a learning point in its scenario's catalogue, for ordering (unknown ones last). */
  learningPointOrder(scenarioId: string, id: string): number;
  theme(id: string): string;
}

const catalogues = new Map<string, Promise<Map<string, string>>>();

function catalogue(scenarioId: string): Promise<Map<string, string>> {
  let found = catalogues.get(scenarioId);
  if (!found) {
    found = scenarios.some((s) => s.id === scenarioId)
      ? loadScenario(scenarioId)
          .then((s) => new Map(s.meta.learningPoints.map((lp) => [lp.id, lp.title])))
          .catch(() => new Map<string, string>())
      : Promise.resolve(new Map<string, string>());
    catalogues.set(scenarioId, found);
  }
  return found;
}

/** Labels for the given scenarios; `recordTitles` are the titles the records carry (for scenarios not in this build). */
export async function loadLabels(recordTitles: ReadonlyMap<string, string>): Promise<Labels> {
  const ids = [...recordTitles.keys()];
  const lps = new Map(await Promise.all(ids.map(async (id) => [id, await catalogue(id)] as const)));
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
