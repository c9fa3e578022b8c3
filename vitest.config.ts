import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/engine/**/*.test.ts',
      'test/tools/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/scenarios/**/*.test.ts',
      'test/lms/**/*.test.ts',
      'test/lrs/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
