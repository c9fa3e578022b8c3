/**
 * `npm run map -- stories/<id> [--out <dir>] [--max-states N]`
 * Writes the story map of a scenario: `<dir>/<id>-map.html` (columns per episode) and
 * `<dir>/<id>-map.txt` (the same as a text outline). The default folder is maps/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderMapHtml } from './lib/map-html.ts';
import { renderMapText } from './lib/map-outline.ts';
import { mapScenario } from './lib/map-scenario.ts';

const USAGE = 'usage: npm run map -- stories/<id> [--out <dir>] [--max-states N]';

interface Args {
  target: string;
  out: string;
  maxStates: number;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const targets: string[] = [];
  let out = 'maps';
  let maxStates = 200_000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--out') out = argv[++i] ?? fail('--out needs a folder');
    else if (a === '--max-states') maxStates = Number(argv[++i]);
    else targets.push(a);
  }
  if (targets.length !== 1) fail(USAGE);
  if (!Number.isFinite(maxStates) || maxStates < 1) fail('--max-states needs a positive number');
  return { target: targets[0]!, out, maxStates };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const result = mapScenario(args.target, args.maxStates);
  if (!result.ok) fail(`Cannot map ${args.target}: the scenario does not build.\n${result.problems.join('\n')}`);
  mkdirSync(args.out, { recursive: true });
  const html = path.join(args.out, `${result.id}-map.html`);
  const text = path.join(args.out, `${result.id}-map.txt`);
  writeFileSync(html, renderMapHtml(result.map));
  writeFileSync(text, renderMapText(result.map));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Story map of ${result.id} (${result.map.states} states, ${seconds}s):\n  ${html}\n  ${text}`);
  if (!result.map.complete) console.log('  The exploration stopped early: the map is partial (try --max-states).');
}

main();
