/**
 * Checks several scenarios at once, one worker thread per core, the largest first (a
 * scenario's exploration runs on one core; the others need not wait for it). Reports come
 * back in the order of the targets.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CheckReport, checkTarget } from './check-target.ts';
import type { CheckJob, WorkerMessage } from './check-worker.ts';

export interface PoolEvents {
  progress(target: string, states: number): void;
  /** Called once per target, in the targets' order. */
  report(report: CheckReport): void;
}

/** Bytes of Ink a target holds: a rough measure of how long it takes to explore. */
function inkBytes(target: string): number {
  try {
    if (statSync(target).isFile()) return readFileSync(target).length;
    return readdirSync(target)
      .filter((f) => f.endsWith('.ink'))
      .reduce((sum, f) => sum + statSync(path.join(target, f)).size, 0);
  } catch {
    return 0;
  }
}

export async function checkInParallel(targets: string[], maxStates: number, on: PoolEvents): Promise<CheckReport[]> {
  const threads = Math.min(availableParallelism(), targets.length);
  if (threads <= 1) {
    return targets.map((target) => {
      const report = checkTarget(target, maxStates, (n) => on.progress(target, n));
      on.report(report);
      return report;
    });
  }
  const reports: (CheckReport | undefined)[] = new Array(targets.length);
  const queue: CheckJob[] = targets
    .map((target, index) => ({ index, target, maxStates }))
    .sort((a, b) => inkBytes(b.target) - inkBytes(a.target));
  let told = 0;
  const tell = () => {
    while (told < targets.length && reports[told]) on.report(reports[told++]!);
  };
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker-start.mjs', import.meta.url));
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'progress') on.progress(targets[m.index]!, m.states);
        else {
          reports[m.index] = m.report;
          tell();
          next();
        }
      });
      worker.on('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return reports as CheckReport[];
}
