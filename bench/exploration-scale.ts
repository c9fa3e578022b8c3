/**
 * `npx tsx bench/exploration-scale.ts [--flags 19] [--out bench/results/exploration-scale.json]`
 *
 * How the checker's exploration scales: every shipped scenario checked at once (as
 * `npm run check` does, on every core) with each scenario's time and states; then a
 * generated story of about a million states (bench/lib/generated-story.ts) at the default
 * bound and at a bound of a million, each in a child process, with its peak memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatedStory } from './lib/generated-story.ts';

interface ChildFigure {
  states: number;
  complete: boolean;
  stoppedBecause: string | null;
  seconds: number;
  peakRssMB: number;
}

const args = process.argv.slice(2);
const flagsAt = args.indexOf('--flags');
const flags = flagsAt >= 0 ? Number(args[flagsAt + 1]) : 19;
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : 'bench/results/exploration-scale.json';

function runChild(script: string, scriptArgs: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', script, ...scriptArgs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

function allScenarios() {
  const started = performance.now();
  const reports = JSON.parse(runChild('tools/check.ts', ['--json', '--quiet'])) as {
    target: string;
    seconds: number;
    states: number;
  }[];
  return {
    wallSeconds: (performance.now() - started) / 1000,
    threads: availableParallelism(),
    scenarios: reports.map((r) => ({ scenario: path.basename(r.target), seconds: r.seconds, states: r.states })),
  };
}

function generated(file: string, maxStates: number): ChildFigure {
  return JSON.parse(runChild('bench/lib/explore-child.ts', [file, String(maxStates)])) as ChildFigure;
}

const file = path.join(mkdtempSync(path.join(tmpdir(), 'scale-')), `generated-${flags}.ink`);
writeFileSync(file, generatedStory(flags));
const load = loadavg()[0]!;
console.log(`load ${load.toFixed(2)}; all scenarios…`);
const scenarios = allScenarios();
console.log(JSON.stringify(scenarios));
console.log(`generated story with ${flags} flags at the default bound (200,000)…`);
const atDefault = generated(file, 200_000);
console.log(JSON.stringify(atDefault));
console.log('…and at a bound of 1,000,000');
const atMillion = generated(file, 1_000_000);
console.log(JSON.stringify(atMillion));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), loadAtStart: load, scenarios, generated: { flags, atDefault, atMillion } }, null, 2)}\n`,
);
console.log(`wrote ${out}`);
