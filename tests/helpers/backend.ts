import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { beforeEach } from 'vitest';
import { copyWarehouse } from '../../src/ops/copy-warehouse.ts';
import { openRunWarehouse } from '../../src/ops/open-warehouse.ts';
import { type RunOptions, type RunSummary, runPipelines } from '../../src/pipeline/run.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { VIEWS } from '../../src/warehouse/declaration/views.ts';
import { openPostgresWarehouse } from '../../src/warehouse/postgres/warehouse.ts';
import { testPostgres } from './postgres.ts';

/**
 * The warehouse backend a suite loads into: SQLite by default, PostgreSQL with `SALW_TEST_BACKEND=postgres`
 * (the vitest project `postgres` sets it), so the golden, ops and warehouse suites prove that a run on
 * PostgreSQL loads what it loads on SQLite, with their own exact expectations and few changes.
 *
 * A suite keeps naming its warehouse by the SQLite path of its workspace (`ws.warehouse`) and runs through
 * `backend.runPipelines`. On PostgreSQL that path stands for a fresh database of the tests' server (one per
 * path, made at first use, dropped after the file): the run writes there, through `openRunWarehouse` as the
 * commands do, and then an exact copy of it is written to the path (the "mirror"), so the suite's
 * synchronous reads (better-sqlite3, the golden comparator, tests/ops/support.ts `query`) stay as they are.
 *
 * Why reading the mirror is honest: the copy is `salw-etl copy` itself (src/ops/copy-warehouse.ts). It moves
 * every row of every data table with its id, then, before it commits, reads the target back and checks it
 * against the source, table by table (row counts and a digest of every column of every row) and by canonical
 * dump; any difference fails the copy, and so the test. tests/warehouse/postgres/copy.test.ts proves the copy
 * exact both ways. The views are the backends' own (PostgreSQL's are written apart from SQLite's): after each
 * copy every view of the declaration is read on both sides and must give the same rows (in order where the
 * view states one), so a suite reading a view through the copy reads what PostgreSQL's view shows. What the
 * copy leaves out is live process state (`warehouse_lock`, `scheduler_state`): a suite that asserts those
 * reads them from PostgreSQL itself. The mirror is refreshed after every run made
 * through `runPipelines` here; after a run made otherwise (a spawned CLI given `location(path)`), call `mirror`.
 *
 *   const backend = await testBackend();   // at the top of the test file: the server's hooks belong to the file
 *   await backend.runPipelines({ rawDir, warehousePath: ws.warehouse, ... });
 *   runCli(['run', ...(await backend.cliArgs(ws.warehouse)), ...]); await backend.mirror(ws.warehouse);
 */

export type BackendKind = 'sqlite' | 'postgres';

/** The backend this test process loads into. */
export const TEST_BACKEND: BackendKind = process.env.SALW_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

export interface TestBackend {
  readonly kind: BackendKind;
  /** runPipelines into the warehouse `options.warehousePath` stands for; on PostgreSQL the mirror is written after (also, when it can be, after a run that throws). */
  runPipelines(options: RunOptions): Promise<RunSummary>;
  /** The `--warehouse` value for the warehouse `sqlitePath` stands for: the path itself, or its database's URL. */
  location(sqlitePath: string): Promise<string>;
  /** The arguments naming the warehouse to a spawned `salw-etl`: `--warehouse <location>`, and on PostgreSQL `--state-dir` (see stateDir). */
  cliArgs(sqlitePath: string): Promise<string[]>;
  /** Rows of a query asked of the warehouse itself (the file, or the database, not its copy): for what the copy leaves out, such as `warehouse_lock`. */
  serverRows(sqlitePath: string, query: string): Promise<Record<string, unknown>[]>;
  /** Writes the mirror of `sqlitePath` again from its database (no-op on SQLite): after a run this helper did not make. */
  mirror(sqlitePath: string): Promise<void>;
  /** Throws the warehouse `sqlitePath` stands for away (the file, its -wal and -shm; on PostgreSQL its database too): the next run builds a new one. */
  discard(sqlitePath: string): Promise<void>;
  /**
   * The state folder to name for the files a warehouse keeps beside it (openlineage.jsonl): undefined on SQLite
   * (they go beside the file), the folder of `sqlitePath` on PostgreSQL, so a suite finds them in the same place.
   */
  stateDir(sqlitePath: string): string | undefined;
}

/** Call once, at the top level of the test file (the PostgreSQL server's hooks are registered on the file). */
export async function testBackend(): Promise<TestBackend> {
  if (TEST_BACKEND === 'sqlite') return sqliteBackend();
  const server = await testPostgres();
  if (!server.available) {
    // testPostgres already failed the file under SALW_REQUIRE_PG=1. Otherwise nothing here ran on PostgreSQL:
    // every test says it was skipped and why (what a suite's beforeAll loads goes to SQLite, unread).
    beforeEach((context) => context.skip(`no PostgreSQL for the postgres project: ${server.reason}`));
    return sqliteBackend();
  }
  const databases = new Map<string, Promise<string>>();
  const location = (sqlitePath: string): Promise<string> => {
    let url = databases.get(sqlitePath);
    if (!url) {
      url = server.database();
      databases.set(sqlitePath, url);
    }
    return url;
  };
  const mirror = async (sqlitePath: string): Promise<void> => {
    const url = databases.get(sqlitePath);
    if (!url) throw new Error(`no PostgreSQL warehouse stands for ${sqlitePath}: nothing was run into it`);
    removeFile(sqlitePath);
    await copyWarehouse(await url, sqlitePath);
    await sameViews(await url, sqlitePath);
  };
  return {
    kind: 'postgres',
    async runPipelines(options) {
      const path = options.warehousePath;
      let summary: RunSummary;
      try {
        // These suites are one process whose code may change between its runs (an upgrade): on a shared warehouse
        // that process is started with --takeover. The refusal without it is tested in tests/warehouse/postgres/shared-ingest.test.ts.
        summary = await runPipelines({ takeover: true, ...options, warehousePath: await location(path), openWarehouse: openRunWarehouse });
      } catch (error) {
        // What the failed run left is what the suite reads next; the run's own error is what it asserts.
        await mirror(path).catch(() => undefined);
        throw error;
      }
      await mirror(path);
      return summary;
    },
    location,
    cliArgs: async (sqlitePath) => ['--warehouse', await location(sqlitePath), '--state-dir', dirname(sqlitePath)],
    async serverRows(sqlitePath, query) {
      const warehouse = await openPostgresWarehouse(await location(sqlitePath), { readonly: true });
      try {
        return (await sql<Record<string, unknown>>`${sql.raw(query)}`.execute(warehouse.db)).rows;
      } finally {
        await warehouse.close();
      }
    },
    mirror,
    async discard(sqlitePath) {
      // The database is left to the file's end (testPostgres drops it); a new one stands for the path from now on.
      databases.delete(sqlitePath);
      removeFile(sqlitePath);
    },
    stateDir: (sqlitePath) => dirname(sqlitePath),
  };
}

function sqliteBackend(): TestBackend {
  return {
    kind: 'sqlite',
    runPipelines,
    location: async (sqlitePath) => sqlitePath,
    cliArgs: async (sqlitePath) => ['--warehouse', sqlitePath],
    async serverRows(sqlitePath, query) {
      const warehouse = await openWarehouse(sqlitePath, { readonly: true });
      try {
        return (await sql<Record<string, unknown>>`${sql.raw(query)}`.execute(warehouse.db)).rows;
      } finally {
        await warehouse.close();
      }
    },
    mirror: async () => undefined,
    discard: async (sqlitePath) => removeFile(sqlitePath),
    stateDir: () => undefined,
  };
}

/** A SQLite warehouse file with its -wal and -shm. */
function removeFile(sqlitePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${suffix}`, { force: true });
}

type Row = Record<string, unknown>;

/**
 * Views whose stated order is not total, with the columns it is stated on: rows tied on those come in one order on
 * SQLite and in another on PostgreSQL. Their rows are compared as a set, and the sequence of their order columns
 * exactly. A gap of the product: an entry goes once the view's ORDER BY ends on a key, on both backends.
 */
const PARTIAL_ORDER: Record<string, readonly string[]> = {
};

/** Rows as a sorted list of their JSON: a set of rows, compared whatever their order. */
const asSet = (rows: readonly Row[]): string[] => rows.map((row) => JSON.stringify(row)).sort();

/** What differs between a view's rows on PostgreSQL and on SQLite (null: nothing), as its stated order is. */
function viewDifference(view: { name: string; ordered: boolean }, there: readonly Row[], here: readonly Row[]): string | null {
  const partial = PARTIAL_ORDER[view.name];
  const keys = (rows: readonly Row[]) => rows.map((row) => (partial ?? []).map((column) => row[column]));
  const same = !view.ordered
    ? isDeepStrictEqual(asSet(there), asSet(here))
    : partial
      ? isDeepStrictEqual(asSet(there), asSet(here)) && isDeepStrictEqual(keys(there), keys(here))
      : isDeepStrictEqual(there, here);
  if (same) return null;
  const at = there.findIndex((row, i) => !isDeepStrictEqual(row, here[i]));
  const row = at < 0 ? here.length : at;
  return `${view.name} (${there.length} rows on PostgreSQL, ${here.length} on SQLite; row ${row + 1} there: ${JSON.stringify(there[row] ?? null)}, here: ${JSON.stringify(here[row] ?? null)})`;
}

/** Fails when a view of the declaration shows other rows on PostgreSQL than on its SQLite copy (every such view named). */
async function sameViews(url: string, sqlitePath: string): Promise<void> {
  const server = await openPostgresWarehouse(url, { readonly: true });
  const copy = await openWarehouse(sqlitePath, { readonly: true });
  const differing: string[] = [];
  try {
    for (const view of VIEWS) {
      const read = async (db: Kysely<unknown>): Promise<Row[]> => (await sql<Row>`SELECT * FROM ${sql.table(view.name)}`.execute(db)).rows;
      const difference = viewDifference(view, await read(server.db as Kysely<unknown>), await read(copy.db as Kysely<unknown>));
      if (difference) differing.push(difference);
    }
  } finally {
    await copy.close();
    await server.close();
  }
  if (differing.length > 0) throw new Error(`views that show other rows on PostgreSQL than on its exact SQLite copy:\n  ${differing.join('\n  ')}`);
}
