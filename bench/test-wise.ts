/**
 * `npm run bench:test-wise [-- --seeds N] [--json file]`
 * Plays every scenario and answers every quiz with naive strategies (bench/lib/test-wise.ts)
 * over N seeds and prints a table: the quiz score against chance, and the learning points
 * met. The aims: no strategy beats chance on a quiz by more than 10 points, and none meets
 * more than a third of a scenario's learning points on average (a lucky seed may meet more,
 * as a lucky guesser would; the most met on any seed is shown in brackets). Exits 1 when an
 * aim is missed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTargets } from '../tools/check.ts';
import { cachedScenario } from '../tools/lib/build-cache.ts';
import { STRATEGIES, playWith, quizChance, quizWith } from './lib/test-wise.ts';

const { values: args } = parseArgs({
  options: { seeds: { type: 'string', default: '25' }, json: { type: 'string' } },
});
const SEEDS = Array.from({ length: Number(args.seeds) }, (_, i) => 1000 + i * 7919);
const QUIZ_AIM = 0.1;
const POINTS_AIM = 1 / 3;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (x: number) => `${Math.round(x * 100)}%`;

interface Row {
  scenario: string;
  strategy: string;
  quiz: number | null;
  chance: number | null;
  pointsMet: number;
  pointsMetMax: number;
  points: number;
  overall: number;
}

const rows: Row[] = [];
for (const dir of defaultTargets().filter((d) => path.basename(d) !== 'sample')) {
  const { compiled } = cachedScenario(dir);
  if (!compiled) throw new Error(`${dir} does not build: run npm run check`);
  for (const strategy of STRATEGIES) {
    const plays = SEEDS.map((seed) => playWith(compiled, strategy, seed));
    rows.push({
      scenario: compiled.meta.id,
      strategy,
      quiz: compiled.quiz ? mean(SEEDS.map((seed) => quizWith(compiled.quiz!, strategy, seed))) : null,
      chance: compiled.quiz ? quizChance(compiled.quiz) : null,
      pointsMet: mean(plays.map((p) => p.met)),
      pointsMetMax: Math.max(...plays.map((p) => p.met)),
      points: plays[0]!.points,
      overall: mean(plays.map((p) => p.overall)),
    });
  }
}

const missed: string[] = [];
console.log(`Test-wise learner over ${SEEDS.length} seeds (the option order is drawn from each seed)\n`);
console.log('| scenario | strategy | quiz (chance) | learning points met, mean (most) | overall score |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  const quiz = r.quiz === null ? '–' : `${pct(r.quiz)} (${pct(r.chance!)})`;
  console.log(
    `| ${r.scenario} | ${r.strategy} | ${quiz} | ${r.pointsMet.toFixed(1)} of ${r.points} (${r.pointsMetMax}) | ${pct(r.overall)} |`,
  );
  if (r.quiz !== null && r.quiz - r.chance! > QUIZ_AIM)
    missed.push(`${r.scenario} quiz, ${r.strategy}: ${pct(r.quiz)}`);
  if (r.pointsMet > POINTS_AIM * r.points)
    missed.push(`${r.scenario}, ${r.strategy}: meets ${r.pointsMet.toFixed(1)} of ${r.points} points on average`);
}
if (args.json) writeFileSync(args.json, `${JSON.stringify({ seeds: SEEDS.length, rows }, null, 2)}\n`);
console.log(missed.length ? `\nAims missed:\n- ${missed.join('\n- ')}` : '\nEvery strategy is within the aims.');
process.exitCode = missed.length ? 1 : 0;
