/**
 * scorm-again as the LMS for the adapter tests: a strict runtime per version, what an LMS
 * stores between launches, and a fault layer that makes the LMS fail on cue (the calls it
 * lets through still reach the real runtime).
 */
import type { Scorm12Api, Scorm2004Api } from '../../src/lms/connection.ts';
import type { ScormVersion } from '../../src/lms/data-model.ts';
import type { FoundApi } from '../../src/lms/discover.ts';
import { type StrictLms, strictScorm12, strictScorm2004 } from './strict-checker.ts';

export type AnyApi = Scorm12Api | Scorm2004Api;

export function strictLms(version: ScormVersion, initial?: Record<string, unknown>): StrictLms<AnyApi> {
  return version === '1.2' ? strictScorm12(initial) : strictScorm2004(initial);
}

type Snapshot = Record<string, unknown> & { core?: Record<string, unknown> };

/** What an LMS keeps from a session and gives the next launch: entry is `resume` after a suspend. */
export function relaunchData(version: ScormVersion, snap: Snapshot, extra: Record<string, unknown> = {}) {
  if (version === '1.2') {
    const core = snap.core ?? {};
    return {
      suspend_data: snap.suspend_data,
      core: {
        lesson_status: core.lesson_status,
        lesson_location: core.lesson_location,
        score: core.score,
        entry: core.exit === 'suspend' ? 'resume' : '',
      },
      objectives: snap.objectives,
      interactions: snap.interactions,
      ...extra,
    };
  }
  return {
    suspend_data: snap.suspend_data,
    location: snap.location,
    completion_status: snap.completion_status,
    success_status: snap.success_status,
    progress_measure: snap.progress_measure,
    score: snap.score,
    entry: snap.exit === 'suspend' ? 'resume' : '',
    objectives: snap.objectives,
    interactions: snap.interactions,
    ...extra,
  };
}

export interface Faults {
  /** Make `method` fail the next `times` calls: answer "false" with `code`, or throw. */
  fail(method: string, times: number, how: { code: string } | 'throw'): void;
  /** Calls that failed on cue. */
  readonly injected: string[];
}

/** Wraps an API so that chosen calls fail; everything else reaches the real runtime. */
export function withFaults(found: FoundApi): { found: FoundApi; faults: Faults } {
  const real = found.api as unknown as Record<string, (...a: string[]) => unknown>;
  const pending = new Map<string, { times: number; how: { code: string } | 'throw' }>();
  const injected: string[] = [];
  let lastFault: string | null = null;
  const api: Record<string, (...a: string[]) => unknown> = {};
  for (const method of Object.keys(real)) {
    api[method] = (...args: string[]) => {
      if (/GetLastError$/.test(method) && lastFault !== null) return lastFault;
      if (/GetErrorString$/.test(method) && lastFault !== null) return 'injected failure';
      const plan = pending.get(method);
      if (plan && plan.times > 0) {
        plan.times--;
        injected.push(`${method}(${args.join(', ')})`);
        if (plan.how === 'throw') {
          lastFault = null;
          throw new Error('the LMS frame has gone away');
        }
        lastFault = plan.how.code;
        return 'false';
      }
      lastFault = null;
      return real[method]!(...args);
    };
  }
  return {
    found: { version: found.version, api: api as unknown as AnyApi },
    faults: {
      fail: (method, times, how) => pending.set(method, { times, how }),
      injected,
    },
  };
}
