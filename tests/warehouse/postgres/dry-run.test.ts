import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRunWarehouse } from '../../../src/ops/open-warehouse.ts';
import { formatPlan, planRun } from '../../../src/ops/plan.ts';
import { runPipelines } from '../../../src/pipeline/run.ts';
import { dumpLines, readDumpSource } from '../../../src/warehouse/canonical-dump.ts';
import { openPostgresWarehouse, schemaOwnership } from '../../../src/warehouse/postgres/warehouse.ts';
import { runCli } from '../../helpers/cli.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { testStubReading } from '../../helpers/reading.ts';
import { stubPipeline } from '../../helpers/stub-pipeline.ts';
import { makeWorkspace, REPO_ROOT } from '../../helpers/tmp.ts';
import { stubDoc } from '../../ops/support.ts';

/**
 * `run --dry-run` on a PostgreSQL warehouse: the plan reads the warehouse through kysely and says what it says
 * for the same work on SQLite (loads, supersessions, re-extractions, removals), writes nothing, and on a
 * database that holds no warehouse yet plans everything as new without building one.
 */

const server = await testPostgres();

describe.skipIf(!server.available)('run --dry-run on a PostgreSQL warehouse', () => {
  const ws = makeWorkspace('pg-dry-run');
  const sqlitePath = join(ws.dir, 'warehouse', 'salw.sqlite');
  let url = '';
  const options = (location: string, version = 1) => {
    const pipeline = stubPipeline(version);
    return { rawDir: ws.raw, warehousePath: location, pipelines: [pipeline], allPipelines: [pipeline], ...testStubReading() };
  };

  beforeAll(async () => {
    if (server.available) url = await server.database();
    stubDoc(ws.raw, 'kaz.txt', 'STUB PROFILE\n2019 Arys 3\n');
    stubDoc(ws.raw, 'srb.txt', 'STUB PROFILE\n2015 Belgrade 0\n', { country_iso3: 'SRB' });
    stubDoc(ws.raw, 'geo.txt', 'STUB PROFILE\n2017 Tbilisi 1\n', { country_iso3: 'GEO' });
  });
  afterAll(() => ws.cleanup());

  it('plans everything as new on a database with no warehouse yet, and builds none', async () => {
    const planned = await planRun(options(url));
    expect(planned.warehouseExists).toBe(false);
    expect(planned.documents.map((d) => [d.path, d.action, d.reason])).toEqual([['geo.txt', 'load', 'new'], ['kaz.txt', 'load', 'new'], ['srb.txt', 'load', 'new']]);
    const opened = await openPostgresWarehouse(url, { readonly: true }).catch((error: Error) => error);
    expect(opened).toBeInstanceOf(Error);
    expect((opened as Error).message).toMatch(/holds no salw-etl warehouse \(its schema is empty\)$/u);
  });

  it('after a run, plans what SQLite plans for the same files: a new document, a changed one superseding, a removal; and writes nothing', async () => {
    for (const location of [sqlitePath, url]) await runPipelines({ ...options(location), openWarehouse: openRunWarehouse });
    stubDoc(ws.raw, 'kaz.txt', 'STUB PROFILE\n2019 Arys 4\n');
    rmSync(join(ws.raw, 'srb.txt'));
    rmSync(join(ws.raw, 'srb.txt.meta.json'));
    stubDoc(ws.raw, 'alb.txt', 'STUB PROFILE\n2008 Gerdec 26\n', { country_iso3: 'ALB' });

    const warehouse = await openPostgresWarehouse(url, { readonly: true });
    try {
      const before = dumpLines(await readDumpSource(warehouse.db as Kysely<unknown>));
      const onPostgres = formatPlan(await planRun(options(url)));
      expect(onPostgres).toBe([
        'dry run: nothing was written',
        '  would load: alb.txt (amap_profile, ALB): new',
        '  would load: kaz.txt (amap_profile, KAZ): changed',
        '    would supersede document 2 (kaz.txt)',
        '  would mark removed: document 3 (srb.txt): its file left the raw folder',
        'documents: 3 seen, 2 to load, 0 to re-extract, 1 to supersede, 1 skipped (unchanged), 0 skipped (unknown kind), 0 to quarantine, 1 to remove',
      ].join('\n'));
      expect(onPostgres).toBe(formatPlan(await planRun(options(sqlitePath))));
      // A new extractor version: the unchanged document is planned for re-extraction on both.
      expect(formatPlan(await planRun(options(url, 2)))).toBe(formatPlan(await planRun(options(sqlitePath, 2))));
      expect(formatPlan(await planRun(options(url, 2)))).toContain('  would re-extract: geo.txt (amap_profile, GEO): re-extracted: stub@1 -> stub@2');
      expect(dumpLines(await readDumpSource(warehouse.db as Kysely<unknown>))).toEqual(before);
      expect((await sql<{ n: number }>`SELECT count(*) AS n FROM runs`.execute(warehouse.db)).rows).toEqual([{ n: 1 }]);
    } finally {
      await warehouse.close();
    }
  });

  it('from the command line: prints the plan of a postgres:// warehouse, exit 0', () => {
    const dry = runCli(['run', '--raw', ws.raw, '--warehouse', url, '--dry-run', '--only', 'alb.txt']);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toBe([
      'dry run: nothing was written',
      '  would load: alb.txt (amap_profile, ALB): new',
      'documents: 1 seen, 1 to load, 0 to re-extract, 0 to supersede, 0 skipped (unchanged), 0 skipped (unknown kind), 0 to quarantine, 0 to remove',
      '',
    ].join('\n'));
    expect(dry.status).toBe(0);
  });

  it('from the command line, on a database with no warehouse: plans and leaves the schema empty', async () => {
    if (!server.available) return;
    const empty = await server.database();
    const raw = join(ws.dir, 'seeds');
    cpSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(raw, '000_88da758a976dd473.txt'));
    const dry = runCli(['run', '--raw', raw, '--warehouse', empty, '--dry-run']);
    expect(dry.stdout).toBe([
      'dry run: nothing was written',
      '  would load: 000_88da758a976dd473.txt (amap_profile, KAZ): new',
      'documents: 1 seen, 1 to load, 0 to re-extract, 0 to supersede, 0 skipped (unchanged), 0 skipped (unknown kind), 0 to quarantine, 0 to remove',
      '',
    ].join('\n'));
    expect(dry.status).toBe(0);
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: empty }) }) });
    try {
      expect(await schemaOwnership(db)).toEqual({ kind: 'new' });
    } finally {
      await db.destroy();
    }
  });
});
