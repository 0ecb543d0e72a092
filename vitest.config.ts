import { defineConfig } from 'vitest/config';

/**
 * The golden suites and the suites of the run's machinery (versions, re-extraction, removals, lineage events,
 * status), run a second time with documents read in two worker threads, as the CLI reads them.
 */
const WORKER_SUITES = [
  'tests/golden/devset.test.ts', 'tests/golden/cross-format.test.ts', 'tests/golden/devset-local-report-pdf.test.ts', 'tests/golden/wrapped-pdf.test.ts',
  'tests/ops/incremental.test.ts', 'tests/ops/lineage-events.test.ts', 'tests/ops/status.test.ts', 'tests/pipeline/run.test.ts',
];

export default defineConfig({
  test: {
    // Builds dist/ when src/ changed: the CLI tests run the built CLI, as users do.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Tests that spawn the CLI or build warehouses need more than the 5 s default on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'in-thread', include: ['tests/**/*.test.ts'] } },
      { extends: true, test: { name: 'workers-2', include: WORKER_SUITES, env: { SALW_TEST_WORKERS: '2' } } },
    ],
  },
});
