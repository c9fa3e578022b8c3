/**
 * Findings on what a scenario teaches, from a complete exploration and the quiz: cues a
 * test-wise learner could read, added decisions that claim the real case, learning points
 * with no critical act, and learning points whose reachable scores teach nothing.
 */
import path from 'node:path';
import type { Exploration } from '../../src/engine/explore.ts';
import { MET_THRESHOLD } from '../../src/engine/ledger.ts';
import type { LearningPoint } from '../../src/engine/scenario.ts';
import { addedProblems } from './added-lint.ts';
import type { ScenarioBuild } from './build-scenario.ts';
import { decisionCueProblems, decisionCues, pointsWithActs, quizCueProblems, quizCues } from './cue-lint.ts';
import type { Finding } from './lint.ts';
import { lineOfId } from './source-places.ts';

function cueFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const found: Finding[] = [];
  if (build.meta && build.quiz) {
    const quizFile = path.join(build.dir, 'quiz.json');
    for (const p of quizCueProblems(quizCues(build.quiz))) found.push({ ...p, code: 'quiz-cue', file: quizFile });
  }
  if (build.meta && e.complete) {
    for (const p of decisionCueProblems(decisionCues(e.sightings))) found.push({ ...p, code: 'decision-cue' });
    for (const message of addedProblems(build.meta.added ?? [], e.sightings, e.decisions)) {
      const file = path.join(build.dir, 'scenario.json');
      found.push({ severity: 'error', code: 'added-marked-real', message, file });
    }
  }
  return found;
}

function criticalActFindings(points: readonly LearningPoint[], e: Exploration, metaFile: string): Finding[] {
  const acted = pointsWithActs(e.sightings);
  return points
    .filter((lp) => !acted.has(lp.id))
    .map((lp): Finding => ({
      severity: 'error',
      code: 'no-critical-act',
      message: `learning point '${lp.id}' has no reachable critical act: tag the option(s) that are its lesson '# critical: ${lp.id}', so that collecting credits alone (e.g. calling every agency) cannot meet it`,
      file: metaFile,
      line: lineOfId(metaFile, lp.id),
    }));
}

/** A learning point's reachable range must let it be met and be missed, by a bounded score. */
function rangeFinding(lp: LearningPoint, e: Exploration, file: string): Finding | null {
  const r = e.lpRanges[lp.id];
  if (!r) return null;
  if (r.unboundedMax || r.unboundedMin) {
    const message = `learning point '${lp.id}' can be ${r.unboundedMax ? 'raised' : 'lowered'} without limit by repeating a loop`;
    return { severity: 'error', code: 'lp-unbounded', message, file };
  }
  if (r.max <= 0) {
    const message = `learning point '${lp.id}' can never be met (best reachable score ${r.max})`;
    return { severity: 'error', code: 'lp-cannot-be-met', message, file };
  }
  if (r.min >= MET_THRESHOLD * r.max) {
    const message = `learning point '${lp.id}' cannot be missed (lowest reachable score ${r.min} of ${r.max}): it teaches nothing`;
    return { severity: 'error', code: 'lp-cannot-be-missed', message, file };
  }
  if (r.min > 0) {
    const message = `learning point '${lp.id}' is at least partly met on every path (lowest score ${r.min} of ${r.max})`;
    return { severity: 'warning', code: 'lp-cannot-be-missed', message, file };
  }
  return null;
}

export function learningFindings(build: ScenarioBuild, e: Exploration): Finding[] {
  const found = cueFindings(build, e);
  if (!build.meta || !e.complete) return found;
  const metaFile = path.join(build.dir, 'scenario.json');
  const points = build.meta.learningPoints;
  found.push(...criticalActFindings(points, e, metaFile));
  for (const lp of points) {
    const f = rangeFinding(lp, e, metaFile);
    if (f) found.push({ ...f, line: lineOfId(metaFile, lp.id) });
  }
  return found;
}
