/**
 * Why a record was not imported, in an analyst's words: which part of the record (the
 * column, for a CSV) and what is wrong with it, not the schema's path and type names.
 */
import type { ResultIssue } from '../engine/result.ts';

const PARTS: Record<string, string> = {
  id: 'the record id (column id)',
  'participant.code': 'the participant code (column participant_code)',
  'participant.agency': 'the agency (column participant_agency)',
  'participant.role': 'the role (column participant_role)',
  'participant.cohort': 'the cohort (column cohort)',
  'scenario.id': 'the scenario id (column scenario_id)',
  'scenario.title': 'the scenario title (column scenario_title)',
  'scenario.storyHash': 'the scenario version (column story_hash)',
  feedbackMode: 'the feedback mode (column feedback_mode: reflect or assessment)',
  startedAt: 'the start time (column started_at)',
  finishedAt: 'the finish time (column finished_at)',
  completed: 'whether it was completed (column completed: yes or no)',
  durationSeconds: 'the duration (column duration_seconds)',
  'ending.id': 'the ending id (column ending_id)',
  'ending.title': 'the ending title (column ending_title)',
  overall: 'the overall score (column overall, from 0 to 1)',
  path: 'the path of choices (column path)',
};

/** Reads a key of the record the issue points into, e.g. the id of learning point 3. */
function keyAt(record: unknown, path: readonly (string | number)[], key: string): string | null {
  let at: unknown = record;
  for (const step of path) at = (at as Record<string | number, unknown> | null)?.[step];
  const value = (at as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
}

function partOf(record: unknown, path: readonly (string | number)[]): string {
  const [head, index, field] = path;
  if ((head === 'learningPoints' || head === 'themes') && typeof index === 'number') {
    const id = keyAt(record, [head, index], 'id');
    const prefix = head === 'learningPoints' ? 'lp' : 'theme';
    const what = head === 'learningPoints' ? 'learning point' : 'theme';
    return id ? `the ${what} ‘${id}’ (column ${prefix}:${id})` : `${what} ${index + 1}`;
  }
  if ((head === 'preTest' || head === 'postTest') && path.length > 1) {
    const form = head === 'preTest' ? 'pre' : 'post';
    if (path[1] === 'answers' && typeof path[2] === 'number') {
      const id = keyAt(record, [head, 'answers', path[2]], 'questionId');
      return id ? `the ${form}-test answer ‘${id}’ (column ${form}:${id})` : `${form}-test answer ${path[2] + 1}`;
    }
    return `the ${form}-test ${String(path[1])} (column ${form}_${String(path[1])})`;
  }
  if (head === 'path' && typeof index === 'number') return `choice ${index + 1} of the path (column path)`;
  if (head === 'confidence' && typeof index === 'string') {
    return field !== undefined
      ? `the confidence ${index} rating for ‘${String(field)}’ (column confidence_${index}:${String(field)})`
      : `the confidence ratings ${index} play`;
  }
  const dotted = path.join('.');
  return PARTS[dotted] ?? (dotted ? `‘${dotted}’` : 'the record');
}

function whatIsWrong(issue: ResultIssue): string {
  const m = issue.message;
  if (issue.received === 'undefined') return 'is missing';
  if (issue.received === 'NaN') return 'is not a number';
  if (/^Invalid type: Expected number/.test(m)) return `should be a number, not ${issue.received}`;
  if (/^Invalid type: Expected boolean/.test(m)) return 'should be yes or no';
  if (/^Invalid type: Expected (Object|Array)/.test(m)) return 'cannot be read';
  if (/^Invalid type/.test(m)) return `has the wrong kind of value (${issue.received})`;
  if (/^Invalid (length|key)/.test(m)) return 'is too long';
  if (/^Invalid value/.test(m)) return `is out of range (${issue.received})`;
  return m;
}

/**
 * Up to two reasons, then what to do. A file that is not this simulator's (no format or
 * version) says so first.
 */
export function plainReason(record: unknown, issues: readonly ResultIssue[]): string {
  const head = issues[0]?.path[0];
  if (head === 'format' || head === 'version') {
    return 'it is not a result record from this simulator (or one from a newer version): export it again from the simulator';
  }
  const reasons = issues.slice(0, 2).map((i) => `${partOf(record, i.path)} ${whatIsWrong(i)}`);
  return `${reasons.join('; ')}. Correct it in the file, or export the results again from the simulator`;
}
