/**
 * Findings from the explored state graph: runtime faults, dead ends, loops with no way out,
 * unreached knots, missing endings, choices without a decision tag and episode numbering.
 */
import type { Exploration } from '../../src/engine/explore.ts';
import type { ScenarioBuild } from './build-scenario.ts';
import type { Finding } from './lint.ts';
import { placeOfProblem, readDeclarations } from './source-places.ts';

const pathHint = (p: string[]) =>
  p.length ? ` (reached by: ${p.map((s) => `"${s}"`).join(' → ')})` : ' (at the start)';

/** Runtime errors and runaway loops, placed in the source where the message allows. */
function faultFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const declarations = readDeclarations(build.files);
  return e.problems
    .filter((p) => p.kind !== 'tag') // reported from the source with file and line
    .map((p): Finding => {
      const place = placeOfProblem(declarations, p.message, p.path);
      const external = /external|binding/i.test(p.message);
      const message = p.message
        .replace(/^(Error:\s*)+/, '')
        .replace(/\s+/g, ' ')
        .trim();
      const where = p.path && !/^[\d.]*$/.test(p.path) ? ` [in ${p.path}]` : '';
      return {
        severity: 'error',
        code: p.kind === 'runaway' ? 'runaway' : 'runtime-error',
        message: `${external ? 'unbound external function: ' : ''}${message}${where}${pathHint(p.at)}`,
        ...place,
        path: p.at,
      };
    });
}

/** Paths that stop, never stop, never arrive, or never end. */
function structureFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const found: Finding[] = [
    ...e.deadEnds.map((p): Finding => {
      const message = `dead end: no choices and no ending tag${pathHint(p)}`;
      return { severity: 'error', code: 'dead-end', message, path: p };
    }),
    ...e.neverEnding.map((p): Finding => {
      const message = `no ending can be reached from here (a loop with no way out)${pathHint(p)}`;
      return { severity: 'error', code: 'never-ends', message, path: p };
    }),
    ...e.unreachedKnots.map((k): Finding => {
      return { severity: 'warning', code: 'unreached-knot', message: `knot or stitch '${k}' is never reached` };
    }),
  ];
  const faulted = e.problems.some((p) => p.kind !== 'tag');
  if (e.complete && !e.endings.length && !faulted && !e.neverEnding.length) {
    const severity = build.meta ? 'error' : 'warning';
    found.push({ severity, code: 'no-ending', message: 'no path reaches an ending tag' });
  }
  return found;
}

function untaggedDecisionFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const untagged = e.nodes.filter((n) => n.beatSummary.options > 0 && !n.beatSummary.decisionId);
  if (!build.meta || !untagged.length) return [];
  const first = untagged[0]!;
  const p: string[] = [];
  for (let n = first; n.parent >= 0; n = e.nodes[n.parent]!) p.unshift(n.via ?? '');
  const example = first.beatSummary.lastText.slice(0, 60);
  return [
    {
      severity: 'warning',
      code: 'no-decision-tag',
      message: `${untagged.length} decision state(s) have choices but no 'decision' tag, e.g. after "${example}"${pathHint(p)}`,
      path: p,
    },
  ];
}

function episodeOrderFindings(e: Exploration): Finding[] {
  const episodes = e.sightings.filter((s) => s.kind === 'episode').map((s) => Number(s.data.number));
  const distinct = [...new Set(episodes)].sort((a, b) => a - b);
  if (!distinct.some((n, i) => n !== i + 1)) return [];
  const message = `episode numbers should run 1, 2, 3…; found ${distinct.join(', ')}`;
  return [{ severity: 'warning', code: 'episode-order', message }];
}

export function explorationFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const bound: Finding[] = e.complete
    ? []
    : [
        {
          severity: 'warning',
          code: 'bound-hit',
          message: `exploration stopped at ${e.maxStates} states: results are partial (raise --max-states, or reduce state, e.g. fewer variables that never matter again)`,
        },
      ];
  return [
    ...bound,
    ...faultFindings(build, e),
    ...structureFindings(build, e),
    ...untaggedDecisionFindings(build, e),
    ...episodeOrderFindings(e),
  ];
}
