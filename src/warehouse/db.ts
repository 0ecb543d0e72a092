import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { SalwError } from '../model/errors.ts';
import { dictionaryIsCurrent, syncDictionary } from './dictionary.ts';
import { MIGRATIONS, migrationProvider, REBUILDS_TABLES } from './migrations/index.ts';
import type { RunWarehouse } from './run-warehouse.ts';
import type { WarehouseDatabase } from './schema.ts';
import { sqliteRunStatements } from './sqlite-run-statements.ts';
import { switchToWal } from './wal-mode.ts';

/** A SQLite warehouse: a file (or `:memory:`), also as a run writes it (run-warehouse.ts). */
export interface Warehouse extends RunWarehouse {
  readonly backend: 'sqlite';
  db: Kysely<WarehouseDatabase>;
  /** The underlying connection, for the few things kysely does not do (pragmas, backups, streaming). */
  sqlite: Database.Database;
  path: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open read-only: no migrations, and any write fails in SQLite itself. */
  readonly?: boolean;
  /** Milliseconds SQLite waits on a locked database before failing a statement. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the warehouse and brings its schema to the latest migration.
 * WAL mode, so analysts can read while a run writes; foreign keys on.
 */
export async function openWarehouse(path: string, options: OpenOptions = {}): Promise<Warehouse> {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (options.readonly && path !== ':memory:') sqlite = readableOnReadOnlyMedia(sqlite, path);
  } catch (cause) {
    if (cause instanceof SalwError) throw cause;
    throw new SalwError('config', `cannot open the warehouse ${path}: ${(cause as Error).message}`, { cause });
  }
  const db = new Kysely<WarehouseDatabase>({ dialect: new SqliteDialect({ database: kyselyConnection(sqlite) }) });
  try {
    const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Before anything writes (even the switch to WAL): another application's database is left untouched.
    const ownership = path === ':memory:' ? 'new' : warehouseOwnership(sqlite, path);
    if (!options.readonly) {
      switchToWal(sqlite, path, busyTimeoutMs);
      // NORMAL under WAL: a commit is written to the WAL file but not fsync'd; the WAL is synced at each
      // checkpoint. A killed process loses nothing committed (the WAL is in the OS's hands); a power cut or an
      // OS crash may lose the documents committed since the last checkpoint, never corrupting the file: they
      // are then not in the warehouse, and the next run loads them again as new. FULL fsync'd every commit.
      sqlite.pragma('synchronous = NORMAL');
      // A checkpoint every 10,000 pages (40 MB of WAL) rather than SQLite's 1,000: a document's commit dirties
      // pages of a dozen tables and their indexes, the same pages document after document, and a checkpoint
      // copies each page once however often the WAL holds it. Measured on a cold ingest of 2,000 documents:
      // the commits took 2.7 s with checkpoints every 1,000 pages, 1.7 s with every 10,000 (1.3 s with none).
      // The last connection to close checkpoints what is left and empties the WAL.
      sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    }
    sqlite.pragma('foreign_keys = ON');
    if (!options.readonly) {
      await upgradeSchema(db as Kysely<unknown>, sqlite, path);
      if (ownership !== 'marked') sqlite.pragma(`application_id = ${SALW_APPLICATION_ID}`);
    }
  } catch (error) {
    await db.destroy();
    throw namingTheWarehouse(error, path);
  }
  return {
    backend: 'sqlite',
    db,
    sqlite,
    path,
    name: path,
    statements: sqliteRunStatements({ db, sqlite, path }),
    async close() {
      await db.destroy();
    },
  };
}

/**
 * A warehouse in WAL mode on read-only media (a read-only mount, a folder the reader may not write):
 * SQLite cannot create the `-shm` file a WAL reader needs, and fails every statement with
 * SQLITE_CANTOPEN. Such a file is read from a copy in memory instead, its header switched to the
 * rollback journal (bytes 18-19), which is what the bytes on disk hold once checkpointed. A `-wal` file
 * holding changes not yet checkpointed cannot be read this way: refused, saying why.
 */
export function readableOnReadOnlyMedia(sqlite: Database.Database, path: string): Database.Database {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CANTOPEN') throw error;
  }
  sqlite.close();
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new SalwError('config', `the warehouse ${path} is on read-only media and its ${wal} holds changes not yet written into it: open it once where it can be written (any salw-etl command that writes, or \`sqlite3 ${path} 'PRAGMA wal_checkpoint'\`), then read it here`);
  }
  const bytes = readFileSync(path);
  if (bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true });
}

/** How many pages the WAL holds before SQLite copies them into the database file (see openWarehouse). */
export const WAL_CHECKPOINT_PAGES = 10_000;

/** `PRAGMA application_id` of a salw-etl warehouse: 'SALW' in ASCII. */
export const SALW_APPLICATION_ID = 0x53414c57;

/**
 * Whose database the file is, read without writing: `marked` (ours), `new` (empty: ours to create),
 * `ours-unmarked` (made before the mark existed: its migration table lists our first migration; marked
 * on this open). Anything else is another application's file: refused, untouched.
 */
function warehouseOwnership(sqlite: Database.Database, path: string): 'marked' | 'new' | 'ours-unmarked' {
  const id = sqlite.pragma('application_id', { simple: true }) as number;
  if (id === SALW_APPLICATION_ID) return 'marked';
  const objects = (sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  if (id === 0 && objects === 0) return 'new';
  const hasMigrations = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`).get() !== undefined;
  const ours = id === 0 && hasMigrations && sqlite.prepare(`SELECT 1 FROM kysely_migration WHERE name = '0001_initial'`).get() !== undefined;
  if (ours) return 'ours-unmarked';
  const whose = id === 0 ? 'it has tables but no salw-etl migrations' : `its application_id is ${id}, not salw-etl's ${SALW_APPLICATION_ID}`;
  throw new SalwError('config', `${path} is not a salw-etl warehouse (${whose}); refused and left untouched. Point --warehouse at a new file or an existing warehouse`);
}

/** How many of kysely's statements stay prepared (least recently used dropped first): a run's own are a few dozen. */
const KYSELY_STATEMENTS_KEPT = 256;

/**
 * The connection as kysely's SqliteDialect uses it, with two changes:
 * - Statements are prepared once and reused: kysely's SqliteDriver prepares every query it runs anew,
 *   and preparing cost as much as running the per-document statements. Kept by their text, at most
 *   KYSELY_STATEMENTS_KEPT of them (a query with a list of values has a text per length).
 * - SQLite rolls a transaction back by itself on some errors (disk full, I/O error); kysely then sends its
 *   own ROLLBACK, which fails with "cannot rollback - no transaction is active" and would be thrown in
 *   place of the real cause. A ROLLBACK with no transaction open is therefore a no-op here.
 */
function kyselyConnection(sqlite: Database.Database): SqliteDatabase {
  const nothingToRollBack: SqliteStatement = { reader: false, all: () => [], run: () => ({ changes: 0, lastInsertRowid: 0 }), iterate: () => [][Symbol.iterator]() };
  const prepared = new Map<string, Database.Statement>();
  return {
    close: () => {
      prepared.clear();
      sqlite.close();
    },
    prepare: (query: string) => {
      if (/^\s*rollback\s*$/i.test(query) && !sqlite.inTransaction) return nothingToRollBack;
      let statement = prepared.get(query);
      if (statement) {
        // Most recently used last: the first key is the one to drop.
        prepared.delete(query);
      } else {
        statement = sqlite.prepare(query);
        if (prepared.size >= KYSELY_STATEMENTS_KEPT) prepared.delete(prepared.keys().next().value as string);
      }
      prepared.set(query, statement);
      return statement;
    },
  };
}

/** SQLite's file errors ("unable to open database file", "disk I/O error", "database or disk is full") do not say which file. */
const FILE_ERRORS = /^SQLITE_(CANTOPEN|IOERR|FULL|READONLY|PERM|NOTADB|CORRUPT)/;

export function namingTheWarehouse(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !FILE_ERRORS.test(code)) return error;
  return new SalwError('config', `the warehouse ${path}: ${(error as Error).message} (${code})`, { cause: error });
}

/**
 * Migrations and the data dictionary in one write transaction taken up front (BEGIN IMMEDIATE): kysely
 * takes no migration lock on SQLite, so two processes opening a new warehouse at once would both migrate.
 * The second waits here (busy_timeout) and then finds nothing left to do.
 */
async function upgradeSchema(db: Kysely<unknown>, sqlite: Database.Database, path: string): Promise<void> {
  // Most opens find nothing to do: check by reading, so that opening never waits on a writer. Every migration
  // recorded as run is read first, with one query: kysely's Migrator looks for its tables by introspecting every
  // table of the warehouse (about 7 ms of a no-op night), so it is asked only when something may be pending.
  const allRun = allMigrationsRun(sqlite);
  if (allRun && (await dictionaryIsCurrent(db))) return;
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  const pending = migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
  // With every migration run, the dictionary is already known to be stale: not read a second time.
  if (!allRun && pending.length === 0 && (await dictionaryIsCurrent(db))) return;
  const rebuilds = pending.some((name) => REBUILDS_TABLES.has(name));
  const holdsData = migrations.some((m) => m.executedAt !== undefined);
  if (rebuilds && holdsData && path !== ':memory:') backupWarehouse(sqlite, path);
  // A table rebuild drops a table others reference: foreign keys off for it (a no-op inside a
  // transaction, so before BEGIN), and checked before the commit.
  if (rebuilds) sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
  } catch (cause) {
    if (rebuilds) sqlite.pragma('foreign_keys = ON');
    throw new SalwError('config', `the warehouse ${path} is busy (another process is writing to it): ${(cause as Error).message}`, { cause, retryable: true });
  }
  try {
    await migrateToLatest(db, path, { disableTransactions: true });
    if (rebuilds) {
      const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
      if (broken.length > 0) {
        const first = broken[0];
        throw new SalwError('config', `migrating ${path} would break ${broken.length} foreign key(s) (first: ${first?.table} row ${first?.rowid} -> ${first?.parent}); nothing was changed`);
      }
    }
    // The dictionary describes the schema as it is now, whatever migrations ran.
    await syncDictionary(db, { inTransaction: true });
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    if (rebuilds) sqlite.pragma('foreign_keys = ON');
  }
}

/** True when kysely's migration table lists every migration of MIGRATIONS (and no other): nothing to migrate. */
function allMigrationsRun(sqlite: Database.Database): boolean {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`).get();
  if (table === undefined) return false;
  const run = sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];
  const known = Object.keys(MIGRATIONS).sort();
  return run.length === known.length && run.every((name, i) => name === known[i]);
}

/**
 * Copies the warehouse to `<file>.bak-<UTC timestamp>` (VACUUM INTO: a consistent copy, WAL included)
 * before a migration that rebuilds a table; returns the backup's path. An operator who wants the old
 * file back renames the backup.
 */
export function backupWarehouse(sqlite: Database.Database, path: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z');
  let target = `${path}.bak-${stamp}`;
  for (let n = 2; existsSync(target); n += 1) target = `${path}.bak-${stamp}-${n}`;
  try {
    sqlite.prepare('VACUUM INTO ?').run(target);
  } catch (cause) {
    throw new SalwError('config', `cannot back up the warehouse ${path} to ${target} before migrating it: ${(cause as Error).message}; nothing was changed`, { cause });
  }
  return target;
}

export async function migrateToLatest(db: Kysely<unknown>, path: string, options: { disableTransactions?: boolean } = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, disableTransactions: options.disableTransactions ?? false });
  // NOTE: migrateToLatest() never throws; it returns the error in the result set.
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new SalwError('config', `migration ${failed} of ${path} failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
