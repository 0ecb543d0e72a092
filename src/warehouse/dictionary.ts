/**
 * The data dictionary: what every table, view and column of the warehouse means, in the analyst's
 * words. It is the single source of the `dictionary` table inside the warehouse, of docs/warehouse.md
 * and of the Datasette metadata.json, so the three cannot disagree.
 *
 * It cannot drift from the schema either: `syncDictionary` walks the live schema (`PRAGMA table_info`
 * of every table and view) and writes one row per column it finds; a column with no entry here gets a
 * row saying so, and tests/analyst/dictionary.test.ts fails on it (and on entries for columns that no
 * longer exist). Adding a column therefore means adding a line to its entry.
 *
 * The entries are kept by group of tables (dictionary-run-tables.ts, dictionary-fact-tables.ts,
 * dictionary-bookkeeping.ts, dictionary-views.ts); this module puts them together in that order and
 * writes them into the warehouse.
 */
import { type Kysely, sql } from 'kysely';
import { BOOKKEEPING_TABLES } from './dictionary-bookkeeping.ts';
import { FACT_TABLES } from './dictionary-fact-tables.ts';
import { RUN_TABLES } from './dictionary-run-tables.ts';
import type { ColumnDoc, RelationDoc } from './dictionary-shared.ts';
import { VIEWS } from './dictionary-views.ts';

/** The marker a sync writes for a column that has no entry: tests fail on it. */
export const UNDOCUMENTED = 'UNDOCUMENTED: add this column to src/warehouse/dictionary-*.ts';

/** Every documented table and view, by name. */
export const DICTIONARY: Readonly<Record<string, RelationDoc>> = { ...RUN_TABLES, ...FACT_TABLES, ...BOOKKEEPING_TABLES, ...VIEWS };

/**
 * The description of `column` of `relation`: its own entry, else the first inherited relation's.
 * Undefined when nothing describes it.
 */
export function describeColumn(relation: string, column: string): ColumnDoc | undefined {
  const doc = DICTIONARY[relation];
  if (!doc) return undefined;
  const own = doc.columns[column];
  if (own) return own;
  for (const parent of doc.inherits ?? []) {
    const inherited = describeColumn(parent, column);
    if (inherited) return inherited;
  }
  return undefined;
}

export interface DictionaryRow {
  object_name: string;
  object_type: 'table' | 'view';
  column_name: string | null;
  position: number;
  data_type: string | null;
  meaning: string;
  unit: string | null;
  vocabulary: string | null;
  example: string | null;
}

export interface SchemaColumn {
  name: string;
  type: string;
}

export interface SchemaRelation {
  name: string;
  type: 'table' | 'view';
  columns: SchemaColumn[];
}

/** Every table and view of the live schema (SQLite's own `sqlite_*` tables aside), in name order, with their columns. */
export async function readSchema(db: Kysely<unknown>): Promise<SchemaRelation[]> {
  // One query for every relation's columns, not one for each of the fifty relations: the dictionary is checked at
  // every open of the warehouse (dictionaryIsCurrent), a no-op night included (15 -> 5 ms).
  const columns = await sql<{ relation: string; type: 'table' | 'view'; name: string; column_type: string }>`
    SELECT m.name AS relation, m.type AS type, p.name AS name, p.type AS column_type
    FROM sqlite_master m JOIN pragma_table_info(m.name) p
    WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
    ORDER BY m.name, p.cid`.execute(db);
  const schema: SchemaRelation[] = [];
  for (const column of columns.rows) {
    let relation = schema[schema.length - 1];
    if (relation?.name !== column.relation) {
      relation = { name: column.relation, type: column.type, columns: [] };
      schema.push(relation);
    }
    relation.columns.push({ name: column.name, type: column.column_type });
  }
  return schema;
}

/** The dictionary rows for a schema: documented entries, and the UNDOCUMENTED marker where there is none. */
export function dictionaryRows(schema: readonly SchemaRelation[]): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  for (const relation of schema) {
    const doc = DICTIONARY[relation.name];
    rows.push({
      object_name: relation.name, object_type: relation.type, column_name: null, position: 0, data_type: null,
      meaning: doc?.description ?? UNDOCUMENTED, unit: null, vocabulary: null, example: null,
    });
    relation.columns.forEach((column, index) => {
      const described = describeColumn(relation.name, column.name);
      rows.push({
        object_name: relation.name, object_type: relation.type, column_name: column.name, position: index + 1,
        data_type: column.type || null, meaning: described?.meaning ?? UNDOCUMENTED, unit: described?.unit ?? null,
        vocabulary: described?.vocabulary ?? null, example: described?.example ?? null,
      });
    });
  }
  return rows;
}

/** True when the `dictionary` table already says what `syncDictionary` would write (a read, no lock taken). */
export async function dictionaryIsCurrent(db: Kysely<unknown>): Promise<boolean> {
  const exists = await sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dictionary'`.execute(db);
  if (exists.rows.length === 0) return false;
  const want = dictionaryRows(await readSchema(db));
  const have = await sql<DictionaryRow>`
    SELECT object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example
    FROM dictionary ORDER BY rowid`.execute(db);
  return JSON.stringify(have.rows) === JSON.stringify(want);
}

/**
 * Rewrites the `dictionary` table from the live schema and DICTIONARY. Idempotent and cheap; run after
 * migrations (so new columns appear at once) and before writing docs or Datasette metadata. Never
 * throws on an undocumented column: the row says UNDOCUMENTED and the dictionary test fails.
 */
export async function syncDictionary(db: Kysely<unknown>, options: { inTransaction?: boolean } = {}): Promise<number> {
  const rows = dictionaryRows(await readSchema(db));
  const write = async (trx: Kysely<unknown>): Promise<void> => {
    await sql`DELETE FROM dictionary`.execute(trx);
    for (const row of rows) {
      await sql`INSERT INTO dictionary (object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example)
        VALUES (${row.object_name}, ${row.object_type}, ${row.column_name}, ${row.position}, ${row.data_type}, ${row.meaning},
                ${row.unit}, ${row.vocabulary}, ${row.example})`.execute(trx);
    }
  };
  // Inside a migration the connection may already be a transaction, which cannot open another.
  if (db.isTransaction || options.inTransaction) await write(db);
  else await db.transaction().execute(write);
  return rows.length;
}
