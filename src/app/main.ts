/**
 * The page's entry: the real ports (the page's places, the built scenario catalogue,
 * IndexedDB, the address bar, the clock, the launch and the visual layer) given to the
 * app, which is then started.
 */
import { brokenScenarios, loadScenario, scenarios } from 'virtual:scenarios';
import { openStore } from '../storage/indexeddb-store.ts';
import { focusRegion } from '../ui/dom.ts';
import { createApp } from './create-app.ts';
import { launchKind, startLaunch } from './launch.ts';
import { startOffline } from './offline.ts';
import { registerVisualLayer } from './visual-layer.ts';
import '../ui/styles.css';

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const main = document.getElementById('main')!;
const app = createApp({
  main,
  storageNotice: document.getElementById('storage-notice')!,
  catalogue: { scenarios, broken: brokenScenarios, load: loadScenario },
  openStore,
  address: {
    hash: () => location.hash,
    search: () => location.search,
    go: (hash) => {
      location.hash = hash;
    },
    replace: (hash) => history.replaceState(null, '', hash),
    onChange: (listener) => window.addEventListener('hashchange', listener),
  },
  now: () => new Date(),
  newId,
  startLaunch,
  visualLayer: registerVisualLayer,
});

document.querySelector('.skip-link')?.addEventListener('click', (e) => {
  // The router owns the URL hash, so the skip link moves focus itself.
  e.preventDefault();
  focusRegion(main);
});

void app.start().then(() => {
  // After the first view, so keeping the files for offline use never delays it.
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  later(() => startOffline(launchKind(location.search), document.getElementById('storage-notice')!));
});

if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./dev-findings.ts').then((m) => m.followCheckerFindings(hot, document.body));
}
