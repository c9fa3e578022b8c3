/**
 * The explorer keeps its state graph in memory. Run in a child process whose heap is
 * capped, on a generated story with far more states than fit, the checker must stop in
 * time and report what it covered, not crash.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generatedStory } from '../../bench/lib/generated-story.ts';
import type { CheckReport } from '../../tools/check.ts';

it('stops before a capped heap runs out, and reports coverage instead of failing', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'big-story-')), 'big.ink');
  writeFileSync(file, generatedStory(18)); // about half a million states
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=96', '--import', 'tsx', 'tools/check.ts', file, '--max-states', '10000000', '--json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  const [report] = JSON.parse(out) as CheckReport[];
  expect(report!.complete).toBe(false);
  expect(report!.states).toBeGreaterThan(1000);
  const bound = report!.findings.find((f) => f.code === 'bound-hit')!;
  expect(bound.severity).toBe('warning');
  expect(bound.message).toMatch(/\(memory: [^)]*\d+ MB[^)]*\), so this is coverage, not proof/);
  expect(bound.message).toMatch(/reach 19 of 19 knots and stitches and \d+ of 36 choices/);
  expect(report!.findings.filter((f) => f.severity === 'error')).toEqual([]);
}, 120_000);
