import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { SalwError } from '../../model/errors.ts';
import { MIGRATIONS } from '../migrations/index.ts';
import type { RunWarehouse } from '../run-warehouse.ts';
import type { WarehouseDatabase } from '../schema.ts';
import { schemaStatements } from './ddl.ts';
import { dictionaryRowsOfThisCode, syncPostgresDictionary, writeDictionary } from './dictionary.ts';
import { postgresRunStatements } from './run-statements.ts';
import { upgradePostgresSchema } from './upgrade.ts';
import { displayUrl, isPostgresUrl } from './url.ts';

/**
 * A warehouse on PostgreSQL: a schema (the connection's current one, `public` unless the URL's options say
 * otherwise) built from the declaration, and marked as salw-etl's by the table `salw_warehouse`. A schema
 * with tables but no mark is another application's: refused and left untouched, as a SQLite file whose
 * application_id is not ours.
 */

export interface PostgresWarehouse extends RunWarehouse {
  readonly backend: 'postgres';
  db: Kysely<WarehouseDatabase>;
  pool: pg.Pool;
  /** The URL with its password hidden, for messages. */
  name: string;
  close(): Promise<void>;
}

export const MARKER_TABLE = 'salw_warehouse';

/** The schema a warehouse built now has: the SQLite migration it matches (a later one means a rebuild, or an upgrade step here). */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).at(-1) ?? '';

export { displayUrl, isPostgresUrl };

/** bigint (int8) as a JavaScript number, as better-sqlite3 gives SQLite's integers; one beyond 2^53 is refused, not rounded. */
function int8(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new SalwError('load', `the integer ${value} is too large to read exactly`);
  return number;
}

/** The client's type parsers: int8 as a number (above), the rest as pg reads them. */
export const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? int8 : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

/** A read-only open of a schema that holds no warehouse yet (nothing was ever loaded there). */
export class NoPostgresWarehouseError extends SalwError {
  constructor(name: string) {
    super('config', `${name} holds no salw-etl warehouse (its schema is empty)`);
    this.name = 'NoPostgresWarehouseError';
  }
}

export interface PostgresOpenOptions {
  /** Only read: no schema is built, an empty one is refused. */
  readonly?: boolean;
}

export async function openPostgresWarehouse(url: string, options: PostgresOpenOptions = {}): Promise<PostgresWarehouse> {
  const name = displayUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, types: PG_TYPES, application_name: 'salw-etl' });
  // An idle connection the server closed (a restart, an administrator's terminate) is an 'error' event of the pool,
  // which unhandled would end the process: the pool drops that connection, and the next statement, on a new one,
  // succeeds or fails with its own error, which the run handles (a document's load, the run's record).
  pool.on('error', () => undefined);
  const db = new Kysely<WarehouseDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await ensureSchema(db, name, options.readonly ?? false);
  } catch (error) {
    await db.destroy();
    if (error instanceof SalwError) throw error;
    throw new SalwError('config', `cannot open the PostgreSQL warehouse ${name}: ${(error as Error).message}`, { cause: error });
  }
  return { backend: 'postgres', db, pool, name, statements: postgresRunStatements(db, name), close: () => db.destroy() };
}

/** The warehouse at `url` opened to read, or null when its schema holds none yet (a dry run before the first run). */
export async function openBuiltPostgresWarehouse(url: string): Promise<PostgresWarehouse | null> {
  try {
    return await openPostgresWarehouse(url, { readonly: true });
  } catch (error) {
    if (error instanceof NoPostgresWarehouseError) return null;
    throw error;
  }
}

/** What the connection's schema holds: nothing, our warehouse (and the schema version it was built at), or something else. */
export async function schemaOwnership(db: Kysely<unknown>): Promise<{ kind: 'new' } | { kind: 'ours'; version: string } | { kind: 'foreign'; tables: number }> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(db);
  if (tables.rows.length === 0) return { kind: 'new' };
  if (!tables.rows.some((t) => t.table_name === MARKER_TABLE)) return { kind: 'foreign', tables: tables.rows.length };
  const mark = await sql<{ schema_version: string }>`SELECT schema_version FROM ${sql.table(MARKER_TABLE)}`.execute(db);
  return { kind: 'ours', version: mark.rows[0]?.schema_version ?? '' };
}

/** Upgrades an older schema in one transaction, one process at a time (the second finds it done). */
async function upgradeSchema(db: Kysely<WarehouseDatabase>, name: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.salw_warehouse'))`.execute(tx);
    const now = await schemaOwnership(tx as unknown as Kysely<unknown>);
    if (now.kind !== 'ours' || now.version === SCHEMA_VERSION) return;
    await upgradePostgresSchema(tx as unknown as Kysely<unknown>, name, now.version, SCHEMA_VERSION);
    await sql`UPDATE ${sql.table(MARKER_TABLE)} SET schema_version = ${SCHEMA_VERSION}`.execute(tx);
  });
}

async function ensureSchema(db: Kysely<WarehouseDatabase>, name: string, readonly: boolean): Promise<void> {
  const before = await schemaOwnership(db as Kysely<unknown>);
  if (before.kind === 'foreign') {
    throw new SalwError('config', `${name} is not a salw-etl warehouse (its schema has ${before.tables} table(s) but no ${MARKER_TABLE} table); refused and left untouched. Point --warehouse at an empty database or schema, or an existing warehouse`);
  }
  if (before.kind === 'ours') {
    // Migration names sort in the order they were made: a later one is a newer salw-etl's.
    if (before.version > SCHEMA_VERSION) {
      throw new SalwError('config', `the PostgreSQL warehouse ${name} has the schema of ${before.version}, made by a newer salw-etl than this one (${SCHEMA_VERSION}): use that version`);
    }
    if (before.version !== SCHEMA_VERSION) {
      if (readonly) {
        throw new SalwError('config', `the PostgreSQL warehouse ${name} has the schema of ${before.version}, older than this salw-etl's (${SCHEMA_VERSION}): run a command that writes it (salw-etl run) once to upgrade it, then read it`);
      }
      await upgradeSchema(db, name);
    }
    // The dictionary says what this code says, as SQLite's is synced at each open (dictionary.ts).
    if (!readonly) await syncPostgresDictionary(db);
    return;
  }
  if (readonly) throw new NoPostgresWarehouseError(name);
  const dictionary = await dictionaryRowsOfThisCode();
  // Two processes building the same empty schema at once: the second waits for the first's commit, then finds it built.
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.salw_warehouse'))`.execute(tx);
    const now = await schemaOwnership(tx as unknown as Kysely<unknown>);
    if (now.kind !== 'new') return;
    for (const statement of schemaStatements()) await sql.raw(statement).execute(tx);
    await sql.raw(`CREATE TABLE ${MARKER_TABLE} (application text NOT NULL, schema_version text NOT NULL, created_at text NOT NULL)`).execute(tx);
    await sql`INSERT INTO ${sql.table(MARKER_TABLE)} VALUES ('salw-etl', ${SCHEMA_VERSION}, ${new Date().toISOString()})`.execute(tx);
    await writeDictionary(tx, dictionary);
  });
}
