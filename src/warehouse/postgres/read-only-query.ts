import pg from 'pg';
import { SalwError } from '../../model/errors.ts';
import { displayUrl, PG_TYPES } from './warehouse.ts';

/**
 * `salw-etl sql` on a PostgreSQL warehouse: one statement, sent through the extended protocol (which takes one
 * statement and no more: `select 1; delete from runs` is refused by the server itself), in a READ ONLY
 * transaction on a session whose transactions are read-only by default, rolled back after. The analysts'
 * role should be SELECT-only as well (README): these are the tool's locks, the role is the server's.
 */

export interface PostgresQueryResult {
  columns: string[];
  rows: unknown[][];
}

/** SQLSTATE of "cannot execute ... in a read-only transaction". */
const READ_ONLY_TRANSACTION = '25006';

export async function runPostgresReadOnlyQuery(url: string, query: string): Promise<PostgresQueryResult> {
  const client = new pg.Client({ connectionString: url, types: PG_TYPES, application_name: 'salw-etl sql', options: '-c default_transaction_read_only=on' });
  try {
    await client.connect();
  } catch (error) {
    throw new SalwError('config', `cannot reach the PostgreSQL warehouse ${displayUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    const result = await client.query({ text: query, rowMode: 'array', queryMode: 'extended' } as pg.QueryArrayConfig);
    return { columns: (result.fields ?? []).map((f) => f.name), rows: result.rows };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === READ_ONLY_TRANSACTION) {
      throw new SalwError('config', 'refused: this statement would change the warehouse, and `salw-etl sql` only reads (in a read-only transaction). Changes come from runs of the pipeline.', { cause: error });
    }
    if (/cannot insert multiple commands into a prepared statement/iu.test(message)) {
      throw new SalwError('config', 'give one statement at a time (no `;` between statements)', { cause: error });
    }
    throw new SalwError('config', `the query failed: ${message}`, { cause: error });
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
