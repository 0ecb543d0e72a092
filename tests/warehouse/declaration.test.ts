import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { INDEXES, TABLES } from '../../src/warehouse/declaration/tables.ts';
import { VIEWS } from '../../src/warehouse/declaration/views.ts';
import { MARKER_TABLE, openPostgresWarehouse, type PostgresWarehouse } from '../../src/warehouse/postgres/warehouse.ts';
import { testPostgres } from '../helpers/postgres.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * The warehouse's schema is declared once (src/warehouse/declaration/): the SQLite migrations must leave
 * exactly it, and the PostgreSQL builder must make exactly it (tables, columns with the types analysts see,
 * NOT NULL, defaults, keys, foreign keys, indexes, views and their columns).
 */

interface ColumnShape {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
  key: boolean;
}
type Shape = Record<string, { columns: ColumnShape[]; references: string[] }>;

function declaredShape(): Shape {
  return Object.fromEntries(
    TABLES.map((table) => [
      table.name,
      {
        columns: table.columns.map(([name, c]) => ({ name, type: c.type, notNull: c.notNull || c.primaryKey !== undefined, default: c.default ?? null, key: c.primaryKey !== undefined })),
        references: table.columns.flatMap(([name, c]) => (c.references ? [`${name} -> ${c.references}`] : [])).sort(),
      },
    ]),
  );
}

/** Index name -> `table(part, part)`, an expression written as `expr`. */
function declaredIndexes(): Record<string, string> {
  return Object.fromEntries(INDEXES.map((i) => [i.name, `${i.unique ? 'unique ' : ''}${i.table}(${i.parts.map((p) => (typeof p === 'string' ? p : 'expr')).join(', ')})`]));
}

const declaredViews = (): Record<string, string[]> => Object.fromEntries(VIEWS.map((v) => [v.name, [...v.columns]]));

describe('the SQLite warehouse after its migrations is the declared schema', () => {
  const ws = makeWorkspace('declaration');
  let warehouse: Warehouse;
  beforeAll(async () => {
    warehouse = await openWarehouse(join(ws.dir, 'w.sqlite'));
  });
  afterAll(async () => {
    await warehouse.close();
    ws.cleanup();
  });

  it('has the declared tables, columns, keys and foreign keys', () => {
    const db = warehouse.sqlite;
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'kysely\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    const shape: Shape = {};
    for (const name of names) {
      const info = db.pragma(`table_info(${name})`) as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>;
      const fks = db.pragma(`foreign_key_list(${name})`) as Array<{ from: string; table: string; to: string }>;
      shape[name] = {
        // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever table_info says.
        columns: info.map((c) => ({ name: c.name, type: c.type, notNull: c.notnull === 1 || c.pk > 0, default: c.dflt_value, key: c.pk > 0 })),
        references: fks.map((f) => `${f.from} -> ${f.table}.${f.to}`).sort(),
      };
    }
    expect(shape).toEqual(declaredShape());
  });

  it('has the declared indexes', () => {
    const db = warehouse.sqlite;
    const rows = db.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as { name: string; tbl_name: string }[];
    const indexes: Record<string, string> = {};
    for (const { name, tbl_name } of rows) {
      const parts = (db.pragma(`index_xinfo(${name})`) as Array<{ name: string | null; key: number; cid: number }>).filter((p) => p.key === 1);
      const unique = (db.pragma(`index_list(${tbl_name})`) as Array<{ name: string; unique: number }>).find((i) => i.name === name)?.unique === 1;
      indexes[name] = `${unique ? 'unique ' : ''}${tbl_name}(${parts.map((p) => (p.cid === -2 ? 'expr' : p.name)).join(', ')})`;
    }
    expect(indexes).toEqual(declaredIndexes());
  });

  it('has the declared views, with their columns in order', () => {
    const db = warehouse.sqlite;
    const views = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'view'`).all() as { name: string }[]).map((v) => v.name);
    const columns = Object.fromEntries(views.map((name) => [name, db.prepare(`SELECT * FROM ${name} LIMIT 0`).columns().map((c) => c.name)]));
    expect(columns).toEqual(declaredViews());
  });
});

const server = await testPostgres();

describe.skipIf(!server.available)('the PostgreSQL warehouse built from the declaration', () => {
  let url = '';
  let warehouse: PostgresWarehouse;
  beforeAll(async () => {
    if (server.available) url = await server.database();
    warehouse = await openPostgresWarehouse(url);
  });
  afterAll(async () => {
    await warehouse?.close();
  });

  it('has the declared tables (and its mark), columns with the types analysts see, keys and foreign keys', async () => {
    const db = warehouse.db;
    const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; is_key: boolean }>`
      SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default,
             EXISTS (SELECT 1 FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k
                       ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                     WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND k.table_name = c.table_name
                       AND k.column_name = c.column_name) AS is_key
      FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`.execute(db);
    const references = await sql<{ table_name: string; reference: string }>`
      SELECT rel.relname AS table_name, a.attname || ' -> ' || ref.relname || '.' || ra.attname AS reference
      FROM pg_constraint con
      JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[1]
      WHERE con.contype = 'f' AND rel.relnamespace = current_schema()::regnamespace`.execute(db);
    const types: Record<string, string> = { bigint: 'INTEGER', text: 'TEXT', 'double precision': 'REAL' };
    const shape: Shape = {};
    for (const c of columns.rows) {
      shape[c.table_name] ??= { columns: [], references: [] };
      shape[c.table_name]?.columns.push({ name: c.column_name, type: types[c.data_type] ?? c.data_type, notNull: c.is_nullable === 'NO', default: c.column_default, key: c.is_key });
    }
    for (const r of references.rows) shape[r.table_name]?.references.push(r.reference);
    for (const table of Object.values(shape)) table.references.sort();
    const mark = shape[MARKER_TABLE];
    delete shape[MARKER_TABLE];
    expect(shape).toEqual(declaredShape());
    expect(mark?.columns.map((c) => c.name)).toEqual(['application', 'schema_version', 'created_at']);
  });

  it('has the declared indexes', async () => {
    const rows = await sql<{ name: string; table_name: string; unique: boolean; parts: string[]; expressions: number }>`
      SELECT ic.relname AS name, tc.relname AS table_name, i.indisunique AS unique,
             array(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS parts,
             (SELECT count(*) FROM unnest(i.indkey) AS col WHERE col = 0)::int AS expressions
      FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
      WHERE tc.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary`.execute(warehouse.db);
    const indexes: Record<string, string> = {};
    for (const r of rows.rows) indexes[r.name] = `${r.unique ? 'unique ' : ''}${r.table_name}(${r.parts.map((p) => (/^[a-z_0-9]+$/u.test(p) ? p : 'expr')).join(', ')})`;
    expect(indexes).toEqual(declaredIndexes());
  });

  it('has the declared views, with their columns in order', async () => {
    const views = await sql<{ table_name: string; column_name: string }>`
      SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.views v ON v.table_name = c.table_name AND v.table_schema = c.table_schema
      WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position`.execute(warehouse.db);
    const columns: Record<string, string[]> = {};
    for (const r of views.rows) columns[r.table_name] = [...(columns[r.table_name] ?? []), r.column_name];
    expect(columns).toEqual(declaredViews());
  });

  it('opens again without building anything, and refuses a schema that holds tables but no mark, leaving it untouched', async () => {
    const again = await openPostgresWarehouse(url);
    await again.close();
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM salw_warehouse`.execute(warehouse.db)).rows).toEqual([{ n: 1 }]);
    if (!server.available) return;
    // Another application's database: one table of theirs, none of ours.
    const theirs = await server.database();
    const client = new pg.Client({ connectionString: theirs });
    await client.connect();
    try {
      await client.query('CREATE TABLE invoices (id integer PRIMARY KEY)');
      await expect(openPostgresWarehouse(theirs)).rejects.toThrow(/is not a salw-etl warehouse \(its schema has 1 table\(s\) but no salw_warehouse table\); refused and left untouched/u);
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows).toEqual([{ table_name: 'invoices' }]);
    } finally {
      await client.end();
    }
  });
});
