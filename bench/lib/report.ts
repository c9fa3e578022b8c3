/**
 * The benchmark report: one row per figure for the printed table (Markdown, so the same
 * table goes into docs/performance.md), and the full results as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { DashboardFigure } from './dashboard.ts';
import type { ExplorationFigure } from './exploration.ts';
import type { FirstChoiceResult } from './first-choice.ts';
import type { FrameRateFigure } from './frame-rate.ts';
import type { MachineInfo } from './machine.ts';
import type { NextTextResult } from './next-text.ts';
import type { ResumeResult } from './resume.ts';
import type { SuspendFigure } from './suspend.ts';

export interface BenchResults {
  machine: MachineInfo;
  options: Record<string, unknown>;
  /** Figures that could not be measured, and why. */
  failures?: Record<string, string>;
  /** Seconds the whole run took. */
  durationSeconds?: number;
  firstChoice?: FirstChoiceResult;
  nextText?: NextTextResult;
  resume?: ResumeResult;
  suspendData?: SuspendFigure[];
  exploration?: ExplorationFigure[];
  dashboard?: DashboardFigure;
  frameRate?: FrameRateFigure;
}

export interface Row {
  figure: string;
  measure: string;
  value: string;
  /** What the figure should be ('—' where no aim is set). */
  aim: string;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-GB')} ms`;
const cpu = (rate: number) => (rate === 1 ? 'no slowdown' : `CPU ${rate}× slower`);

/** Dashboard measures worth a row (bench/dashboard.ts reports more; all are in the JSON). */
const DASHBOARD_ROWS: [string, (records: string) => string][] = [
  [
    'chromium: import file until measures are on screen',
    (n) => `import a file of ${n} records until the measures show`,
  ],
  ['chromium: aggregate all records (in the worker)', (n) => `aggregate ${n} records (in the page’s worker)`],
  ['chromium: re-measure after a filter change (request to reply)', () => 're-measure after a filter change'],
  ['chromium: re-open the page with the records stored, until measures show', () => 're-open with the records stored'],
  ['node: aggregate all records', (n) => `aggregate ${n} records (Node)`],
];

export function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const fc = r.firstChoice;
  if (fc) {
    for (const [kind, sizes] of [
      ['JavaScript', fc.gzip.js],
      ['CSS', fc.gzip.css],
    ] as const) {
      out.push({
        figure: '1',
        measure: `${kind} (gzip) before the first choice`,
        value: kb(sizes.beforeFirstChoice),
        aim: kind === 'JavaScript' ? '≤ 80 KB' : '—',
        detail: `of ${kb(sizes.total)} in the build (${sizes.filesBeforeFirstChoice.length} of ${sizes.filesInBuild} files)`,
      });
    }
    out.push({
      figure: '2',
      measure: 'first choice on screen, cold cache, CPU 4×, slow 4G',
      value: ms(fc.median.appMs),
      aim: `≤ 2× the floor (${ms(2 * fc.median.floorMs)})`,
      detail: `floor (static page) ${ms(fc.median.floorMs)}: ratio ${fc.median.ratio.toFixed(2)}; scenario ${fc.scenario}`,
    });
    if (fc.storyLoadMs !== undefined && fc.storyStartMs !== undefined) {
      out.push({
        figure: '2',
        measure: 'of which: the scenario’s chunk fetched and parsed, then its story started, CPU 4×',
        value: ms(fc.storyLoadMs + fc.storyStartMs),
        aim: '—',
        detail: `chunk ${ms(fc.storyLoadMs)} from the app asking for it (preloaded from the page’s head); inkjs reading it and replaying the save ${ms(fc.storyStartMs)}`,
      });
    }
    for (const s of fc.jsPerScenario ?? []) {
      out.push({
        figure: '1',
        measure: `JavaScript (gzip) before the first choice: ${s.scenario}`,
        value: kb(s.bytes),
        aim: '≤ 80 KB',
        detail: s.scenario === fc.scenario ? 'measured' : `the same files with this scenario’s chunk`,
      });
    }
  }
  const nt = r.nextText;
  if (nt) {
    for (const v of nt.variants) {
      out.push({
        figure: '3',
        measure: `choice → next text on screen, p95, ${cpu(v.cpu)}${v.visual ? '' : ', visual layer off'}`,
        value: ms(v.medianP95Ms),
        aim: v.visual ? (v.cpu === 1 ? '≤ 16 ms' : '≤ 50 ms') : '—',
        detail: `median ${ms(v.pooledMedianMs)}, max ${ms(v.maxMs)} over ${v.choices} choices (${nt.scenario}, ${nt.path} path of ${nt.decisions})`,
      });
      if (v.longestTaskToTextP95Ms === undefined) continue;
      out.push({
        figure: '3',
        measure: `longest main-thread task, choice → text painted, p95, ${cpu(v.cpu)}${v.visual ? '' : ', visual layer off'}`,
        value: ms(v.longestTaskToTextP95Ms),
        aim: v.visual && v.cpu === 1 ? '< 16 ms' : '—',
        detail: `max ${ms(v.longestTaskToTextMaxMs ?? NaN)}`,
      });
      out.push({
        figure: '3',
        measure: `longest main-thread task after the text, p95, ${cpu(v.cpu)}${v.visual ? '' : ', visual layer off'}`,
        value: ms(v.longestTaskAfterTextP95Ms ?? NaN),
        aim: v.visual && v.cpu === 1 ? '< 16 ms' : '—',
        detail: `max ${ms(v.longestTaskAfterTextMaxMs ?? NaN)}; until the next choice or 1 s`,
      });
    }
  }
  const rs = r.resume;
  if (rs) {
    for (const v of rs.variants) {
      out.push({
        figure: '4',
        measure: `resume: reload after ${rs.depth} choices → decision on screen, ${cpu(v.cpu)}`,
        value: ms(v.medianMs),
        aim: '—',
        detail: `synthetic ${rs.scenario}, warm cache`,
      });
    }
  }
  for (const s of r.suspendData ?? []) {
    out.push({
      figure: '5',
      measure: `suspend data, longest path: ${s.scenario}`,
      value: s.characters === null ? '—' : `${s.characters.toLocaleString('en-GB')} chars`,
      aim: `≤ ${s.limit.toLocaleString('en-GB')} chars`,
      detail:
        s.note ??
        `${s.choices} choices, limit ${s.limit.toLocaleString('en-GB')}${s.timesKept ? '' : ', times dropped to fit'}${s.inkStateCharacters ? `; Ink state would be ${s.inkStateCharacters.toLocaleString('en-GB')}` : ''}`,
    });
  }
  for (const e of r.exploration ?? []) {
    out.push({
      figure: '6',
      measure: `checker exploration: ${e.scenario}`,
      value: `${e.medianSeconds.toFixed(2)} s`,
      aim: '—',
      detail:
        e.states === null
          ? (e.problem ?? 'not explored')
          : `${e.states.toLocaleString('en-GB')} distinct states${e.complete ? '' : ' (bound hit)'}, longest path ${e.longestPath ?? 'unbounded'}`,
    });
  }
  if (r.exploration?.length) {
    const total = r.exploration.reduce((a, e) => a + e.medianSeconds, 0);
    const states = r.exploration.reduce((a, e) => a + (e.states ?? 0), 0);
    out.push({
      figure: '6',
      measure: 'checker exploration: all scenarios',
      value: `${total.toFixed(1)} s`,
      aim: '< 10 s',
      detail: `${states.toLocaleString('en-GB')} distinct states in all, one scenario after another (npm run check uses every core)`,
    });
  }
  const db = r.dashboard;
  if (db) {
    const records = db.records.toLocaleString('en-GB');
    for (const [key, label] of DASHBOARD_ROWS) {
      const m = db.measures.find((x) => x.measure === key);
      if (!m) continue;
      const runs = m.runsMs.map((x) => Math.round(x)).join(', ');
      out.push({
        figure: '7',
        measure: `dashboard: ${label(records)}`,
        value: ms(m.medianMs),
        aim: key.startsWith('chromium: import') ? '< 5 s' : '—',
        detail: `runs: ${runs} ms`,
      });
    }
  }
  const fr = r.frameRate;
  if (fr) {
    if (fr.idleAnimationFrames !== undefined && fr.idleBusyPercent !== undefined) {
      out.push({
        figure: '8',
        measure: `scene up, learner reading 5 s: animation frames run, CPU ${fr.cpu}× slower`,
        value: String(fr.idleAnimationFrames),
        aim: '0',
        detail: `${fr.renderer ?? 'no'} renderer`,
      });
      out.push({
        figure: '8',
        measure: `scene up, learner reading 5 s: main thread busy, CPU ${fr.cpu}× slower`,
        value: `${fr.idleBusyPercent.toFixed(1)} %`,
        aim: '≤ 5 %',
        detail: `empty page ${fr.emptyPageBusyPercent?.toFixed(1) ?? '?'} %`,
      });
    }
    out.push({
      figure: '8',
      measure: `Phaser scene frame rate, CPU ${fr.cpu}× slower`,
      value: `${fr.medianFps.toFixed(1)} frames/s`,
      aim: 'as an empty page',
      detail: `${fr.renderer ?? 'no'} renderer; p95 frame ${ms(fr.p95FrameMs)}, longest ${ms(fr.longestFrameMs)}; empty page ${fr.emptyPageFps.toFixed(1)} frames/s`,
    });
  }
  return out;
}

export function markdownTable(list: Row[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| # | measure | median | aim | detail |',
    '| --- | --- | ---: | ---: | --- |',
    ...list.map((r) => `| ${r.figure} | ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.aim)} | ${cell(r.detail)} |`),
  ].join('\n');
}

async function formatted(file: string, text: string, parser: 'json' | 'markdown'): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), parser });
}

export async function writeJson(file: string, results: BenchResults): Promise<void> {
  writeFileSync(file, await formatted(file, JSON.stringify(results), 'json'));
}

export const DOC_START = '<!-- bench:latest:start -->';
export const DOC_END = '<!-- bench:latest:end -->';

/** Replaces the latest-figures block of docs/performance.md (between the markers). */
export async function updateDoc(file: string, results: BenchResults): Promise<boolean> {
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) return false;
  const m = results.machine;
  const load = m.loadAverage;
  const block = [
    DOC_START,
    '',
    `Measured ${m.date.slice(0, 10)} at commit ${m.commit ?? 'unknown'}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os};`,
    `Node ${m.node}, Chromium ${m.chromium ?? 'unknown'}; load average ${load.start[0]} at the start and ${load.end?.[0] ?? '?'} at the end`,
    `(1 minute); ${String(results.options.runs)} runs per figure, ${String(results.options.slowRuns)} for figures 3, 6 and 7;`,
    `the run took ${Math.round((results.durationSeconds ?? 0) / 60)} minutes.`,
    '',
    markdownTable(rows(results)),
    '',
    DOC_END,
  ].join('\n');
  const next = doc.slice(0, start) + block + doc.slice(end + DOC_END.length);
  writeFileSync(file, await formatted(file, next, 'markdown'));
  return true;
}
