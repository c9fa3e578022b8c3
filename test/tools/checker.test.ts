import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../tools/check.ts';

const F = 'test/fixtures/checker';

function codes(target: string): string[] {
  return checkTarget(target, 10_000)
    .findings.filter((f) => f.code !== 'quiz-json') // fixtures carry no pre/post test
    .map((f) => `${f.severity}:${f.code}`);
}

describe('the story checker', () => {
  it.each([
    ['dead-end', ['error:dead-end']],
    ['plain-endings.ink', []],
    ['unreachable-knot.ink', ['warning:unreached-knot']],
    ['unbound-external.ink', ['error:runtime-error']],
    ['infinite-loop.ink', ['error:runaway']],
    ['never-ends.ink', ['error:never-ends']],
    ['unknown-lp', ['error:unknown-lp']],
    ['unmissable-lp', ['error:lp-cannot-be-missed']],
    ['no-critical-act', ['error:no-critical-act']],
    ['quiz-key-longest', ['error:quiz-cue']],
    ['quiz-key-length', ['error:quiz-cue']],
    ['decision-best-longest', ['error:decision-cue']],
    ['added-real', ['error:added-marked-real']],
    ['chrono-undated', ['error:chrono-undated', 'warning:chrono-date-mismatch']],
    ['chrono-draft.ink', ['warning:chrono-undated']],
    ['unusual.ink', []],
  ])('finds exactly the defect in %s', (fixture, expected) => {
    expect(codes(`${F}/${fixture}`)).toEqual(expected);
  });

  it('says where each defect is', () => {
    const deadEnd = checkTarget(`${F}/dead-end`, 100).findings.find((f) => f.code === 'dead-end')!;
    expect(deadEnd.path).toEqual(['Accept the plan']);
    expect([deadEnd.file?.endsWith('dead-end/main.ink'), deadEnd.line]).toEqual([true, 8]);
    expect(deadEnd.message).toMatch(/^dead end in 'stop'/);
    const external = checkTarget(`${F}/unbound-external.ink`, 100).findings[0]!;
    expect(external.message).toMatch(
      /^unbound external function: EXTERNAL lookup\(\) has no Ink function of the same name/,
    );
    expect([external.file?.endsWith('unbound-external.ink'), external.line]).toEqual([true, 1]);
    const unknown = checkTarget(`${F}/unknown-lp`, 100).findings.find((f) => f.code === 'unknown-lp')!;
    expect([unknown.file?.endsWith('unknown-lp/main.ink'), unknown.line]).toEqual([true, 4]);
    expect(unknown.message).toBe("unknown learning point 'ghost' (not in scenario.json)");
    const unmissable = checkTarget(`${F}/unmissable-lp`, 100).findings.find((f) => f.code === 'lp-cannot-be-missed')!;
    expect([unmissable.file?.endsWith('unmissable-lp/scenario.json'), unmissable.line]).toEqual([true, 13]);
    const unreached = checkTarget(`${F}/unreachable-knot.ink`, 100).findings[0]!;
    expect(unreached.message).toContain("'forgotten'");
  });

  it('reports a dead end once for its place, with how many paths reach it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dead-end-'));
    cpSync(`${F}/dead-end`, dir, { recursive: true });
    const ink = readFileSync(`${F}/dead-end/main.ink`, 'utf8')
      .replace('Start.', 'VAR calls = 0\nStart.\n* [Call]\n  ~ calls = 1\n* [Call twice]\n  ~ calls = 2\n* [Wait]\n-')
      .replace('The story stops here without an ending.', 'The story stops here after {calls} calls.');
    writeFileSync(path.join(dir, 'main.ink'), ink);
    const deadEnds = checkTarget(dir, 1000).findings.filter((f) => f.code === 'dead-end');
    expect(deadEnds).toHaveLength(1);
    expect(deadEnds[0]!.message).toMatch(/in 'stop'.*; reached by 3 paths/);
  });

  it('reports a chrono entry without a sortable date with its file and line', () => {
    const undated = checkTarget(`${F}/chrono-undated`, 100).findings.filter((f) => f.code === 'chrono-undated');
    expect(undated).toHaveLength(1);
    expect([undated[0]!.severity, undated[0]!.file?.endsWith('chrono-undated/main.ink'), undated[0]!.line]).toEqual([
      'error',
      true,
      3,
    ]);
    expect(undated[0]!.message).toContain("chrono entry 'The child's teens' has no sortable date");
    expect(undated[0]!.message).toContain("'# chrono: YYYY-MM-DD / The child's teens; Starts missing school'");
    const slip = checkTarget(`${F}/chrono-undated`, 100).findings.find((f) => f.code === 'chrono-date-mismatch')!;
    expect([slip.severity, slip.line, slip.message]).toEqual([
      'warning',
      4,
      "chrono entry 'June 2014' is dated 2013-06, but its label names 2014: check the date",
    ]);
  });

  it('reports Ink errors in an included file with that file and line', () => {
    const report = checkTarget(`${F}/include-error/story.ink`, 100);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.file).toMatch(/include-error\/part\.ink$/);
    expect(errors[0]!.line).toBe(3);
  });

  it('reports the bound when exploration is cut short', () => {
    const report = checkTarget('stories/sample', 5);
    expect(report.complete).toBe(false);
    expect(report.findings.map((f) => f.code)).toContain('bound-hit');
  });

  it('names the cue each quiz fixture trips', () => {
    const message = (fixture: string) =>
      checkTarget(`${F}/${fixture}`, 100).findings.find((f) => f.code === 'quiz-cue')?.message;
    expect(message('quiz-key-longest')).toMatch(/the key is the longest option in 9 of 18 quiz items/);
    expect(message('quiz-key-length')).toMatch(/quiz keys are on average 67% longer than the distractors/);
  });

  it('checks the sample clean and reports its state space and learning points', () => {
    const report = checkTarget('stories/sample', 10_000);
    expect(report.findings).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.endings.map((e) => e.id).sort()).toEqual(['acted', 'closed']);
    expect([report.shortestPath, report.longestPath]).toEqual([3, 4]);
    expect(report.learningPoints).toEqual([
      { id: 's-ask-others', min: 0, max: 3, canBeMet: true, canBeMissed: true },
      { id: 's-see-the-child', min: -1, max: 2, canBeMet: true, canBeMissed: true },
      { id: 's-challenge', min: -1, max: 2, canBeMet: true, canBeMissed: true },
    ]);
    expect(report.decisionPoints.map((d) => d.kinds.join('+')).sort()).toEqual(['challenge', 'contact', 'disguised']);
  });

  it('exits non-zero on errors, zero on warnings only, and prints JSON for machines', () => {
    const run = (...args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync('npx', ['tsx', 'tools/check.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }),
        };
      } catch (e) {
        const err = e as { status: number; stdout: string };
        return { code: err.status, out: err.stdout };
      }
    };
    const bad = run(`${F}/dead-end`);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/error: dead end/);
    expect(run(`${F}/unreachable-knot.ink`).code).toBe(0);
    const json = run('stories/sample', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)[0]).toMatchObject({ target: 'stories/sample', complete: true, findings: [] });
  });
});
