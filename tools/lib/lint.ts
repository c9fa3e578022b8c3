/**
 * The checker's rules: everything that makes a scenario unsound, as findings with a
 * place (file:line where there is one) and a severity. Errors fail the check; warnings
 * do not.
 */
import path from 'node:path';
import type { ScenarioBuild } from './build-scenario.ts';
import { explorationFindings } from './explore-lint.ts';
import { learningFindings } from './learning-lint.ts';
import { chronoFindings, readSourceTags, tagFindings, untouchedPointFindings } from './tag-lint.ts';

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

/** Compiler diagnostics, and scenario.json and quiz.json problems. */
function fileFindings(build: ScenarioBuild): Finding[] {
  const found: Finding[] = build.diagnostics.map((d) => ({
    severity: d.severity === 'error' ? 'error' : 'warning',
    code: d.severity === 'error' ? 'ink-error' : 'ink-warning',
    message: d.message,
    file: d.file,
    line: d.line,
  }));
  const metaFile = path.join(build.dir, 'scenario.json');
  for (const p of build.metaProblems)
    found.push({ severity: 'error', code: 'scenario-json', message: p, file: metaFile });
  const quizFile = path.join(build.dir, 'quiz.json');
  for (const p of build.quizProblems) found.push({ severity: 'error', code: 'quiz-json', message: p, file: quizFile });
  if (build.meta && !build.quiz && !build.quizProblems.length) {
    const message = 'no quiz.json: the scenario has no pre- and post-test';
    found.push({ severity: 'warning', code: 'quiz-json', message, file: quizFile });
  }
  return found;
}

export function lintScenario(build: ScenarioBuild): Finding[] {
  const tags = readSourceTags(build);
  const findings = [
    ...fileFindings(build),
    ...tagFindings(build, tags),
    ...chronoFindings(build, tags),
    ...untouchedPointFindings(build, tags),
  ];
  const e = build.exploration;
  if (!e) return findings;
  return [...findings, ...explorationFindings(build, e), ...learningFindings(build, e)];
}
