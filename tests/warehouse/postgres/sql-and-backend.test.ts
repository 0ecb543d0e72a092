import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { runCli } from '../../helpers/cli.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace } from '../../helpers/tmp.ts';

/**
 * `--warehouse postgres://...`: `sql` reads a PostgreSQL warehouse (one statement, read-only; `lineage` is tested in copy.test.ts); the commands
 * that do not run on PostgreSQL yet refuse the URL (exit 2) instead of taking it for a file name.
 */

const server = await testPostgres();

describe.skipIf(!server.available)('a postgres:// warehouse on the command line', () => {
  const ws = makeWorkspace('pg-cli');
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
    const warehouse = await openPostgresWarehouse(url);
    try {
      await sql`INSERT INTO runs (pipeline, trigger, started_at, status, code_version) VALUES
        ('amap-profiles', 'manual', '2026-11-28T06:00:00.000Z', 'succeeded', 'abc'),
        ('poa', 'schedule', '2026-11-28T07:00:00.000Z', 'failed', 'abc')`.execute(warehouse.db);
    } finally {
      await warehouse.close();
    }
  });
  afterAll(() => ws.cleanup());

  it('sql reads it: integers as numbers, text as text, in the format asked for', () => {
    const result = runCli(['sql', 'SELECT run_id, pipeline, trigger, documents_seen FROM runs ORDER BY run_id', '--warehouse', url, '--format', 'jsonl']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '{"run_id":1,"pipeline":"amap-profiles","trigger":"manual","documents_seen":0}\n{"run_id":2,"pipeline":"poa","trigger":"schedule","documents_seen":0}\n',
    );
    expect(result.status).toBe(0);
  });

  it('sql refuses a statement that writes, and two statements, and the rows stay', () => {
    const write = runCli(['sql', 'DELETE FROM runs', '--warehouse', url]);
    expect(write.stderr).toBe('salw-etl sql: refused: this statement would change the warehouse, and `salw-etl sql` only reads (in a read-only transaction). Changes come from runs of the pipeline.\n');
    expect(write.status).toBe(1);
    const two = runCli(['sql', 'SELECT 1; DELETE FROM runs', '--warehouse', url]);
    expect(two.stderr).toBe('salw-etl sql: give one statement at a time (no `;` between statements)\n');
    expect(two.status).toBe(1);
    const count = runCli(['sql', 'SELECT count(*) AS n FROM runs', '--warehouse', url, '--format', 'csv']);
    expect(count.stdout).toBe('n\r\n2\r\n');
  });

  it('status reads it: the runs newest first, no lock, no documents yet', () => {
    const result = runCli(['status', '--warehouse', url, '--json']);
    expect(result.stderr).toBe('');
    const status = JSON.parse(result.stdout) as { warehousePath: string; runs: Array<{ run_id: number; status: string }>; lock: unknown; documents: unknown[]; issues: unknown };
    expect(status.warehousePath).toMatch(/^postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/salw_test_\d+_\d+$/u);
    expect(status.runs.map((r) => [r.run_id, r.status])).toEqual([[2, 'failed'], [1, 'succeeded']]);
    expect([status.lock, status.documents, status.issues]).toEqual([null, [], { error: 0, warning: 0, info: 0 }]);
    expect(result.status).toBe(0);
  });

  it('docs refuses a postgres:// warehouse for now, saying what to do, and writes nothing', () => {
    const docs = runCli(['docs', `--warehouse=${url}`], { cwd: ws.dir });
    expect(docs.stderr).toBe(
      'error: `docs` does not run on a PostgreSQL warehouse yet (not yet: load into SQLite and copy it with `salw-etl copy --from <file> --to <postgres URL>`; on PostgreSQL now: `sql`, `lineage`, `export`, `status`, `run`, `schedule`, `fetch`)\n',
    );
    expect(docs.status).toBe(2);
    expect(existsSync(join(ws.dir, 'postgres:'))).toBe(false);
  });
});
