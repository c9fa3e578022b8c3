/** What the figures were measured on: they mean little without it. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string | null;
  /** 1, 5 and 15-minute load averages when the run started and ended. */
  loadAverage: { start: number[]; end: number[] | null };
  commit: string | null;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: null,
    loadAverage: { start: os.loadavg().map((l) => Math.round(l * 100) / 100), end: null },
    commit: gitCommit(),
  };
}

export function loadNow(): number[] {
  return os.loadavg().map((l) => Math.round(l * 100) / 100);
}
