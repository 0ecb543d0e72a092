import { type Kysely, sql } from 'kysely';
import { SalwError } from '../../model/errors.ts';
import { INDEXES, TABLES } from '../declaration/tables.ts';
import type { SqlType } from '../declaration/types.ts';
import { columnSql, createIndexSql, createTableSql, PG_COLUMN_TYPES } from './ddl.ts';
import { postgresViewStatements } from './views.ts';

/**
 * Brings the schema of a PostgreSQL warehouse built by an earlier salw-etl to the declaration
 * (src/warehouse/declaration/), as the SQLite migrations bring a file: the tables, columns and indexes it lacks
 * are added (a column is added at the end, as SQLite's ALTER TABLE adds it, so both keep the declared order), and
 * the views are built again. What cannot be done by adding (a column whose type changed, a column the declaration
 * no longer has, a NOT NULL column without a default on a table that holds rows) is refused, naming it, before
 * anything is changed: the caller runs this in one transaction, so a refusal or a failure leaves the schema as it was.
 * Returns the statements it ran, for the log.
 */
export async function upgradePostgresSchema(db: Kysely<unknown>, name: string, from: string, to: string): Promise<string[]> {
  const found = await sql<{ table_name: string; column_name: string; data_type: string }>`
    SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`.execute(db);
  const existing = new Map<string, Map<string, string>>();
  for (const row of found.rows) {
    if (!existing.has(row.table_name)) existing.set(row.table_name, new Map());
    existing.get(row.table_name)?.set(row.column_name, row.data_type);
  }
  const indexes = new Set((await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`.execute(db)).rows.map((r) => r.indexname));

  const statements: string[] = [];
  const refusals: string[] = [];
  for (const table of TABLES) {
    const columns = existing.get(table.name);
    if (!columns) {
      statements.push(createTableSql(table));
      continue;
    }
    const declared = new Set(table.columns.map(([column]) => column));
    for (const column of columns.keys()) if (!declared.has(column)) refusals.push(`${table.name}.${column} is not declared any more`);
    for (const [column, decl] of table.columns) {
      const type = columns.get(column);
      if (type === undefined) {
        if (decl.notNull && decl.default === undefined && (await holdsRows(db, table.name))) refusals.push(`${table.name}.${column} is NOT NULL without a default and the table holds rows`);
        statements.push(`ALTER TABLE ${table.name} ADD COLUMN ${columnSql(column, decl)}`);
      } else if (type !== PG_COLUMN_TYPES[decl.type as SqlType]) {
        refusals.push(`${table.name}.${column} is ${type}, declared ${PG_COLUMN_TYPES[decl.type as SqlType]}`);
      }
    }
  }
  if (refusals.length > 0) {
    throw new SalwError('config', `the PostgreSQL warehouse ${name} has the schema of ${from}; upgrading it to ${to} needs changes this salw-etl does not make by adding: ${refusals.join('; ')}. Nothing was changed: copy it to a new warehouse (salw-etl copy) with the salw-etl that built it, or ask for a migration`);
  }
  for (const index of INDEXES) if (!indexes.has(index.name)) statements.push(createIndexSql(index));
  // Views are rebuilt whatever changed: their text follows the tables, and CREATE OR REPLACE cannot change a view's columns.
  const views = (await sql<{ table_name: string }>`SELECT table_name FROM information_schema.views WHERE table_schema = current_schema()`.execute(db)).rows.map((r) => r.table_name);
  const rebuild = [...views.map((view) => `DROP VIEW IF EXISTS ${view} CASCADE`), ...postgresViewStatements()];
  for (const statement of [...statements, ...rebuild]) await sql.raw(statement).execute(db);
  return statements;
}

async function holdsRows(db: Kysely<unknown>, table: string): Promise<boolean> {
  return (await sql.raw(`SELECT 1 FROM ${table} LIMIT 1`).execute(db)).rows.length > 0;
}
