/** What the LMS connection's state means for the learner, in one sentence (no DOM: the views show it). */
import type { LmsHealth } from './adapter.ts';

/** The learner-facing sentence for the LMS connection's state, or null when all is well. */
export function describeHealth(health: LmsHealth): string | null {
  switch (health.kind) {
    case 'standalone':
      return (
        'This activity was opened as an LMS package, but no LMS connection was found, so nothing is being ' +
        'recorded in your LMS. Your progress is kept in this browser.'
      );
    case 'unavailable':
      return (
        `The LMS did not start this session (${health.error.message}). Your progress is kept in this browser ` +
        'and will be sent the next time you open this activity from your LMS.'
      );
    case 'retrying':
      return (
        `The LMS has not confirmed your latest progress (${health.error.message}). It is kept in this browser ` +
        'and will be sent again after your next choice.'
      );
    case 'connected':
      return health.refused
        ? `The LMS did not accept part of the report (${health.refused.element ?? 'a value'}: ${health.refused.message}). ` +
            'Your progress is kept in this browser.'
        : null;
    case 'finished':
      return health.error
        ? `The LMS did not confirm the end of this session (${health.error.message}). Your progress is kept in ` +
            'this browser and will be sent the next time you open this activity from your LMS.'
        : null;
  }
}
