/**
 * What belongs to the activity an LMS launched (one scenario and the learner's own pages),
 * and the status line the launch speaks through: shared by the SCORM and cmi5 launches.
 */
import type { SaveRepository } from '../storage/saves.ts';
import { LmsStatusRegion } from '../ui/lms-views.ts';

/** Pages that belong to one scenario (`#/<page>/<scenario id>`). */
const SCENARIO_PAGES = new Set(['scenario', 'before', 'play', 'debrief', 'after']);
/** Other pages a learner in an LMS may open: their result, its follow-up test, certificate, data and settings. */
const LEARNER_PAGES = new Set(['result', 'followup', 'certificate', 'my-data', 'settings']);

/** Whether a route belongs to the packaged scenario's activity (the rest show the exit page). */
export function routeInActivity(page: string | undefined, id: string | undefined, scenarioId: string): boolean {
  if (!page) return false;
  return SCENARIO_PAGES.has(page) ? id === scenarioId : LEARNER_PAGES.has(page);
}

/** Hides site navigation that leads out of the activity (the menu, trainers' and partnerships' tools). */
export function hideForeignNavigation(scenarioId: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a[href^="#"]')) {
    const [, page, id] = (link.getAttribute('href') ?? '').replace(/^#/, '').split('/');
    if (!routeInActivity(page, id, scenarioId)) (link.closest('li') ?? link).hidden = true;
  }
}

export function showStatusRegion(): LmsStatusRegion {
  const status = new LmsStatusRegion();
  const anchor = document.getElementById('storage-notice');
  if (anchor) anchor.after(status.root);
  else document.body.prepend(status.root);
  return status;
}

/** Back from the exit page: to the play if one is saved, else to the scenario's page. */
export async function backToActivity(
  saves: SaveRepository | null,
  scenarioId: string,
  navigate: (hash: string) => void,
): Promise<void> {
  const save = saves ? await saves.load(scenarioId).catch(() => null) : null;
  navigate(save?.kind === 'ok' ? `#/play/${scenarioId}` : `#/scenario/${scenarioId}`);
}
