/**
 * The route table: each address `#/<page>/<id>/<extra>` and the handler that shows it.
 * Pages after play and the trainers' tools are loaded only when first needed.
 */
import type { App } from './create-app.ts';
import {
  showBeforePlay,
  showBriefing,
  showDashboard,
  showMenu,
  showSettings,
  showTrainerGuide,
  resumeScenario,
} from './learner-pages.ts';

export interface Route {
  page: string;
  id: string | null;
  extra: string | null;
}

export function parseRoute(hash: string): Route {
  const [, page = '', id, extra] = hash.replace(/^#/, '').split('/');
  return { page, id: id || null, extra: extra || null };
}

type Handler = (app: App, route: Route & { id: string }) => Promise<void> | void;

const outcome = () => import('./outcome.ts');
const facilitation = () => import('./facilitation.ts');

/** Pages that name a scenario, result or session by id. */
const WITH_ID: Record<string, Handler> = {
  scenario: (app, r) => showBriefing(app, r.id),
  before: (app, r) => showBeforePlay(app, r.id, r.extra === 'assessment' ? 'assessment' : 'reflect'),
  play: (app, r) => resumeScenario(app, r.id),
  debrief: async (app, r) => (await outcome()).showDebrief(app, r.id),
  after: async (app, r) => (await outcome()).showAfterPlay(app, r.id),
  result: async (app, r) => (await outcome()).showResult(app, r.id),
  followup: async (app, r) => (await outcome()).showFollowUp(app, r.id),
  certificate: async (app, r) => (await outcome()).showCertificate(app, r.id),
  console: async (app, r) => (await facilitation()).showConsole(app, r.id),
  present: async (app, r) => (await facilitation()).showPresenter(app, r.id),
  pack: async (app, r) => (await import('./pack-page.ts')).showPack(app, r.id),
  // Authors' story maps are served by the dev server only (docs/story-map.md).
  ...(import.meta.env.DEV
    ? { map: async (app, r) => (await import('./story-map-page.ts')).showStoryMap(app, r.id) }
    : {}),
};

/** Pages without an id. */
const WITHOUT_ID: Record<string, (app: App) => Promise<void> | void> = {
  'my-data': async (app) => (await outcome()).showMyData(app),
  dashboard: showDashboard,
  facilitate: async (app) => (await facilitation()).showFacilitate(app),
  'trainer-guide': showTrainerGuide,
  settings: showSettings,
};

/** The handler for a route; the menu for anything unknown (or a page missing its id). */
export function routeFor(route: Route): (app: App, route: Route) => Promise<void> | void {
  const withId = WITH_ID[route.page];
  if (withId && route.id) return (app) => withId(app, { ...route, id: route.id! });
  const without = WITHOUT_ID[route.page];
  if (without) return (app) => without(app);
  return (app) => showMenu(app);
}
