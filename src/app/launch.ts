/**
 * How the page was launched, chosen in one place: on its own, or by an LMS through SCORM
 * (`?scorm=12|2004`) or cmi5 (`?cmi5=1`), whose code is loaded only then. A launch keeps the learner's data
 * apart, says where to start, may show its own page instead of a route, and reports play
 * through its reporter (the one reporting port, reporter.ts).
 */
import type { SaveRepository } from '../storage/saves.ts';
import type { KeyValueStore } from '../storage/store.ts';
import type { Reporter } from './reporter.ts';

export interface Launch {
  /** What play is reported to; none for a launch that reports nothing. */
  readonly reporter: Reporter | null;
  /** This learner's part of the browser's store. */
  storeFor(base: KeyValueStore): Promise<KeyValueStore>;
  /** Chooses where to pick up and returns the route to open. */
  firstRoute(saves: SaveRepository): Promise<string>;
  /** A view to show instead of a route that is not the launch's (the menu, another scenario). */
  intercept(
    page: string | undefined,
    id: string | undefined,
    navigate: (hash: string) => void,
  ): { view: HTMLElement; title: string } | null;
}

export type LaunchKind = 'standalone' | 'scorm' | 'cmi5';

export function launchKind(search: string): LaunchKind {
  const params = new URLSearchParams(search);
  if (params.has('scorm')) return 'scorm';
  return params.has('cmi5') ? 'cmi5' : 'standalone';
}

export async function startLaunch(search: string): Promise<Launch | null> {
  switch (launchKind(search)) {
    case 'scorm':
      return (await import('./lms-launch.ts')).startLmsLaunch(search);
    case 'cmi5':
      return (await import('./cmi5-launch.ts')).startCmi5Launch(search);
    case 'standalone':
      return null;
  }
}
