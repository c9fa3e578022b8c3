/**
 * Findings from the explored state graph: runtime faults, dead ends, loops with no way out,
 * unreached knots, missing endings, choices without a decision tag and episode numbering.
 */
import type { Exploration } from '../../src/engine/explore.ts';
import type { ScenarioBuild } from './build-scenario.ts';
import type { Finding } from './lint.ts';
import { type Declarations, placeOfInkPath, placeOfProblem, readDeclarations } from './source-places.ts';

const pathHint = (p: string[]) =>
  p.length ? ` (reached by: ${p.map((s) => `"${s}"`).join(' → ')})` : ' (at the start)';

/** What an unbound external's message should say: the simulator binds none, but runs Ink fallbacks. */
function externalMessage(message: string): string | null {
  const name = /binding for external:\s*'([^']+)'/.exec(message)?.[1];
  if (!name) return null;
  return `EXTERNAL ${name}() has no Ink function of the same name to fall back on: the simulator binds no external functions, so write '=== function ${name}(…) ===' in Ink (Inky runs it too)`;
}

/** Runtime errors and runaway loops, placed in the source where the message allows. */
function faultFindings(build: ScenarioBuild, e: Exploration, declarations: Declarations): Finding[] {
  return e.problems
    .filter((p) => p.kind !== 'tag') // reported from the source with file and line
    .map((p): Finding => {
      const place = placeOfProblem(declarations, p.message, p.path) ?? { file: build.entry, line: null };
      const message = p.message
        .replace(/^(Error:\s*)+/, '')
        .replace(/\s+/g, ' ')
        .trim();
      const where = p.path && !/^[\d.]*$/.test(p.path) ? ` [in ${p.path}]` : '';
      const external = externalMessage(message);
      return {
        severity: 'error',
        code: p.kind === 'runaway' ? 'runaway' : 'runtime-error',
        message: `${external ? `unbound external function: ${external}` : `${message}${where}`}${pathHint(p.at)}`,
        ...place,
        path: p.at,
      };
    });
}

/** The source place of a knot or stitch the explorer names ('' is the top of the story). */
function flowPlace(build: ScenarioBuild, declarations: Declarations, flow: string) {
  return placeOfInkPath(declarations, flow) ?? { file: build.entry, line: flow ? null : 1 };
}

const inFlow = (flow: string) => (flow ? `in '${flow}'` : 'at the top of the story');
const reachedBy = (paths: number) =>
  paths === Infinity
    ? '; reached by paths without number (a loop lies on the way)'
    : paths > 1
      ? `; reached by ${paths.toLocaleString('en-GB')} paths`
      : '';

/** Paths that stop, never stop, never arrive, or never end: once per place in the source. */
function structureFindings(build: ScenarioBuild, e: Exploration, declarations: Declarations): Finding[] {
  const found: Finding[] = [
    ...e.deadEnds.map(({ place, paths, path }): Finding => {
      const message = `dead end ${inFlow(place)}: the story stops with no choices and no ending tag (end every path with '# ending: id; Title' before '-> END')${reachedBy(paths)}${pathHint(path)}`;
      return { severity: 'error', code: 'dead-end', message, path, ...flowPlace(build, declarations, place) };
    }),
    ...e.neverEnding.map(({ place, states, path }): Finding => {
      const many = states > 1 ? `; ${states.toLocaleString('en-GB')} story states are caught in it` : '';
      const message = `no ending can be reached from here ${inFlow(place)} (a loop with no way out)${many}${pathHint(path)}`;
      return { severity: 'error', code: 'never-ends', message, path, ...flowPlace(build, declarations, place) };
    }),
    ...e.unreachedKnots.map((k): Finding => {
      const message = e.complete
        ? `knot or stitch '${k}' is never reached`
        : `knot or stitch '${k}' was not reached by the paths explored`;
      return { severity: 'warning', code: 'unreached-knot', message, ...flowPlace(build, declarations, k) };
    }),
  ];
  const faulted = e.problems.some((p) => p.kind !== 'tag');
  if (e.complete && !e.endings.length && !faulted && !e.neverEnding.length) {
    const severity = build.meta ? 'error' : 'warning';
    found.push({ severity, code: 'no-ending', message: 'no path reaches an ending tag', file: build.entry });
  }
  return found;
}

function untaggedDecisionFindings(build: ScenarioBuild, e: Exploration, declarations: Declarations): Finding[] {
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
      ...flowPlace(build, declarations, first.beatSummary.place),
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
  const declarations = readDeclarations(build.files);
  const { knots, choices } = e.coverage;
  const unreached = e.unreachedKnots.length ? `; not reached: ${e.unreachedKnots.join(', ')}` : '';
  const bound: Finding[] = e.complete
    ? []
    : [
        {
          severity: 'warning',
          code: 'bound-hit',
          message: `exploration stopped at ${e.nodes.length.toLocaleString('en-GB')} story states (${e.stoppedBecause}), so this is coverage, not proof: the paths explored reach ${knots.reached} of ${knots.total} knots and stitches and ${choices.reached} of ${choices.total} choices${unreached}. checks that need every path (learning points that cannot be met or missed, loops with no way out) are left out`,
          file: build.entry,
        },
      ];
  return [
    ...bound,
    ...faultFindings(build, e, declarations),
    ...structureFindings(build, e, declarations),
    ...untaggedDecisionFindings(build, e, declarations),
    ...episodeOrderFindings(e),
  ];
}
