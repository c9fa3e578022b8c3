/**
 * Figure 7: the partnership dashboard with 100,000 result records, from bench/dashboard.ts
 * (run as a child process against the same build; its JSON report is read back).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './site.ts';
import { round } from './stats.ts';

export const DASHBOARD_BENCH = path.join(ROOT, 'bench', 'dashboard.ts');

export interface DashboardFigure {
  records: number;
  runs: number;
  /** Each measure of bench/dashboard.ts: its median and runs, in ms. */
  measures: { measure: string; medianMs: number; runsMs: number[] }[];
}

interface DashboardReport {
  records: number;
  results: { measure: string; median: number; runs: number[] }[];
}

export async function measureDashboard(
  dist: string,
  records: number,
  runs: number,
  log: (line: string) => void,
): Promise<DashboardFigure> {
  if (!existsSync(DASHBOARD_BENCH)) throw new Error('bench/dashboard.ts is missing');
  const out = path.join(os.tmpdir(), `bench-dashboard-${process.pid}.json`);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const args = [DASHBOARD_BENCH, '--records', String(records), '--runs', String(runs), '--json', out];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tsx, args, {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() && !line.startsWith('{') && !line.startsWith('|')) log(`  ${line.trim()}`);
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', (c: Buffer) => {
      errors += c.toString();
      relay(c);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`bench/dashboard.ts exited with ${code}: ${errors.slice(-500)}`)),
    );
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as DashboardReport;
  rmSync(out, { force: true });
  return {
    records: report.records,
    runs,
    measures: report.results.map((r) => ({
      measure: r.measure,
      medianMs: round(r.median, 1),
      runsMs: r.runs.map((x) => round(x, 1)),
    })),
  };
}
