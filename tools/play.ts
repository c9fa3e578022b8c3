/**
 * Plays a scenario in the terminal, for writers.
 *   npx tsx tools/play.ts stories/<id> [N N N …]      choose options by number (1-based), print the beats
 *   npx tsx tools/play.ts stories/<id> --script best  follow playthroughs.json's "best" (or "real") path
 */
import path from 'node:path';
import { Session } from '../src/engine/session.ts';
import type { Beat } from '../src/engine/runner.ts';
import { buildScenario } from './lib/build-scenario.ts';
import { type ScriptedPath, playScript, readPlaythroughs } from './lib/playthrough.ts';

const args = process.argv.slice(2);
if (!args.length || args.includes('--help')) {
  console.log(`usage: npx tsx tools/play.ts stories/<id> [N N N …]    play options by number (1-based)
       npx tsx tools/play.ts stories/<id> --script best|real   follow playthroughs.json`);
  process.exit(0);
}
const dir = args[0]!;
const build = buildScenario(dir);
if (!build.compiled) {
  for (const p of build.metaProblems) console.log(`scenario.json: ${p}`);
  for (const d of build.diagnostics) console.log(`${d.file}:${d.line ?? '?'}: ${d.message}`);
  process.exit(1);
}
const scenario = build.compiled;

function printBeat(beat: Beat): void {
  for (const line of beat.lines) {
    const tags = line.tags.map((t) => t.name).join(',');
    if (line.text) console.log(`${line.speaker ? `${line.speaker}: ` : ''}${line.text}${tags ? `   [${tags}]` : ''}`);
  }
  for (const p of beat.problems) console.log(`!! ${p.kind}: ${p.message}`);
  if (beat.decision) console.log(`-- decision ${beat.decision.id} (${beat.decision.kinds.join('+')})`);
  beat.options.forEach((o, i) => console.log(`  ${i + 1}. ${o.text}${o.real ? '  (real)' : ''}`));
  if (beat.ending) console.log(`== ENDING ${beat.ending.id}: ${beat.ending.title}`);
}

function printScores(session: Session): void {
  console.log('\nlearning points (score / max → status):');
  for (const r of session.ledger.results()) console.log(`  ${r.id}: ${r.score} / ${r.max} → ${r.status}`);
}

const scriptAt = args.indexOf('--script');
if (scriptAt >= 0) {
  const which = args[scriptAt + 1] ?? 'best';
  const scripts: Record<string, ScriptedPath | string | undefined> = readPlaythroughs(dir);
  const script = scripts[which];
  if (typeof script !== 'object') {
    console.log(`no "${which}" in ${path.join(dir, 'playthroughs.json')}`);
    process.exit(1);
  }
  const { session, problems } = playScript(scenario, script.choices);
  for (const t of session.turns) console.log(`> ${t.choice.text}`);
  for (const p of problems) console.log(`!! ${p}`);
  console.log(`ending: ${session.current.ending?.id ?? '(none)'} (expected ${script.ending})`);
  printScores(session);
  const wrong = [
    ...script.met.filter((id) => session.ledger.result(id).status !== 'met').map((id) => `${id} expected met`),
    ...script.missed.filter((id) => session.ledger.result(id).status !== 'missed').map((id) => `${id} expected missed`),
  ];
  if (session.current.ending?.id !== script.ending) wrong.push('ending differs');
  console.log(wrong.length || problems.length ? `MISMATCH: ${wrong.join('; ')}` : 'script OK');
  process.exit(wrong.length || problems.length ? 1 : 0);
}

const session = Session.start(scenario, { seed: 1 });
printBeat(session.current);
for (const a of args.slice(1)) {
  const n = Number(a);
  console.log(`\n> ${n}. ${session.current.options[n - 1]?.text ?? '(no such option)'}\n`);
  if (!session.current.options[n - 1]) break;
  session.choose(n - 1);
  printBeat(session.current);
}
printScores(session);
