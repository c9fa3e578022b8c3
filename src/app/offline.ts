/**
 * Working offline: the service worker that the build generates (vite-plugin-pwa, Workbox)
 * keeps every file of the app, so after one visit it opens without a connection. It is
 * registered only for the standalone app, after the first view is on screen; a launch by an
 * LMS (SCORM or cmi5) never registers it, because an LMS serves content from its own paths.
 * A newer version waits until the learner chooses to reload.
 */
import { Workbox } from 'workbox-window';
import { renderOfflineNotice } from '../ui/offline-notice.ts';
import type { LaunchKind } from './launch.ts';

/** How often a long session asks for a newer version (the browser also asks on each visit). */
const UPDATE_CHECK_MS = 30 * 60_000;

type OfflineState = 'off' | 'registering' | 'ready' | 'unavailable';

function mark(state: OfflineState): void {
  document.documentElement.dataset.offline = state;
}

export function startOffline(kind: LaunchKind, anchor: HTMLElement): void {
  if (kind !== 'standalone' || import.meta.env.DEV || !('serviceWorker' in navigator)) {
    mark('off');
    return;
  }
  mark('registering');
  const notice = renderOfflineNotice();
  anchor.after(notice.root);
  const wb = new Workbox('./sw.js');
  const alreadyControlled = navigator.serviceWorker.controller !== null;
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate && !alreadyControlled) notice.ready();
  });
  wb.addEventListener('activated', () => mark('ready'));
  wb.addEventListener('waiting', () => {
    notice.offerUpdate(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register()
    .then((registration) => {
      if (registration?.active) mark('ready');
      setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    .catch((e: unknown) => {
      mark('unavailable');
      console.warn('the offline copy could not be set up', e);
    });
}
