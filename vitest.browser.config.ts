import { defineConfig } from 'vitest/config';

// Browser tests: Node-side Vitest files that drive Debian's Chromium through
// playwright-core against the production build (dist/) served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // A busy machine can take longer than Vitest's default second for the page to catch up:
    // a poll waits for its condition as long as Playwright waits for an element.
    expect: { poll: { timeout: 30_000, interval: 50 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
