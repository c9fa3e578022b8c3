/** The follow-up test: when it is due, and adding it (and the manager's answers) to a result. */
import type { QuizResult } from './quiz.ts';
import type { Practice, ResultRecord } from './result.ts';

/** Haringey's three-stage design tests again 6–8 weeks after training; the reminder is set at 6. */
export const FOLLOW_UP_WEEKS = 6;
/** Before this, the follow-up is not offered on the scenario's page (the link still opens it, with a note). */
export const FOLLOW_UP_OFFERED_FROM_WEEKS = 4;
const WEEK_MS = 7 * 86_400_000;

export function followUpDay(result: Pick<ResultRecord, 'finishedAt' | 'startedAt'>): Date {
  return new Date(Date.parse(result.finishedAt ?? result.startedAt) + FOLLOW_UP_WEEKS * WEEK_MS);
}

/** Whole weeks since the play finished (0 on the day). */
export function weeksSince(result: Pick<ResultRecord, 'finishedAt' | 'startedAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(result.finishedAt ?? result.startedAt)) / WEEK_MS));
}

/** A follow-up is taken once per result (a second would no longer measure what was kept). */
export function canTakeFollowUp(result: ResultRecord): boolean {
  return result.followUpTest === null;
}

/** The record with its follow-up: a manager's answers that are all blank are not kept. */
export function withFollowUp(result: ResultRecord, test: QuizResult | null, practice: Practice | null): ResultRecord {
  const said = practice && (practice.applied !== null || practice.changed !== null || practice.supervision !== null);
  return { ...result, version: 2, followUpTest: test, practice: said ? practice : null };
}
