import { type Kysely, sql } from 'kysely';
import { openWarehouse } from '../db.ts';
import { type DictionaryRow, dictionaryRows, readSchema } from '../dictionary.ts';
import type { WarehouseDatabase } from '../schema.ts';

/**
 * The `dictionary` table of a PostgreSQL warehouse: the same rows as a SQLite warehouse built by this code
 * holds (dictionary.ts), so that a copy between backends carries it unchanged both ways and an analyst reads
 * the same words on both. The rows are those of SQLite's live schema (its declared types, its view columns),
 * read once per process from a warehouse built in memory (the migrations run there, about 0.1 s): PostgreSQL's
 * own catalogue would name other types (bigint for INTEGER).
 *
 * Written when the schema is built, and rewritten by a process that opens the warehouse to write when the rows
 * differ from what its code says (a changed description, a new column), as SQLite's syncDictionary does at
 * each open: compared by reading first, so that most opens write nothing; rewritten in one transaction under
 * an advisory lock, so two processes opening at once rewrite it in turn, and a reader sees the old rows or the
 * new ones, never a mix.
 */

let sqliteRows: Promise<DictionaryRow[]> | undefined;

/** The dictionary rows of a SQLite warehouse built by this code, in the order SQLite writes them (by relation, then position). */
export function dictionaryRowsOfThisCode(): Promise<DictionaryRow[]> {
  sqliteRows ??= (async () => {
    const memory = await openWarehouse(':memory:');
    try {
      return dictionaryRows(await readSchema(memory.db as Kysely<unknown>));
    } finally {
      await memory.close();
    }
  })();
  // A failure is not kept: the next open tries again.
  sqliteRows.catch(() => {
    sqliteRows = undefined;
  });
  return sqliteRows;
}

/** The table as kysely sees it (the warehouse's typed schema leaves the dictionary out: the run never writes it). */
type WithDictionary = Kysely<{ dictionary: DictionaryRow }>;

const COLUMNS = ['object_name', 'object_type', 'column_name', 'position', 'data_type', 'meaning', 'unit', 'vocabulary', 'example'] as const;

/** The rows the table holds, in SQLite's order: relation names by bytes (SQLite's BINARY collation), then position. */
export async function postgresDictionaryRows(db: Kysely<WarehouseDatabase>): Promise<DictionaryRow[]> {
  const rows = await sql<DictionaryRow>`
    SELECT object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example
    FROM dictionary ORDER BY object_name COLLATE "C", position`.execute(db);
  return rows.rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]])) as unknown as DictionaryRow);
}

/** Rows per INSERT: 9 parameters each, far under PostgreSQL's 65535. */
const BATCH = 500;

/** Replaces the table's rows by `rows`, inside the caller's transaction. */
export async function writeDictionary(trx: Kysely<WarehouseDatabase>, rows: readonly DictionaryRow[]): Promise<void> {
  const db = trx as unknown as WithDictionary;
  await db.deleteFrom('dictionary').execute();
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('dictionary').values(rows.slice(i, i + BATCH)).execute();
}

const same = (a: readonly DictionaryRow[], b: readonly DictionaryRow[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes the table say what this code says; returns whether it wrote. Reads first (no lock, no write when
 * current), then, when it differs, takes the dictionary's advisory lock for one transaction, reads again
 * (another process may have just rewritten it) and rewrites it.
 */
export async function syncPostgresDictionary(db: Kysely<WarehouseDatabase>): Promise<boolean> {
  const want = await dictionaryRowsOfThisCode();
  if (same(await postgresDictionaryRows(db), want)) return false;
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.dictionary'))`.execute(trx);
    if (same(await postgresDictionaryRows(trx), want)) return false;
    await writeDictionary(trx, want);
    return true;
  });
}
