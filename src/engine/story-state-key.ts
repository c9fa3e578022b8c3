/**
 * When two arrivals are the same story state: the explorer merges states with equal keys,
 * so the key holds everything that can change what happens next, and nothing else.
 */
import { type Live, type LiveVariables, knotOf } from './live-variables.ts';

interface CallStackElement {
  cPath?: string;
}

/**
 * The key of a parsed Ink state (`story.state.ToJson()`). Visit counts are kept only for
 * the containers in `counted` (those whose counts the story itself reads) in knots that
 * may still run; global variables only when a knot that may still run reads them.
 */
export function stateKey(s: Record<string, unknown>, counted: Set<string>, liveVariables?: LiveVariables): string {
  const flows = s.flows as Record<string, Record<string, unknown>>;
  const flow = flows[s.currentFlowName as string] ?? {};
  const currentChoices = (flow.currentChoices as Record<string, unknown>[] | undefined) ?? [];
  const choices = currentChoices.map((c) => [c.text, c.targetPath, c.originalChoicePath]);
  const callstack = (flow.callstack as { threads: { callstack: CallStackElement[] }[] }).threads.map(
    (t) => t.callstack,
  );
  // A frame without a pointer has nothing left to run; the choices say where the story goes next.
  const choiceThreads = Object.values((flow.choiceThreads as Record<string, { callstack: CallStackElement[] }>) ?? {});
  const places = [
    ...[...callstack, ...choiceThreads.map((t) => t.callstack)].flat().flatMap((e) => (e.cPath ? [e.cPath] : [])),
    ...currentChoices.map((c) => String(c.targetPath)),
  ];
  const live = liveVariables?.liveAt(places) ?? null;
  const visits: Record<string, number> = {};
  for (const [path, n] of Object.entries((s.visitCounts as Record<string, number>) ?? {})) {
    if (counted.has(path) && (!live || live.knots.has(knotOf(path)))) visits[path] = n;
  }
  return JSON.stringify([callstack, choices, liveGlobals(s, live), s.evalStack, visits, s.previousRandom]);
}

function liveGlobals(s: Record<string, unknown>, live: Live | null): unknown {
  const globals = s.variablesState as Record<string, unknown> | undefined;
  if (!live || !globals) return globals;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(globals)) if (live.variables.has(name)) kept[name] = value;
  return kept;
}
