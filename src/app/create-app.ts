/**
 * The composition root as a function: `createApp(deps)` receives its ports (the page's
 * places, the scenario catalogue, storage, the address, the clock, the launch and the
 * visual layer) and holds the app's state in one object. `main.ts` gives it the real
 * ones; tests give it their own and drive it in Node with a light DOM.
 */
import type { ScenarioSummary } from 'virtual:scenarios';
import type { CompiledScenario } from '../engine/scenario.ts';
import type { Session } from '../engine/session.ts';
import { AttemptRepository } from '../storage/attempts.ts';
import { SaveRepository } from '../storage/saves.ts';
import type { KeyValueStore } from '../storage/store.ts';
import { clear, focusRegion, h } from '../ui/dom.ts';
import type { PlayerView } from '../ui/player.ts';
import { PlayHookRegistry } from './hooks.ts';
import type { Launch } from './launch.ts';
import { resumeSession } from './learner-pages.ts';
import { play } from './play-loop.ts';
import { connectReporter } from './reporter.ts';
import { parseRoute, routeFor } from './routes.ts';
import { type SettingsStore, startSettings } from './settings.ts';
import type { Shell } from './shell.ts';

export interface OpenedStore {
  store: KeyValueStore;
  /** Why storage is not kept (private browsing, blocked), or null. */
  problem: string | null;
}

export interface AppDeps {
  /** Where views go, and where a storage problem is said. */
  main: HTMLElement;
  storageNotice: HTMLElement;
  catalogue: {
    scenarios: readonly ScenarioSummary[];
    broken: readonly { id: string; problem: string }[];
    load(id: string): Promise<CompiledScenario>;
  };
  openStore(name?: string): Promise<OpenedStore>;
  /** The page's address: the router owns its hash. */
  address: {
    hash(): string;
    search(): string;
    /** Goes to a hash (a history entry). */
    go(hash: string): void;
    /** Replaces the current hash (no history entry). */
    replace(hash: string): void;
    onChange(listener: () => void): void;
  };
  now(): Date;
  newId(): string;
  /** How the page was launched (none, or an LMS): chosen once, in launch.ts. */
  startLaunch(search: string): Promise<Launch | null>;
  /** The drawing, sound and pinned header; absent in tests of the flow alone. */
  visualLayer?(settings: SettingsStore, hooks: PlayHookRegistry): { previewSound(): void };
  /** Sets the document's title and scrolls to the top (a light DOM may have no scrolling). */
  page?: { setTitle(title: string): void; scrollToTop(): void };
}

/** Everything that changes while the app runs. */
export interface AppState {
  store: KeyValueStore;
  saves: SaveRepository;
  attempts: AttemptRepository;
  settings: SettingsStore;
  launch: Launch | null;
  player: PlayerView | null;
  playing: Session | null;
  /** Stops what the current view runs in the background (timers, channels) when another is shown. */
  leaveView: (() => void) | null;
  /** Counts saves, so that only the latest one's outcome is shown. */
  savesStarted: number;
  routing: Promise<void>;
  /** Stores of single features (the facilitator's sessions), opened when first needed. */
  namedStores: Map<string, Promise<KeyValueStore>>;
  previewSound(): void;
}

export interface App extends Shell {
  readonly deps: AppDeps;
  readonly state: AppState;
  readonly settings: SettingsStore;
  /** Opens storage and settings, then shows the page the address names. */
  start(): Promise<void>;
  /** Shows the page the address names (routes run one at a time, in order). */
  route(): Promise<void>;
}

const defaultPage = {
  setTitle: (title: string) => {
    document.title = title;
  },
  scrollToTop: () => window.scrollTo(0, 0),
};

/** Replaces the view on the page: stops the one before (and the play in it), then titles and focuses the new one. */
function showView(
  main: HTMLElement,
  page: NonNullable<AppDeps['page']>,
  state: AppState,
  hooks: PlayHookRegistry,
  view: HTMLElement,
  title: string,
): void {
  state.leaveView?.();
  state.leaveView = null;
  state.player?.destroy();
  state.player = null;
  if (state.playing) hooks.emit('onLeave', state.playing);
  state.playing = null;
  clear(main);
  main.append(view);
  page.setTitle(`${title} — Safeguarding Practice Simulator`);
  const heading = view.querySelector('h1');
  if (heading) focusRegion(heading);
  page.scrollToTop();
}

function messageView(title: string, message: string, onBack: () => void): HTMLElement {
  return h(
    'section',
    {},
    h('h1', {}, title),
    h('p', {}, message),
    h('button', { type: 'button', className: 'primary', onclick: onBack }, 'Back to all scenarios'),
  );
}

export function createApp(deps: AppDeps): App {
  const page = deps.page ?? defaultPage;
  const hooks = new PlayHookRegistry();
  const state = { player: null, playing: null, leaveView: null, savesStarted: 0 } as AppState;
  state.routing = Promise.resolve();
  state.namedStores = new Map();
  state.launch = null;
  state.previewSound = () => undefined;

  const app: App = {
    deps,
    state,
    hooks,
    get store() {
      return state.store;
    },
    get saves() {
      return state.saves;
    },
    get attempts() {
      return state.attempts;
    },
    get settings() {
      return state.settings;
    },
    show: (view, title) => showView(deps.main, page, state, hooks, view, title),
    navigate(hash) {
      if (deps.address.hash() === hash) void app.route();
      else deps.address.go(hash);
    },
    showMessage(title, message) {
      app.show(
        messageView(title, message, () => app.navigate('#/')),
        title,
      );
    },
    resumed: (id) => resumeSession(app, id),
    play: (session, notice) => play(app, session, notice),
    async loadScenario(id) {
      try {
        return await deps.catalogue.load(id);
      } catch (e) {
        app.showMessage('This scenario could not be loaded', (e as Error).message);
        return null;
      }
    },
    newId: () => deps.newId(),
    onLeaveView(stop) {
      state.leaveView = stop;
    },
    storeNamed(name) {
      const opened = state.namedStores.get(name) ?? deps.openStore(name).then((o) => o.store);
      state.namedStores.set(name, opened);
      return opened;
    },
    reopenStorage: () => openStorage(deps, state),
    route() {
      const next = () => routeNow(app);
      state.routing = state.routing.then(next, next);
      return state.routing;
    },
    start: () => startApp(app),
  };
  return app;
}

const STORAGE_PROBLEM =
  'This browser is not letting the simulator store data, so your progress will not be kept when you close the page. ' +
  'To fix it, allow site data for this page (in private browsing, use a normal window instead) and reload.';

/** Opens the learner's storage (the launch's part of it, if launched) and says if it will not be kept. */
async function openStorage(deps: AppDeps, state: AppState): Promise<void> {
  const opened = await deps.openStore();
  state.store = state.launch ? await state.launch.storeFor(opened.store) : opened.store;
  state.saves = new SaveRepository(state.store);
  state.attempts = new AttemptRepository(state.store);
  deps.storageNotice.hidden = !opened.problem;
  if (opened.problem) deps.storageNotice.textContent = STORAGE_PROBLEM;
}

async function routeNow(app: App): Promise<void> {
  const route = parseRoute(app.deps.address.hash());
  const intercepted = app.state.launch?.intercept(route.page || undefined, route.id ?? undefined, app.navigate);
  if (intercepted) app.show(intercepted.view, intercepted.title);
  else await routeFor(route)(app, route);
}

async function startApp(app: App): Promise<void> {
  const { deps, state, hooks } = app;
  // Fetch the scenario of a play link while storage and settings open, not after.
  const first = parseRoute(deps.address.hash());
  if (first.id && ['before', 'play', 'debrief', 'after'].includes(first.page)) {
    void deps.catalogue.load(first.id).catch(() => undefined);
  }
  state.launch = await deps.startLaunch(deps.address.search());
  if (state.launch?.reporter) connectReporter(hooks, state.launch.reporter);
  await openStorage(deps, state);
  // Settings (text size, contrast, motion) go on the page before the first view is drawn.
  state.settings = await startSettings((await deps.openStore('settings')).store);
  const visual = deps.visualLayer?.(state.settings, hooks);
  if (visual) state.previewSound = () => visual.previewSound();
  if (state.launch) deps.address.replace(await state.launch.firstRoute(state.saves));
  deps.address.onChange(() => void app.route());
  await app.route();
}
