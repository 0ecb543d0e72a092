import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRunWarehouse } from '../../../src/ops/open-warehouse.ts';
import { runPipelines } from '../../../src/pipeline/run.ts';
import { openPostgresWarehouse, SCHEMA_VERSION } from '../../../src/warehouse/postgres/warehouse.ts';
import { stubPipeline } from '../../helpers/stub-pipeline.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace } from '../../helpers/tmp.ts';
import { stubDoc } from '../../ops/support.ts';

/**
 * A PostgreSQL warehouse built by an earlier salw-etl is brought to the declaration when a command that writes
 * opens it: what it lacks is added, its views are built again, its rows stay; what cannot be added is refused
 * with nothing changed.
 */

const server = await testPostgres();

/** Every column (type, null, default), index and view (its text) of the connection's schema. */
async function describeSchema(db: Kysely<unknown>) {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>`
    SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`.execute(db);
  const views = await sql<{ viewname: string; definition: string }>`
    SELECT viewname, definition FROM pg_views WHERE schemaname = current_schema() ORDER BY viewname`.execute(db);
  return { columns: columns.rows, indexes: indexes.rows, views: views.rows };
}

describe.skipIf(!server.available)('upgrading a PostgreSQL warehouse', () => {
  const ws = makeWorkspace('pg-upgrade');
  let fresh: Awaited<ReturnType<typeof describeSchema>>;
  beforeAll(async () => {
    if (!server.available) return;
    const pg = await openPostgresWarehouse(await server.database());
    fresh = await describeSchema(pg.db as Kysely<unknown>);
    await pg.close();
    stubDoc(ws.raw, 'a.txt', 'STUB PROFILE\n2019 Arys 3\n2020 Taraz 1\n');
  });
  afterAll(() => ws.cleanup());

  /** A warehouse loaded by a run, then taken back to the schema of 0014 as that salw-etl built it. */
  async function olderWarehouse(): Promise<string> {
    if (!server.available) throw new Error('no server');
    const url = await server.database();
    await runPipelines({ rawDir: ws.raw, warehousePath: url, openWarehouse: openRunWarehouse, pipelines: [stubPipeline()], allPipelines: [stubPipeline()] });
    const pg = await openPostgresWarehouse(url);
    try {
      for (const statement of [
        'DROP TABLE document_leases', 'ALTER TABLE runs DROP COLUMN heartbeat_at', 'ALTER TABLE runs DROP COLUMN code_digest',
        'DROP INDEX quality_issues_by_run', 'DROP VIEW claim_view', "UPDATE salw_warehouse SET schema_version = '0014_quality_issues_by_run'",
      ]) await sql.raw(statement).execute(pg.db);
    } finally {
      await pg.close();
    }
    return url;
  }

  it('adds the tables, columns and indexes it lacks and builds its views again, keeping every row; a run then goes on from it', async () => {
    const url = await olderWarehouse();
    const pg = await openPostgresWarehouse(url);
    try {
      expect(await describeSchema(pg.db as Kysely<unknown>)).toEqual(fresh);
      expect((await sql<{ schema_version: string }>`SELECT schema_version FROM salw_warehouse`.execute(pg.db)).rows).toEqual([{ schema_version: SCHEMA_VERSION }]);
      expect(await pg.db.selectFrom('explosions').select(['year', 'location', 'deaths']).orderBy('year').execute()).toEqual([
        { year: 2019, location: 'Arys', deaths: 3 }, { year: 2020, location: 'Taraz', deaths: 1 },
      ]);
      expect(await pg.db.selectFrom('runs').select(['run_id', 'status', 'heartbeat_at', 'code_digest']).execute()).toEqual([{ run_id: 1, status: 'succeeded', heartbeat_at: null, code_digest: null }]);
    } finally {
      await pg.close();
    }
    const again = await runPipelines({ rawDir: ws.raw, warehousePath: url, openWarehouse: openRunWarehouse, pipelines: [stubPipeline()], allPipelines: [stubPipeline()] });
    expect([again.status, again.documentsSkipped, again.documentsLoaded]).toEqual(['succeeded', 1, 0]);
  });

  it('is refused by a read-only open, which changes nothing and says how to upgrade', async () => {
    const url = await olderWarehouse();
    await expect(openPostgresWarehouse(url, { readonly: true })).rejects.toThrow(
      new RegExp(`^config: the PostgreSQL warehouse postgres://postgres:\\*\\*\\*@127\\.0\\.0\\.1:\\d+/salw_test_\\d+_\\d+ has the schema of 0014_quality_issues_by_run, older than this salw-etl's \\(${SCHEMA_VERSION}\\): run a command that writes it \\(salw-etl run\\) once to upgrade it, then read it$`, 'u'),
    );
  });

  it('refuses, changing nothing, a change it cannot make by adding, and a schema of a newer salw-etl', async () => {
    const url = await olderWarehouse();
    // Read by a plain client: the warehouse refuses to open.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const columns = "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2";
    try {
      await client.query('ALTER TABLE runs ALTER COLUMN pid TYPE text');
      const before = (await client.query(columns)).rows;
      await expect(openPostgresWarehouse(url)).rejects.toThrow(
        new RegExp(`upgrading it to ${SCHEMA_VERSION} needs changes this salw-etl does not make by adding: runs\\.pid is text, declared bigint\\. Nothing was changed: copy it to a new warehouse`, 'u'),
      );
      expect((await client.query(columns)).rows).toEqual(before);
      expect((await client.query('SELECT schema_version FROM salw_warehouse')).rows).toEqual([{ schema_version: '0014_quality_issues_by_run' }]);
      await client.query("UPDATE salw_warehouse SET schema_version = '9999_from_the_future'");
    } finally {
      await client.end();
    }
    await expect(openPostgresWarehouse(url)).rejects.toThrow(new RegExp(`has the schema of 9999_from_the_future, made by a newer salw-etl than this one \\(${SCHEMA_VERSION}\\): use that version$`, 'u'));
  });
});
