/**
 * The page's main-thread tasks from a Chromium trace: every task the renderer's main
 * thread ran (`ThreadControllerImpl::RunTask`, category `toplevel`), with the page's
 * own `performance.mark()`s to cut the trace into windows. This measures tasks of any
 * length, where the Long Tasks API only reports those over 50 ms.
 */
import type { Browser, Page } from 'playwright-core';

const TASK_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];
/** What a main-thread task is called in the trace (older Chromium: `RunTask`). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Adds the animation frames (a heavier category: only where they are counted). */
const FRAME_CATEGORIES = [...TASK_CATEGORIES, 'devtools.timeline'];

export interface MainThreadTrace {
  /** Tasks as [start, end] in trace microseconds, in order of start. */
  tasks: { start: number; end: number }[];
  /** Each mark's times (trace microseconds), in order. */
  marks: Map<string, number[]>;
  /** When the page ran its requestAnimationFrame callbacks (trace microseconds; traced `withFrames` only). */
  animationFrames: number[];
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export async function startMainThreadTrace(browser: Browser, page: Page, withFrames = false): Promise<void> {
  await browser.startTracing(page, { categories: withFrames ? FRAME_CATEGORIES : TASK_CATEGORIES });
}

export async function stopMainThreadTrace(browser: Browser, markNames: readonly string[]): Promise<MainThreadTrace> {
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const wanted = new Set(markNames);
  const markEvents = events.filter((e) => wanted.has(e.name) && e.cat?.includes('blink.user_timing'));
  const first = markEvents[0];
  if (!first) throw new Error(`the trace holds none of the marks ${markNames.join(', ')}`);
  // The marks are made on the page's main thread: its tasks are the ones in that process
  // on the thread named CrRendererMain.
  const mainTids = new Set(
    events
      .filter(
        (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === first.pid && e.args?.name === 'CrRendererMain',
      )
      .map((e) => e.tid),
  );
  const tasks = events
    .filter((e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && e.pid === first.pid && mainTids.has(e.tid))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const animationFrames = events
    .filter((e) => e.name === 'FireAnimationFrame' && e.pid === first.pid && mainTids.has(e.tid))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const marks = new Map<string, number[]>();
  for (const e of markEvents.sort((a, b) => a.ts - b.ts)) marks.set(e.name, [...(marks.get(e.name) ?? []), e.ts]);
  return { tasks, marks, animationFrames };
}

/** The longest task (ms) that ran at least partly between `from` and `to` (trace microseconds). */
export function longestTaskBetween(trace: MainThreadTrace, from: number, to: number): number {
  let longest = 0;
  for (const t of trace.tasks) {
    if (t.start >= to) break;
    if (t.end > from) longest = Math.max(longest, t.end - t.start);
  }
  return longest / 1000;
}
