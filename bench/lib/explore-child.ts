/** Child process of bench/exploration-scale.ts: checks one Ink file and prints its figures as JSON. */
import { performance } from 'node:perf_hooks';
import { checkTarget } from '../../tools/lib/check-target.ts';

const [file, maxStates] = process.argv.slice(2);
const started = performance.now();
const report = checkTarget(file!, Number(maxStates));
const bound = report.findings.find((f) => f.code === 'bound-hit');
console.log(
  JSON.stringify({
    states: report.states,
    complete: report.complete,
    stoppedBecause: bound ? (/\((.*?)\), so this is coverage/.exec(bound.message)?.[1] ?? null) : null,
    seconds: (performance.now() - started) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
