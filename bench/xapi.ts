/**
 * Benchmark of xAPI reporting and of the dashboard reading a Learning Record Store.
 *
 *  1. Statements per play: each shipped scenario's best path (playthroughs.json) with every
 *     pre- and post-test question answered, through the reporter, counted by verb (plus the
 *     `initialized` that the cmi5 launch sends).
 *  2. A local LRS (Learning Locker's statements service, in memory; test/lrs/local-lrs.ts)
 *     filled with N statements shaped like real plays (one `recorded` statement, carrying a
 *     synthetic result record, for every 65), then: reading all N back page by page; and what
 *     the dashboard does — pulling the `recorded` statements, importing their records
 *     (validated, tabled) and measuring them.
 *
 *   npm run bench:xapi                              (100,000 statements)
 *   npm run bench:xapi -- --statements 20000 --json out.json
 *
 * Timings depend on the machine and its load.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createXapiReporter } from '../src/app/xapi-reporter.ts';
import { RecordStore } from '../src/dashboard/record-store.ts';
import { DashboardRecords } from '../src/dashboard/records.ts';
import { pullRecords, recordsFile } from '../src/dashboard/lrs-pull.ts';
import { MeasureTable, toMeasured } from '../src/engine/measures.ts';
import { markQuiz } from '../src/engine/quiz.ts';
import { buildResult, validateResult } from '../src/engine/result.ts';
import type { CompiledScenario } from '../src/engine/scenario.ts';
import { Session } from '../src/engine/session.ts';
import { LrsStatementReader } from '../src/lms/lrs-client.ts';
import { StatementOutbox } from '../src/lms/statement-outbox.ts';
import type { Statement } from '../src/lms/xapi-statements.ts';
import { CMI5, EXT, VERB } from '../src/lms/xapi-vocabulary.ts';
import { MemoryStore } from '../src/storage/store.ts';
import { compiledScenario } from '../test/engine/fixtures.ts';
import { startLocalLrs } from '../test/lrs/local-lrs.ts';
import { syntheticResult } from './synthetic-results.ts';

const { values: args } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000' },
    json: { type: 'string' },
  },
});
const N = Number(args.statements);
/** About what a real play sends (figure 1: 57–71). */
const PER_PLAY = 65;
const SCENARIOS = ['child-b1', 'child-l', 'child-o', 'child-t', 'children-p'];

const verbName = (id: string) => Object.entries(VERB).find(([, v]) => v === id)?.[0] ?? id;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Plays a scenario's best path with both tests through the reporter; returns the statements it made. */
async function statementsOfBestPath(scenario: CompiledScenario, best: string[]): Promise<Statement[]> {
  const kept: Statement[] = [];
  const store = new MemoryStore();
  const outbox = new StatementOutbox(store, {
    send: async (s) => {
      kept.push(...s);
    },
  });
  let clock = Date.parse('2026-12-05T10:00:00Z');
  const now = () => (clock += 1000);
  const reporter = createXapiReporter({
    launch: {
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner' } },
      activityId: `urn:safeguarding-simulator:xapi:scenario:${scenario.meta.id}`,
      registration: randomUUID(),
      title: scenario.meta.title,
      language: 'en-GB',
      facilitated: false,
    },
    scenarioId: scenario.meta.id,
    newId: randomUUID,
    now,
    loadScenario: async () => scenario,
  });
  reporter.attach(outbox, store);
  reporter.begin({
    template: { extensions: { [CMI5.sessionId]: randomUUID() } },
    masteryScore: 0.7,
    judged: true,
    initializedAt: now(),
  });
  const quiz = scenario.quiz;
  const pre = quiz
    ? markQuiz(
        quiz.pre,
        quiz.pre.map((q) => ({ chosen: q.answer, certainty: 2 })),
        new Date(now()),
      )
    : null;
  if (pre) await reporter.tested(scenario.meta.id, 'pre', pre);
  const session = Session.start(scenario, { seed: 1, now });
  await reporter.started(session);
  for (const text of best) {
    const option = session.current.options.find((o) => o.text.includes(text));
    if (!option) throw new Error(`${scenario.meta.id}: no option "${text}"`);
    session.choose(option.index);
    await reporter.chose(session, option);
  }
  const post = quiz
    ? markQuiz(
        quiz.post,
        quiz.post.map((q) => ({ chosen: q.answer, certainty: 3 })),
        new Date(now()),
      )
    : null;
  if (post) await reporter.tested(scenario.meta.id, 'post', post);
  await reporter.recorded(
    buildResult(session, {
      id: randomUUID(),
      participant: { code: null, agency: null, role: null, cohort: null },
      preTest: pre,
      postTest: post,
      confidence: { before: null, after: null },
      finishedAt: new Date(now()),
    }),
  );
  await reporter.finish();
  return kept;
}

interface PerScenario {
  scenario: string;
  total: number;
  byVerb: Record<string, number>;
  bytes: number;
}

async function perScenario(): Promise<PerScenario[]> {
  console.log('1. statements per play (best path, both tests answered), with the launch’s initialized');
  const out: PerScenario[] = [];
  for (const id of SCENARIOS) {
    const scenario = compiledScenario(`stories/${id}`);
    const best = (
      JSON.parse(readFileSync(`stories/${id}/playthroughs.json`, 'utf8')) as { best: { choices: string[] } }
    ).best.choices;
    const made = await statementsOfBestPath(scenario, best);
    const byVerb: Record<string, number> = { initialized: 1 };
    for (const s of made) byVerb[verbName(s.verb.id)] = (byVerb[verbName(s.verb.id)] ?? 0) + 1;
    const bytes = made.reduce((sum, s) => sum + JSON.stringify(s).length, 0);
    out.push({ scenario: id, total: made.length + 1, byVerb, bytes });
    console.log(
      `  ${id}: ${made.length + 1} statements (${Object.entries(byVerb)
        .map(([v, n]) => `${v} ${n}`)
        .join(', ')}), ${(bytes / 1024).toFixed(0)} KB of JSON`,
    );
  }
  return out;
}

/** A play's worth of statements: PER_PLAY − 1 decisions, then the record. */
function syntheticPlay(play: number, registration: string): Statement[] {
  const actor = {
    objectType: 'Agent' as const,
    account: { homePage: 'https://lms.example.org', name: `learner-${play}` },
  };
  const base = (verb: keyof typeof VERB, at: number) => ({
    id: randomUUID(),
    actor,
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    timestamp: new Date(Date.UTC(2026, 0, 5) + play * 60_000 + at * 1000).toISOString(),
    context: { registration },
  });
  const statements: Statement[] = [];
  for (let d = 0; d < PER_PLAY - 1; d++) {
    statements.push({
      ...base('responded', d),
      object: { objectType: 'Activity', id: `urn:safeguarding-simulator:xapi:scenario:sample/decisions/d${d}` },
      result: { response: `option-${(d % 4) + 1}` },
    });
  }
  const record = syntheticResult(play, 1);
  statements.push({
    ...base('recorded', PER_PLAY),
    object: { objectType: 'Activity', id: `urn:safeguarding-simulator:xapi:scenario:${record.scenario.id}` },
    result: { extensions: { [EXT.record]: record } },
  });
  return statements;
}

async function lrsFigures() {
  const lrs = await startLocalLrs();
  const connection = { endpoint: lrs.endpoint, auth: lrs.auth };
  try {
    const plays = Math.ceil(N / PER_PLAY);
    console.log(
      `\n2. a local LRS with ${N.toLocaleString('en-GB')} statements (${plays.toLocaleString('en-GB')} plays)`,
    );
    const fillStart = performance.now();
    let sent = 0;
    let batch: Statement[] = [];
    const flush = async () => {
      const res = await fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
        body: JSON.stringify(batch),
      });
      if (res.status !== 200) throw new Error(`the LRS refused a batch: ${res.status} ${await res.text()}`);
      sent += batch.length;
      batch = [];
    };
    for (let p = 0; p < plays && sent + batch.length < N; p++) {
      for (const s of syntheticPlay(p, randomUUID())) if (sent + batch.length < N) batch.push(s);
      if (batch.length >= 1000) await flush();
    }
    if (batch.length) await flush();
    const fillMs = performance.now() - fillStart;
    console.log(`  filled in ${seconds(fillMs)}`);

    const reader = new LrsStatementReader(connection);
    const allStart = performance.now();
    let all = 0;
    let page = await reader.first({ limit: 500 });
    for (;;) {
      all += page.statements.length;
      if (!page.more) break;
      page = await reader.next(page.more);
    }
    const allMs = performance.now() - allStart;
    console.log(`  read all ${all.toLocaleString('en-GB')} statements back, 500 a page: ${seconds(allMs)}`);

    const pullStart = performance.now();
    const pulled = await pullRecords(reader, null);
    const pullMs = performance.now() - pullStart;
    const records = new DashboardRecords(new RecordStore(new MemoryStore()));
    const importStart = performance.now();
    const outcome = await records.importFiles([recordsFile(pulled.records, 'lrs.json')], () => {});
    const importMs = performance.now() - importStart;
    const table = new MeasureTable();
    const measureStart = performance.now();
    for (const r of pulled.records) {
      const checked = validateResult(r);
      if (checked.ok) table.add(toMeasured(checked.result));
    }
    const measures = table.aggregate({});
    const measureMs = performance.now() - measureStart;
    console.log(
      `  dashboard: pull ${pulled.statements.toLocaleString('en-GB')} recorded statements in ${pulled.pages} pages ${seconds(pullMs)}, ` +
        `import ${outcome.reports[0]!.accepted.toLocaleString('en-GB')} records ${seconds(importMs)}, measure ${seconds(measureMs)} ` +
        `(${measures.records.toLocaleString('en-GB')} records measured); pull + import + measure ${seconds(pullMs + importMs + measureMs)}`,
    );
    return {
      statements: all,
      plays,
      fillMs: Math.round(fillMs),
      readAllMs: Math.round(allMs),
      pullRecordsMs: Math.round(pullMs),
      recordStatements: pulled.statements,
      importMs: Math.round(importMs),
      measureMs: Math.round(measureMs),
      pullImportMeasureMs: Math.round(pullMs + importMs + measureMs),
    };
  } finally {
    await lrs.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(
    `${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os.loadavg()[0]!.toFixed(2)}; Node ${process.version}\n`,
  );
  const plays = await perScenario();
  const lrs = await lrsFigures();
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg() },
    perScenario: plays,
    lrs,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2));
  console.log(`\nload ${os.loadavg()[0]!.toFixed(2)} at the end; ${result.durationSeconds} s in all`);
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
