/**
 * `npm run check [-- paths…] [--json] [--max-states N]`
 * Compiles, lints and explores every scenario (or the given scenario folders / Ink files)
 * and prints a report. Exits 1 when any error is found, 0 on warnings only.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CheckReport, checkTarget } from './lib/check-target.ts';
import { checkInParallel } from './lib/check-pool.ts';
import type { Finding } from './lib/lint.ts';

export { type CheckReport, checkTarget } from './lib/check-target.ts';

interface Args {
  targets: string[];
  json: boolean;
  maxStates: number;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { targets: [], json: false, maxStates: 200_000, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--max-states') args.maxStates = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run check -- [stories/<id> | path/to/story.ink …] [--json] [--max-states N] [--quiet]');
      process.exit(0);
    } else args.targets.push(a);
  }
  if (!Number.isFinite(args.maxStates) || args.maxStates < 1) {
    console.error('--max-states needs a positive number');
    process.exit(2);
  }
  return args;
}

export function defaultTargets(root = 'stories'): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'main.ink')))
    .map((d) => path.join(root, d.name))
    .sort();
}

function place(f: Finding): string {
  if (!f.file) return '';
  const file = path.relative(process.cwd(), f.file);
  return f.line ? `${file}:${f.line}: ` : `${file}: `;
}

function printReport(r: CheckReport): void {
  console.log(`\n${r.target}${r.title ? `  —  ${r.title}` : ''}`);
  if (r.states) {
    console.log(
      `  explored ${r.states.toLocaleString('en-GB')} distinct states in ${r.seconds.toFixed(2)} s${r.complete ? '' : ' (bound hit: partial)'}`,
    );
    console.log(`  endings (${r.endings.length}): ${r.endings.map((e) => e.id).join(', ') || 'none'}`);
    console.log(
      `  decisions on a path: shortest ${r.shortestPath ?? '–'}, longest ${r.longestUnbounded ? 'unbounded (loop)' : (r.longestPath ?? '–')}`,
    );
    const kinds = ['contact', 'challenge', 'disguised'].map(
      (k) => `${k} ${r.decisionPoints.filter((d) => d.kinds.includes(k)).length}`,
    );
    console.log(`  decision points: ${r.decisionPoints.length} (${kinds.join(', ')})`);
  }
  if (r.learningPoints.length) {
    const w = Math.max(...r.learningPoints.map((l) => l.id.length), 14);
    console.log(`  ${'learning point'.padEnd(w)}   min   max  can be met  can be missed`);
    for (const l of r.learningPoints) {
      console.log(
        `  ${l.id.padEnd(w)} ${String(l.min).padStart(5)} ${String(l.max).padStart(5)}  ${(l.canBeMet ? 'yes' : 'NO').padEnd(10)}  ${l.canBeMissed ? 'yes' : 'NO'}`,
      );
    }
  }
  const { quiz, decisions } = r.cues;
  if (quiz) {
    console.log(
      `  quiz cues: key longest in ${quiz.keyLongest}/${quiz.items} items, shortest in ${quiz.keyShortest}; key length ${quiz.lengthRatio.toFixed(2)}× the distractors'; keys by place ${quiz.keyPlaces.join('/')}`,
    );
  }
  if (decisions?.decisions) {
    console.log(
      `  decision cues (challenge, disguised): best longest in ${decisions.bestLongest}/${decisions.decisions}, shortest in ${decisions.bestShortest}; best length ${decisions.lengthRatio.toFixed(2)}× the others'; real option written first in ${decisions.realFirst}/${decisions.withReal}`,
    );
  }
  for (const f of r.findings) console.log(`  ${place(f)}${f.severity}: ${f.message}`);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  console.log(`  ${errors ? '✖' : '✔'} ${errors} error(s), ${warnings} warning(s)`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const targets = args.targets.length ? args.targets : defaultTargets();
  if (!targets.length) {
    console.error('no scenarios found under stories/');
    process.exit(2);
  }
  const missing = targets.filter((t) => !existsSync(t));
  const present = targets.filter((t) => existsSync(t));
  const interactive = process.stderr.isTTY && !args.json;
  const lastPrint = new Map<string, number>();
  const reports = await checkInParallel(present, args.maxStates, {
    progress(target, n) {
      if (args.json || args.quiet) return;
      const now = performance.now();
      if (interactive) process.stderr.write(`\r\x1b[K  ${target}: exploring… ${n.toLocaleString('en-GB')} states`);
      else if (now - (lastPrint.get(target) ?? 0) > 5000) {
        console.error(`  ${target}: exploring… ${n.toLocaleString('en-GB')} states`);
        lastPrint.set(target, now);
      }
    },
    report(report) {
      if (interactive) process.stderr.write('\r\x1b[K');
      if (!args.json) printReport(report);
    },
  });
  for (const target of missing) {
    const report: CheckReport = {
      ...checkTarget(target, 1),
      findings: [{ severity: 'error', code: 'ink-error', message: `no such file or folder: ${target}` }],
    };
    reports.push(report);
    if (!args.json) printReport(report);
  }
  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  if (args.json) console.log(JSON.stringify(reports, null, 2));
  else console.log(`\n${reports.length} scenario(s) checked: ${errors ? `${errors} error(s)` : 'no errors'}`);
  process.exitCode = errors ? 1 : 0;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');
if (invokedDirectly) await main();
