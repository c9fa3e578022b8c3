/**
 * When two arrivals are the same story state: the explorer merges states with equal keys,
 * so the key holds everything that can change what happens next, and nothing else.
 */

/**
 * The key of a parsed Ink state (`story.state.ToJson()`). Visit counts are kept only for
 * the containers in `counted`: those whose counts the story itself reads.
 */
export function stateKey(s: Record<string, unknown>, counted: Set<string>): string {
  const flows = s.flows as Record<string, Record<string, unknown>>;
  const flow = flows[s.currentFlowName as string] ?? {};
  const choices = ((flow.currentChoices as Record<string, unknown>[] | undefined) ?? []).map((c) => [
    c.text,
    c.targetPath,
    c.originalChoicePath,
  ]);
  const visits: Record<string, number> = {};
  for (const [path, n] of Object.entries((s.visitCounts as Record<string, number>) ?? {})) {
    if (counted.has(path)) visits[path] = n;
  }
  const callstack = (flow.callstack as { threads: { callstack: unknown }[] }).threads.map((t) => t.callstack);
  return JSON.stringify([callstack, choices, s.variablesState, s.evalStack, visits, s.previousRandom]);
}
