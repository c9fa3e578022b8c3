/**
 * The checker's rules: everything that makes a scenario unsound, as findings with a
 * place (file:line where there is one) and a severity. Errors fail the check; warnings
 * do not.
 */
import path from 'node:path';
import { CHOICE_ONLY_TAGS, LINE_ONLY_TAGS, parseTag } from '../../src/engine/tags.ts';
import { MET_THRESHOLD } from '../../src/engine/ledger.ts';
import type { ScenarioBuild } from './build-scenario.ts';
import { addedProblems } from './added-lint.ts';
import { type ChronoSighting, chronoMismatches, chronoProblems } from './chrono-lint.ts';
import { decisionCueProblems, decisionCues, pointsWithActs, quizCueProblems, quizCues } from './cue-lint.ts';
import { scanTags } from './scan-tags.ts';
import { placeOfProblem, readDeclarations } from './source-places.ts';

export type FindingCode =
  | 'ink-error'
  | 'ink-warning'
  | 'scenario-json'
  | 'quiz-json'
  | 'bad-tag'
  | 'tag-placement'
  | 'unknown-lp'
  | 'untouched-lp'
  | 'lp-cannot-be-met'
  | 'lp-cannot-be-missed'
  | 'lp-unbounded'
  | 'dead-end'
  | 'never-ends'
  | 'runaway'
  | 'runtime-error'
  | 'unreached-knot'
  | 'bound-hit'
  | 'no-decision-tag'
  | 'duplicate-decision'
  | 'episode-order'
  | 'no-ending'
  | 'no-critical-act'
  | 'quiz-cue'
  | 'decision-cue'
  | 'added-marked-real'
  | 'chrono-undated'
  | 'chrono-date-mismatch';

export interface Finding {
  severity: 'error' | 'warning';
  code: FindingCode;
  message: string;
  file?: string;
  line?: number | null;
  /** Option texts that lead to the problem, from the start. */
  path?: string[];
}

const pathHint = (p: string[]) =>
  p.length ? ` (reached by: ${p.map((s) => `"${s}"`).join(' → ')})` : ' (at the start)';

export function lintScenario(build: ScenarioBuild): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const metaFile = path.join(build.dir, 'scenario.json');

  for (const d of build.diagnostics) {
    add({
      severity: d.severity === 'error' ? 'error' : 'warning',
      code: d.severity === 'error' ? 'ink-error' : 'ink-warning',
      message: d.message,
      file: d.file,
      line: d.line,
    });
  }
  for (const p of build.metaProblems) add({ severity: 'error', code: 'scenario-json', message: p, file: metaFile });
  const quizFile = path.join(build.dir, 'quiz.json');
  for (const p of build.quizProblems) add({ severity: 'error', code: 'quiz-json', message: p, file: quizFile });
  if (build.meta && !build.quiz && !build.quizProblems.length) {
    add({
      severity: 'warning',
      code: 'quiz-json',
      message: 'no quiz.json: the scenario has no pre- and post-test',
      file: quizFile,
    });
  }

  const catalogue = new Set(build.meta?.learningPoints.map((lp) => lp.id) ?? []);
  const touched = new Set<string>();
  const decisionIds = new Map<string, { file: string; line: number }>();
  const chronos: ChronoSighting[] = [];
  for (const file of build.files.filter((f) => f.endsWith('.ink'))) {
    let tags;
    try {
      tags = scanTags(file);
    } catch {
      continue;
    }
    for (const t of tags) {
      const parsed = parseTag(t.raw);
      if (!parsed.ok) {
        add({ severity: 'error', code: 'bad-tag', message: parsed.message, file: t.file, line: t.line });
        continue;
      }
      const tag = parsed.tag;
      if (t.place === 'choice' && LINE_ONLY_TAGS.has(tag.name)) {
        add({
          severity: 'warning',
          code: 'tag-placement',
          message: `'${tag.name}' on a choice has no effect there; put it on a line`,
          file: t.file,
          line: t.line,
        });
      }
      if (t.place !== 'choice' && (CHOICE_ONLY_TAGS.has(tag.name) || (tag.name === 'real' && tag.text === null))) {
        add({
          severity: 'warning',
          code: 'tag-placement',
          message:
            t.place === 'after-choice'
              ? `'${tag.name}' after the closing ']' belongs to the text that follows, not the choice; move it inside the brackets`
              : `'${tag.name}' only means something on a choice`,
          file: t.file,
          line: t.line,
        });
      }
      const named = tag.name === 'lp' ? tag.effect.id : tag.name === 'critical' ? tag.learningPoint : null;
      if (tag.name === 'lp') touched.add(tag.effect.id);
      if (named && build.meta && !catalogue.has(named)) {
        add({
          severity: 'error',
          code: 'unknown-lp',
          message: `unknown learning point '${named}' (not in scenario.json)`,
          file: t.file,
          line: t.line,
        });
      }
      if (tag.name === 'chrono') chronos.push({ file: t.file, line: t.line, tag });
      if (tag.name === 'decision') {
        const seen = decisionIds.get(tag.id);
        if (seen && (seen.file !== t.file || seen.line !== t.line)) {
          add({
            severity: 'error',
            code: 'duplicate-decision',
            message: `decision id '${tag.id}' is also used at ${path.basename(seen.file)}:${seen.line}`,
            file: t.file,
            line: t.line,
          });
        } else decisionIds.set(tag.id, { file: t.file, line: t.line });
      }
    }
  }
  for (const p of chronoProblems(chronos, Boolean(build.meta))) add({ ...p, code: 'chrono-undated' });
  for (const p of chronoMismatches(chronos)) add({ ...p, code: 'chrono-date-mismatch' });
  for (const lp of build.meta?.learningPoints ?? []) {
    if (!touched.has(lp.id)) {
      add({
        severity: 'error',
        code: 'untouched-lp',
        message: `learning point '${lp.id}' is never credited or debited by any choice`,
        file: metaFile,
      });
    }
  }

  const e = build.exploration;
  if (!e) return findings;
  if (!e.complete) {
    add({
      severity: 'warning',
      code: 'bound-hit',
      message: `exploration stopped at ${e.maxStates} states: results are partial (raise --max-states, or reduce state, e.g. fewer variables that never matter again)`,
    });
  }
  const declarations = readDeclarations(build.files);
  for (const p of e.problems) {
    if (p.kind === 'tag') continue; // reported from the source with file and line
    const place = placeOfProblem(declarations, p.message, p.path);
    const external = /external|binding/i.test(p.message);
    const message = p.message
      .replace(/^(Error:\s*)+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const where = p.path && !/^[\d.]*$/.test(p.path) ? ` [in ${p.path}]` : '';
    add({
      severity: 'error',
      code: p.kind === 'runaway' ? 'runaway' : 'runtime-error',
      message: `${external ? 'unbound external function: ' : ''}${message}${where}${pathHint(p.at)}`,
      ...place,
      path: p.at,
    });
  }
  for (const p of e.deadEnds) {
    add({
      severity: 'error',
      code: 'dead-end',
      message: `dead end: no choices and no ending tag${pathHint(p)}`,
      path: p,
    });
  }
  for (const p of e.neverEnding) {
    add({
      severity: 'error',
      code: 'never-ends',
      message: `no ending can be reached from here (a loop with no way out)${pathHint(p)}`,
      path: p,
    });
  }
  for (const k of e.unreachedKnots) {
    add({ severity: 'warning', code: 'unreached-knot', message: `knot or stitch '${k}' is never reached` });
  }
  const faulted = e.problems.some((p) => p.kind !== 'tag');
  if (e.complete && !e.endings.length && !faulted && !e.neverEnding.length) {
    add({ severity: build.meta ? 'error' : 'warning', code: 'no-ending', message: 'no path reaches an ending tag' });
  }
  const untagged = e.nodes.filter((n) => n.beatSummary.options > 0 && !n.beatSummary.decisionId);
  if (build.meta && untagged.length) {
    const first = untagged[0]!;
    const p: string[] = [];
    for (let n = first; n.parent >= 0; n = e.nodes[n.parent]!) p.unshift(n.via ?? '');
    add({
      severity: 'warning',
      code: 'no-decision-tag',
      message: `${untagged.length} decision state(s) have choices but no 'decision' tag, e.g. after "${first.beatSummary.lastText.slice(0, 60)}"${pathHint(p)}`,
      path: p,
    });
  }
  const episodes = e.sightings.filter((s) => s.kind === 'episode').map((s) => Number(s.data.number));
  const distinct = [...new Set(episodes)].sort((a, b) => a - b);
  if (distinct.some((n, i) => n !== i + 1)) {
    add({
      severity: 'warning',
      code: 'episode-order',
      message: `episode numbers should run 1, 2, 3…; found ${distinct.join(', ')}`,
    });
  }

  if (build.meta && build.quiz) {
    for (const p of quizCueProblems(quizCues(build.quiz))) add({ ...p, code: 'quiz-cue', file: quizFile });
  }
  if (build.meta && e.complete) {
    for (const p of decisionCueProblems(decisionCues(e.sightings))) add({ ...p, code: 'decision-cue' });
    for (const message of addedProblems(build.meta.added ?? [], e.sightings, e.decisions)) {
      add({ severity: 'error', code: 'added-marked-real', message, file: metaFile });
    }
    const acted = pointsWithActs(e.sightings);
    for (const lp of build.meta.learningPoints) {
      if (!acted.has(lp.id)) {
        add({
          severity: 'error',
          code: 'no-critical-act',
          message: `learning point '${lp.id}' has no reachable critical act: tag the option(s) that are its lesson '# critical: ${lp.id}', so that collecting credits alone (e.g. calling every agency) cannot meet it`,
          file: metaFile,
        });
      }
    }
  }
  if (build.meta && e.complete) {
    for (const lp of build.meta.learningPoints) {
      const r = e.lpRanges[lp.id];
      if (!r) continue;
      if (r.unboundedMax || r.unboundedMin) {
        add({
          severity: 'error',
          code: 'lp-unbounded',
          message: `learning point '${lp.id}' can be ${r.unboundedMax ? 'raised' : 'lowered'} without limit by repeating a loop`,
          file: metaFile,
        });
      } else if (r.max <= 0) {
        add({
          severity: 'error',
          code: 'lp-cannot-be-met',
          message: `learning point '${lp.id}' can never be met (best reachable score ${r.max})`,
          file: metaFile,
        });
      } else if (r.min >= MET_THRESHOLD * r.max) {
        add({
          severity: 'error',
          code: 'lp-cannot-be-missed',
          message: `learning point '${lp.id}' cannot be missed (lowest reachable score ${r.min} of ${r.max}): it teaches nothing`,
          file: metaFile,
        });
      } else if (r.min > 0) {
        add({
          severity: 'warning',
          code: 'lp-cannot-be-missed',
          message: `learning point '${lp.id}' is at least partly met on every path (lowest score ${r.min} of ${r.max})`,
          file: metaFile,
        });
      }
    }
  }
  return findings;
}
