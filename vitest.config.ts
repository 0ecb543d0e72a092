import { defineConfig } from 'vitest/config';

/**
 * The golden suites and the suites of the run's machinery (versions, re-extraction, removals, lineage events,
 * status), run a second time with documents read in two worker threads, as the CLI reads them.
 */
const WORKER_SUITES = [
  'tests/golden/devset.test.ts', 'tests/golden/cross-format.test.ts', 'tests/golden/devset-local-report-pdf.test.ts', 'tests/golden/wrapped-pdf.test.ts',
  'tests/ops/incremental.test.ts', 'tests/ops/lineage-events.test.ts', 'tests/ops/status.test.ts', 'tests/pipeline/run.test.ts',
];

/**
 * The suites about what a run writes, run again with the warehouse on PostgreSQL (SALW_TEST_BACKEND=postgres;
 * tests/helpers/backend.ts: each run loads a fresh database of the tests' server, and the suite reads an exact
 * copy of it). Their expectations are the SQLite ones, unchanged: the two backends must load the same.
 *
 * Left out, because they test SQLite's file and its mechanics, not what a run writes:
 * - tests/warehouse/fact-store, kysely-statements: the SQLite fact store's and driver's prepared statements;
 * - tests/warehouse/write-path-plans: SQLite's query plans (EXPLAIN QUERY PLAN);
 * - tests/warehouse/read-only-media: a SQLite file on read-only media (-wal, -shm);
 * - tests/warehouse/lock: the lock row and busy timeout of a SQLite file (PostgreSQL's lock: tests/warehouse/postgres);
 * - tests/warehouse/upgrade, no-parts-migration: SQLite files of older schemas migrated in place;
 * - tests/warehouse/declaration: compares both backends with the declaration already (tests/warehouse/postgres).
 * Left out for now, for what they need:
 * - tests/ops/processes: several processes on one warehouse wait on the lock row of a SQLite file; on PostgreSQL
 *   they share the corpus by document leases (issue 12), which get tests of their own;
 * - tests/ops/scheduler, cli, fetch-step: `schedule` and `fetch` read the SQLite file; the --dry-run tests of
 *   tests/ops/incremental are skipped on PostgreSQL while src/ops/plan.ts reads SQLite only;
 * - tests/pipeline/run-counters: reads the warehouse while the run goes, before any copy is made;
 * - tests/pipeline/workers-same-warehouse: two loads of every fixture (minutes); tests/warehouse/postgres/run
 *   compares a PostgreSQL run with a SQLite one by canonical dump, and the canonical-dump suite runs here.
 * - tests/robustness/kill-points: SIGKILL at 20 points of a run; on PostgreSQL what a killed process leaves is
 *   the leases' to recover (issue 12), tested with them;
 * - tests/robustness/foreign-warehouse, warehouse-errors: another application's SQLite file, SQLite's errors.
 * The other pipeline suites test reading and extraction, which no backend changes; what they load is stored by
 * the same run path the suites here check.
 */
const POSTGRES_SUITES = [
  ...WORKER_SUITES, 'tests/golden/canonical-dump.test.ts',
  // Claims over several documents and their versions; fact ids kept across re-extraction, shifts, removal and return.
  'tests/warehouse/claims.test.ts', 'tests/warehouse/fact-ids.test.ts',
  // What a run knows of a path (its digest kept by size and time, a touched file's new time recorded).
  'tests/pipeline/known-hashes.test.ts',
  // `salw-etl run --warehouse postgres://...` as a process: notices of quarantine and of refused removals.
  'tests/ops/notify.test.ts',
  // Ctrl-C and SIGTERM on `salw-etl run --warehouse postgres://...`: the run closed as interrupted, the lock released.
  'tests/cli/signals.test.ts',
  // 64 hostile folder entries (bad bytes, control characters, odd encodings, broken PDFs): what is read loads on both; the removal guard.
  'tests/robustness/bad-inputs.test.ts',
  // Every query of docs/queries.md, asked of PostgreSQL itself (its views), gives the doc's results.
  'tests/analyst/queries-doc.test.ts',
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
      { extends: true, test: { name: 'postgres', include: POSTGRES_SUITES, env: { SALW_TEST_BACKEND: 'postgres' } } },
    ],
  },
});
