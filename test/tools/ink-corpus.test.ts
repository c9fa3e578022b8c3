/**
 * A corpus of small Ink stories (test/fixtures/ink-corpus) through the checker: every
 * feature of Ink that a writer might use, and every kind of mistake. `ok-*.ink` must pass
 * with no error; `broken-*.ink` must fail with an error that names a file and a line there.
 * Nothing may crash the checker.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckReport, checkTarget } from '../../tools/check.ts';

const CORPUS = 'test/fixtures/ink-corpus';
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.ink'))
  .sort();
const ok = files.filter((f) => f.startsWith('ok-'));
const broken = files.filter((f) => f.startsWith('broken-'));

const reports = new Map<string, CheckReport>();
function check(file: string): CheckReport {
  let report = reports.get(file);
  if (!report) {
    report = checkTarget(path.join(CORPUS, file), 20_000);
    reports.set(file, report);
  }
  return report;
}

const errors = (r: CheckReport) => r.findings.filter((f) => f.severity === 'error');
const lineCount = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).length;

describe('the Ink corpus', () => {
  it('is large, and every file says what it expects', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(broken.length).toBeGreaterThanOrEqual(15);
    expect(ok.length + broken.length).toBe(files.length);
  });

  it.each(ok)('%s compiles, explores completely and reaches an ending, with no error', (file) => {
    const report = check(file);
    expect(errors(report)).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.endings.length).toBeGreaterThan(0);
  });

  it.each(broken)('%s fails with an error that names a file and a line in it', (file) => {
    const report = check(file);
    const placed = errors(report).filter((f) => f.file && typeof f.line === 'number');
    expect(placed.length, JSON.stringify(report.findings, null, 1)).toBeGreaterThan(0);
    for (const f of placed) {
      expect(path.resolve(f.file!).startsWith(path.resolve(CORPUS))).toBe(true);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lineCount(f.file!));
    }
  });

  it.each(files)('%s reports each finding once', (file) => {
    const keys = check(file).findings.map((f) => `${f.file}:${f.line}:${f.message}`);
    expect(keys).toEqual([...new Set(keys)]);
  });

  // Where the place is not simply the entry file: included files, runtime faults, externals.
  it.each([
    ['broken-error-in-included-file.ink', 'parts/broken-part.ink', 3, 'ink-error'],
    ['broken-recursive-include.ink', 'parts/includes-itself.ink', 1, 'ink-error'],
    ['broken-missing-include.ink', 'broken-missing-include.ink', 1, 'ink-error'],
    ['broken-duplicate-knot.ink', 'broken-duplicate-knot.ink', 5, 'ink-error'],
    ['broken-external-unbound.ink', 'broken-external-unbound.ink', 1, 'runtime-error'],
    ['broken-runs-out-of-content.ink', 'broken-runs-out-of-content.ink', 6, 'runtime-error'],
    ['broken-tunnel-return-without-tunnel.ink', 'broken-tunnel-return-without-tunnel.ink', 3, 'runtime-error'],
    ['broken-loops-forever.ink', 'broken-loops-forever.ink', 5, 'runaway'],
  ])('%s is placed at %s:%i (%s)', (file, where, line, code) => {
    const first = errors(check(file))[0]!;
    expect([path.relative(CORPUS, first.file ?? ''), first.line, first.code]).toEqual([where, line, code]);
  });

  it('reports every malformed tag of a file, each on its own line', () => {
    const bad = errors(check('broken-tag-values.ink')).filter((f) => f.code === 'bad-tag');
    expect(bad.map((f) => f.line)).toEqual([1, 2, 3, 4, 4, 5, 6, 7]);
  });

  it('runs the whole corpus through `npm run check` without crashing, failing on the broken files only', () => {
    let out: string;
    let status = 0;
    try {
      out = execFileSync('npx', ['tsx', 'tools/check.ts', ...files.map((f) => path.join(CORPUS, f)), '--json'], {
        encoding: 'utf8',
        stdio: 'pipe',
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      out = err.stdout;
    }
    expect(status).toBe(1);
    const cli = JSON.parse(out) as CheckReport[];
    const failing = cli.filter((r) => errors(r).length).map((r) => path.basename(r.target));
    expect(failing.sort()).toEqual(broken);
  });
});
