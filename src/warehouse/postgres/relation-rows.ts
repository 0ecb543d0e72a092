import type pg from 'pg';
import { UsageError } from '../../model/errors.ts';

/**
 * Every row of a table or view of a PostgreSQL warehouse, streamed through a cursor (a batch at a time, in a
 * read-only transaction), for `salw-etl export`. The name must be one of the schema's tables or views
 * (compared case-insensitively, as SQLite does), so it can be quoted into SQL without letting a query in.
 */

export interface RelationRows {
  relation: string;
  columns: string[];
  rows: AsyncIterable<Record<string, unknown>>;
  close(): Promise<void>;
}

const BATCH = 1000;

export async function postgresRelationRows(pool: pg.Pool, name: string): Promise<RelationRows> {
  const relations = await pool.query<{ table_name: string }>(
    // Tables, then views, each by name: the order SQLite's list has (relations.ts).
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_type, table_name COLLATE "C"`,
  );
  const relation = relations.rows.find((r) => r.table_name.toLowerCase() === name.toLowerCase())?.table_name;
  if (!relation) {
    throw new UsageError(`"${name}" is not a table or view of the warehouse; choose one of: ${relations.rows.map((r) => r.table_name).join(', ')}`);
  }
  const client = await pool.connect();
  let open = true;
  const close = async (): Promise<void> => {
    if (!open) return;
    open = false;
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  };
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`DECLARE salw_export NO SCROLL CURSOR FOR SELECT * FROM "${relation.replaceAll('"', '""')}"`);
    const first = await client.query(`FETCH ${BATCH} FROM salw_export`);
    const columns = first.fields.map((f) => f.name);
    async function* rows(): AsyncGenerator<Record<string, unknown>> {
      try {
        let batch = first.rows;
        while (batch.length > 0) {
          yield* batch;
          if (batch.length < BATCH) break;
          batch = (await client.query(`FETCH ${BATCH} FROM salw_export`)).rows;
        }
      } finally {
        await close();
      }
    }
    return { relation, columns, rows: rows(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
