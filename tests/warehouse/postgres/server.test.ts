import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastStartMs, testPostgres } from '../../helpers/postgres.ts';

/** The tests' PostgreSQL (tests/helpers/postgres.ts): a real server, a database per file, not running as root. */

const server = await testPostgres();

describe.skipIf(!server.available)('the tests\' PostgreSQL server', () => {
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
    if (lastStartMs > 0) console.info(`embedded PostgreSQL started in ${lastStartMs} ms`);
  });

  it('is a real PostgreSQL 18 on loopback, with an empty database of this file', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
      expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(180000);
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows).toEqual([]);
      const database = await client.query<{ db: string }>('SELECT current_database() AS db');
      expect(database.rows[0]?.db).toMatch(/^salw_test_\d+_\d+$/);
      expect(new URL(url).hostname).toBe('127.0.0.1');
    } finally {
      await client.end();
    }
  });

  it('gives each call a different database', async () => {
    if (!server.available) return;
    const other = await server.database();
    expect(new URL(other).pathname).not.toBe(new URL(url).pathname);
  });
});
