// The test suite: every *.test.ts beside the code; API tests run on SQLite and, with TEST_MYSQL_URL, on MySQL.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'plugins/**/*.test.ts', 'configs/**/*.test.ts', 'migrations/**/*.test.ts', 'admin-ui/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './core/test/summary-reporter.ts'],
  },
});
