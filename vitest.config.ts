// The test suite: unit and API tests beside the code (SQLite, and MySQL with TEST_MYSQL_URL), then the console in Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './core/test/summary-reporter.ts'],
    // Two test files at a time (vitest's default on 2 cores is one): most of a file's time is spent waiting on MariaDB,
    // a child server or Chromium, so a second file fills those waits. The browser tests stay one at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'plugins/**/*.test.ts', 'configs/**/*.test.ts', 'migrations/**/*.test.ts', 'admin-ui/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      // The browser tests run after the others, one file at a time: they start Chromium and a server each.
      {
        extends: './e2e/vitest.config.ts',
        test: { name: 'e2e', sequence: { groupOrder: 1 } },
      },
    ],
  },
});
