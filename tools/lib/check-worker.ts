/** A worker thread of the checker: checks the scenarios it is sent, one at a time, and posts each report. */
import { parentPort } from 'node:worker_threads';
import { checkTarget } from './check-target.ts';

export interface CheckJob {
  index: number;
  target: string;
  maxStates: number;
}

export type WorkerMessage =
  | { kind: 'progress'; index: number; states: number }
  | { kind: 'report'; index: number; report: ReturnType<typeof checkTarget> };

parentPort?.on('message', (job: CheckJob) => {
  const report = checkTarget(job.target, job.maxStates, (states) =>
    parentPort!.postMessage({ kind: 'progress', index: job.index, states } satisfies WorkerMessage),
  );
  parentPort!.postMessage({ kind: 'report', index: job.index, report } satisfies WorkerMessage);
});
