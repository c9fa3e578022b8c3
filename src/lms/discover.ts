/**
 * Finds the LMS's SCORM API: this window and its parents, then the window that opened it
 * and that window's parents. Every step is guarded, since a cross-origin frame throws on
 * any property read.
 */
import type { Scorm12Api, Scorm2004Api } from './connection.ts';
import type { ScormVersion } from './data-model.ts';

export interface FoundApi {
  version: ScormVersion;
  api: Scorm12Api | Scorm2004Api;
}

/** Frames climbed from one window before giving up (ADL's algorithm allows 500; 10 is plenty in practice). */
const MAX_CLIMB = 500;

const API_NAMES: Record<ScormVersion, { name: string; methods: string[] }> = {
  '2004': {
    name: 'API_1484_11',
    methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
  },
  '1.2': {
    name: 'API',
    methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  },
};

type WindowLike = { parent?: unknown; opener?: unknown; [key: string]: unknown };

function read(win: unknown, key: string): unknown {
  try {
    return (win as WindowLike)[key];
  } catch {
    return undefined; // cross-origin
  }
}

function apiIn(win: unknown, version: ScormVersion): FoundApi | null {
  const { name, methods } = API_NAMES[version];
  const candidate = read(win, name);
  if (!candidate || typeof candidate !== 'object') return null;
  try {
    if (methods.every((m) => typeof (candidate as Record<string, unknown>)[m] === 'function')) {
      return { version, api: candidate as Scorm12Api & Scorm2004Api };
    }
  } catch {
    return null;
  }
  return null;
}

/** The windows to search, in order: self and parents, then the opener and its parents. */
function* chain(win: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let start: unknown = win;
  for (let pass = 0; pass < 2 && start; pass++) {
    let current: unknown = start;
    for (let i = 0; current && i <= MAX_CLIMB && !seen.has(current); i++) {
      seen.add(current);
      yield current;
      const parent = read(current, 'parent');
      if (!parent || parent === current) break;
      current = parent;
    }
    start = read(win, 'opener');
  }
}

/**
 * Looks for the API of each version in `order` (the package's own version first), over the
 * whole chain of windows for one version before trying the next.
 */
export function findScormApi(win: unknown, order: readonly ScormVersion[] = ['2004', '1.2']): FoundApi | null {
  for (const version of order) {
    for (const w of chain(win)) {
      const found = apiIn(w, version);
      if (found) return found;
    }
  }
  return null;
}
